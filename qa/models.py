"""The forum's core: departments, tags, questions and doctors' answers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator, slugify

from qa.sanitize import html_excerpt, render_markdown

# The value of doctors.DoctorProfile.Status.VERIFIED. qa may not import doctors (DESIGN.md),
# so the lookup is spelled here; tests/doctors asserts the two stay equal.
VERIFIED_DOCTOR_STATUS = "verified"


class Department(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Departments are listed by this number, then by name."
    )

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("qa:department_detail", kwargs={"slug": self.slug})


class Tag(models.Model):
    """A topic shared by questions and FAQ articles; shared tags link them together."""

    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    description = models.CharField(max_length=280, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("qa:tag_detail", kwargs={"slug": self.slug})


class AgeBracket(models.TextChoices):
    AGE_0_9 = "0-9", "0~9"
    AGE_10_19 = "10-19", "10~19"
    AGE_20_29 = "20-29", "20~29"
    AGE_30_39 = "30-39", "30~39"
    AGE_40_49 = "40-49", "40~49"
    AGE_50_59 = "50-59", "50~59"
    AGE_60_69 = "60-69", "60~69"
    AGE_70_79 = "70-79", "70~79"
    AGE_80_PLUS = "80+", "80+"


class Sex(models.TextChoices):
    FEMALE = "female", "female"
    MALE = "male", "male"
    OTHER = "other", "other / prefer not to say"


def published_q(prefix: str = "") -> Q:
    """The condition for a published question, optionally through a relation.

    ``published_q()`` filters questions; ``published_q("question__")`` filters answers,
    ``published_q("questions__")`` tags. The one definition of "visitors may see it".
    """
    return Q(**{f"{prefix}status": "answered", f"{prefix}published_at__isnull": False})


class QuestionQuerySet(models.QuerySet):
    def published(self) -> QuestionQuerySet:
        """Questions visitors may see: answered and published."""
        return self.filter(published_q())


class Question(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "waiting for a doctor"
        ANSWERED = "answered", "answered"
        DECLINED = "declined", "declined"

    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        help_text="Never shown publicly; empty once the asker deletes their account.",
    )
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, editable=False)
    body = models.TextField("description")
    age_bracket = models.CharField(max_length=5, choices=AgeBracket.choices)
    sex = models.CharField(max_length=6, choices=Sex.choices)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="questions")
    tags = models.ManyToManyField(Tag, blank=True, related_name="questions")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    asked_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-asked_at"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="qa_q_status_published"),
            models.Index(
                fields=["department", "status", "-published_at"], name="qa_q_dept_status_published"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="answered") | Q(published_at__isnull=False),
                name="qa_question_answered_has_published_at",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.slug = slugify(self.title)[:200] or "question"
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "title" in update_fields:
            kwargs["update_fields"] = {*update_fields, "slug"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("qa:question_detail", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.ANSWERED and self.published_at is not None

    @property
    def asker_label(self) -> str:
        """How the asker appears in public: only age bracket and sex, as "30~39 year old female"."""
        age = self.get_age_bracket_display()
        if self.sex == Sex.OTHER:
            return f"{age} year old"
        return f"{age} year old {self.get_sex_display()}"

    @property
    def excerpt(self) -> str:
        return Truncator(" ".join(self.body.split())).chars(200)


class MarkdownBody(models.Model):
    """Abstract: a Markdown ``body`` whose sanitized HTML is stored in ``body_html`` on save.

    Templates render ``body_html`` with ``|safe``; nothing else written by a user is.
    """

    body = models.TextField(help_text="Markdown. Rendered and sanitized when saved.")
    body_html = models.TextField(editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_html"}
        super().save(*args, **kwargs)


class AnswerQuerySet(models.QuerySet):
    def visible(self) -> AnswerQuerySet:
        """Answers shown to the public: only those of currently verified doctors."""
        return self.filter(doctor__status=VERIFIED_DOCTOR_STATUS)

    def on_published_questions(self) -> AnswerQuerySet:
        return self.filter(published_q("question__"))


class Answer(MarkdownBody):
    """A doctor's reply to a question."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    doctor = models.ForeignKey(
        "doctors.DoctorProfile", on_delete=models.PROTECT, related_name="answers"
    )
    answered_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["answered_at", "pk"]
        indexes = [models.Index(fields=["question", "answered_at"], name="qa_answer_question_time")]

    def __str__(self) -> str:
        return f"Answer to {self.question_id} by {self.doctor_id}"

    @property
    def excerpt(self) -> str:
        return html_excerpt(self.body_html)
