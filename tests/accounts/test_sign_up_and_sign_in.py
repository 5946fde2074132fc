"""Sign-up with a honeypot, email confirmation by POST, sign-in by email, password reset."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from accounts.services import email_confirmation_token
from qa.models import Question
from tests import factories as f

pytestmark = pytest.mark.django_db
User = get_user_model()

SIGN_UP = {"email": "Rosa.Patient@Example.org", "password1": "lilac-meadow-4921", "password2": "lilac-meadow-4921",
           "pseudonym": "Rosa"}


def link_in(message) -> str:
    return re.search(r"https?://[^\s]+", message.body).group(0)


def test_sign_up_creates_account_signs_in_and_emails_a_confirmation_link(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:sign_up"), SIGN_UP)
    assert response.status_code == 302
    user = User.objects.get(email__iexact="rosa.patient@example.org")
    assert user.email == "Rosa.Patient@example.org"  # the domain is normalised
    assert user.pseudonym == "Rosa" and not user.has_confirmed_email
    assert user.username not in ("", user.email)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [user.email]
    assert "/accounts/confirm/" in link_in(mail.outbox[0])
    assert client.get(reverse("qa:my_questions")).status_code == 200  # signed in


def test_honeypot_rejects_the_sign_up(client):
    response = client.post(reverse("accounts:sign_up"), {**SIGN_UP, "website": "http://spam.example"})
    assert response.status_code == 400
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"password2": "something-else-77"}, "The two passwords do not match."),
        ({"password1": "12345678", "password2": "12345678"}, "This password is too common."),
        ({"email": "not-an-email"}, "Enter a valid email address."),
        ({"pseudonym": "me@example.org"}, "Use letters, spaces"),
        ({"email": "a\x00b@example.org"}, "Null characters are not allowed."),
    ],
)
def test_bad_sign_up_input_gets_a_clear_error_and_keeps_what_was_typed(client, changes, message):
    response = client.post(reverse("accounts:sign_up"), {**SIGN_UP, **changes})
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    typed = {**SIGN_UP, **changes}
    assert f'value="{typed["pseudonym"]}"' in page  # what was typed is still there
    assert not User.objects.exists()


def test_email_already_used_in_any_case(client):
    f.user(email="rosa.patient@example.org")
    response = client.post(reverse("accounts:sign_up"), SIGN_UP)
    assert response.status_code == 400
    assert "already exists" in response.content.decode()


def test_confirmation_link_get_changes_nothing_post_confirms_and_releases_held_questions(client):
    user = f.patient(confirmed=False)
    held = f.question(asker=user, tags=["acne"])
    assert held.status == Question.Status.DRAFT  # held until the address is confirmed
    url = reverse("accounts:confirm_email", kwargs={"token": email_confirmation_token(user)})

    assert client.get(url).status_code == 200
    user.refresh_from_db()
    assert not user.has_confirmed_email

    assert client.post(url).status_code == 302
    user.refresh_from_db()
    held.refresh_from_db()
    assert user.has_confirmed_email
    assert held.status == Question.Status.PENDING


@pytest.mark.parametrize("token", ["garbage", "x" * 500, "%00"])
def test_forged_confirmation_tokens_get_400(client, token):
    url = reverse("accounts:confirm_email", kwargs={"token": token})
    assert client.get(url).status_code == 400
    assert client.post(url).status_code == 400


def test_token_of_an_old_email_address_is_refused(client):
    user = f.patient(confirmed=False)
    token = email_confirmation_token(user)
    user.email = "new.address@example.org"
    user.save()
    assert client.post(reverse("accounts:confirm_email", kwargs={"token": token})).status_code == 400


def test_sign_in_by_email_in_any_case_and_sign_out_by_post_only(client):
    f.user(email="pat@example.org", password="correct-horse-99")
    bad = client.post(reverse("accounts:login"), {"username": "pat@example.org", "password": "wrong"})
    assert bad.status_code == 400 and "do not match" in bad.content.decode()
    good = client.post(reverse("accounts:login"), {"username": "PAT@example.org", "password": "correct-horse-99"})
    assert good.status_code == 302
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert client.get(reverse("qa:my_questions")).status_code == 302  # signed out


def test_password_reset_by_email(client, django_capture_on_commit_callbacks):
    f.user(email="pat@example.org", password="old-password-123")
    response = client.post(reverse("accounts:password_reset"), {"email": "pat@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = link_in(mail.outbox[0])
    page = client.get(link, follow=True)
    assert page.status_code == 200
    form_url = page.redirect_chain[-1][0]
    done = client.post(form_url, {"new_password1": "brand-new-pass-456", "new_password2": "brand-new-pass-456"})
    assert done.status_code == 302
    assert client.login(username="pat@example.org", password="brand-new-pass-456")


def test_account_pages_need_sign_in(client):
    for name in ["accounts:account", "accounts:export"]:
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/accounts/sign-in/" in response["Location"]
    assert client.post(reverse("accounts:delete"), {"password": "x"}).status_code == 302


def test_repeated_wrong_passwords_lock_that_email_for_a_while(client, settings):
    from django.core.cache import cache

    settings.ACCOUNTS_SIGN_IN_FAILURES = 3
    f.user(email="pat@example.org", password="correct-horse-99")
    f.user(email="sam@example.org", password="another-horse-77")
    login = reverse("accounts:login")
    for _ in range(3):
        assert client.post(login, {"username": "pat@example.org", "password": "guess"}).status_code == 400

    locked = client.post(login, {"username": "PAT@example.org ", "password": "correct-horse-99"})
    page = locked.content.decode()
    assert locked.status_code == 429
    assert "Too many wrong passwords" in page and 'value="PAT@example.org "' in page
    assert client.get(reverse("qa:my_questions")).status_code == 302  # still signed out
    # Another account is not affected.
    assert client.post(login, {"username": "sam@example.org", "password": "another-horse-77"}).status_code == 302

    client.post(reverse("accounts:logout"))
    cache.clear()  # the lock window has passed
    assert client.post(login, {"username": "pat@example.org", "password": "correct-horse-99"}).status_code == 302


def test_a_successful_sign_in_forgets_earlier_wrong_passwords(client, settings):
    settings.ACCOUNTS_SIGN_IN_FAILURES = 3
    f.user(email="pat@example.org", password="correct-horse-99")
    login = reverse("accounts:login")
    for _ in range(2):
        client.post(login, {"username": "pat@example.org", "password": "guess"})
    assert client.post(login, {"username": "pat@example.org", "password": "correct-horse-99"}).status_code == 302
    client.post(reverse("accounts:logout"))
    for _ in range(2):
        assert client.post(login, {"username": "pat@example.org", "password": "guess"}).status_code == 400
    assert client.post(login, {"username": "pat@example.org", "password": "correct-horse-99"}).status_code == 302


def test_sign_up_sign_in_and_sign_out_go_where_the_settings_say(client):
    """By default: to the ask form after signing up, to "my questions" after signing in, home after
    signing out; accounts names no page of the apps above it, the settings do."""
    response = client.post(reverse("accounts:sign_up"), SIGN_UP)
    assert response["Location"] == reverse("qa:ask")
    assert client.post(reverse("accounts:logout"))["Location"] == reverse("portal:home")
    response = client.post(reverse("accounts:login"), {"username": SIGN_UP["email"], "password": SIGN_UP["password1"]})
    assert response["Location"] == reverse("qa:my_questions")


def test_the_redirects_follow_the_settings(client, settings):
    settings.ACCOUNTS_SIGN_UP_REDIRECT_URL = "faq:article_list"
    settings.LOGIN_REDIRECT_URL = "qa:doctor_list"
    assert client.post(reverse("accounts:sign_up"), SIGN_UP)["Location"] == reverse("faq:article_list")
    client.post(reverse("accounts:logout"))
    response = client.post(reverse("accounts:login"), {"username": SIGN_UP["email"], "password": SIGN_UP["password1"]})
    assert response["Location"] == reverse("qa:doctor_list")


@pytest.mark.parametrize(("next_url", "expected"), [
    ("/questions/", "/questions/"),
    ("https://evil.example/", None),  # no open redirect: the default page instead
    ("//evil.example/", None),
])
def test_sign_up_returns_to_a_page_of_the_site_it_names(client, next_url, expected):
    response = client.post(reverse("accounts:sign_up"), {**SIGN_UP, "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == (expected or reverse("qa:ask"))
