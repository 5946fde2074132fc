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
SUMMARY_LENGTH = 220  # characters of an answer's stored plain-text excerpt (Answer.summary)


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
    keywords = models.CharField(
        max_length=300, blank=True,
        help_text="Comma-separated words patients use for this topic (pimple, zit…); they suggest the tag.",
    )
    num_published = models.PositiveIntegerField(
        default=0, editable=False,
        help_text="Published threads with this tag; kept by qa.services, rebuilt by rebuild_counts.",
    )

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["-num_published", "name"], name="qa_tag_popular")]

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


class BodySite(models.TextChoices):
    SCALP = "scalp", "scalp"
    FACE = "face", "face"
    NECK = "neck", "neck"
    CHEST = "chest", "chest"
    BACK = "back", "back"
    ARMS = "arms", "arms"
    HANDS = "hands", "hands"
    GROIN = "groin", "groin"
    LEGS = "legs", "legs"
    FEET = "feet", "feet"
    NAILS = "nails", "nails"
    WHOLE_BODY = "whole_body", "whole body"


class Duration(models.TextChoices):
    DAYS = "days", "a few days"
    WEEKS = "weeks", "one to four weeks"
    MONTHS = "months", "one to six months"
    LONGER = "longer", "more than six months"
    RECURRING = "recurring", "it keeps coming back"


class Severity(models.TextChoices):
    NONE = "none", "none"
    MILD = "mild", "mild"
    SEVERE = "severe", "severe"


class DeclineReason(models.TextChoices):
    NEEDS_EXAM = "needs_exam", "needs an in-person examination"
    NOT_DERMATOLOGY = "not_dermatology", "not a dermatology question"
    DUPLICATE = "duplicate", "already answered in a published thread"
    INAPPROPRIATE = "inappropriate", "not appropriate for the forum"


def is_verified_doctor(user) -> bool:
    """True for a signed-in user whose doctor profile is verified (checked on every request)."""
    if not getattr(user, "is_authenticated", False):
        return False
    profile = getattr(user, "doctor_profile", None)
    return profile is not None and profile.status == VERIFIED_DOCTOR_STATUS


class QuestionQuerySet(models.QuerySet):
    def published(self) -> QuestionQuerySet:
        """Questions visitors may see: answered and published."""
        return self.filter(published_q())

    def for_viewer(self, user) -> QuestionQuerySet:
        """What ``user`` may open: published threads, their own questions, and — for verified
        doctors — every question that has reached doctors and was not withdrawn. Everything
        else is a 404."""
        if is_verified_doctor(user):
            return self.exclude(status__in=[Question.Status.DRAFT, Question.Status.WITHDRAWN])
        if getattr(user, "is_authenticated", False):
            return self.filter(published_q() | Q(asker=user))
        return self.published()


class Question(models.Model):
    class Status(models.TextChoices):
        # The labels are what the asker reads on "My questions".
        DRAFT = "draft", "waiting for you to confirm your email address"
        PENDING = "pending", "waiting for a doctor"
        CLAIMED = "claimed", "a doctor is answering"
        NEEDS_INFO = "needs_info", "the doctor needs more information"
        ANSWERED = "answered", "answered"
        DECLINED = "declined", "declined"
        WITHDRAWN = "withdrawn", "withdrawn"
        REMOVED = "removed", "removed by the moderators"

    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        help_text="Never shown publicly; empty once the asker deletes their account.",
    )
    asker_pseudonym = models.CharField(
        max_length=40, blank=True, help_text="The asker's chosen public name when they asked, if any."
    )
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, editable=False)
    body = models.TextField("description")
    age_bracket = models.CharField(max_length=5, choices=AgeBracket.choices)
    sex = models.CharField(max_length=6, choices=Sex.choices)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="questions")
    tags = models.ManyToManyField(Tag, blank=True, related_name="questions")
    duration = models.CharField("how long it has lasted", max_length=10, choices=Duration.choices, blank=True)
    itch = models.CharField(max_length=6, choices=Severity.choices, default=Severity.NONE)
    pain = models.CharField(max_length=6, choices=Severity.choices, default=Severity.NONE)
    tried = models.TextField("what has been tried", blank=True)
    red_flags = models.JSONField(
        default=list, blank=True, help_text="Codes of the urgent signs found when it was asked (qa.red_flags)."
    )
    is_urgent = models.BooleanField(default=False, help_text="Urgent questions come first in the doctors' queue.")
    publish_consent_at = models.DateTimeField(
        null=True, blank=True, help_text="When the asker agreed to anonymous publication once answered."
    )
    follow_up_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="follow_ups"
    )
    decline_reason = models.CharField(max_length=20, choices=DeclineReason.choices, blank=True)
    decline_note = models.TextField(blank=True, help_text="Shown to the asker.")
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="duplicates"
    )
    claimed_by = models.ForeignKey(
        "doctors.DoctorProfile", on_delete=models.SET_NULL, null=True, blank=True, related_name="claims"
    )
    claim_expires_at = models.DateTimeField(null=True, blank=True)
    submission_token = models.UUIDField(
        null=True, blank=True, unique=True, editable=False,
        help_text="From the ask form: a form submitted twice creates one question.",
    )
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
            # The doctors' queue: a department's open questions, urgent first, then oldest.
            models.Index(fields=["department", "status", "-is_urgent", "asked_at"], name="qa_q_queue"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="answered") | Q(published_at__isnull=False),
                name="qa_question_answered_has_published_at",
            ),
            models.CheckConstraint(
                condition=~Q(status="claimed") | Q(claimed_by__isnull=False, claim_expires_at__isnull=False),
                name="qa_question_claim_has_doctor_and_expiry",
            ),
            # One follow-up question per thread.
            models.UniqueConstraint(
                fields=["follow_up_of"], condition=Q(follow_up_of__isnull=False), name="qa_question_one_follow_up"
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
        """How the asker appears in public: an optional pseudonym, then only age bracket and sex,
        as "Rosa, 30~39 year old female". Never a username or an email."""
        age = self.get_age_bracket_display()
        label = f"{age} year old" if self.sex == Sex.OTHER else f"{age} year old {self.get_sex_display()}"
        return f"{self.asker_pseudonym}, {label}" if self.asker_pseudonym else label

    @property
    def excerpt(self) -> str:
        return Truncator(" ".join(self.body.split())).chars(200)

    def claim_is_live(self, now=None) -> bool:
        return (
            self.status == self.Status.CLAIMED
            and self.claim_expires_at is not None
            and self.claim_expires_at > (now or timezone.now())
        )

    @property
    def is_editable(self) -> bool:
        """The asker may edit until a doctor claims the question."""
        return self.status in {self.Status.DRAFT, self.Status.PENDING, self.Status.NEEDS_INFO}

    @property
    def is_withdrawable(self) -> bool:
        """The asker may withdraw at any time before it is answered."""
        return self.status in {self.Status.DRAFT, self.Status.PENDING, self.Status.CLAIMED, self.Status.NEEDS_INFO}

    @property
    def needs_info(self) -> bool:
        return self.status == self.Status.NEEDS_INFO

    @property
    def is_declined(self) -> bool:
        return self.status == self.Status.DECLINED

    @property
    def body_site_labels(self) -> list[str]:
        """Reads ``body_sites.all()``: prefetch them on lists."""
        return [site.get_site_display() for site in self.body_sites.all()]


class QuestionBodySite(models.Model):
    """Where on the body: one row per site, so the queue can filter by site on any database."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="body_sites")
    site = models.CharField(max_length=12, choices=BodySite.choices)

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["question", "site"], name="qa_body_site_unique")]
        indexes = [models.Index(fields=["site", "question"], name="qa_body_site_lookup")]

    def __str__(self) -> str:
        return self.get_site_display()


class Clarification(models.Model):
    """A doctor's request for more information, or what the asker added in reply."""

    class Kind(models.TextChoices):
        REQUEST = "request", "the doctor asked"
        ADDITION = "addition", "the patient added"

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="clarifications")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    doctor = models.ForeignKey(
        "doctors.DoctorProfile", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.question_id}"

    @property
    def is_request(self) -> bool:
        return self.kind == self.Kind.REQUEST


class SimilarThread(models.Model):
    """One precomputed row of a thread's "Similar Q&A" sidebar (qa.similarity).

    Read by the thread page with one indexed query; refreshed after a thread is published or
    re-tagged, and rebuilt for everything by ``manage.py rebuild_similar``.
    """

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="similar_links")
    similar = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    rank = models.PositiveSmallIntegerField()
    shared_tags = models.PositiveSmallIntegerField()
    text_similarity = models.FloatField(default=0)

    class Meta:
        ordering = ["question", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["question", "rank"], name="qa_similar_question_rank"),
            models.UniqueConstraint(fields=["question", "similar"], name="qa_similar_question_similar"),
        ]

    def __str__(self) -> str:
        return f"{self.question_id} ~ {self.similar_id} (#{self.rank})"


class SearchDocument(models.Model):
    """The searchable text of one published thread (qa.search). Written by qa.services only.

    The full-text index is not a Django field: on PostgreSQL a generated ``vector`` tsvector
    column with a GIN index, on SQLite the FTS5 table ``qa_search_fts`` kept in sync by
    triggers (migration 0005).
    """

    question = models.OneToOneField(Question, on_delete=models.CASCADE, primary_key=True,
                                    related_name="search_document")
    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="+")
    published_at = models.DateTimeField()
    title = models.TextField()
    body = models.TextField(help_text="The question and what the patient added.")
    answer = models.TextField(help_text="The answer as plain text.")

    class Meta:
        indexes = [
            models.Index(fields=["department", "-published_at"], name="qa_search_dept_time"),
            # The newest-first walk of frequent search terms (qa.search.pg_ranking_query).
            models.Index(fields=["-published_at", "-question"], name="qa_search_time"),
        ]

    def __str__(self) -> str:
        return self.title


class Report(models.Model):
    """A visitor's report of a published thread, for staff to handle."""

    class Reason(models.TextChoices):
        MISINFORMATION = "misinformation", "wrong or dangerous medical information"
        PERSONAL_DATA = "personal_data", "it reveals who someone is"
        OFFENSIVE = "offensive", "offensive or abusive"
        SPAM = "spam", "spam or advertising"
        OTHER = "other", "something else"

    class Resolution(models.TextChoices):
        UNPUBLISHED = "unpublished", "thread unpublished"
        DISMISSED = "dismissed", "dismissed"

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(max_length=16, choices=Reason.choices)
    note = models.TextField(blank=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    resolution = models.CharField(max_length=12, choices=Resolution.choices, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["resolution", "-created_at"], name="qa_report_open")]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} on {self.question_id}"

    @property
    def is_open(self) -> bool:
        return not self.resolution


class Notification(models.Model):
    """An on-site notice to a user about one of their questions."""

    class Kind(models.TextChoices):
        ANSWERED = "answered", "Your question has been answered"
        DECLINED = "declined", "Your question was declined"
        NEEDS_INFO = "needs_info", "A doctor needs more information"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"], name="qa_notification_unread")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.question_id}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class MarkdownBody(models.Model):
    """Abstract: a Markdown ``body`` whose sanitized HTML is stored in ``body_html`` on save.

    Templates render ``body_html`` with ``|safe``; nothing else written by a user is.
    """

    body = models.TextField(help_text="Markdown. Rendered and sanitized when saved.")
    body_html = models.TextField(editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        derived = self.render_body()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, *derived}
        super().save(*args, **kwargs)

    def render_body(self) -> set[str]:
        """Fill the fields derived from ``body``; return their names."""
        self.body_html = render_markdown(self.body)
        return {"body_html"}


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
    # The plain-text excerpt shown in lists and sidebars, stored so that reading it costs nothing.
    summary = models.CharField(max_length=240, editable=False, default="")
    answered_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["answered_at", "pk"]
        constraints = [
            # Two doctors can never both answer one question: the database says so too.
            models.UniqueConstraint(fields=["question"], name="qa_answer_one_per_question"),
        ]
        indexes = [models.Index(fields=["doctor", "-answered_at"], name="qa_answer_doctor_time")]

    def __str__(self) -> str:
        return f"Answer to {self.question_id} by {self.doctor_id}"

    def render_body(self) -> set[str]:
        derived = super().render_body()
        self.summary = html_excerpt(self.body_html, SUMMARY_LENGTH)
        return {*derived, "summary"}

    @property
    def excerpt(self) -> str:
        return self.summary
