"""Where the device token lives: outside the database file.

The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service) where one
works; otherwise a file readable only by the user (mode 0600) in the data folder. A
copy of the database (a backup, a file sent for support) so never carries the token.
The entry also keeps the enrolment (HQ address, role) so that a database restored from
a backup made before enrolment still knows its HQ. ``PISHKHAN_TOKEN_STORE=file`` forces
the file (kiosks, tests).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from desktop import paths

log = logging.getLogger(__name__)
SERVICE = "Pishkhan HQ"


@dataclass(frozen=True)
class Credentials:
    token: str
    hq_url: str
    role: str
    dealerships: tuple[str, ...]
    enrolled_at: str

    def to_json(self) -> str:
        data = asdict(self)
        data["dealerships"] = list(self.dealerships)
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> Credentials | None:
        try:
            data = json.loads(text)
            return cls(
                token=str(data["token"]),
                hq_url=str(data["hq_url"]),
                role=str(data["role"]),
                dealerships=tuple(data.get("dealerships", [])),
                enrolled_at=str(data.get("enrolled_at", "")),
            )
        except (ValueError, KeyError, TypeError):
            return None


class TokenStore(Protocol):
    def load(self, device_id: str) -> Credentials | None: ...

    def save(self, device_id: str, credentials: Credentials) -> None: ...

    def delete(self, device_id: str) -> None: ...


class FileStore:
    """One file per device, created with mode 0600 and replaced atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, device_id: str) -> Path:
        return self.folder / f"hq-device-{device_id}.json"

    def load(self, device_id: str) -> Credentials | None:
        try:
            return Credentials.from_json(self.path(device_id).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def save(self, device_id: str, credentials: Credentials) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(device_id)
        temp = target.with_suffix(".tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, credentials.to_json().encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(temp, 0o600)
        os.replace(temp, target)

    def delete(self, device_id: str) -> None:
        self.path(device_id).unlink(missing_ok=True)


class KeyringStore:
    """The OS keyring; falls back to the file when the keyring fails at run time."""

    def __init__(self, fallback: FileStore) -> None:
        self.fallback = fallback

    def load(self, device_id: str) -> Credentials | None:
        import keyring

        try:
            text = keyring.get_password(SERVICE, device_id)
        except Exception:  # a locked or absent keyring service: use the file
            log.warning("the keyring cannot be read; using the token file")
            return self.fallback.load(device_id)
        return Credentials.from_json(text) if text else self.fallback.load(device_id)

    def save(self, device_id: str, credentials: Credentials) -> None:
        import keyring

        try:
            keyring.set_password(SERVICE, device_id, credentials.to_json())
        except Exception:
            log.warning("the keyring cannot be written; keeping the token in a private file")
            self.fallback.save(device_id, credentials)
            return
        self.fallback.delete(device_id)

    def delete(self, device_id: str) -> None:
        import keyring

        try:
            keyring.delete_password(SERVICE, device_id)
        except Exception:
            log.debug("no keyring entry to delete")
        self.fallback.delete(device_id)


def keyring_works() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    return float(getattr(backend, "priority", 0) or 0) > 0


def default_store() -> TokenStore:
    files = FileStore(paths.data_dir())
    if os.environ.get("PISHKHAN_TOKEN_STORE") == "file" or not keyring_works():
        return files
    return KeyringStore(files)
