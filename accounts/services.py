"""Writes with rules for accounts: the confirmed address, sessions, the security log, export and
deletion. Sign-up, confirmation, sign-in and password reset are django-allauth's flows
(accounts.adapter); accounts.receivers connects their signals to these services."""

from __future__ import annotations

from importlib import import_module

from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext

from accounts.inputs import normalize_email
from accounts.languages import Language
from accounts.models import SecurityEvent
from accounts.signals import account_deleting, collect_personal_data, collect_personal_files, email_confirmed


@transaction.atomic
def email_confirmation_sync(*, user) -> None:
    """Make ``user.email_confirmed_at`` say whether the account's address is allauth's verified
    primary one. When it becomes confirmed, other apps react (qa sends held questions to doctors)."""
    User = get_user_model()
    locked = User.objects.select_for_update().get(pk=user.pk)
    confirmed = EmailAddress.objects.filter(user=locked, email=locked.email, primary=True, verified=True).exists()
    if confirmed and locked.email_confirmed_at is None:
        locked.email_confirmed_at = timezone.now()
        locked.save(update_fields=["email_confirmed_at"])
        email_confirmed.send(sender=User, user=locked)
    elif not confirmed and locked.email_confirmed_at is not None:
        locked.email_confirmed_at = None
        locked.save(update_fields=["email_confirmed_at"])
    user.email_confirmed_at = locked.email_confirmed_at


@transaction.atomic
def email_mark_verified(*, user) -> None:
    """Record the account's address as verified and primary without an email round trip: for
    addresses an operator vouches for (``createsuperuser``, the demo archive, tests)."""
    email = normalize_email(user.email)
    EmailAddress.objects.filter(user=user, primary=True).exclude(email=email).update(primary=False)
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"primary": True, "verified": True})
    email_confirmation_sync(user=user)


def sessions_end(*, user, keep_session_key: str | None = None) -> int:
    """End the user's sessions (their stored data is deleted), except ``keep_session_key``."""
    sessions = [s for s in UserSession.objects.filter(user_id=user.pk) if s.session_key != keep_session_key]
    for session in sessions:
        session.end()
    return len(sessions)


def user_language_set(*, user, language: str) -> None:
    """Remember the language a user chose for pages and emails (``Language``)."""
    if language not in Language.values:
        raise ValidationError("Unknown language.", code="language")
    user.language = language
    user.save(update_fields=["language"])


def security_event_record(*, action: str, user, detail: str = "") -> SecurityEvent:
    """One entry of the security log, naming the account by its address (the staff audit page is
    for staff only; the name is replaced when the account is deleted)."""
    event = SecurityEvent(action=action, actor=user, actor_name=user.email[:150], detail=detail)
    event.full_clean()
    event.save()
    return event


def account_export(*, user) -> dict:
    """All data the forum holds about ``user``, as JSON-serialisable values."""
    data = {
        "account": {
            "email": user.email,
            "pseudonym": user.pseudonym,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_confirmed_at": user.email_confirmed_at.isoformat() if user.email_confirmed_at else None,
        },
        "security_log": [
            {"what": e.get_action_display(), "detail": e.detail, "at": e.created_at.isoformat()}
            for e in SecurityEvent.objects.filter(actor=user).order_by("created_at", "pk")
        ],
        "sessions": [
            {"ip": s.ip, "browser": s.user_agent, "started_at": s.created_at.isoformat(),
             "last_seen_at": s.last_seen_at.isoformat()}
            for s in UserSession.objects.filter(user_id=user.pk).order_by("created_at")
        ],
    }
    for _receiver, sections in collect_personal_data.send(sender=type(user), user=user):
        data.update(sections or {})
    return data


def account_export_files(*, user) -> list[tuple[str, object]]:
    """The files the forum holds about ``user`` (their photos): ``(name in the zip, open)`` pairs
    from the apps above (accounts.signals.collect_personal_files)."""
    files = []
    for _receiver, found in collect_personal_files.send(sender=type(user), user=user):
        files.extend(found or [])
    return files


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the account: other apps delete or anonymise their data first, then every session of
    the account is ended (its stored data deleted) and the user row (with its email and username)
    is removed. Published threads stay, anonymised."""
    account_deleting.send(sender=type(user), user=user)
    SecurityEvent.objects.filter(actor=user).update(actor_name="a deleted account")
    session_keys = list(UserSession.objects.filter(user_id=user.pk).values_list("session_key", flat=True))
    try:
        with transaction.atomic():
            user.delete()
    except ProtectedError:
        raise ValidationError(
            gettext("This account holds published doctor's answers; please ask staff to close it."), code="protected"
        ) from None
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for key in session_keys:
        store().delete(key)
