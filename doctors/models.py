"""Doctors: who may answer, and how their verification stands."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone


class DoctorProfileQuerySet(models.QuerySet):
    def verified(self) -> DoctorProfileQuerySet:
        return self.filter(status=DoctorProfile.Status.VERIFIED)


class DoctorProfile(models.Model):
    """A doctor's public identity and verification state.

    Only ``verified`` doctors answer, and only their answers are shown. The licence number
    is for staff review and never appears on a public page.
    """

    class Status(models.TextChoices):
        APPLIED = "applied", "applied, awaiting review"
        VERIFIED = "verified", "verified"
        REJECTED = "rejected", "rejected"
        SUSPENDED = "suspended", "suspended"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="doctor_profile"
    )
    display_name = models.CharField(max_length=120, help_text='Shown publicly, e.g. "Dr. Yu-Ting Chen".')
    slug = models.SlugField(max_length=140, unique=True)
    department = models.ForeignKey("qa.Department", on_delete=models.PROTECT, related_name="doctors")
    hospital = models.CharField("hospital or clinic", max_length=200)
    licence_number = models.CharField(max_length=64, unique=True)
    bio = models.TextField(blank=True)
    num_published_answers = models.PositiveIntegerField(
        default=0, editable=False,
        help_text="Answers on published threads; kept through qa.signals, rebuilt by rebuild_counts.",
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.APPLIED)
    applied_at = models.DateTimeField(default=timezone.now)
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decision_note = models.TextField(
        blank=True, help_text="Why the application was rejected or the doctor suspended; shown to them."
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)

    objects = DoctorProfileQuerySet.as_manager()

    class Meta:
        ordering = ["display_name"]
        indexes = [models.Index(fields=["status", "department"], name="doctors_status_dept")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="verified") | Q(verified_at__isnull=False),
                name="doctors_verified_has_verified_at",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("doctors:profile", kwargs={"slug": self.slug})

    @property
    def is_verified(self) -> bool:
        return self.status == self.Status.VERIFIED


class AuditEvent(models.Model):
    """Who did what, and when, in the queue and in verification. Written only by doctors.services."""

    class Action(models.TextChoices):
        APPLY = "apply", "applied"
        VERIFY = "verify", "verified"
        REJECT = "reject", "rejected"
        SUSPEND = "suspend", "suspended"
        REINSTATE = "reinstate", "reinstated"
        CLAIM = "claim", "claimed"
        RELEASE = "release", "released"
        EXPIRE = "expire", "claim expired"
        ANSWER = "answer", "answered"
        EDIT = "edit", "edited an answer"
        REQUEST_INFO = "request_info", "asked for information"
        DECLINE = "decline", "declined"
        RETAG = "retag", "changed topics"
        UNPUBLISH = "unpublish", "unpublished a thread"
        DISMISS_REPORT = "dismiss_report", "dismissed a report"

    action = models.CharField(max_length=16, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(max_length=150, help_text="The actor as shown when it happened.")
    question = models.ForeignKey(
        "qa.Question", on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_events"
    )
    doctor = models.ForeignKey(
        DoctorProfile, on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_events",
        help_text="The doctor the action was about (verification) or by (queue).",
    )
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["-created_at"], name="doctors_audit_time"),
            models.Index(fields=["action", "-created_at"], name="doctors_audit_action_time"),
        ]

    def __str__(self) -> str:
        return f"{self.actor_name} {self.get_action_display()}"


class AnswerRevision(models.Model):
    """The text of an answer before one of its doctor's edits."""

    answer = models.ForeignKey("qa.Answer", on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_by = models.ForeignKey(DoctorProfile, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Revision of answer {self.answer_id}"
