"""Writes with rules for accounts: sign-up, email confirmation, export and deletion."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.mail import send_after_commit
from accounts.signals import account_deleting, collect_personal_data, email_confirmed

CONFIRM_SALT = "accounts.email-confirmation"


@transaction.atomic
def user_sign_up(*, email: str, password: str, pseudonym: str = ""):
    """Create a patient account. The username is random: it is never shown or used to sign in."""
    User = get_user_model()
    user = User(username=f"u{secrets.token_hex(8)}", email=User.objects.normalize_email(email.strip()),
                pseudonym=pseudonym.strip())
    user.set_password(password)
    user.full_clean()
    user.save()
    return user


def email_confirmation_token(user) -> str:
    return signing.dumps({"user": user.pk, "email": user.email}, salt=CONFIRM_SALT)


def email_confirmation_send(*, user, base_url: str) -> None:
    """Email the confirmation link, after the surrounding transaction commits."""
    link = base_url + reverse("accounts:confirm_email", kwargs={"token": email_confirmation_token(user)})
    body = render_to_string("accounts/email/confirm_email.txt", {"user": user, "link": link,
                                                                   "SITE_NAME": settings.SITE_NAME})
    send_after_commit(subject=f"Confirm your email address for {settings.SITE_NAME}", body=body, to=[user.email])


def user_from_confirmation_token(token: str):
    """The user the token was made for, or None when it is forged, expired or outdated."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=settings.ACCOUNTS_CONFIRMATION_MAX_AGE)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=data.get("user"), is_active=True).first()
    if user is None or user.email != data.get("email"):
        return None
    return user


@transaction.atomic
def email_confirm(*, user) -> None:
    """Mark the email as confirmed; other apps react (qa sends held questions to doctors)."""
    User = get_user_model()
    locked = User.objects.select_for_update().get(pk=user.pk)
    if locked.email_confirmed_at is None:
        locked.email_confirmed_at = timezone.now()
        locked.save(update_fields=["email_confirmed_at"])
        user.email_confirmed_at = locked.email_confirmed_at
        email_confirmed.send(sender=User, user=locked)


def account_export(*, user) -> dict:
    """All data the forum holds about ``user``, as JSON-serialisable values."""
    data = {
        "account": {
            "email": user.email,
            "pseudonym": user.pseudonym,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_confirmed_at": user.email_confirmed_at.isoformat() if user.email_confirmed_at else None,
        }
    }
    for _receiver, sections in collect_personal_data.send(sender=type(user), user=user):
        data.update(sections or {})
    return data


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the account: other apps delete or anonymise their data first, then the user row
    (with its email and username) is removed. Published threads stay, anonymised."""
    account_deleting.send(sender=type(user), user=user)
    try:
        user.delete()
    except ProtectedError:
        raise ValidationError(
            "This account holds published doctor's answers; please ask staff to close it.", code="protected"
        ) from None
