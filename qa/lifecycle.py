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
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    # The labels are what the asker reads on "My questions".
    DRAFT = "draft", pgettext_lazy("question status", "waiting for you to confirm your email address")
    PENDING = "pending", pgettext_lazy("question status", "waiting for a doctor")
    CLAIMED = "claimed", pgettext_lazy("question status", "a doctor is answering")
    NEEDS_INFO = "needs_info", pgettext_lazy("question status", "the doctor needs more information")
    ANSWERED = "answered", pgettext_lazy("question status", "answered")
    DECLINED = "declined", pgettext_lazy("question status", "declined")
    WITHDRAWN = "withdrawn", pgettext_lazy("question status", "withdrawn")
    REMOVED = "removed", pgettext_lazy("question status", "removed by the moderators")


class Action(models.TextChoices):
    """Everything that happens to a question, as the audit log names it."""

    SUBMIT = "submit", pgettext_lazy("audit log", "asked")
    CONFIRM_EMAIL = "confirm_email", pgettext_lazy("audit log", "sent to doctors after the email was confirmed")
    EDIT = "edit", pgettext_lazy("audit log", "edited the question")
    WITHDRAW = "withdraw", pgettext_lazy("audit log", "withdrew the question")
    CLAIM = "claim", pgettext_lazy("audit log", "claimed")
    RELEASE = "release", pgettext_lazy("audit log", "released")
    EXPIRE = "expire", pgettext_lazy("audit log", "claim expired")
    REQUEST_INFO = "request_info", pgettext_lazy("audit log", "asked for information")
    ADD_INFO = "add_info", pgettext_lazy("audit log", "added information")
    DECLINE = "decline", pgettext_lazy("audit log", "declined")
    ANSWER = "answer", pgettext_lazy("audit log", "answered")
    RETAG = "retag", pgettext_lazy("audit log", "changed topics")
    EDIT_ANSWER = "edit_answer", pgettext_lazy("audit log", "edited an answer")
    UNPUBLISH = "unpublish", pgettext_lazy("audit log", "unpublished a thread")
    REVIEW_PRIVACY = "review_privacy", pgettext_lazy("audit log", "reviewed personal details")
    REPORT_OUTCOME = "report_outcome", pgettext_lazy("audit log", "told how it is now")
    REVIEW_OUTCOME = "review_outcome", pgettext_lazy("audit log", "reviewed the asker's update")
    DISMISS_REPORT = "dismiss_report", pgettext_lazy("audit log", "dismissed a report")
    ADD_ALIAS = "add_alias", pgettext_lazy("audit log", "added another name for a topic")
    REMOVE_ALIAS = "remove_alias", pgettext_lazy("audit log", "removed another name of a topic")


class Role(models.TextChoices):
    ASKER = "asker", _("the patient who asked")
    DOCTOR = "doctor", _("a verified doctor of the question's department")
    STAFF = "staff", _("staff")
    SYSTEM = "system", _("the system")


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
    Action.CONFIRM_EMAIL: _t({Status.DRAFT}, Role.SYSTEM, Status.PENDING, _("This question is not held.")),
    Action.EDIT: _t({Status.DRAFT, Status.PENDING, Status.NEEDS_INFO}, Role.ASKER, None,
                    _("A doctor is already working on this question, so it can no longer be edited.")),
    Action.WITHDRAW: _t({Status.DRAFT, *_OPEN}, Role.ASKER, Status.WITHDRAWN,
                        _("An answered or closed question cannot be withdrawn.")),
    Action.CLAIM: _t({Status.PENDING, Status.CLAIMED}, Role.DOCTOR, Status.CLAIMED,
                     _("This question is no longer waiting for a doctor.")),
    Action.RELEASE: _t({Status.CLAIMED}, Role.DOCTOR, Status.PENDING, _("You do not hold a claim on this question.")),
    Action.EXPIRE: _t({Status.CLAIMED}, Role.SYSTEM, Status.PENDING, _("This claim has not expired.")),
    Action.REQUEST_INFO: _t({Status.PENDING, Status.CLAIMED}, Role.DOCTOR, Status.NEEDS_INFO,
                            _("This question is not waiting for a doctor.")),
    Action.ADD_INFO: _t({Status.NEEDS_INFO}, Role.ASKER, Status.PENDING,
                        _("No doctor is waiting for more information on this question.")),
    Action.DECLINE: _t(_OPEN, Role.DOCTOR, Status.DECLINED, _("This question is not waiting for a doctor.")),
    Action.ANSWER: _t({Status.CLAIMED}, Role.DOCTOR, Status.ANSWERED, _("Claim the question before answering it.")),
    Action.RETAG: _t({*_OPEN, Status.ANSWERED}, Role.DOCTOR, None, _("The topics of this question cannot change now.")),
    Action.EDIT_ANSWER: _t({Status.ANSWERED}, Role.DOCTOR, None, _("Only a published answer can be edited.")),
    Action.REVIEW_PRIVACY: _t({*_OPEN, Status.ANSWERED}, Role.DOCTOR, None,
                              _("The personal details of this question cannot be reviewed now.")),
    Action.REPORT_OUTCOME: _t({Status.ANSWERED}, Role.ASKER, None, _("Only an answered question can have an update.")),
    Action.REVIEW_OUTCOME: _t({Status.ANSWERED}, Role.DOCTOR, None, _("Only an answered question can have an update.")),
    Action.UNPUBLISH: _t({Status.ANSWERED}, Role.STAFF, Status.REMOVED,
                         _("Only a published thread can be unpublished.")),
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
