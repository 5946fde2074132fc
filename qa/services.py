"""Writes with rules for questions: one function per action of the life cycle (qa.lifecycle).

Each function takes keyword-only arguments, runs in one transaction, locks the question's row,
checks the action against ``lifecycle.TRANSITIONS``, validates with ``full_clean()``, saves, and
records the action in the audit log (QuestionEvent). Side effects of publication go through
qa.publication. Views, commands, the admin and the demo loader call these; nothing else
assigns ``Question.status``.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from accounts import languages
from doctors.models import Department, DoctorProfile, verified_doctor_of
from doctors.services import actor_name
from qa import cache, images, lifecycle, publication, triage
from qa.lifecycle import Action, Status
from qa.models import (
    Answer,
    AnswerRevision,
    Clarification,
    DeclineReason,
    Notification,
    Outcome,
    Photo,
    Question,
    QuestionBodySite,
    QuestionEvent,
    Report,
    Tag,
    TagAlias,
    TriagePriority,
)
from qa.reading import MAX_ATTACHED


@dataclass(frozen=True)
class QuestionLimitReached(Exception):
    """The asker must wait before asking again; ``retry_after`` is in seconds."""

    message: str
    retry_after: int

    def __str__(self) -> str:
        return self.message


class ClaimConflict(ValidationError):
    """Another doctor holds a live claim on the question, or the doctor's own claim is gone."""


# --- Helpers: locking, permissions, the audit entry -------------------------------------------

def _lock(question: Question) -> Question:
    return Question.objects.select_for_update().get(pk=question.pk)


def _audit(action: str, *, actor, question: Question, doctor: DoctorProfile | None = None,
           detail: str = "") -> QuestionEvent:
    return QuestionEvent.objects.create(action=action, actor=actor, actor_name=actor_name(actor),
                                        question=question, doctor=doctor, detail=detail)


def _language(chosen: str | None, *texts: str) -> str:
    """The language an author chose, else the one their text is written in."""
    return chosen or languages.detect(" ".join(texts))


def _move(question: Question, action: str, *fields: str) -> None:
    """Set the status ``action`` leads to (call while holding the row lock), validate, save."""
    question.status = lifecycle.target_of(action, question.status)
    question.full_clean()
    question.save(update_fields=["status", "updated_at", *fields])


def _require_asker(question: Question, asker) -> None:
    if question.asker_id is None or question.asker_id != getattr(asker, "pk", None):
        raise ValidationError(gettext("Only the asker can do this."), code="not_asker")


def _require_doctor(question: Question, doctor: DoctorProfile) -> None:
    """The ``doctor`` role of the life cycle: verified, and of the question's department."""
    if not doctor.is_verified:
        raise ValidationError(gettext("Only verified doctors can do this."), code="doctor_not_verified")
    if doctor.department_id != question.department_id:
        raise ValidationError(gettext("This question belongs to another department."), code="other_department")


def _require_doctor_or_staff(question: Question, user) -> DoctorProfile | None:
    """A verified doctor of the question's department, or staff; returns the user's verified doctor
    profile (None for staff who are not doctors)."""
    doctor = verified_doctor_of(user)
    if not getattr(user, "is_staff", False):
        if doctor is None:
            raise ValidationError(gettext("Only verified doctors can do this."), code="doctor_not_verified")
        _require_doctor(question, doctor)
    return doctor


def _require_free_or_own(question: Question, doctor: DoctorProfile, now: datetime) -> None:
    if question.claim_is_live(now) and question.claimed_by_id != doctor.pk:
        raise ClaimConflict(gettext("A colleague is already working on this question."), code="claimed_by_colleague")


def _clear_claim(question: Question) -> None:
    question.claimed_by = None
    question.claim_expires_at = None


# --- The asker -------------------------------------------------------------------------------

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
            ngettext("You asked a question moments ago. Please wait %(seconds)s second before asking another.",
                     "You asked a question moments ago. Please wait %(seconds)s seconds before asking another.",
                     wait) % {"seconds": wait}, wait
        )
    if len(recent) >= settings.QA_MAX_QUESTIONS_PER_DAY:
        wait = int((recent[0] + timedelta(days=1) - now).total_seconds()) + 1
        raise QuestionLimitReached(
            ngettext("You can ask up to %(count)s question a day.", "You can ask up to %(count)s questions a day.",
                     settings.QA_MAX_QUESTIONS_PER_DAY) % {"count": settings.QA_MAX_QUESTIONS_PER_DAY}
            + " "
            + ngettext("You can ask again in about %(hours)s hour.", "You can ask again in about %(hours)s hours.",
                       max(1, wait // 3600)) % {"hours": max(1, wait // 3600)},
            wait,
        )


def _set_body_sites(question: Question, sites: Iterable[str]) -> None:
    question.body_sites.all().delete()
    QuestionBodySite.objects.bulk_create([QuestionBodySite(question=question, site=s) for s in dict.fromkeys(sites)])


def _validate_tag_count(tags: list[Tag]) -> None:
    if len(tags) > settings.QA_MAX_TAGS:
        raise ValidationError(gettext("Choose at most %(max)s topics.") % {"max": settings.QA_MAX_TAGS},
                              code="too_many_tags")


def _validate_follow_up(*, asker, follow_up_of: Question | None) -> None:
    if follow_up_of is None:
        return
    if follow_up_of.asker_id != asker.pk or not follow_up_of.is_published:
        raise ValidationError(gettext("You can ask a follow-up only to your own answered question."),
                              code="bad_follow_up")
    if Question.objects.filter(follow_up_of=follow_up_of).exists():
        raise ValidationError(gettext("You have already asked a follow-up to this question."), code="follow_up_exists")


def triage_of(*, title: str, body: str, tried: str = "", age_bracket: str = "",
              ticked_signs: Iterable[str] = ()) -> triage.Assessment:
    """What triage finds in a question as written (the preview, the live notice and the
    submission all ask this, so the patient sees what will be stored)."""
    return triage.assess("\n".join([title, body, tried]), age_bracket=age_bracket, selected=ticked_signs)


def _findings(assessment: triage.Assessment) -> list[dict]:
    return [{"code": f.code, "tier": f.tier, "matched": list(f.matched)} for f in assessment.findings]


def _triage_again(question: Question, *extra_texts: str) -> list[str]:
    """After the asker changed or added text: what triage finds now joins what it found before
    (a finding is never dropped by an edit: doctors should see it). Returns the changed fields."""
    texts = [question.typed("title"), question.typed("body"), question.typed("tried"), *extra_texts]
    assessment = triage.assess("\n".join(texts), age_bracket=question.age_bracket)
    known = {finding["code"] for finding in question.triage_findings}
    new = [finding for finding in _findings(assessment) if finding["code"] not in known]
    priority = max(question.triage_priority, TriagePriority.of_tier(assessment.tier))
    if not new and priority == question.triage_priority:
        return []
    question.triage_findings = [*question.triage_findings, *new]
    question.triage_priority = priority
    return ["triage_findings", "triage_priority"]


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
    ticked_signs: Iterable[str] = (),
    submission_token: uuid.UUID | None = None,
    follow_up_of: Question | None = None,
    asked_at: datetime | None = None,
    enforce_limits: bool = True,
    photos: Iterable[Photo] = (),
    language: str | None = None,
) -> tuple[Question, bool]:
    """Submit a question; returns ``(question, created)``.

    A repeated submission token returns the question it already created (a form submitted
    twice makes one question). The question waits as a draft until the asker's email address
    is confirmed (``questions_release_drafts``), else it goes to doctors at once. Triage
    (``qa.triage``) reads what the patient wrote and the warning signs they ticked; what it finds
    is stored, and orders the doctors' queue. ``photos`` are the asker's pending photos (photo_stage),
    attached to the new question. ``enforce_limits=False`` (imports, the demo archive)
    skips the daily limit, the cooldown and the cap on topics. ``language`` is detected from the
    text unless given. Raises QuestionLimitReached or ValidationError.
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
    assessment = triage_of(title=title, body=body, tried=tried, age_bracket=age_bracket, ticked_signs=ticked_signs)
    confirmed = getattr(asker, "email_confirmed_at", None) is not None
    question = Question(
        asker=asker,
        asker_pseudonym=getattr(asker, "pseudonym", ""),
        age_bracket=age_bracket,
        sex=sex,
        department=department,
        duration=duration,
        itch=itch,
        pain=pain,
        triage_findings=_findings(assessment),
        triage_priority=TriagePriority.of_tier(assessment.tier),
        publish_consent_at=timezone.now(),
        follow_up_of=follow_up_of,
        submission_token=submission_token,
        status=lifecycle.SUBMIT_TARGETS[confirmed],
        asked_at=asked_at or timezone.now(),
    )
    question.set_text(title=title.strip(), body=body.strip(), tried=tried.strip())
    question.language = _language(language, title, body)
    question.full_clean()
    try:
        with transaction.atomic():
            question.save()
    except IntegrityError:
        # The same token from someone else, or a follow-up raced in: nothing was saved.
        raise ValidationError(gettext("This form was already used. Please reload the page."),
                              code="duplicate") from None
    question.tags.set(tags)
    _set_body_sites(question, body_sites)
    _attach_photos(question, asker, photos)
    _audit(Action.SUBMIT, actor=asker, question=question, detail=question.status)
    return question, True


@transaction.atomic
def questions_release_drafts(*, user) -> int:
    """Send the user's held questions to doctors once their email address is confirmed."""
    drafts = list(Question.objects.select_for_update().filter(asker=user, status=Status.DRAFT))
    for question in drafts:
        _move(question, Action.CONFIRM_EMAIL)
        _audit(Action.CONFIRM_EMAIL, actor=user, question=question)
    return len(drafts)


@transaction.atomic
def question_update(
    *, question: Question, asker, title: str, body: str, age_bracket: str, sex: str, department: Department,
    tags: Iterable[Tag], body_sites: Iterable[str], duration: str, itch: str, pain: str, tried: str,
    language: str | None = None,
) -> Question:
    """The asker edits their question; allowed until a doctor claims it. ``language``: detected
    again from the text unless given."""
    locked = _lock(question)
    _require_asker(locked, asker)
    lifecycle.target_of(Action.EDIT, locked.status)
    tags = list(tags)
    _validate_tag_count(tags)
    locked.set_text(keep=locked.privacy_keep, hide=locked.privacy_hide,
                    title=title.strip(), body=body.strip(), tried=tried.strip())
    locked.age_bracket, locked.sex, locked.department = age_bracket, sex, department
    locked.duration, locked.itch, locked.pain = duration, itch, pain
    locked.language = _language(language, title, body)
    _triage_again(locked)
    locked.full_clean()
    locked.save()
    locked.tags.set(tags)
    _set_body_sites(locked, body_sites)
    _audit(Action.EDIT, actor=asker, question=locked)
    return locked


@transaction.atomic
def question_withdraw(*, question: Question, asker) -> Question:
    """The asker withdraws their question; allowed any time before it is answered."""
    locked = _lock(question)
    _require_asker(locked, asker)
    _clear_claim(locked)
    _move(locked, Action.WITHDRAW, "claimed_by", "claim_expires_at")
    locked.photos.all().delete()  # no one will look at them again; the files go after the commit
    _audit(Action.WITHDRAW, actor=asker, question=locked)
    return locked


@transaction.atomic
def question_add_information(*, question: Question, asker, body: str, photos: Iterable[Photo] = ()) -> Clarification:
    """The asker answers a doctor's request, with new photos if asked (``photos``: pending ones,
    from photo_stage); the question returns to the queue."""
    locked = _lock(question)
    _require_asker(locked, asker)
    lifecycle.target_of(Action.ADD_INFO, locked.status)
    _attach_photos(locked, asker, photos)
    clarification = Clarification(question=locked, kind=Clarification.Kind.ADDITION)
    clarification.set_text(keep=locked.privacy_keep, hide=locked.privacy_hide, body=body.strip())
    clarification.full_clean()
    clarification.save()
    _move(locked, Action.ADD_INFO, *_triage_again(locked, body.strip()))
    _audit(Action.ADD_INFO, actor=asker, question=locked)
    return clarification


# --- Doctors ---------------------------------------------------------------------------------

@transaction.atomic
def question_claim(*, question: Question, doctor: DoctorProfile, now: datetime | None = None) -> Question:
    """A verified doctor claims a question to answer it; the claim lasts QA_CLAIM_MINUTES.

    Claiming again one's own live claim renews it. An expired claim of a colleague may be taken
    over. Holds the question's row lock, so of two doctors claiming at once exactly one wins.
    """
    now = now or timezone.now()
    locked = _lock(question)
    _require_doctor(locked, doctor)
    lifecycle.target_of(Action.CLAIM, locked.status)
    _require_free_or_own(locked, doctor, now)
    locked.claimed_by = doctor
    locked.claim_expires_at = now + timedelta(minutes=settings.QA_CLAIM_MINUTES)
    _move(locked, Action.CLAIM, "claimed_by", "claim_expires_at")
    _audit(Action.CLAIM, actor=doctor.user, question=locked, doctor=doctor)
    return locked


def _release(question: Question, *, actor, doctor: DoctorProfile, action: str, detail: str = "") -> None:
    """Call while holding the row lock: the claim of ``doctor`` ends, the question waits again."""
    _clear_claim(question)
    _move(question, action, "claimed_by", "claim_expires_at")
    _audit(action, actor=actor, question=question, doctor=doctor, detail=detail)


@transaction.atomic
def question_release(*, question: Question, doctor: DoctorProfile) -> Question:
    """The claiming doctor gives the question back to the queue."""
    locked = _lock(question)
    if locked.status != Status.CLAIMED or locked.claimed_by_id != doctor.pk:
        raise ValidationError(gettext("You do not hold a claim on this question."), code="not_claimed_by_you")
    _release(locked, actor=doctor.user, doctor=doctor, action=Action.RELEASE)
    return locked


@transaction.atomic
def claims_release_of_suspended(*, doctor: DoctorProfile, by) -> int:
    """A suspended doctor's claims go back to the queue (doctors.signals.doctor_status_changed)."""
    claimed = list(Question.objects.select_for_update().filter(status=Status.CLAIMED, claimed_by=doctor))
    for question in claimed:
        _release(question, actor=by, doctor=doctor, action=Action.RELEASE, detail="released on suspension")
    return len(claimed)


@transaction.atomic
def claims_expire(*, now: datetime | None = None) -> int:
    """Return every expired claim to the queue; returns how many."""
    now = now or timezone.now()
    expired = list(
        # Lock only the question rows: PostgreSQL cannot lock the nullable side of the join.
        Question.objects.select_for_update(of=("self",))
        .filter(lifecycle.expired_claim_q(now))
        .select_related("claimed_by")
    )
    for question in expired:
        _release(question, actor=None, doctor=question.claimed_by, action=Action.EXPIRE)
    return len(expired)


@transaction.atomic
def question_request_information(*, question: Question, doctor: DoctorProfile, body: str) -> Clarification:
    """A verified doctor asks the patient for more; the question leaves the queue until they reply."""
    locked = _lock(question)
    _require_doctor(locked, doctor)
    lifecycle.target_of(Action.REQUEST_INFO, locked.status)
    _require_free_or_own(locked, doctor, timezone.now())
    clarification = Clarification(question=locked, kind=Clarification.Kind.REQUEST, doctor=doctor)
    clarification.set_text(keep=locked.privacy_keep, hide=locked.privacy_hide, body=body.strip())
    clarification.full_clean()
    clarification.save()
    _clear_claim(locked)
    _move(locked, Action.REQUEST_INFO, "claimed_by", "claim_expires_at")
    _audit(Action.REQUEST_INFO, actor=doctor.user, question=locked, doctor=doctor)
    publication.notify(question=locked, kind=Notification.Kind.NEEDS_INFO)
    return clarification


@transaction.atomic
def question_decline(
    *, question: Question, doctor: DoctorProfile, reason: str, note: str = "", duplicate_of: Question | None = None
) -> Question:
    """A verified doctor declines, with a reason the patient sees (and the published duplicate)."""
    locked = _lock(question)
    _require_doctor(locked, doctor)
    lifecycle.target_of(Action.DECLINE, locked.status)
    _require_free_or_own(locked, doctor, timezone.now())
    if reason not in DeclineReason.values:
        raise ValidationError(gettext("Choose a reason from the list."), code="bad_reason")
    if reason == DeclineReason.DUPLICATE and (duplicate_of is None or not duplicate_of.is_published):
        raise ValidationError(gettext("Link the published thread this question duplicates."), code="duplicate_missing")
    locked.decline_reason, locked.decline_note = reason, note.strip()
    locked.duplicate_of = duplicate_of if reason == DeclineReason.DUPLICATE else None
    _clear_claim(locked)
    _move(locked, Action.DECLINE, "decline_reason", "decline_note", "duplicate_of", "claimed_by", "claim_expires_at")
    _audit(Action.DECLINE, actor=doctor.user, question=locked, doctor=doctor, detail=reason)
    publication.notify(question=locked, kind=Notification.Kind.DECLINED)
    return locked


@transaction.atomic
def question_retag(*, question: Question, doctor: DoctorProfile, tags: Iterable[Tag]) -> Question:
    """A verified doctor sets the question's topics (existing tags only; staff create new ones)."""
    locked = _lock(question)
    _require_doctor(locked, doctor)
    lifecycle.target_of(Action.RETAG, locked.status)
    _require_free_or_own(locked, doctor, timezone.now())
    tags = list(tags)
    before = {t.pk: t.slug for t in locked.tags.all()}
    after = {t.pk: t.slug for t in tags}
    if before.keys() == after.keys():
        return locked
    locked.tags.set(tags)
    _audit(Action.RETAG, actor=doctor.user, question=locked, doctor=doctor,
           detail=f"{', '.join(sorted(before.values())) or '-'} → {', '.join(sorted(after.values())) or '-'}")
    publication.thread_retagged(locked, added=after.keys() - before.keys(), removed=before.keys() - after.keys())
    return locked


@transaction.atomic
def answer_publish(*, question: Question, doctor: DoctorProfile, body: str, more_info: str = "",
                   reading: Iterable[int] = (), tags: Iterable[Tag] | None = None,
                   answered_at: datetime | None = None, language: str | None = None,
                   question_language: str | None = None) -> Answer:
    """Publish the reply of the doctor holding the claim (setting the topics first, if given):
    this publishes the thread.

    Call it with a live claim (``question_claim``). The row lock and the one-answer-per-question
    constraint together make sure a question is answered once, by one doctor. ``language`` is the
    reply's (detected unless given); ``question_language``, if given, corrects the question's.
    """
    if tags is not None:
        question_retag(question=question, doctor=doctor, tags=tags)
    locked = _lock(question)
    _require_doctor(locked, doctor)
    if locked.status == Status.ANSWERED:
        raise ValidationError(gettext("This question has already been answered."), code="already_answered")
    if locked.status != Status.CLAIMED or locked.claimed_by_id != doctor.pk:
        raise ClaimConflict(gettext("Claim the question before answering it."), code="not_claimed_by_you")
    answered_at = answered_at or timezone.now()
    if not lifecycle.claim_is_live(locked, min(answered_at, timezone.now())):
        raise ClaimConflict(gettext("Your claim has expired. Claim the question again to answer it."),
                            code="claim_expired")
    reading = list(dict.fromkeys(int(key) for key in reading))
    if len(reading) > MAX_ATTACHED:
        raise ValidationError(gettext("Attach at most %(max)s articles.") % {"max": MAX_ATTACHED},
                              code="too_much_reading")
    answer = Answer(question=locked, doctor=doctor, answered_at=answered_at, reading=reading)
    answer.set_text(body=body.strip(), more_info=more_info.strip())
    answer.language = _language(language, body, more_info)
    answer.full_clean()
    if question_language and question_language != locked.language:  # the doctor corrects the detection
        locked.language = question_language
    try:
        with transaction.atomic():
            answer.save()
    except IntegrityError:
        raise ValidationError(gettext("This question has already been answered."), code="already_answered") from None
    locked.published_at = answered_at
    _clear_claim(locked)
    _move(locked, Action.ANSWER, "published_at", "claimed_by", "claim_expires_at", "language")
    _audit(Action.ANSWER, actor=doctor.user, question=locked, doctor=doctor)
    publication.thread_published(locked)
    question.status, question.published_at = locked.status, locked.published_at
    return answer


@transaction.atomic
def answer_edit(*, answer: Answer, by, body: str, more_info: str | None = None,
                language: str | None = None) -> Answer:
    """Edit a published answer (its reply, and its More Info unless ``more_info`` is None): by its
    verified doctor, or by staff (the admin). The previous text is kept as a revision, search and
    cached pages follow."""
    locked = Answer.objects.select_for_update().select_related("doctor").get(pk=answer.pk)
    is_author = locked.doctor.user_id == getattr(by, "pk", None) and locked.doctor.is_verified
    if not (is_author or getattr(by, "is_staff", False)):
        raise ValidationError(gettext("Only the verified doctor who wrote this answer can edit it."), code="not_author")
    question = _lock(locked.question)
    lifecycle.target_of(Action.EDIT_ANSWER, question.status)
    typed = {"body": locked.typed("body"), "more_info": locked.typed("more_info")}
    new = {"body": body.strip(), "more_info": typed["more_info"] if more_info is None else more_info.strip()}
    language = _language(language, new["body"], new["more_info"])
    if new == {name: text.strip() for name, text in typed.items()} and language == locked.language:
        return locked
    AnswerRevision.objects.create(answer=locked, body=typed["body"], more_info=typed["more_info"], edited_by=by,
                                  editor_name=actor_name(by))
    changed = locked.set_text(**new)
    locked.language = language
    locked.full_clean()
    locked.save(update_fields=[*changed, "language", "updated_at"])
    _audit(Action.EDIT_ANSWER, actor=by, question=question, doctor=locked.doctor)
    publication.thread_text_changed(question)
    return locked


MAX_PRIVACY_MARKS = 50  # phrases kept or hidden on one question: more is a mistake, not a review


@transaction.atomic
def question_review_privacy(*, question: Question, by, keep: Iterable[str], hide: Iterable[str]) -> Question:
    """A verified doctor of the question's department (or staff) reviews the personal details:
    ``keep`` are details found that are not personal (a drug code read as an ID number), ``hide``
    phrases the detector missed. The public copies of the question and of every clarification are
    made again from the typed texts; on a published thread, search and cached pages follow.
    """
    locked = _lock(question)
    doctor = _require_doctor_or_staff(locked, by)
    lifecycle.target_of(Action.REVIEW_PRIVACY, locked.status)
    keep = sorted({text.strip() for text in keep if text.strip()})
    hide = sorted({text.strip() for text in hide if text.strip()})
    if len(keep) + len(hide) > MAX_PRIVACY_MARKS:
        raise ValidationError(gettext("Mark at most %(max)s details.") % {"max": MAX_PRIVACY_MARKS},
                              code="too_many_marks")
    if (keep, hide) == (locked.privacy_keep, locked.privacy_hide):
        return locked
    locked.privacy_keep, locked.privacy_hide = keep, hide
    changed = locked.redact_again(keep=keep, hide=hide)
    locked.full_clean()
    locked.save(update_fields=["privacy_keep", "privacy_hide", "updated_at", *changed])
    for clarification in locked.clarifications.all():
        fields = clarification.redact_again(keep=keep, hide=hide)
        if fields:
            clarification.save(update_fields=fields)
            changed.append("clarifications")
    _audit(Action.REVIEW_PRIVACY, actor=by, question=locked, doctor=doctor,
           detail=f"kept {len(keep)}, hidden {len(hide)}")
    if changed and locked.is_published:
        publication.thread_text_changed(locked)
    return locked


# --- The outcome: how it is now, some time after the answer ---------------------------------------

def outcomes_request(*, now: datetime | None = None, limit: int = 1000) -> int:
    """Ask the askers of threads answered ``QA_OUTCOME_DAYS`` ago or more how it is now (on the
    site and by email), once per thread; returns how many were asked. Run daily (``request_outcomes``)."""
    now = now or timezone.now()
    due = (Question.objects.published()
           .filter(asker__isnull=False, outcome_requested_at__isnull=True, outcome__isnull=True,
                   published_at__lte=now - timedelta(days=settings.QA_OUTCOME_DAYS))
           .order_by("published_at").values_list("pk", flat=True)[:limit])
    asked = 0
    for pk in due:
        with transaction.atomic():
            question = Question.objects.select_for_update(of=("self",)).select_related("asker").get(pk=pk)
            if question.outcome_requested_at is not None:
                continue
            question.outcome_requested_at = now
            question.save(update_fields=["outcome_requested_at"])
            publication.notify(question=question, kind=Notification.Kind.OUTCOME)
            asked += 1
    return asked


@transaction.atomic
def outcome_report(*, question: Question, asker, result: str, diagnosis: str = "", note: str = "") -> Outcome:
    """The asker tells how it is now. Waits for a doctor's or staff review before it is shown; a new
    report replaces one not yet reviewed."""
    locked = _lock(question)
    _require_asker(locked, asker)
    lifecycle.target_of(Action.REPORT_OUTCOME, locked.status)
    if result not in Outcome.Result.values:
        raise ValidationError(gettext("Choose how it is now from the list."), code="bad_result")
    outcome = Outcome.objects.filter(question=locked).first() or Outcome(question=locked)
    if outcome.pk is not None and outcome.review != Outcome.Review.PENDING:
        raise ValidationError(gettext("You have already told us; thank you."), code="outcome_reviewed")
    outcome.result, outcome.reported_at = result, timezone.now()
    outcome.set_text(keep=locked.privacy_keep, hide=locked.privacy_hide, diagnosis=diagnosis.strip(),
                     note=note.strip())
    outcome.full_clean()
    outcome.save()
    _audit(Action.REPORT_OUTCOME, actor=asker, question=locked, detail=result)
    return outcome


@transaction.atomic
def outcome_review(*, outcome: Outcome, by, approve: bool) -> Outcome:
    """A verified doctor of the department, or staff, shows the asker's update on the thread or not."""
    question = _lock(outcome.question)
    doctor = _require_doctor_or_staff(question, by)
    lifecycle.target_of(Action.REVIEW_OUTCOME, question.status)
    locked = Outcome.objects.select_for_update().get(pk=outcome.pk)
    locked.review = Outcome.Review.APPROVED if approve else Outcome.Review.REJECTED
    locked.reviewed_at, locked.reviewed_by = timezone.now(), by
    locked.save(update_fields=["review", "reviewed_at", "reviewed_by"])
    _audit(Action.REVIEW_OUTCOME, actor=by, question=question, doctor=doctor, detail=locked.review)
    publication.thread_text_changed(question)
    return locked


# --- Staff and visitors: reports ----------------------------------------------------------------

@transaction.atomic
def report_create(*, question: Question, reason: str, note: str = "", reporter=None) -> Report:
    """A visitor reports a published thread. A signed-in reporter's second report of a thread
    while the first is open adds its note to the first instead of making another for staff."""
    if not question.is_published:
        raise ValidationError(gettext("Only published threads can be reported."), code="not_published")
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


def _require_staff(user) -> None:
    if not getattr(user, "is_staff", False):
        raise ValidationError(gettext("Only staff can do this."), code="not_staff")


@transaction.atomic
def question_unpublish(*, question: Question, by, reason: str = "") -> Question:
    """Staff take a published thread down: it leaves every list and sidebar; open reports close."""
    _require_staff(by)
    locked = _lock(question)
    locked.published_at = None
    _move(locked, Action.UNPUBLISH, "published_at")
    _audit(Action.UNPUBLISH, actor=by, question=locked, detail=reason)
    publication.thread_unpublished(locked)
    Report.objects.filter(question=locked, resolution="").update(
        resolution=Report.Resolution.UNPUBLISHED, resolved_at=timezone.now(), resolved_by=by
    )
    return locked


@transaction.atomic
def report_unpublish(*, report: Report, by) -> Question:
    """Staff act on a report by taking its thread down."""
    return question_unpublish(question=report.question, by=by, reason=report.get_reason_display())


@transaction.atomic
def report_dismiss(*, report: Report, by) -> Report:
    _require_staff(by)
    locked = Report.objects.select_for_update().get(pk=report.pk)
    if locked.is_open:
        locked.resolution, locked.resolved_at, locked.resolved_by = Report.Resolution.DISMISSED, timezone.now(), by
        locked.save(update_fields=["resolution", "resolved_at", "resolved_by"])
        _audit(Action.DISMISS_REPORT, actor=by, question=locked.question, detail=locked.get_reason_display())
    return locked


@transaction.atomic
def notifications_mark_read(*, user, notification_id: int | None = None, question_id: int | None = None) -> int:
    """Mark one notification, those of one question (the asker opened it), or all of ``user``'s
    as read; returns how many changed."""
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if notification_id is not None:
        qs = qs.filter(pk=notification_id)
    if question_id is not None:
        qs = qs.filter(question_id=question_id)
    return qs.update(read_at=timezone.now())


# --- Photos (qa.images makes them safe; qa.photo_views serves them) -------------------------------

class PhotoLimitReached(ValidationError):
    """Too many photos: on the question, or uploaded by the account today."""


def photos_left(*, asker, question: Question | None = None, pending: int = 0, now: datetime | None = None,
                photos: list[Photo] | None = None) -> int:
    """How many more photos ``asker`` may add now: to ``question`` (whose ``photos`` the caller may
    have read already), or to a new one holding ``pending`` photos, within their daily allowance."""
    now = now or timezone.now()
    if photos is not None:
        pending = len(photos)
    on_question = pending if question is None or photos is not None else question.photos.count()
    today = Photo.objects.filter(uploader=asker, created_at__gte=now - timedelta(days=1)).count()
    return max(0, min(settings.PHOTOS_PER_QUESTION - on_question, settings.PHOTOS_PER_DAY - today))


def photo_stage(*, uploader, photo: images.ProcessedPhoto, body_site: str = "", caption: str = "",
                enforce_limits: bool = True) -> Photo:
    """Store a processed photo (qa.images.process) that no question holds yet: the ask form's
    preview keeps it so the patient does not choose it again; question_submit or
    question_add_information attaches it. Files are written under random names that say nothing
    about the patient; if the transaction fails afterwards, remove_orphan_photos removes them."""
    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=uploader.pk).first()  # one upload at a time
        if enforce_limits and photos_left(asker=uploader) < 1:
            raise PhotoLimitReached(
                gettext("You can send up to %(count)s photos a day. Please send this one tomorrow.")
                % {"count": settings.PHOTOS_PER_DAY},
                code="photo_daily_limit")
        key = secrets.token_urlsafe(24)
        record = Photo(key=key, uploader=uploader, body_site=body_site, width=photo.width, height=photo.height)
        record.set_text(caption=caption.strip())
        record.file.name = record.file.storage.save(f"{key}.jpg", ContentFile(photo.data))
        record.thumbnail.name = record.thumbnail.storage.save(f"{key}-t.jpg", ContentFile(photo.thumbnail))
        record.full_clean()
        record.save()
    return record


def _attach_photos(question: Question, asker, photos: Iterable[Photo]) -> None:
    """Attach the asker's pending photos to ``question`` (call holding its row lock)."""
    keys = [photo.key for photo in photos]
    if not keys:
        return
    pending = Photo.objects.pending_of(asker).filter(key__in=keys)
    if pending.count() != len(set(keys)):
        raise ValidationError(gettext("A photo is no longer available. Choose it again."), code="photo_gone")
    if question.photos.count() + len(set(keys)) > settings.PHOTOS_PER_QUESTION:
        raise PhotoLimitReached(gettext("A question can hold up to %(count)s photos.")
                                % {"count": settings.PHOTOS_PER_QUESTION},
                                code="photo_question_limit")
    pending.update(question=question)  # the submit or add_info entry of the audit log covers it


@transaction.atomic
def photos_attach(*, question: Question, asker, photos: Iterable[Photo]) -> Question:
    """Attach the asker's pending photos to their question outside the ask form (imports, the demo
    archive); the same limits hold."""
    locked = _lock(question)
    _require_asker(locked, asker)
    _attach_photos(locked, asker, photos)
    return locked


@transaction.atomic
def photo_remove(*, photo: Photo, asker) -> None:
    """The asker takes back a photo of their question while they may still edit it (a wrong photo,
    one that shows too much); files go after the commit."""
    locked = _lock(photo.question)
    _require_asker(locked, asker)
    if not locked.is_editable:
        raise ValidationError(gettext("A doctor is already working on this question, so its photos can no longer "
                                      "be removed. Withdraw the question if you need them gone."), code="not_editable")
    photos_delete(photos=[photo])


def photos_delete(*, photos) -> int:
    """Delete photo rows; their files leave the storage once the transaction commits (qa.receivers)."""
    deleted, _ = Photo.objects.filter(pk__in=[p.pk for p in photos]).delete()
    return deleted


def photos_purge(*, now: datetime | None = None) -> dict[str, int]:
    """The photos nobody needs any more: those of questions declined more than
    PHOTOS_DECLINED_KEEP_DAYS ago, and those uploaded on a preview more than a day ago and never sent."""
    now = now or timezone.now()
    declined_before = now - timedelta(days=settings.PHOTOS_DECLINED_KEEP_DAYS)
    declined = Photo.objects.filter(
        question__status=Status.DECLINED, question__events__action=Action.DECLINE,
        question__events__created_at__lt=declined_before,
    ).distinct()
    counts = {"declined": len(declined := list(declined))}
    photos_delete(photos=declined)
    unsent = list(Photo.objects.filter(question__isnull=True, created_at__lt=now - timedelta(days=1)))
    counts["unsent"] = len(unsent)
    photos_delete(photos=unsent)
    return counts


def photo_files_remove_orphans(*, older_than: timedelta = timedelta(hours=1), now: datetime | None = None) -> int:
    """Remove files of the photo storage that no Photo row names (a failed upload's, or a row deleted
    while the storage was unreachable). Files younger than ``older_than`` are left alone: their row
    may be about to be committed. Returns how many files were removed."""
    now = now or timezone.now()
    storage = Photo._meta.get_field("file").storage
    known = set()
    for file_name, thumb_name in Photo.objects.values_list("file", "thumbnail").iterator():
        known.update((file_name, thumb_name))
    removed = 0
    stack = [""]
    while stack:
        folder = stack.pop()
        try:
            folders, files = storage.listdir(folder)
        except FileNotFoundError:
            continue
        stack.extend(f"{folder}{name}/" for name in folders)
        for name in files:
            path = f"{folder}{name}"
            if path in known:
                continue
            try:
                if now - storage.get_modified_time(path) < older_than:
                    continue
            except (FileNotFoundError, NotImplementedError):
                continue
            storage.delete(path)
            removed += 1
    return removed


# --- Topics' other names (aliases) -----------------------------------------------------------

MAX_ALIAS = 60


def _alias_owner(key: str) -> Tag | None:
    """The topic that already answers to the folded name ``key``: by an alias, or by its English
    name, Chinese name or slug."""
    alias = TagAlias.objects.filter(key=key).select_related("tag").first()
    if alias is not None:
        return alias.tag
    # Names are compared folded (width, case, spaces), which SQL cannot do: read them all. Topics
    # number in the thousands at most, and aliases are added by hand.
    for tag in Tag.objects.only("pk", "name", "name_zh", "slug"):
        if key in {languages.fold(tag.name), languages.fold(tag.name_zh), languages.fold(tag.slug)}:
            return tag
    return None


def _alias_changed() -> None:
    # Topic pages, search and every fragment naming topics may show aliases: the archive stamp.
    # No thread page's stored rendering shows them, so those stay.
    cache.archive_changed(stored_pages=False)


@transaction.atomic
def tag_alias_add(*, tag: Tag, name: str, by) -> TagAlias:
    """Give a topic another name, in either language ("hives", "風疹塊"): staff and verified doctors.

    The name, compared folded (accounts.languages.fold), must not yet lead to any topic (as an
    alias, a name or a slug). Its language is detected. Audited (the topic and the name), and the
    pages that show aliases follow at once."""
    doctor = verified_doctor_of(by)
    if doctor is None and not getattr(by, "is_staff", False):
        raise ValidationError(gettext("Only staff and verified doctors can add another name for a topic."),
                              code="not_allowed")
    name = (name or "").strip()
    key = languages.fold(name)
    if not key:
        raise ValidationError(gettext("Enter the other name."), code="required")
    if len(name) > MAX_ALIAS or len(key) > MAX_ALIAS:
        raise ValidationError(gettext("A name can have at most %(max)d characters."), code="name_length",
                              params={"max": MAX_ALIAS})
    owner = _alias_owner(key)
    if owner is not None:
        raise ValidationError(gettext("“%(name)s” already leads to the topic %(topic)s."), code="alias_taken",
                              params={"name": name, "topic": owner.label})
    alias = TagAlias(tag=tag, name=name, language=languages.detect(name), added_by=by)
    try:
        with transaction.atomic():  # another request may add the same name at the same moment
            alias.save()
    except IntegrityError:
        owner = TagAlias.objects.select_related("tag").get(key=key).tag
        raise ValidationError(gettext("“%(name)s” already leads to the topic %(topic)s."), code="alias_taken",
                              params={"name": name, "topic": owner.label}) from None
    _audit(Action.ADD_ALIAS, actor=by, question=None, doctor=doctor, detail=f"{tag.name}: {name}")
    _alias_changed()
    return alias


@transaction.atomic
def tag_alias_remove(*, alias: TagAlias, by) -> None:
    """Take another name away from its topic: staff only. Audited like adding one."""
    if not getattr(by, "is_staff", False):
        raise ValidationError(gettext("Only staff can remove another name of a topic."), code="not_allowed")
    locked = TagAlias.objects.select_for_update().select_related("tag").filter(pk=alias.pk).first()
    if locked is None:
        return  # removed by someone else meanwhile
    locked.delete()
    _audit(Action.REMOVE_ALIAS, actor=by, question=None, doctor=verified_doctor_of(by),
           detail=f"{locked.tag.name}: {locked.name}")
    _alias_changed()
