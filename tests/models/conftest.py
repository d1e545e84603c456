"""Fixtures the model tests share: users of the set-up dealership (``dealer_db``)."""

import pytest

from tests.conftest import get_user


@pytest.fixture
def clerk(dealer_db):
    return get_user(dealer_db, "clerk")


@pytest.fixture
def supervisor(dealer_db):
    return get_user(dealer_db, "supervisor")


@pytest.fixture
def manager(dealer_db):
    return get_user(dealer_db, "manager")
