"""Who is working at this PC: the signed-in user, their counter, and step-up takeovers."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.models.dealership import Dealership
from desktop.models.events import Device
from desktop.models.users import User


@dataclass(frozen=True)
class Session:
    """The signed-in user at a counter; ``acting`` is a superior who took over by PIN.

    Actions are recorded under :attr:`actor`: the superior while they act, else the user.
    """

    user: User
    dealership: Dealership
    device: Device
    counter: str | None = None
    acting: User | None = None

    @property
    def actor(self) -> User:
        return self.acting or self.user

    def step_up(self, superior: User) -> Session:
        return replace(self, acting=superior)

    def step_down(self) -> Session:
        return replace(self, acting=None)
