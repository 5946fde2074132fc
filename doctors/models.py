"""Departments and doctors: who may answer, and how their verification stands.

The second layer (docs/ARCHITECTURE.md): doctors depends only on accounts. Questions, answers and
FAQ articles point at these models; nothing here points back.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from accounts.languages import localized


class Department(models.Model):
    """A medical department; doctors belong to one, questions and FAQ articles are filed under one."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    name_zh = models.CharField(_("Chinese name"), max_length=100, blank=True,
                               help_text=_("The name in Traditional Chinese; blank: the English name is shown."))
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    description_zh = models.TextField(_("Chinese description"), blank=True)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Departments are listed by this number, then by name.")
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        """The name in the current page language."""
        return localized(self, "name")

    @property
    def about(self) -> str:
        """The description in the current page language."""
        return localized(self, "description")


class DoctorProfileQuerySet(models.QuerySet):
    def verified(self) -> DoctorProfileQuerySet:
        return self.filter(status=DoctorProfile.Status.VERIFIED)


class DoctorProfile(models.Model):
    """A doctor's public identity and verification state.

    Only ``verified`` doctors answer, and only their answers are shown. The licence number
    is for staff review and never appears on a public page.
    """

    class Status(models.TextChoices):
        APPLIED = "applied", pgettext_lazy("doctor status", "applied, awaiting review")
        VERIFIED = "verified", pgettext_lazy("doctor status", "verified")
        REJECTED = "rejected", pgettext_lazy("doctor status", "rejected")
        SUSPENDED = "suspended", pgettext_lazy("doctor status", "suspended")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="doctor_profile", verbose_name=_("user")
    )
    display_name = models.CharField(_("display name"), max_length=120,
                                    help_text=_('Shown publicly, e.g. "Dr. Yu-Ting Chen".'))
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="doctors",
                                   verbose_name=_("department"))
    hospital = models.CharField(_("hospital or clinic"), max_length=200)
    licence_number = models.CharField(_("licence number"), max_length=64, unique=True)
    bio = models.TextField(_("bio"), blank=True)
    num_published_answers = models.PositiveIntegerField(
        _("num published answers"), default=0, editable=False,
        help_text=_("Answers on published threads; kept by the layer that publishes them, rebuilt by rebuild_counts."),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.APPLIED)
    applied_at = models.DateTimeField(_("applied at"), default=timezone.now)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    decision_note = models.TextField(
        _("decision note"), blank=True,
        help_text=_("Why the application was rejected or the doctor suspended; shown to them."),
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)

    objects = DoctorProfileQuerySet.as_manager()

    class Meta:
        ordering = ["display_name"]
        verbose_name = _("doctor profile")
        verbose_name_plural = _("doctor profiles")
        indexes = [models.Index(fields=["status", "department"], name="doctors_status_dept")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="verified") | Q(verified_at__isnull=False),
                name="doctors_verified_has_verified_at",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def is_verified(self) -> bool:
        return self.status == self.Status.VERIFIED


def verified_doctor_of(user) -> DoctorProfile | None:
    """The user's doctor profile if it is verified, else None: the one definition of "verified
    doctor". Read from the row loaded with the request, so a suspension takes effect at once."""
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        profile = user.doctor_profile
    except DoctorProfile.DoesNotExist:
        return None
    return profile if profile.is_verified else None


class VerificationEvent(models.Model):
    """Who applied, verified, rejected, suspended or reinstated a doctor, and when.

    Written only by doctors.services, in the transaction of the change it records.
    """

    class Action(models.TextChoices):
        APPLY = "apply", pgettext_lazy("verification action", "applied")
        VERIFY = "verify", pgettext_lazy("verification action", "verified")
        REJECT = "reject", pgettext_lazy("verification action", "rejected")
        SUSPEND = "suspend", pgettext_lazy("verification action", "suspended")
        REINSTATE = "reinstate", pgettext_lazy("verification action", "reinstated")
        EDIT = "edit_profile", pgettext_lazy("verification action", "edited a doctor's profile")

    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("actor"),
    )
    actor_name = models.CharField(_("actor name"), max_length=150,
                                  help_text=_("The actor as shown when it happened."))
    doctor = models.ForeignKey(DoctorProfile, on_delete=models.CASCADE, related_name="verification_events",
                               verbose_name=_("doctor"))
    detail = models.TextField(_("detail"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["-created_at"], name="doctors_event_time")]
        verbose_name = _("verification event")
        verbose_name_plural = _("verification events")

    def __str__(self) -> str:
        return f"{self.actor_name} {self.get_action_display()}"
