"""The notification emails, as the asker reads them: plain text with absolute links."""

import pytest
from django.core import mail

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_the_answered_email_links_to_the_thread_with_an_absolute_url(settings):
    settings.SITE_URL = "https://forum.example.org"
    asker = f.patient(email="asker@example.org")
    thread = f.thread(title="My cat won't eat & my hands itch", asker=asker)

    [email] = [m for m in mail.outbox if m.to == ["asker@example.org"]]

    assert f"https://forum.example.org/questions/{thread.pk}/{thread.slug}/" in email.body
    assert " /questions/" not in email.body  # no link without a host


def test_plain_text_emails_are_not_html_escaped():
    asker = f.patient(email="asker@example.org")
    f.thread(title="My cat won't eat & my hands itch <a lot>", asker=asker)

    [email] = [m for m in mail.outbox if m.to == ["asker@example.org"]]

    assert "\"My cat won't eat & my hands itch <a lot>\"" in email.body
    assert "&#x27;" not in email.body and "&amp;" not in email.body and "&lt;" not in email.body


def test_check_deploy_warns_while_site_url_is_not_the_public_https_address(settings):
    from portal.checks import site_url_is_public

    settings.SITE_URL = "http://127.0.0.1:8000"
    assert [w.id for w in site_url_is_public(None)] == ["portal.W001"]
    settings.SITE_URL = "https://forum.example.org"
    assert site_url_is_public(None) == []
