"""accounts' adapter for django-allauth: where allauth's flows normalise email addresses.

Every email that allauth reads from a visitor (sign-up, sign-in, password reset, a new address)
goes through ``accounts.inputs.normalize_email`` here, and the user model stores addresses the
same way, so that the user lookup and the limit on failed sign-ins count the same string.
Lookups are exact (allauth compares the stored, normalised value), never ``email__iexact``:
PostgreSQL runs that as ``UPPER()``, which folds ``ı`` (U+0131) to ``I`` and ``ſ`` (U+017F) to
``S`` and so let ``vıctim@…`` reach ``victim@…`` with a counter of its own.
"""

from __future__ import annotations

import logging
import secrets

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import ResetPasswordForm as BaseResetPasswordForm
from allauth.account.forms import SignupForm as BaseSignupForm
from allauth.core import context as allauth_context
from django import forms
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.forms import pseudonym_validator
from accounts.inputs import normalize_email

logger = logging.getLogger(__name__)


def user_display(user) -> str:
    """How allauth names the signed-in user to themselves ("Signed in as …"): their address, never
    the random username (settings.ACCOUNT_USER_DISPLAY)."""
    return user.email or gettext("your account")


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _("That email and password do not match an account. Check both and try again."),
        "too_many_login_attempts": _("Too many failed sign-in attempts. Wait a few minutes and try again, "
                                     "or reset your password."),
    }

    def clean_email(self, email: str) -> str:
        return normalize_email(super().clean_email(email))

    def authenticate(self, request, **credentials):
        # One string for the limit on failures (pre_authenticate) and for the lookup.
        if credentials.get("email"):
            credentials["email"] = normalize_email(credentials["email"])
        return super().authenticate(request, **credentials)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's emails, signed with the site's name. A failing mail server is logged, never
        turned into an error page (as accounts.mail does): the page says what to do if no email
        arrives (ask again, within the limits)."""
        site = get_current_site(allauth_context.request)
        site.name = settings.SITE_NAME
        try:
            super().send_mail(template_prefix, email, {"current_site": site, **context})
        except Exception:
            logger.exception("Could not send the %s email", template_prefix)

    def populate_username(self, request, user) -> None:
        """A random username: it is never shown and never used to sign in."""
        user.username = f"u{secrets.token_hex(8)}"

    def save_user(self, request, user, form, commit=True):
        """A new account keeps the language it signed up in: later emails (an answer, days after)
        go out in it."""
        user.language = user.language or translation.get_language() or settings.LANGUAGE_CODE
        return super().save_user(request, user, form, commit=commit)


class ResetPasswordForm(BaseResetPasswordForm):
    """allauth's, answering with the normalised address: the limit counts it, and the email with the
    reset link goes to the address stored for the account, never to a look-alike that was typed."""

    def clean_email(self) -> str:
        super().clean_email()
        return normalize_email(self.cleaned_data["email"])


class SignupForm(BaseSignupForm):
    """allauth's (settings.ACCOUNT_FORMS), with the optional public name, and its honeypot hidden by
    the site's stylesheet instead of an inline style, which the Content-Security-Policy forbids."""

    pseudonym = forms.CharField(
        label=_("Public name (optional)"), max_length=40, required=False, validators=[pseudonym_validator],
        help_text=_("Shown with your answered questions. Leave empty to appear only as your age range and sex."),
    )

    field_order = ["email", "password1", "password2", "pseudonym"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        honeypot = self.fields.get(app_settings.SIGNUP_FORM_HONEYPOT_FIELD or "")
        if honeypot is not None:
            honeypot.widget.attrs = {"class": "form-honeypot", "tabindex": "-1", "autocomplete": "off",
                                     "aria-hidden": "true"}

    def signup(self, request, user) -> None:
        """Called by allauth once the account is saved."""
        user.pseudonym = self.cleaned_data["pseudonym"].strip()
        user.save(update_fields=["pseudonym"])
