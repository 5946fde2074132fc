"""accounts' part in django-allauth's events. Connected when accounts.apps is ready.

- A confirmed or changed address keeps ``User.email_confirmed_at`` true to the verified primary
  address (and sends ``accounts.signals.email_confirmed``: qa releases held questions).
- A changed or reset password ends every other session of the account.
- Two-factor changes, and sign-ins of those who must use two-factor authentication (verified
  doctors, staff), go to the security log shown on the staff audit page.
"""

from __future__ import annotations

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.dispatch import receiver

from accounts import services
from accounts.inputs import one_line
from accounts.models import SecurityEvent
from accounts.two_factor import two_factor_required_for


@receiver(account_signals.email_confirmed)
def address_confirmed(sender, request, email_address, **kwargs):
    services.email_confirmation_sync(user=email_address.user)


@receiver(account_signals.email_changed)
def address_changed(sender, request, user, **kwargs):
    services.email_confirmation_sync(user=user)


@receiver(account_signals.password_changed)
@receiver(account_signals.password_set)
@receiver(account_signals.password_reset)
def password_changed(sender, request, user, **kwargs):
    session = getattr(request, "session", None)
    keep = session.session_key if session is not None and request.user.is_authenticated else None
    services.sessions_end(user=user, keep_session_key=keep)


@receiver(account_signals.user_logged_in)
def signed_in(sender, request, user, **kwargs):
    if two_factor_required_for(user):
        how = "with two-factor authentication" if is_mfa_enabled(user) else "without two-factor authentication yet"
        services.security_event_record(action=SecurityEvent.Action.SIGN_IN, user=user, detail=how)


def _second_factor(authenticator) -> str:
    """What the log says was turned on or off; "" for recovery codes (they come with the others)."""
    if authenticator.type == Authenticator.Type.TOTP:
        return "authenticator app"
    if authenticator.type == Authenticator.Type.WEBAUTHN:
        return f"security key \"{one_line(authenticator.wrap().name)[:100]}\""
    return ""


@receiver(mfa_signals.authenticator_added)
def authenticator_added(sender, request, user, authenticator, **kwargs):
    if what := _second_factor(authenticator):
        services.security_event_record(action=SecurityEvent.Action.MFA_ACTIVATED, user=user, detail=what)


@receiver(mfa_signals.authenticator_removed)
def authenticator_removed(sender, request, user, authenticator, **kwargs):
    if what := _second_factor(authenticator):
        services.security_event_record(action=SecurityEvent.Action.MFA_DEACTIVATED, user=user, detail=what)


@receiver(mfa_signals.authenticator_reset)
def authenticator_reset(sender, request, user, authenticator, **kwargs):
    if authenticator.type == Authenticator.Type.RECOVERY_CODES:
        services.security_event_record(action=SecurityEvent.Action.RECOVERY_CODES, user=user)
