"""24 wrong passwords at the same moment, typed in several spellings of one address, get at most
the limit's tries (the security probe got 7 against 5). Real threads with their own database
connections; like tests/qa/test_concurrency.py, this runs on PostgreSQL, where the old lookup's
UPPER() opened the bypass (SQLite serialises every request anyway)."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from tests.accounts.helpers import PASSWORD, account, sign_in, signed_in

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="threads with their own connections need PostgreSQL"),
]

SPELLINGS = ["sam.victim@example.org", "SAM.VICTIM@example.org", "ſam.victim@example.org",
             "Sam.Victim@EXAMPLE.ORG", " sam.victim@example.org"]


def test_parallel_wrong_passwords_get_at_most_five_tries(settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "1000/m/ip,5/5m/key"}
    account(email="sam.victim@example.org")
    barrier = threading.Barrier(24)
    pages = []

    def attempt(n):
        try:
            barrier.wait(timeout=10)
            pages.append((SPELLINGS[n % len(SPELLINGS)], sign_in(Client(), SPELLINGS[n % len(SPELLINGS)],
                                                                 "wrong-password").content.decode()))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(pages) == 24
    tried = [spelling for spelling, page in pages if "do not match an account" in page]
    refused = [spelling for spelling, page in pages if "Too many failed sign-in attempts" in page]
    assert 1 <= len(tried) <= 5 and len(tried) + len(refused) == 24
    owner = Client()
    assert "Too many failed sign-in attempts" in sign_in(owner, "sam.victim@example.org", PASSWORD).content.decode()
    assert not signed_in(owner)
