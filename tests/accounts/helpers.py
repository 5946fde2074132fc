"""Signing in as a person does: the sign-in form, then the code when two-factor is on."""

from __future__ import annotations

import re

from django.core import mail
from django.urls import reverse

from tests import factories as f

PASSWORD = "lilac-meadow-4921"


def account(*, email: str, password: str = PASSWORD, confirmed: bool = True, **extra):
    """An account that can sign in with ``email`` and ``password``."""
    user = f.patient(email=email, confirmed=confirmed, **extra)
    user.set_password(password)
    user.save()
    return user


def sign_in(client, email: str, password: str = PASSWORD, **extra):
    return client.post(reverse("account_login"), {"login": email, "password": password, **extra})


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0)


def path_of(url: str) -> str:
    return url.split("testserver", 1)[1]


def sent_to(address: str) -> list:
    return [m for m in mail.outbox if m.to == [address]]


class BrokenEmailBackend:
    """An SMTP server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")
