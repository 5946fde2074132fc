"""Writes with rules for questions and answers.

Each service takes keyword-only arguments, runs in one transaction, locks the rows whose
status it changes, and validates with ``full_clean()`` before saving.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from qa.models import Answer, Department, Question, Tag


@transaction.atomic
def question_create(
    *,
    asker,
    title: str,
    body: str,
    age_bracket: str,
    sex: str,
    department: Department,
    tags: Iterable[Tag] = (),
    asked_at: datetime | None = None,
) -> Question:
    """Create a pending question, waiting for a doctor."""
    question = Question(
        asker=asker,
        title=title.strip(),
        body=body.strip(),
        age_bracket=age_bracket,
        sex=sex,
        department=department,
        status=Question.Status.PENDING,
        asked_at=asked_at or timezone.now(),
    )
    question.full_clean()
    question.save()
    question.tags.set(list(tags))
    return question


@transaction.atomic
def answer_publish(
    *, question: Question, doctor, body: str, answered_at: datetime | None = None
) -> Answer:
    """Publish a verified doctor's reply; the first reply publishes the thread.

    A thread that is already answered may receive a further reply (a second opinion).
    Locks the question row so that two replies cannot both believe they published it.
    """
    locked = Question.objects.select_for_update().get(pk=question.pk)
    if locked.status not in {Question.Status.PENDING, Question.Status.ANSWERED}:
        raise ValidationError("This question can no longer be answered.", code="not_answerable")
    if not doctor.is_verified:
        raise ValidationError("Only verified doctors can answer.", code="doctor_not_verified")
    answered_at = answered_at or timezone.now()
    answer = Answer(question=locked, doctor=doctor, body=body.strip(), answered_at=answered_at)
    answer.full_clean()
    answer.save()
    if locked.status != Question.Status.ANSWERED:
        locked.status = Question.Status.ANSWERED
        locked.published_at = answered_at
        locked.full_clean()
        locked.save(update_fields=["status", "published_at", "updated_at"])
    question.status, question.published_at = locked.status, locked.published_at
    return answer
