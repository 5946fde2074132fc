"""Sign-up, email confirmation, sign-in and password reset (django-allauth), as a visitor sees them."""

import base64

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from qa.models import Question
from tests import factories as f
from tests.accounts.helpers import PASSWORD, account, link_in, path_of, sent_to, sign_in, signed_in

pytestmark = pytest.mark.django_db
User = get_user_model()

SIGN_UP = {"email": "Rosa.Patient@Example.org", "password1": PASSWORD, "password2": PASSWORD, "pseudonym": "Rosa"}


def test_sign_up_emails_a_confirmation_link_without_the_address_in_it(client):
    response = client.post(reverse("account_signup"), SIGN_UP)
    assert response.status_code == 302 and response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get()
    assert user.email == "rosa.patient@example.org"  # stored normalised
    assert user.pseudonym == "Rosa" and not user.has_confirmed_email
    assert user.username not in ("", user.email) and "rosa" not in user.username
    [message] = sent_to("rosa.patient@example.org")
    link = link_in(message)
    assert "/accounts/confirm-email/" in link
    encoded = base64.urlsafe_b64encode(user.email.encode()).decode().rstrip("=")
    assert "rosa" not in link.lower() and encoded[:12] not in link and "%40" not in link
    assert not signed_in(client)  # an address must be confirmed before signing in
    assert "Confirm" in client.get(reverse("account_email_verification_sent")).content.decode()


def test_confirming_signs_in_and_a_get_alone_changes_nothing(client):
    client.post(reverse("account_signup"), SIGN_UP)
    path = path_of(link_in(mail.outbox[0]))
    page = client.get(path)
    assert page.status_code == 200 and "<form" in page.content.decode()
    assert not User.objects.get().has_confirmed_email  # mail scanners follow links: GET changes nothing
    response = client.post(path)
    assert response.status_code == 302
    user = User.objects.get()
    assert user.has_confirmed_email and signed_in(client)
    assert EmailAddress.objects.get(user=user).verified


def test_a_forged_confirmation_key_is_a_clear_page_not_an_error(client):
    response = client.get(reverse("account_confirm_email", args=["forged-key"]))
    assert response.status_code in (200, 404)
    assert "expired or is invalid" in response.content.decode() or response.status_code == 404
    assert client.post(reverse("account_confirm_email", args=["forged-key"])).status_code in (200, 302, 404)


def test_a_question_held_until_confirmation_goes_to_doctors_once_confirmed(client):
    patient = account(email="held@example.org", confirmed=False)
    question = f.question(asker=patient, title="Held until confirmed")
    assert question.status == Question.Status.DRAFT
    sign_in(client, "held@example.org")  # unconfirmed: signing in sends a new link instead
    assert not signed_in(client)
    [message] = sent_to("held@example.org")
    client.post(path_of(link_in(message)))
    question.refresh_from_db()
    assert question.status == Question.Status.PENDING
    patient.refresh_from_db()
    assert patient.has_confirmed_email


def test_honeypot_rejects_the_sign_up(client):
    response = client.post(reverse("account_signup"), {**SIGN_UP, "website": "http://spam.example"})
    assert response.status_code != 302 or response["Location"] != reverse("account_email_verification_sent") \
        or not User.objects.exists()
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"password2": "something-else-77"}, "You must type the same password each time."),
        ({"password1": "12345678", "password2": "12345678"}, "This password is too common."),
        ({"email": "not-an-email"}, "Enter a valid email address."),
        ({"pseudonym": "me@example.org"}, "Use letters, spaces"),
        ({"email": "a\x00b@example.org"}, "Null characters are not allowed."),
    ],
)
def test_bad_sign_up_input_gets_a_clear_error_and_keeps_what_was_typed(client, changes, message):
    response = client.post(reverse("account_signup"), {**SIGN_UP, **changes})
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert f'value="{SIGN_UP["pseudonym"]}"' in page or "pseudonym" in changes
    assert not User.objects.exists()


def test_sign_up_does_not_tell_whether_an_address_has_an_account():
    account(email="taken@example.org")
    mail.outbox.clear()
    known = Client().post(reverse("account_signup"), {**SIGN_UP, "email": "taken@example.org"}, follow=True)
    unknown = Client().post(reverse("account_signup"), {**SIGN_UP, "email": "free@example.org"}, follow=True)
    assert known.redirect_chain == unknown.redirect_chain == [(reverse("account_email_verification_sent"), 302)]
    # The same page, word for word, but for the address typed (shown back to whoever typed it).
    assert known.content.decode().replace("taken@", "free@") == unknown.content.decode()
    assert User.objects.filter(email="taken@example.org").count() == 1
    [owner_mail] = sent_to("taken@example.org")
    assert "already" in (owner_mail.subject + owner_mail.body).lower()  # the owner is told instead
    assert len(sent_to("free@example.org")) == 1


def test_password_reset_answers_alike_for_known_and_unknown_addresses(client):
    account(email="known@example.org")
    mail.outbox.clear()
    known = client.post(reverse("account_reset_password"), {"email": "known@example.org"})
    unknown = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"]) \
        == (302, reverse("account_reset_password_done"))
    [reset] = sent_to("known@example.org")
    assert "/accounts/password/reset/key/" in link_in(reset)
    [notice] = sent_to("nobody@example.org")
    assert "/accounts/password/reset/key/" not in notice.body


def test_a_reset_link_goes_to_the_stored_address_not_to_a_look_alike_typed(client):
    account(email="sam@example.org")
    mail.outbox.clear()
    client.post(reverse("account_reset_password"), {"email": "ſam@EXAMPLE.org"})  # ſ: U+017F
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]


def test_reset_sets_a_new_password_and_lifts_the_sign_in_limit(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "50/m/ip,3/5m/key"}
    account(email="pat@example.org")
    for _ in range(3):
        sign_in(client, "pat@example.org", "wrong-password")
    assert "Too many failed" in sign_in(client, "pat@example.org").content.decode()
    mail.outbox.clear()
    client.post(reverse("account_reset_password"), {"email": "pat@example.org"})
    path = path_of(link_in(mail.outbox[0]))
    form = client.get(path, follow=True)
    assert form.status_code == 200
    new = "brand-new-pass-456"
    done = client.post(form.redirect_chain[-1][0] if form.redirect_chain else path,
                       {"password1": new, "password2": new})
    assert done.status_code == 302
    assert User.objects.get(email="pat@example.org").check_password(new)
    assert sign_in(client, "pat@example.org", new).status_code == 302 and signed_in(client)


def test_sign_in_by_email_in_any_case(client):
    account(email="mixed@example.org")
    response = sign_in(client, "  MIXED@Example.ORG ")
    assert response.status_code == 302 and signed_in(client)


def test_wrong_password_gets_one_message_for_unknown_and_known_addresses(client):
    account(email="real@example.org")
    known = sign_in(client, "real@example.org", "wrong").content.decode()
    unknown = sign_in(client, "ghost@example.org", "wrong").content.decode()
    assert "do not match an account" in known and "do not match an account" in unknown
    assert not signed_in(client)


def test_a_user_made_with_an_old_password_hash_signs_in_after_the_migration(client):
    """An account from before django-allauth: no EmailAddress row, a mixed-case address and a
    PBKDF2 hash made by the old code. The data migration gives it its address; the password works."""
    from importlib import import_module

    from django.apps import apps

    old_hash = "pbkdf2_sha256$600000$Qm8vXr2LkP0sTzYw$DpDd+ZxOvRhEeZsiVrz96h/PlPs9mHRLP5m1xrsJ3OE="
    from django.utils import timezone
    User.objects.bulk_create([
        User(username="u-old-1", email="Old.Patient@Example.org", password=old_hash,
             email_confirmed_at=timezone.now()),
        User(username="u-old-2", email="unconfirmed@example.org", password=old_hash),
        User(username="boss", email="Boss@Example.org", password=old_hash, is_staff=True, is_superuser=True),
    ])  # bulk_create: stored as the old code left them (save() would normalise)
    migration = import_module("accounts.migrations.0004_allauth_email_addresses")
    migration.create_email_addresses(apps, None)

    old = User.objects.get(username="u-old-1")
    assert old.email == "old.patient@example.org"
    assert EmailAddress.objects.filter(user=old, email=old.email, primary=True, verified=True).exists()
    assert EmailAddress.objects.filter(user__username="u-old-2", verified=False).exists()
    boss = User.objects.get(username="boss")
    assert boss.has_confirmed_email and EmailAddress.objects.get(user=boss).verified

    response = sign_in(client, "Old.Patient@Example.org", "tulip-harbour-5521")
    assert response.status_code == 302 and signed_in(client)
    assert client.get(reverse("qa:my_questions")).status_code == 200


def test_sign_out_is_a_post(client):
    account(email="out@example.org")
    sign_in(client, "out@example.org")
    assert client.get(reverse("account_logout")).status_code == 200 and signed_in(client)
    assert client.post(reverse("account_logout")).status_code == 302 and not signed_in(client)


def test_old_addresses_of_the_pages_lead_to_the_new_ones(client):
    assert client.get("/accounts/sign-in/?next=/ask/")["Location"] == reverse("account_login") + "?next=/ask/"
    assert client.get("/accounts/sign-up/")["Location"] == reverse("account_signup")
    assert client.get("/accounts/confirm/old-token/")["Location"] == reverse("account_login")


@pytest.mark.parametrize("url_name", ["account_login", "account_signup", "account_reset_password"])
def test_pages_take_any_input_without_an_error_page(client, url_name):
    inputs = [{}, {"login": "x" * 5000, "password": "\x00"}, {"email": "\u202e@x.org", "password1": "\x00"},
              {"email": "ı" * 300}]
    for data in inputs:
        assert client.post(reverse(url_name), data).status_code in (200, 302, 400, 429)


def test_changing_the_address_takes_effect_once_the_new_one_is_confirmed(client):
    user = account(email="before@example.org")
    sign_in(client, "before@example.org")
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    mail.outbox.clear()
    response = client.post(reverse("account_email"), {"email": "After@Example.org", "action_add": ""})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email == "before@example.org" and user.has_confirmed_email  # not before confirming
    [message] = sent_to("after@example.org")
    client.post(path_of(link_in(message)))
    user.refresh_from_db()
    assert user.email == "after@example.org" and user.has_confirmed_email
    client.post(reverse("account_logout"))
    assert sign_in(client, "after@example.org").status_code == 302 and signed_in(client)


def test_the_signed_in_message_names_the_address_not_the_random_username(client):
    user = account(email="named@example.org")
    page = sign_in(client, "named@example.org")
    page = client.get(page["Location"]).content.decode()
    assert "named@example.org" in page and user.username not in page


def test_emails_carry_the_site_name_and_a_failing_mail_server_is_no_error_page(client, monkeypatch, settings):
    client.post(reverse("account_signup"), SIGN_UP)
    assert "Hello from SkinAnswers" in mail.outbox[0].body
    settings.EMAIL_BACKEND = "tests.accounts.helpers.BrokenEmailBackend"
    response = Client().post(reverse("account_signup"), {**SIGN_UP, "email": "second@example.org"})
    assert response.status_code == 302 and User.objects.filter(email="second@example.org").exists()
