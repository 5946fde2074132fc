"""django-allauth's pages in the site's frame: each answers, carries the header and the account
menu, and holds no inline script or style (the Content-Security-Policy forbids them)."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories as f
from tests.accounts.helpers import PASSWORD, account, sign_in
from tests.portal.test_security_headers import _INLINE_SCRIPT, _INLINE_STYLE

pytestmark = pytest.mark.django_db

ANONYMOUS = ["account_login", "account_signup", "account_reset_password", "account_reset_password_done",
             "account_email_verification_sent"]
SIGNED_IN = ["account_email", "account_change_password", "mfa_index", "mfa_activate_totp", "usersessions_list",
             "account_logout", "account_reauthenticate", "accounts:account"]


def check(response, url):
    assert response.status_code == 200, url
    page = response.content.decode()
    assert 'class="site-header' in page and "bootstrap.min.css" in page, url  # the site's frame
    assert not _INLINE_SCRIPT.search(page), url
    assert not _INLINE_STYLE.search(page), url
    return page


@pytest.mark.parametrize("name", ANONYMOUS)
def test_anonymous_pages(client, name):
    check(client.get(reverse(name)), name)


def test_bad_keys_are_pages_not_errors(client):
    for url in [reverse("account_confirm_email", args=["nonsense"]),
                reverse("account_reset_password_from_key", kwargs={"uidb36": "zz", "key": "set-password"}),
                "/accounts/password/reset/key/1-nonsense/"]:
        response = client.get(url, follow=True)
        assert response.status_code in (200, 404), url


def test_signed_in_pages_show_the_account_menu():
    account(email="menu@example.org")
    client = Client()
    sign_in(client, "menu@example.org")
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    for name in SIGNED_IN:
        page = check(client.get(reverse(name)), name)
        assert f'href="{reverse("usersessions_list")}"' in page and f'href="{reverse("mfa_index")}"' in page, name


def test_the_security_key_page_loads_its_scripts_from_the_site_and_holds_only_json_inline():
    account(email="key@example.org")
    client = Client()
    sign_in(client, "key@example.org")
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get(reverse("mfa_add_webauthn"))
    assert response.status_code == 200
    page = response.content.decode()
    assert '<script src="/static/mfa/js/webauthn.js"></script>' in page
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", page)
    assert inline and all('type="application/json"' in attrs for attrs in inline)  # data, never run
    assert not _INLINE_STYLE.search(page)


def test_two_factor_pages_of_an_account_with_it_on():
    user = account(email="on@example.org")
    f.with_totp(user)
    client = Client()
    client.force_login(user)
    for name in ["mfa_index", "mfa_deactivate_totp"]:
        response = client.get(reverse(name), follow=True)
        check(response, name)


def test_an_unconfirmed_account_signed_in_from_before_can_ask_for_a_new_link():
    """Accounts signed in before django-allauth may still have an unconfirmed address: "My questions"
    links the email page, which offers to send the link again."""
    from django.core import mail

    user = account(email="pending@example.org", confirmed=False)
    client = Client()
    client.force_login(user)
    assert f'href="{reverse("account_email")}"' in client.get(reverse("qa:my_questions")).content.decode()
    page = check(client.get(reverse("account_email")), "account_email")
    assert "pending verification" in page and 'name="action_send"' in page
    mail.outbox.clear()
    response = client.post(reverse("account_email"), {"email": "pending@example.org", "action_send": ""})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["pending@example.org"]]
