from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.inputs import normalize_email
from accounts.languages import Language


class AccountManager(UserManager):
    @classmethod
    def normalize_email(cls, email):
        return normalize_email(email or "")

    def create_superuser(self, username, email=None, password=None, **extra_fields):
        """An operator's account (``createsuperuser``): its address counts as confirmed."""
        extra_fields.setdefault("email_confirmed_at", timezone.now())
        user = super().create_superuser(username, email, password, **extra_fields)
        from accounts.services import email_mark_verified

        email_mark_verified(user=user)
        return user


class User(AbstractUser):
    """The forum's user: patients, doctors and staff alike.

    A custom model from the first migration so that fields (a public pseudonym, consent
    records) can be added later without the painful swap of AUTH_USER_MODEL. The email is
    unique and stored normalised (``accounts.inputs.normalize_email``); neither it nor the
    username is ever shown on a public page. ``email_confirmed_at`` is set when the address is
    allauth's verified primary address (``accounts.services.email_confirmation_sync``).
    """

    email = models.EmailField(_("email address"), unique=True)
    pseudonym = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("Optional public name shown with your answered questions instead of nothing."),
    )
    email_confirmed_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(
        max_length=7, choices=Language.choices, blank=True,
        help_text=_("The language of the pages and emails for this account; blank: as the browser asks."),
    )

    objects = AccountManager()

    REQUIRED_FIELDS = ["email"]

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    @property
    def has_confirmed_email(self) -> bool:
        return self.email_confirmed_at is not None

    def save(self, *args, **kwargs):
        if self.email:
            self.email = normalize_email(self.email)
        super().save(*args, **kwargs)


class SecurityEvent(models.Model):
    """Changes to an account's two-factor authentication, and sign-ins of doctors and staff.

    Written by ``accounts.services.security_event_record`` from allauth's signals
    (``accounts.receivers``); shown on the staff audit page.
    """

    class Action(models.TextChoices):
        SIGN_IN = "sign_in", _("signed in")
        MFA_ACTIVATED = "mfa_activated", _("turned on two-factor authentication")
        MFA_DEACTIVATED = "mfa_deactivated", _("turned off two-factor authentication")
        RECOVERY_CODES = "recovery_codes", _("made new recovery codes")

    action = models.CharField(max_length=16, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(max_length=150, help_text=_("The account as shown when it happened."))
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["-created_at"], name="accounts_security_event_time")]

    def __str__(self) -> str:
        return f"{self.actor_name} {self.get_action_display()}"
