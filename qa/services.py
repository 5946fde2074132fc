"""Writes with rules for questions and answers: the question's life cycle (DESIGN.md).

Each service takes keyword-only arguments, runs in one transaction, locks the rows whose
status it changes, and validates with ``full_clean()`` before saving. Views and commands call
these; nothing else assigns ``Question.status``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.mail import send_after_commit
from qa.models import (
    Answer,
    Clarification,
    DeclineReason,
    Department,
    Notification,
    Question,
    QuestionBodySite,
    Report,
    Tag,
)
from qa.search import index_question
from qa.signals import thread_publication_changed
from qa.similarity import schedule_refresh

Status = Question.Status


@dataclass(frozen=True)
class QuestionLimitReached(Exception):
    """The asker must wait before asking again; ``retry_after`` is in seconds."""

    message: str
    retry_after: int

    def __str__(self) -> str:
        return self.message


def question_limit_check(*, asker, now: datetime | None = None) -> None:
    """Raise QuestionLimitReached if ``asker`` may not ask a new question right now."""
    now = now or timezone.now()
    recent = list(
        Question.objects.filter(asker=asker, asked_at__gte=now - timedelta(days=1))
        .order_by("asked_at")
        .values_list("asked_at", flat=True)
    )
    cooldown = timedelta(seconds=settings.QA_QUESTION_COOLDOWN_SECONDS)
    if recent and now - recent[-1] < cooldown:
        wait = int((recent[-1] + cooldown - now).total_seconds()) + 1
        raise QuestionLimitReached(
            f"You asked a question moments ago. Please wait {wait} seconds before asking another.", wait
        )
    if len(recent) >= settings.QA_MAX_QUESTIONS_PER_DAY:
        wait = int((recent[0] + timedelta(days=1) - now).total_seconds()) + 1
        raise QuestionLimitReached(
            f"You can ask up to {settings.QA_MAX_QUESTIONS_PER_DAY} questions a day. "
            f"You can ask again in about {max(1, wait // 3600)} hour(s).",
            wait,
        )


def _set_body_sites(question: Question, sites: Iterable[str]) -> None:
    question.body_sites.all().delete()
    QuestionBodySite.objects.bulk_create([QuestionBodySite(question=question, site=s) for s in dict.fromkeys(sites)])


def _validate_tag_count(tags: list[Tag]) -> None:
    if len(tags) > settings.QA_MAX_TAGS:
        raise ValidationError(f"Choose at most {settings.QA_MAX_TAGS} topics.", code="too_many_tags")


def _validate_follow_up(*, asker, follow_up_of: Question | None) -> None:
    if follow_up_of is None:
        return
    if follow_up_of.asker_id != asker.pk or not follow_up_of.is_published:
        raise ValidationError("You can ask a follow-up only to your own answered question.", code="bad_follow_up")
    if Question.objects.filter(follow_up_of=follow_up_of).exists():
        raise ValidationError("You have already asked a follow-up to this question.", code="follow_up_exists")


@transaction.atomic
def question_submit(
    *,
    asker,
    title: str,
    body: str,
    age_bracket: str,
    sex: str,
    department: Department,
    tags: Iterable[Tag] = (),
    body_sites: Iterable[str] = (),
    duration: str = "",
    itch: str = "none",
    pain: str = "none",
    tried: str = "",
    red_flags: Iterable[str] = (),
    submission_token: uuid.UUID | None = None,
    follow_up_of: Question | None = None,
    asked_at: datetime | None = None,
    enforce_limits: bool = True,
) -> tuple[Question, bool]:
    """Submit a question; returns ``(question, created)``.

    A repeated submission token returns the question it already created (a form submitted
    twice makes one question). The question waits as a draft until the asker's email address
    is confirmed, then goes to doctors (``questions_release_drafts``). Red flags mark it urgent.
    ``enforce_limits=False`` (imports, the demo archive) skips the daily limit, the cooldown and
    the cap on topics. Raises QuestionLimitReached or ValidationError.
    """
    # Lock the asker's row: their submissions run one at a time, so limits and tokens hold.
    get_user_model().objects.select_for_update().filter(pk=asker.pk).first()
    if submission_token is not None:
        existing = Question.objects.filter(submission_token=submission_token, asker=asker).first()
        if existing is not None:
            return existing, False
    tags = list(tags)
    if enforce_limits:
        question_limit_check(asker=asker)
        _validate_tag_count(tags)
    _validate_follow_up(asker=asker, follow_up_of=follow_up_of)
    red_flags = list(dict.fromkeys(red_flags))
    confirmed = getattr(asker, "email_confirmed_at", None) is not None
    question = Question(
        asker=asker,
        asker_pseudonym=getattr(asker, "pseudonym", ""),
        title=title.strip(),
        body=body.strip(),
        age_bracket=age_bracket,
        sex=sex,
        department=department,
        duration=duration,
        itch=itch,
        pain=pain,
        tried=tried.strip(),
        red_flags=red_flags,
        is_urgent=bool(red_flags),
        publish_consent_at=timezone.now(),
        follow_up_of=follow_up_of,
        submission_token=submission_token,
        status=Status.PENDING if confirmed else Status.DRAFT,
        asked_at=asked_at or timezone.now(),
    )
    question.full_clean()
    try:
        with transaction.atomic():
            question.save()
    except IntegrityError:
        # The same token from someone else, or a follow-up raced in: nothing was saved.
        raise ValidationError("This form was already used. Please reload the page.", code="duplicate") from None
    question.tags.set(tags)
    _set_body_sites(question, body_sites)
    return question, True


def question_create(*, asker, title: str, body: str, age_bracket: str, sex: str, department: Department,
                    tags: Iterable[Tag] = (), asked_at: datetime | None = None) -> Question:
    """A question straight into the doctors' queue, for imports and the demo archive (no limits)."""
    question, _ = question_submit(
        asker=asker, title=title, body=body, age_bracket=age_bracket, sex=sex, department=department,
        tags=tags, asked_at=asked_at, enforce_limits=False,
    )
    if question.status == Status.DRAFT:
        question.status = Status.PENDING
        question.save(update_fields=["status", "updated_at"])
    return question


def _lock(question: Question) -> Question:
    return Question.objects.select_for_update().get(pk=question.pk)


def _require_asker(question: Question, asker) -> None:
    if question.asker_id is None or question.asker_id != getattr(asker, "pk", None):
        raise ValidationError("Only the asker can do this.", code="not_asker")


def _save_status(question: Question, *fields: str) -> None:
    question.full_clean()
    question.save(update_fields=["status", "updated_at", *fields])


@transaction.atomic
def question_update(
    *, question: Question, asker, title: str, body: str, age_bracket: str, sex: str, department: Department,
    tags: Iterable[Tag], body_sites: Iterable[str], duration: str, itch: str, pain: str, tried: str,
) -> Question:
    """The asker edits their question; allowed until a doctor claims it."""
    locked = _lock(question)
    _require_asker(locked, asker)
    if not locked.is_editable:
        raise ValidationError("A doctor is already working on this question, so it can no longer be edited.",
                              code="not_editable")
    tags = list(tags)
    _validate_tag_count(tags)
    locked.title, locked.body, locked.tried = title.strip(), body.strip(), tried.strip()
    locked.age_bracket, locked.sex, locked.department = age_bracket, sex, department
    locked.duration, locked.itch, locked.pain = duration, itch, pain
    locked.full_clean()
    locked.save()
    locked.tags.set(tags)
    _set_body_sites(locked, body_sites)
    return locked


@transaction.atomic
def question_withdraw(*, question: Question, asker) -> Question:
    """The asker withdraws their question; allowed any time before it is answered."""
    locked = _lock(question)
    _require_asker(locked, asker)
    if not locked.is_withdrawable:
        raise ValidationError("An answered or closed question cannot be withdrawn.", code="not_withdrawable")
    locked.status = Status.WITHDRAWN
    _clear_claim(locked)
    _save_status(locked, "claimed_by", "claim_expires_at")
    return locked


@transaction.atomic
def questions_release_drafts(*, user) -> int:
    """Send the user's held questions to doctors once their email address is confirmed."""
    drafts = list(Question.objects.select_for_update().filter(asker=user, status=Status.DRAFT))
    for question in drafts:
        question.status = Status.PENDING
        _save_status(question)
    return len(drafts)


@transaction.atomic
def question_request_information(*, question: Question, doctor, body: str) -> Clarification:
    """A verified doctor asks the patient for more; the question leaves the queue until they reply."""
    locked = _lock(question)
    if not doctor.is_verified:
        raise ValidationError("Only verified doctors can ask for information.", code="doctor_not_verified")
    if locked.status not in {Status.PENDING, Status.CLAIMED}:
        raise ValidationError("This question is not waiting for a doctor.", code="not_open")
    _require_free_or_own(locked, doctor, timezone.now())
    clarification = Clarification(question=locked, kind=Clarification.Kind.REQUEST, doctor=doctor, body=body.strip())
    clarification.full_clean()
    clarification.save()
    locked.status = Status.NEEDS_INFO
    _clear_claim(locked)
    _save_status(locked, "claimed_by", "claim_expires_at")
    notify(question=locked, kind=Notification.Kind.NEEDS_INFO)
    return clarification


@transaction.atomic
def question_add_information(*, question: Question, asker, body: str) -> Clarification:
    """The asker answers a doctor's request; the question returns to the queue."""
    locked = _lock(question)
    _require_asker(locked, asker)
    if locked.status != Status.NEEDS_INFO:
        raise ValidationError("No doctor is waiting for more information on this question.", code="not_needs_info")
    clarification = Clarification(question=locked, kind=Clarification.Kind.ADDITION, body=body.strip())
    clarification.full_clean()
    clarification.save()
    locked.status = Status.PENDING
    _save_status(locked)
    return clarification


@transaction.atomic
def question_decline(
    *, question: Question, doctor, reason: str, note: str = "", duplicate_of: Question | None = None
) -> Question:
    """A verified doctor declines, with a reason the patient sees (and the published duplicate)."""
    locked = _lock(question)
    if not doctor.is_verified:
        raise ValidationError("Only verified doctors can decline questions.", code="doctor_not_verified")
    if locked.status not in {Status.PENDING, Status.CLAIMED, Status.NEEDS_INFO}:
        raise ValidationError("This question is not waiting for a doctor.", code="not_open")
    _require_free_or_own(locked, doctor, timezone.now())
    if reason not in DeclineReason.values:
        raise ValidationError("Choose a reason from the list.", code="bad_reason")
    if reason == DeclineReason.DUPLICATE and (duplicate_of is None or not duplicate_of.is_published):
        raise ValidationError("Link the published thread this question duplicates.", code="duplicate_missing")
    locked.status = Status.DECLINED
    locked.decline_reason, locked.decline_note = reason, note.strip()
    locked.duplicate_of = duplicate_of if reason == DeclineReason.DUPLICATE else None
    _clear_claim(locked)
    _save_status(locked, "decline_reason", "decline_note", "duplicate_of", "claimed_by", "claim_expires_at")
    notify(question=locked, kind=Notification.Kind.DECLINED)
    return locked


class ClaimConflict(ValidationError):
    """Another doctor holds a live claim on the question."""


def _require_free_or_own(question: Question, doctor, now: datetime) -> None:
    if question.claim_is_live(now) and question.claimed_by_id != doctor.pk:
        raise ClaimConflict("A colleague is already working on this question.", code="claimed_by_colleague")


def _clear_claim(question: Question) -> None:
    question.claimed_by = None
    question.claim_expires_at = None


@transaction.atomic
def question_claim(*, question: Question, doctor, now: datetime | None = None) -> Question:
    """A verified doctor claims a question to answer it; the claim lasts QA_CLAIM_MINUTES.

    Claiming again one's own live claim renews it. An expired claim of a colleague may be taken
    over. Holds the question's row lock, so of two doctors claiming at once exactly one wins.
    """
    now = now or timezone.now()
    locked = _lock(question)
    if not doctor.is_verified:
        raise ValidationError("Only verified doctors can claim questions.", code="doctor_not_verified")
    if locked.status not in {Status.PENDING, Status.CLAIMED}:
        raise ValidationError("This question is no longer waiting for a doctor.", code="not_open")
    _require_free_or_own(locked, doctor, now)
    locked.status = Status.CLAIMED
    locked.claimed_by = doctor
    locked.claim_expires_at = now + timedelta(minutes=settings.QA_CLAIM_MINUTES)
    _save_status(locked, "claimed_by", "claim_expires_at")
    return locked


@transaction.atomic
def question_release(*, question: Question, doctor) -> Question:
    """The claiming doctor gives the question back to the queue."""
    locked = _lock(question)
    if locked.status != Status.CLAIMED or locked.claimed_by_id != doctor.pk:
        raise ValidationError("You do not hold a claim on this question.", code="not_claimed_by_you")
    locked.status = Status.PENDING
    _clear_claim(locked)
    _save_status(locked, "claimed_by", "claim_expires_at")
    return locked


@transaction.atomic
def claims_expire(*, now: datetime | None = None) -> list[Question]:
    """Return every expired claim to the queue; returns the questions (with the old claimant)."""
    now = now or timezone.now()
    expired = list(
        # Lock only the question rows: PostgreSQL cannot lock the nullable side of the join.
        Question.objects.select_for_update(of=("self",))
        .filter(status=Status.CLAIMED, claim_expires_at__lte=now)
        .select_related("claimed_by")
    )
    for question in expired:
        previous = question.claimed_by
        question.status = Status.PENDING
        _clear_claim(question)
        _save_status(question, "claimed_by", "claim_expires_at")
        question.expired_claimant = previous
    return expired


def _count_published(tag_ids: Iterable[int], delta: int) -> None:
    """Keep Tag.num_published: +1/-1 for each tag of a thread that is published/unpublished."""
    tag_ids = list(tag_ids)
    if tag_ids:
        Tag.objects.filter(pk__in=tag_ids).update(num_published=F("num_published") + delta)


def _publication_changed(question: Question, delta: int) -> None:
    """Every count of published threads: the tags' here, other apps' through the signal."""
    _count_published(question.tags.values_list("pk", flat=True), delta)
    thread_publication_changed.send(sender=Question, question=question, delta=delta)


@transaction.atomic
def question_retag(*, question: Question, doctor, tags: Iterable[Tag]) -> Question:
    """A verified doctor sets the question's topics (existing tags only; staff create new ones)."""
    locked = _lock(question)
    if not doctor.is_verified:
        raise ValidationError("Only verified doctors can change topics.", code="doctor_not_verified")
    _require_free_or_own(locked, doctor, timezone.now())
    before = set(locked.tags.values_list("pk", flat=True))
    locked.tags.set(list(tags))
    if locked.is_published:
        after = set(locked.tags.values_list("pk", flat=True))
        _count_published(after - before, +1)
        _count_published(before - after, -1)
        schedule_refresh(locked)
    return locked


@transaction.atomic
def answer_publish(
    *, question: Question, doctor, body: str, answered_at: datetime | None = None
) -> Answer:
    """Publish the reply of the doctor holding the claim; this publishes the thread.

    Call it with a live claim (``question_claim``). The row lock and the one-answer-per-question
    constraint together make sure a question is answered once, by one doctor.
    """
    locked = _lock(question)
    if not doctor.is_verified:
        raise ValidationError("Only verified doctors can answer.", code="doctor_not_verified")
    if locked.status == Status.ANSWERED:
        raise ValidationError("This question has already been answered.", code="already_answered")
    if locked.status != Status.CLAIMED or locked.claimed_by_id != doctor.pk:
        raise ClaimConflict("Claim the question before answering it.", code="not_claimed_by_you")
    answered_at = answered_at or timezone.now()
    if locked.claim_expires_at is None or locked.claim_expires_at <= min(answered_at, timezone.now()):
        raise ClaimConflict("Your claim has expired. Claim the question again to answer it.", code="claim_expired")
    answer = Answer(question=locked, doctor=doctor, body=body.strip(), answered_at=answered_at)
    answer.full_clean()
    try:
        with transaction.atomic():
            answer.save()
    except IntegrityError:
        raise ValidationError("This question has already been answered.", code="already_answered") from None
    locked.status = Status.ANSWERED
    locked.published_at = answered_at
    _clear_claim(locked)
    _save_status(locked, "published_at", "claimed_by", "claim_expires_at")
    _publication_changed(locked, +1)
    index_question(locked)
    schedule_refresh(locked)
    notify(question=locked, kind=Notification.Kind.ANSWERED)
    question.status, question.published_at = locked.status, locked.published_at
    return answer


@transaction.atomic
def report_create(*, question: Question, reason: str, note: str = "", reporter=None) -> Report:
    """A visitor reports a published thread. A signed-in reporter's second report of a thread
    while the first is open adds its note to the first instead of making another for staff."""
    if not question.is_published:
        raise ValidationError("Only published threads can be reported.", code="not_published")
    reporter = reporter if getattr(reporter, "is_authenticated", False) else None
    if reporter is not None:
        open_report = Report.objects.filter(question=question, reporter=reporter, resolution="").first()
        if open_report is not None:
            if note.strip() and note.strip() not in open_report.note:
                open_report.note = "\n\n".join(filter(None, [open_report.note, note.strip()]))
                open_report.full_clean()
                open_report.save(update_fields=["note"])
            return open_report
    report = Report(question=question, reason=reason, note=note.strip(), reporter=reporter)
    report.full_clean()
    report.save()
    return report


@transaction.atomic
def question_unpublish(*, question: Question, by, reason: str = "") -> Question:
    """Staff take a published thread down: it leaves every list and sidebar; open reports close."""
    locked = _lock(question)
    if locked.status != Status.ANSWERED:
        raise ValidationError("Only a published thread can be unpublished.", code="not_published")
    locked.status = Status.REMOVED
    locked.published_at = None
    _save_status(locked, "published_at")
    _publication_changed(locked, -1)
    index_question(locked)  # removes it from search
    schedule_refresh(locked)  # and from its neighbours' Similar Q&A
    Report.objects.filter(question=locked, resolution="").update(
        resolution=Report.Resolution.UNPUBLISHED, resolved_at=timezone.now(), resolved_by=by
    )
    return locked


@transaction.atomic
def report_dismiss(*, report: Report, by) -> Report:
    locked = Report.objects.select_for_update().get(pk=report.pk)
    if locked.is_open:
        locked.resolution, locked.resolved_at, locked.resolved_by = Report.Resolution.DISMISSED, timezone.now(), by
        locked.save(update_fields=["resolution", "resolved_at", "resolved_by"])
    return locked


def notify(*, question: Question, kind: str) -> Notification | None:
    """Tell the asker on the site now and by email once the transaction commits."""
    asker = question.asker
    if asker is None:
        return None
    notification = Notification.objects.create(user=asker, question=question, kind=kind)
    context = {"question": question, "notification": notification, "SITE_NAME": settings.SITE_NAME,
               "path": question.get_absolute_url()}
    body = render_to_string("qa/email/notification.txt", context)
    subject = f"{notification.get_kind_display()} — {settings.SITE_NAME}"
    send_after_commit(subject=subject, body=body, to=[asker.email])
    return notification


@transaction.atomic
def notifications_mark_read(*, user, notification_id: int | None = None) -> int:
    """Mark one notification (or all) of ``user`` as read; returns how many changed."""
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if notification_id is not None:
        qs = qs.filter(pk=notification_id)
    return qs.update(read_at=timezone.now())
