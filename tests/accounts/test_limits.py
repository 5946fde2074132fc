"""Limits on sign-in, sign-up, confirmation and reset; one normalised address for lookups and
limits alike (the ı/ſ bypass), on SQLite and PostgreSQL."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.accounts.helpers import PASSWORD, account, sign_in, signed_in

pytestmark = pytest.mark.django_db

WRONG = "not-the-password"


@pytest.fixture
def five_failures(settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "100/m/ip,5/5m/key"}


def test_failures_typed_in_any_spelling_of_an_address_count_for_that_one_account(five_failures):
    account(email="sam.victim@example.org")
    # Upper case, U+017F (long s: NFKC makes it "s"), spaces around.
    spellings = ["SAM.VICTIM@EXAMPLE.ORG", "ſam.victim@example.org", " sam.victim@example.org ",
                 "ſAM.victim@example.org", "Sam.Victim@Example.Org"]
    for spelling in spellings:
        page = sign_in(Client(), spelling, WRONG).content.decode()
        assert "do not match an account" in page
    client = Client()
    page = sign_in(client, "sam.victim@example.org", PASSWORD).content.decode()
    assert "Too many failed sign-in attempts" in page and not signed_in(client)


def test_a_dotless_i_is_another_address_not_a_fresh_counter_for_the_account(five_failures):
    """PostgreSQL's UPPER('ı') is 'I': a lookup by email__iexact found the account under a counter of
    its own. The lookup is exact on the normalised address: 'vıctim@…' is no account at all."""
    account(email="victim@example.org")
    client = Client()
    response = sign_in(client, "vıctim@example.org", PASSWORD)
    assert response.status_code == 200 and not signed_in(client)
    assert "do not match an account" in response.content.decode()
    for _ in range(5):
        sign_in(Client(), "victim@example.org", WRONG)
    for spelling in ["vıctim@example.org", "VİCTIM@example.org", "victım@EXAMPLE.org"]:
        attempt = Client()
        sign_in(attempt, spelling, PASSWORD)
        assert not signed_in(attempt), spelling


def test_parallel_style_flood_of_wrong_passwords_gets_at_most_the_limit(five_failures):
    account(email="flood@example.org")
    tried = 0
    for n in range(24):
        page = sign_in(Client(), ["flood@example.org", "FLOOD@example.org", "ﬂood@example.org"][n % 3],
                       WRONG).content.decode()
        tried += "do not match an account" in page
    assert tried == 5


def test_the_owner_is_not_locked_out_for_good(five_failures, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "100/m/ip,2/1s/key"}
    account(email="owner@example.org")
    for _ in range(2):
        sign_in(Client(), "owner@example.org", WRONG)
    import time

    time.sleep(1.1)
    client = Client()
    assert sign_in(client, "owner@example.org").status_code == 302 and signed_in(client)


def test_sign_ups_from_one_address_are_limited(settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "3/h/ip"}
    codes = [Client().post(reverse("account_signup"), {"email": f"s{n}@example.org", "password1": PASSWORD,
                                                       "password2": PASSWORD}).status_code for n in range(4)]
    assert codes == [302, 302, 302, 429]
    assert "Too many attempts" in Client().post(reverse("account_signup"), {}).content.decode()


def test_password_reset_requests_are_limited_per_address(settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "reset_password": "100/m/ip,2/15m/key"}
    account(email="reset@example.org")
    mail.outbox.clear()
    codes = [Client().post(reverse("account_reset_password"), {"email": email}).status_code
             for email in ["reset@example.org", "RESET@example.org", "reset@example.org"]]
    assert codes == [302, 302, 429]
    assert len(mail.outbox) == 2


def test_confirmation_resends_are_limited(client):
    account(email="resend@example.org", confirmed=False)
    mail.outbox.clear()
    for _ in range(3):
        sign_in(Client(), "resend@example.org")  # an unconfirmed account signing in gets a new link
    assert len(mail.outbox) == 1  # one per 3 minutes
