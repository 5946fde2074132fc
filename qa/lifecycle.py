"""The question's life cycle: its states, the actions that move it, who may take each, and the
states derived from the clock (a claim that has expired). The one place that says so.

    draft ──confirm_email──▶ pending ──claim──▶ claimed ──answer──▶ answered ──unpublish──▶ removed
                               ▲  │  ◀──release/expire──┘   │
                               │  │                        ├──request_info──▶ needs_info ──add_info──▶ pending
                               │  └──request_info/decline──┤
                               │                           └──decline──▶ declined
                               └── (draft, pending, claimed, needs_info) ──withdraw──▶ withdrawn

``TRANSITIONS`` is that drawing as data; qa.services has one function per action, which checks
the action against this table while holding the question's row lock, and records it
(QuestionEvent). Only ``answered`` is public. docs/ARCHITECTURE.md shows the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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


class Action(models.TextChoices):
    """Everything that happens to a question, as the audit log names it."""

    SUBMIT = "submit", "asked"
    CONFIRM_EMAIL = "confirm_email", "sent to doctors after the email was confirmed"
    EDIT = "edit", "edited the question"
    WITHDRAW = "withdraw", "withdrew the question"
    CLAIM = "claim", "claimed"
    RELEASE = "release", "released"
    EXPIRE = "expire", "claim expired"
    REQUEST_INFO = "request_info", "asked for information"
    ADD_INFO = "add_info", "added information"
    DECLINE = "decline", "declined"
    ANSWER = "answer", "answered"
    RETAG = "retag", "changed topics"
    EDIT_ANSWER = "edit_answer", "edited an answer"
    UNPUBLISH = "unpublish", "unpublished a thread"
    REVIEW_PRIVACY = "review_privacy", "reviewed personal details"
    REPORT_OUTCOME = "report_outcome", "told how it is now"
    REVIEW_OUTCOME = "review_outcome", "reviewed the asker's update"
    DISMISS_REPORT = "dismiss_report", "dismissed a report"
    ADD_ALIAS = "add_alias", "added another name for a topic"
    REMOVE_ALIAS = "remove_alias", _("removed another name of a topic")


class Role(models.TextChoices):
    ASKER = "asker", "the patient who asked"
    DOCTOR = "doctor", "a verified doctor of the question's department"
    STAFF = "staff", "staff"
    SYSTEM = "system", "the system"


@dataclass(frozen=True)
class Transition:
    sources: frozenset[str]
    who: str
    target: str | None  # None: the status stays as it is
    refusal: str  # what the actor reads when the question is in another state


def _t(sources, who, target, refusal) -> Transition:
    return Transition(frozenset(sources), who, target, refusal)


_OPEN = {Status.PENDING, Status.CLAIMED, Status.NEEDS_INFO}
TRANSITIONS: dict[str, Transition] = {
    Action.CONFIRM_EMAIL: _t({Status.DRAFT}, Role.SYSTEM, Status.PENDING, "This question is not held."),
    Action.EDIT: _t({Status.DRAFT, Status.PENDING, Status.NEEDS_INFO}, Role.ASKER, None,
                    "A doctor is already working on this question, so it can no longer be edited."),
    Action.WITHDRAW: _t({Status.DRAFT, *_OPEN}, Role.ASKER, Status.WITHDRAWN,
                        "An answered or closed question cannot be withdrawn."),
    Action.CLAIM: _t({Status.PENDING, Status.CLAIMED}, Role.DOCTOR, Status.CLAIMED,
                     "This question is no longer waiting for a doctor."),
    Action.RELEASE: _t({Status.CLAIMED}, Role.DOCTOR, Status.PENDING, "You do not hold a claim on this question."),
    Action.EXPIRE: _t({Status.CLAIMED}, Role.SYSTEM, Status.PENDING, "This claim has not expired."),
    Action.REQUEST_INFO: _t({Status.PENDING, Status.CLAIMED}, Role.DOCTOR, Status.NEEDS_INFO,
                            "This question is not waiting for a doctor."),
    Action.ADD_INFO: _t({Status.NEEDS_INFO}, Role.ASKER, Status.PENDING,
                        "No doctor is waiting for more information on this question."),
    Action.DECLINE: _t(_OPEN, Role.DOCTOR, Status.DECLINED, "This question is not waiting for a doctor."),
    Action.ANSWER: _t({Status.CLAIMED}, Role.DOCTOR, Status.ANSWERED, "Claim the question before answering it."),
    Action.RETAG: _t({*_OPEN, Status.ANSWERED}, Role.DOCTOR, None, "The topics of this question cannot change now."),
    Action.EDIT_ANSWER: _t({Status.ANSWERED}, Role.DOCTOR, None, "Only a published answer can be edited."),
    Action.REVIEW_PRIVACY: _t({*_OPEN, Status.ANSWERED}, Role.DOCTOR, None,
                              "The personal details of this question cannot be reviewed now."),
    Action.REPORT_OUTCOME: _t({Status.ANSWERED}, Role.ASKER, None, "Only an answered question can have an update."),
    Action.REVIEW_OUTCOME: _t({Status.ANSWERED}, Role.DOCTOR, None, "Only an answered question can have an update."),
    Action.UNPUBLISH: _t({Status.ANSWERED}, Role.STAFF, Status.REMOVED, "Only a published thread can be unpublished."),
}
# Submitting creates the question: draft until the asker's email address is confirmed, else pending.
SUBMIT_TARGETS = (Status.DRAFT, Status.PENDING)
PUBLIC = Status.ANSWERED  # the only public state


def target_of(action: str, status: str) -> str:
    """The status ``action`` leads to from ``status``; ValidationError (code ``not_allowed_now``)
    when the table does not allow it."""
    transition = TRANSITIONS[action]
    if status not in transition.sources:
        raise ValidationError(transition.refusal, code="not_allowed_now")
    return status if transition.target is None else transition.target


def allows(action: str, status: str) -> bool:
    return status in TRANSITIONS[action].sources


# --- States derived from the clock ---------------------------------------------------------
# A claim lasts until claim_expires_at. Past it the question is waiting again, for the queue and
# for the asker, even before `expire_claims` sets it back to pending.

def claim_is_live(question, now: datetime | None = None) -> bool:
    return (
        question.status == Status.CLAIMED
        and question.claim_expires_at is not None
        and question.claim_expires_at > (now or timezone.now())
    )


def is_waiting(question, now: datetime | None = None) -> bool:
    """Waiting for a doctor: pending, or claimed by a claim that has expired."""
    return question.status == Status.PENDING or (question.status == Status.CLAIMED
                                                 and not claim_is_live(question, now))


def status_for_asker(question, now: datetime | None = None) -> str:
    """The status as the asker reads it: a claim that has expired is "waiting for a doctor" again."""
    return Status.PENDING.label if is_waiting(question, now) else Status(question.status).label


def waiting_q(now: datetime) -> Q:
    """``is_waiting`` as a database condition."""
    return Q(status=Status.PENDING) | expired_claim_q(now)


def live_claim_q(now: datetime) -> Q:
    """``claim_is_live`` as a database condition."""
    return Q(status=Status.CLAIMED, claim_expires_at__gt=now)


def expired_claim_q(now: datetime) -> Q:
    """Claimed, and the claim has expired: what ``expire_claims`` returns to the queue."""
    return Q(status=Status.CLAIMED, claim_expires_at__lte=now)


def published_q(prefix: str = "") -> Q:
    """Public: the one definition, optionally through a relation (``published_q("question__")``
    filters answers, ``published_q("similar__")`` Similar Q&A rows)."""
    return Q(**{f"{prefix}status": PUBLIC})
