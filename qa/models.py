"""The forum's core: tags, questions, doctors' answers and everything that hangs off a question.

The third layer (docs/ARCHITECTURE.md): qa depends on doctors and accounts, never on faq or portal.
Public URLs of these models are set by the project (settings.ABSOLUTE_URL_OVERRIDES), which knows
the pages that show them.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from accounts.languages import Language, fold, html_lang, localized
from doctors.models import Department, DoctorProfile, verified_doctor_of
from qa import lifecycle, privacy
from qa.lifecycle import Action, Status, published_q
from qa.photo_storage import PhotoStorage
from qa.sanitize import html_excerpt, render_markdown

__all__ = ["Department", "DoctorProfile", "published_q"]  # re-exported: qa's code and tests read them here

SUMMARY_LENGTH = 220  # characters of an answer's stored plain-text excerpt (Answer.summary)


# Doctors cite their sources: links in their text are published, every other kind of detail is not.
DOCTOR_TEXT_KINDS = tuple(kind for kind in privacy.KINDS if kind != privacy.LINK)


class TypedText:
    """Mixin of the models holding what patients and doctors write for the public archive.

    Each field named in ``PUBLIC_TEXT`` holds the copy the site may publish, with personal details
    (phone numbers, email addresses, ID numbers, addresses… see qa.privacy) replaced by
    placeholders; ``original_<name>`` holds the text as typed when it differs, and is shown only
    to the author, the doctors who may see the question, and staff. So every page, excerpt,
    sidebar and index that reads ``title`` or ``body`` publishes the safe copy without knowing it,
    and only the private pages ask for :meth:`typed`. Write with :meth:`set_text`, never by
    assigning the fields.
    """

    PUBLIC_TEXT: tuple[str, ...] = ()
    PRIVACY_KINDS: tuple[str, ...] = privacy.KINDS

    @property
    def has_hidden_details(self) -> bool:
        """Whether a public copy differs from what was typed."""
        return any(getattr(self, f"original_{name}") for name in self.PUBLIC_TEXT)

    def typed(self, name: str) -> str:
        """The field as its author typed it (private)."""
        return getattr(self, f"original_{name}") or getattr(self, name)

    def set_text(self, *, keep: Iterable[str] = (), hide: Iterable[str] = (), **typed: str) -> list[str]:
        """Store each text as typed, and its public copy; returns the names of the fields that
        changed. ``keep`` and ``hide`` are what a doctor marked (Question.privacy_keep/hide)."""
        changed = []
        for name, text in typed.items():
            if name not in self.PUBLIC_TEXT:
                raise ValueError(f"{type(self).__name__}.{name} is not a public text field")
            public = privacy.public_copy(text, keep=keep, hide=hide, kinds=self.PRIVACY_KINDS)
            limit = self._meta.get_field(name).max_length
            if limit and len(public) > limit:  # placeholders can be longer than what they replace
                public = Truncator(public).chars(limit)
            original = "" if public == text else text
            if (getattr(self, name), getattr(self, f"original_{name}")) != (public, original):
                setattr(self, name, public)
                setattr(self, f"original_{name}", original)
                changed += [name, f"original_{name}"]
        return changed

    def redact_again(self, *, keep: Iterable[str] = (), hide: Iterable[str] = ()) -> list[str]:
        """Make the public copies again from the typed texts (after a doctor's review, a better
        detector, or on text stored before redaction existed); returns the changed field names."""
        return self.set_text(keep=keep, hide=hide, **{name: self.typed(name) for name in self.PUBLIC_TEXT})

    def hidden_details(self, name: str, *, keep: Iterable[str] = (), hide: Iterable[str] = ()):
        """``(hidden, kept)``: the details of the typed field that its public copy hides, and those
        a doctor marked as not personal (qa.privacy.review)."""
        return privacy.review(self.typed(name), keep=keep, hide=hide, kinds=self.PRIVACY_KINDS)


class Tag(models.Model):
    """A topic shared by questions and FAQ articles; shared tags link them together."""

    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    description = models.CharField(max_length=280, blank=True)
    name_zh = models.CharField(
        _("Chinese name"), max_length=60, blank=True,
        help_text="The topic's name in Traditional Chinese; blank: the English name is shown.",
    )
    description_zh = models.CharField("Chinese description", max_length=280, blank=True)
    num_published = models.PositiveIntegerField(
        default=0, editable=False,
        help_text="Published threads with this tag; kept by qa.publication, rebuilt by rebuild_counts.",
    )
    threads_changed_at = models.DateTimeField(
        null=True, blank=True, editable=False,
        help_text="When a published thread last joined or left this topic (the topic page's lastmod in the "
                  "sitemap); kept by qa.publication, rebuilt by rebuild_counts.",
    )

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["-num_published", "name"], name="qa_tag_popular")]

    def __str__(self) -> str:
        return self.name

    def name_in(self, language: str) -> str:
        """The topic's name in a page language (a Django language code)."""
        return localized(self, "name", language)

    @property
    def label(self) -> str:
        """The topic's name in the language of the current page."""
        return localized(self, "name")

    @property
    def about(self) -> str:
        """The topic's description in the language of the current page."""
        return localized(self, "description")


class TagAlias(models.Model):
    """Another name of a topic: a lay word or a synonym, in either language ("hives", "風疹塊").

    The tag's page is reachable by any alias and redirects to its own address; search expands a
    query word that is an alias into all names of its topic; the ask form suggests the topic when
    the text uses one. Added by staff and verified doctors (qa.services.tag_alias_add, audited).
    """

    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=60)
    key = models.CharField(max_length=60, unique=True, editable=False,
                           help_text="The name as compared (accounts.languages.fold): one topic per alias.")
    language = models.CharField(max_length=7, choices=Language.choices)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["tag", "language", "name"]
        verbose_name_plural = "tag aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.key = fold(self.name)
        super().save(*args, **kwargs)


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
    FEMALE = "female", pgettext_lazy("sex", "female")
    MALE = "male", pgettext_lazy("sex", "male")
    OTHER = "other", pgettext_lazy("sex", "other / prefer not to say")


class TriagePriority(models.IntegerChoices):
    """The triage tier of a question (qa.triage), as an order for the doctors' queue."""

    NONE = 0, "—"
    URGENT = 1, _("urgent: see a doctor today")
    CRISIS = 2, _("crisis: thoughts of self-harm")
    EMERGENCY = 3, _("emergency")

    @classmethod
    def of_tier(cls, tier: str) -> TriagePriority:
        return {"emergency": cls.EMERGENCY, "crisis": cls.CRISIS, "urgent": cls.URGENT}.get(tier, cls.NONE)


class BodySite(models.TextChoices):
    SCALP = "scalp", pgettext_lazy("body site", "scalp")
    FACE = "face", pgettext_lazy("body site", "face")
    NECK = "neck", pgettext_lazy("body site", "neck")
    CHEST = "chest", pgettext_lazy("body site", "chest")
    BACK = "back", pgettext_lazy("body site", "back")
    ARMS = "arms", pgettext_lazy("body site", "arms")
    HANDS = "hands", pgettext_lazy("body site", "hands")
    GROIN = "groin", pgettext_lazy("body site", "groin")
    LEGS = "legs", pgettext_lazy("body site", "legs")
    FEET = "feet", pgettext_lazy("body site", "feet")
    NAILS = "nails", pgettext_lazy("body site", "nails")
    WHOLE_BODY = "whole_body", pgettext_lazy("body site", "whole body")


class Duration(models.TextChoices):
    DAYS = "days", _("a few days")
    WEEKS = "weeks", _("one to four weeks")
    MONTHS = "months", _("one to six months")
    LONGER = "longer", _("more than six months")
    RECURRING = "recurring", _("it keeps coming back")


class Severity(models.TextChoices):
    NONE = "none", pgettext_lazy("itch or pain", "none")
    MILD = "mild", pgettext_lazy("itch or pain", "mild")
    SEVERE = "severe", pgettext_lazy("itch or pain", "severe")


class DeclineReason(models.TextChoices):
    NEEDS_EXAM = "needs_exam", _("needs an in-person examination")
    NOT_DERMATOLOGY = "not_dermatology", _("not a dermatology question")
    DUPLICATE = "duplicate", _("already answered in a published thread")
    INAPPROPRIATE = "inappropriate", _("not appropriate for the forum")


class QuestionQuerySet(models.QuerySet):
    def published(self) -> QuestionQuerySet:
        """Questions visitors may see: answered and published."""
        return self.filter(published_q())

    def for_viewer(self, user) -> QuestionQuerySet:
        """What ``user`` may open: published threads, their own questions, and — for verified
        doctors — the questions of their department that have reached doctors and were not
        withdrawn. Everything else is a 404."""
        if not getattr(user, "is_authenticated", False):
            return self.published()
        visible = published_q() | Q(asker=user)
        doctor = verified_doctor_of(user)
        if doctor is not None:
            visible |= Q(department_id=doctor.department_id) & ~Q(status__in=[Status.DRAFT, Status.WITHDRAWN])
        return self.filter(visible)


class Question(TypedText, models.Model):
    Status = Status  # qa.lifecycle: the states and the actions between them
    PUBLIC_TEXT = ("title", "body", "tried")

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
    body = models.TextField(_("description"))
    language = models.CharField(
        max_length=7, choices=Language.choices, default=Language.ENGLISH,
        help_text="The language the question is written in: detected when written, changeable by the asker or "
                  "a doctor.",
    )
    age_bracket = models.CharField(max_length=5, choices=AgeBracket.choices)
    sex = models.CharField(max_length=6, choices=Sex.choices)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="questions")
    tags = models.ManyToManyField(Tag, blank=True, related_name="questions")
    duration = models.CharField(_("how long it has lasted"), max_length=10, choices=Duration.choices, blank=True)
    itch = models.CharField(max_length=6, choices=Severity.choices, default=Severity.NONE)
    pain = models.CharField(max_length=6, choices=Severity.choices, default=Severity.NONE)
    tried = models.TextField(_("what has been tried"), blank=True)
    original_title = models.CharField(max_length=200, blank=True,
                                      help_text="As typed, if personal details were hidden.")
    original_body = models.TextField(blank=True, help_text="As typed, if personal details were hidden.")
    original_tried = models.TextField(blank=True, help_text="As typed, if personal details were hidden.")
    privacy_keep = models.JSONField(
        default=list, blank=True,
        help_text="Details a doctor marked as not personal: published as written (texts).",
    )
    privacy_hide = models.JSONField(
        default=list, blank=True, help_text="Phrases a doctor marked as personal: hidden like the details found.",
    )
    triage_findings = models.JSONField(
        default=list, blank=True,
        help_text="What triage found when it was asked (qa.triage): a list of {code, tier, matched}.",
    )
    triage_priority = models.PositiveSmallIntegerField(
        choices=TriagePriority.choices, default=TriagePriority.NONE,
        help_text="Emergencies come first in the doctors' queue, then crises, then urgent questions.",
    )
    outcome_requested_at = models.DateTimeField(
        null=True, blank=True,
        help_text="When the asker was asked how it is now (settings.QA_OUTCOME_DAYS after the answer).",
    )
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
        DoctorProfile, on_delete=models.SET_NULL, null=True, blank=True, related_name="claims"
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
    page_version = models.PositiveIntegerField(
        default=0, editable=False,
        help_text="Moves, in the transaction of the change, whenever what this thread's page shows of itself "
                  "changes (qa.cache.bodies_changed); a stored rendering of an older version is never used.",
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-asked_at"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="qa_q_status_published"),
            models.Index(
                fields=["department", "status", "-published_at"], name="qa_q_dept_status_published"
            ),
            # The doctors' queue: a department's open questions, emergencies first, then the oldest.
            models.Index(fields=["department", "status", "-triage_priority", "asked_at"], name="qa_q_queue"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=Status.ANSWERED) | Q(published_at__isnull=False),
                name="qa_question_answered_has_published_at",
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.CLAIMED) | Q(claimed_by__isnull=False, claim_expires_at__isnull=False),
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

    @property
    def lang(self) -> str:
        """The BCP 47 tag of the question's language, for the ``lang`` attribute of its text."""
        return html_lang(self.language)

    @property
    def is_published(self) -> bool:
        return self.status == lifecycle.PUBLIC

    @property
    def asker_label(self) -> str:
        """How the asker appears in public: an optional pseudonym, then only age bracket and sex,
        as "Rosa, 30~39 year old female". Never a username or an email."""
        age = self.get_age_bracket_display()
        if self.sex == Sex.OTHER:
            label = gettext("%(age)s year old") % {"age": age}
        else:
            label = gettext("%(age)s year old %(sex)s") % {"age": age, "sex": self.get_sex_display()}
        if not self.asker_pseudonym:
            return label
        return gettext("%(public_name)s, %(age_and_sex)s") % {"public_name": self.asker_pseudonym, "age_and_sex": label}

    @property
    def excerpt(self) -> str:
        return Truncator(" ".join(self.body.split())).chars(200)

    def claim_is_live(self, now=None) -> bool:
        return lifecycle.claim_is_live(self, now)

    @property
    def is_urgent(self) -> bool:
        """Triage found something a doctor should see first (any tier)."""
        return self.triage_priority > TriagePriority.NONE

    @property
    def is_crisis(self) -> bool:
        return self.triage_priority == TriagePriority.CRISIS

    @property
    def triage_label(self) -> str:
        return "" if not self.is_urgent else self.get_triage_priority_display()

    @property
    def is_waiting(self) -> bool:
        """Waiting for a doctor (pending, or its claim has expired)."""
        return lifecycle.is_waiting(self)

    @property
    def status_for_asker(self) -> str:
        return lifecycle.status_for_asker(self)

    @property
    def is_editable(self) -> bool:
        """The asker may edit until a doctor claims the question."""
        return lifecycle.allows(Action.EDIT, self.status)

    @property
    def is_withdrawable(self) -> bool:
        """The asker may withdraw at any time before it is answered."""
        return lifecycle.allows(Action.WITHDRAW, self.status)

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


class Clarification(TypedText, models.Model):
    """A doctor's request for more information, or what the asker added in reply."""

    PUBLIC_TEXT = ("body",)

    class Kind(models.TextChoices):
        REQUEST = "request", _("the doctor asked")
        ADDITION = "addition", _("the patient added")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="clarifications")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    doctor = models.ForeignKey(
        DoctorProfile, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    body = models.TextField()
    original_body = models.TextField(blank=True, help_text="As typed, if personal details were hidden.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.question_id}"

    @property
    def PRIVACY_KINDS(self) -> tuple[str, ...]:  # noqa: N802 (TypedText's attribute)
        return DOCTOR_TEXT_KINDS if self.kind == self.Kind.REQUEST else privacy.KINDS

    @property
    def is_request(self) -> bool:
        return self.kind == self.Kind.REQUEST


class PageGeneration(models.Model):
    """One row (pk 1): moves, in the transaction of the change, when something any thread page shows
    changes: a doctor, a department, a topic, an FAQ article (qa.cache.archive_changed). A stored
    rendering of a thread page (portal.models.StoredThreadPage) made under another generation is
    never used."""

    value = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"page generation {self.value}"


class PhotoQuerySet(models.QuerySet):
    def pending_of(self, user) -> PhotoQuerySet:
        """Photos ``user`` uploaded on the ask form's preview that no question holds yet."""
        return self.filter(question__isnull=True, uploader=user)


class Photo(TypedText, models.Model):
    """A patient's photo for the doctors: private, always. Shown to the asker, the verified doctors
    who may see the question, and staff, through the permission-checked view (qa.photo_views); never
    on a public page, in the page cache, a feed, a sitemap or the API.

    The file is what qa.images made of the upload (decoded, upright, re-encoded without metadata),
    under a random name in the "photos" storage (qa.photo_storage). A photo without a question
    was uploaded on the ask form's preview and is attached when the question is sent
    (qa.services.question_submit); one left unattached for a day is removed (remove_orphan_photos).
    Files leave the storage when their row is deleted (qa.receivers).
    """

    PUBLIC_TEXT = ("caption",)  # never published, but written and redacted like every patient text

    key = models.CharField(max_length=40, unique=True, editable=False,
                           help_text="Random, unguessable: the photo's address and file name.")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, null=True, blank=True, related_name="photos")
    uploader = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    file = models.FileField(storage=PhotoStorage(), max_length=100)
    thumbnail = models.FileField(storage=PhotoStorage(), max_length=100)
    body_site = models.CharField(max_length=12, choices=BodySite.choices, blank=True)
    caption = models.CharField(max_length=300, blank=True)
    original_caption = models.CharField(max_length=300, blank=True,
                                        help_text="As typed, if personal details were hidden.")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    objects = PhotoQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["uploader", "created_at"], name="qa_photo_uploader_time")]

    def __str__(self) -> str:
        return f"Photo {self.pk} of question {self.question_id}"

    @property
    def typed_caption(self) -> str:
        """The caption as typed: photos are only ever shown on private pages."""
        return self.typed("caption")


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
    """The searchable text of one published thread. Written only by qa.search (index_question,
    rebuild_index).

    The full-text index is not a Django field: on PostgreSQL a generated ``vector`` tsvector
    column with a GIN index, on SQLite the FTS5 table ``qa_search_fts`` kept in sync by
    triggers (migration 0002).
    """

    question = models.OneToOneField(Question, on_delete=models.CASCADE, primary_key=True,
                                    related_name="search_document")
    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="+")
    published_at = models.DateTimeField()
    title = models.TextField()
    body = models.TextField(help_text="The question and what the patient added.")
    answer = models.TextField(help_text="The answer as plain text.")
    segmented = models.TextField(
        blank=True, default="",
        help_text="The Chinese of title, body and answer as bigrams, then the thread's topics as "
                  "tokens; four parts split by | (qa.search.segmented_values).",
    )

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
        MISINFORMATION = "misinformation", _("wrong or dangerous medical information")
        PERSONAL_DATA = "personal_data", _("it reveals who someone is")
        OFFENSIVE = "offensive", _("offensive or abusive")
        SPAM = "spam", _("spam or advertising")
        OTHER = "other", _("something else")

    class Resolution(models.TextChoices):
        UNPUBLISHED = "unpublished", pgettext_lazy("report", "thread unpublished")
        DISMISSED = "dismissed", pgettext_lazy("report", "dismissed")

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
        ANSWERED = "answered", _("Your question has been answered")
        DECLINED = "declined", _("Your question was declined")
        NEEDS_INFO = "needs_info", _("A doctor needs more information")
        OUTCOME = "outcome", _("How is it now? Tell other readers")

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

    MARKDOWN_SOURCES: tuple[str, ...] = ("body",)  # the fields render_body() reads

    body = models.TextField(help_text="Markdown. Rendered and sanitized when saved.")
    body_html = models.TextField(editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        derived = self.render_body()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields) & set(self.MARKDOWN_SOURCES):
            kwargs["update_fields"] = {*update_fields, *derived}
        super().save(*args, **kwargs)

    def render_body(self) -> set[str]:
        """Fill the fields derived from ``body``; return their names."""
        self.body_html = render_markdown(self.body)
        return {"body_html"}


class AnswerQuerySet(models.QuerySet):
    def visible(self) -> AnswerQuerySet:
        """Answers shown to the public: only those of currently verified doctors."""
        return self.filter(doctor__status=DoctorProfile.Status.VERIFIED)

    def on_published_questions(self) -> AnswerQuerySet:
        return self.filter(published_q("question__"))


class Answer(TypedText, MarkdownBody):
    """A doctor's reply to a question: a short reply (``body``) and an optional longer explanation
    (``more_info``, shown under "More Info"); both are public copies (TypedText)."""

    PUBLIC_TEXT = ("body", "more_info")
    PRIVACY_KINDS = DOCTOR_TEXT_KINDS
    MARKDOWN_SOURCES = ("body", "more_info")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    doctor = models.ForeignKey(
        DoctorProfile, on_delete=models.PROTECT, related_name="answers"
    )
    original_body = models.TextField(blank=True, help_text="As typed, if personal details were hidden.")
    more_info = models.TextField(
        _("more info"), blank=True,
        help_text="Markdown: the longer, patient explanation shown under the reply as “More Info”.",
    )
    original_more_info = models.TextField(blank=True, help_text="As typed, if personal details were hidden.")
    more_info_html = models.TextField(editable=False, default="")
    reading = models.JSONField(
        default=list, blank=True,
        help_text="Further reading the doctor attached: keys of what qa.reading offered (FAQ articles), at most 3.",
    )
    # The plain-text excerpt shown in lists and sidebars, stored so that reading it costs nothing.
    summary = models.CharField(max_length=240, editable=False, default="")
    language = models.CharField(
        max_length=7, choices=Language.choices, default=Language.ENGLISH,
        help_text="The language the answer is written in: detected when written, changeable by its doctor.",
    )
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
        self.more_info_html = render_markdown(self.more_info) if self.more_info.strip() else ""
        return {*derived, "summary", "more_info_html"}

    @property
    def lang(self) -> str:
        """The BCP 47 tag of the reply's language, for the ``lang`` attribute of its text."""
        return html_lang(self.language)

    @property
    def excerpt(self) -> str:
        return self.summary


class Outcome(TypedText, models.Model):
    """The asker's update, some time after the answer: is it better? Shown on the thread as "Update
    from the asker" once a doctor of the department or staff approved it. ``diagnosis`` and ``note``
    are public copies (TypedText)."""

    PUBLIC_TEXT = ("diagnosis", "note")

    class Result(models.TextChoices):
        BETTER = "better", pgettext_lazy("how it is now", "better")
        SAME = "same", pgettext_lazy("how it is now", "about the same")
        WORSE = "worse", pgettext_lazy("how it is now", "worse")
        SAW_DOCTOR = "saw_doctor", pgettext_lazy("how it is now", "I saw a doctor in person")

    class Review(models.TextChoices):
        PENDING = "pending", _("waiting for a doctor's review")
        APPROVED = "approved", _("shown on the thread")
        REJECTED = "rejected", _("not shown")

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="outcome")
    result = models.CharField(max_length=10, choices=Result.choices)
    diagnosis = models.CharField(max_length=300, blank=True, help_text="What a doctor in person said it was, if any.")
    original_diagnosis = models.CharField(max_length=200, blank=True)
    note = models.TextField(blank=True)
    original_note = models.TextField(blank=True)
    review = models.CharField(max_length=10, choices=Review.choices, default=Review.PENDING)
    reported_at = models.DateTimeField(default=timezone.now)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        indexes = [models.Index(fields=["review", "reported_at"], name="qa_outcome_review")]

    def __str__(self) -> str:
        return f"{self.get_result_display()} on {self.question_id}"

    @property
    def is_shown(self) -> bool:
        return self.review == self.Review.APPROVED


class AnswerRevision(models.Model):
    """The text of an answer before one of its edits (by its doctor, or by staff), as typed: private."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    more_info = models.TextField(blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    editor_name = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Revision of answer {self.answer_id}"


class QuestionEvent(models.Model):
    """The audit log of questions: who did what to which question, and when.

    Written only by qa.services, one entry per action, in the transaction of the change.
    """

    Action = Action

    action = models.CharField(max_length=16, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(max_length=150, help_text="The actor as shown when it happened.")
    question = models.ForeignKey(
        Question, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    doctor = models.ForeignKey(
        DoctorProfile, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="The doctor who acted, or whose claim it was.",
    )
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["-created_at"], name="qa_event_time"),
            models.Index(fields=["action", "-created_at"], name="qa_event_action_time"),
            models.Index(fields=["question", "-created_at"], name="qa_event_question_time"),
        ]

    def __str__(self) -> str:
        return f"{self.actor_name} {self.get_action_display()}"


class SearchTerm(models.Model):
    """How many indexed threads (SearchDocument rows) hold a lexeme of the PostgreSQL index.

    One row per lexeme of the ``vector`` column, with the number of threads whose vector holds it:
    what ``ts_stat`` gives. Kept by qa.search (``index_question`` adds and subtracts the lexemes a
    thread gained and lost, ``rebuild_index`` recounts them); qa.search estimates how many threads
    a query matches from it, and chooses how to find them. PostgreSQL only: empty on SQLite.
    """

    term = models.TextField(primary_key=True, help_text="A lexeme, as in the tsvector.")
    documents = models.IntegerField(help_text="Indexed threads whose vector holds the lexeme.")

    def __str__(self) -> str:
        return f"{self.term}: {self.documents}"


class SearchDepartment(models.Model):
    """How many indexed threads (SearchDocument rows) each department has; their sum is the whole
    index. Kept with SearchTerm by qa.search, for the same estimates. PostgreSQL only."""

    department = models.OneToOneField(Department, on_delete=models.CASCADE, primary_key=True, related_name="+")
    documents = models.IntegerField(help_text="Indexed threads of the department.")

    def __str__(self) -> str:
        return f"{self.department_id}: {self.documents}"


class StoredRendering(models.Model):
    """A rendering of a published thread stored for reuse, in one page language: valid only while
    ``version`` equals the thread's ``Question.page_version``, ``generation`` equals
    ``PageGeneration`` (both move in the transaction of any change that alters what it shows:
    qa.cache) and ``layout`` is the fingerprint of the templates, code and translations that
    rendered it (a deploy that changes them makes every copy stale). A stale copy is never shown;
    it is rendered again when next needed. Thread cards here; the parts of thread pages in portal."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=7, choices=Language.choices)
    version = models.PositiveIntegerField()
    generation = models.PositiveBigIntegerField()
    layout = models.CharField(max_length=16)
    rendered_at = models.DateTimeField()

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(fields=["question", "language"], name="%(app_label)s_%(class)s_one_per_language"),
        ]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} {self.question_id} ({self.language}) v{self.version}/{self.generation}"


class StoredThreadCard(StoredRendering):
    """A published thread's card in the lists (``qa/partials/question_card.html``), rendered once
    per language and reused by every list and topic page that shows it (qa.cards)."""

    html = models.TextField()

    class Meta(StoredRendering.Meta):
        pass
