"""The question's life cycle through qa.services: claims, answers, declines."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from qa.models import Answer, DeclineReason, Question
from qa.services import (
    ClaimConflict,
    answer_publish,
    claims_expire,
    question_claim,
    question_decline,
    question_release,
    question_withdraw,
)
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_claim_then_answer_publishes_the_thread():
    question, doctor = f.question(tags=["acne"]), f.doctor()
    question_claim(question=question, doctor=doctor)
    question.refresh_from_db()
    assert question.status == Question.Status.CLAIMED and question.claimed_by == doctor
    answer = answer_publish(question=question, doctor=doctor, body="First")
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    assert question.published_at == answer.answered_at
    assert question.claimed_by is None and question.claim_expires_at is None


def test_answer_without_a_claim_is_refused():
    question = f.question(tags=["acne"])
    with pytest.raises(ClaimConflict):
        answer_publish(question=question, doctor=f.doctor(), body="No claim")
    assert not Answer.objects.exists()


def test_a_colleague_cannot_claim_or_answer_a_claimed_question():
    question, first, second = f.question(tags=["acne"]), f.doctor(), f.doctor()
    question_claim(question=question, doctor=first)
    with pytest.raises(ClaimConflict):
        question_claim(question=question, doctor=second)
    with pytest.raises(ClaimConflict):
        answer_publish(question=question, doctor=second, body="Me too")
    with pytest.raises(ClaimConflict):
        question_decline(question=question, doctor=second, reason=DeclineReason.NEEDS_EXAM)
    answer_publish(question=question, doctor=first, body="Mine")
    with pytest.raises(ValidationError):
        question_claim(question=question, doctor=second)
    assert Answer.objects.count() == 1


def test_claims_expire_and_can_be_taken_over(settings):
    settings.QA_CLAIM_MINUTES = 30
    question, first, second = f.question(tags=["acne"]), f.doctor(), f.doctor()
    start = timezone.now() - timedelta(minutes=45)
    question_claim(question=question, doctor=first, now=start)
    # Expired but not yet swept: a colleague may take it over.
    question_claim(question=question, doctor=second)
    question.refresh_from_db()
    assert question.claimed_by == second
    with pytest.raises(ClaimConflict):
        answer_publish(question=question, doctor=first, body="Too late")

    question_claim(question=question, doctor=second, now=start)  # renew, but already expired
    expired = claims_expire()
    question.refresh_from_db()
    assert [q.pk for q in expired] == [question.pk]
    assert question.status == Question.Status.PENDING and question.claimed_by is None


def test_release_returns_the_question_to_the_queue():
    question, doctor = f.question(tags=["acne"]), f.doctor()
    question_claim(question=question, doctor=doctor)
    with pytest.raises(ValidationError):
        question_release(question=question, doctor=f.doctor())
    question_release(question=question, doctor=doctor)
    question.refresh_from_db()
    assert question.status == Question.Status.PENDING


def test_withdrawing_a_claimed_question_clears_the_claim():
    question, doctor = f.question(tags=["acne"]), f.doctor()
    question_claim(question=question, doctor=doctor)
    question_withdraw(question=question, asker=question.asker)
    question.refresh_from_db()
    assert question.status == Question.Status.WITHDRAWN and question.claimed_by is None


def test_declined_question_cannot_be_answered():
    question, doctor = f.question(tags=["acne"]), f.doctor()
    question_decline(question=question, doctor=doctor, reason=DeclineReason.NOT_DERMATOLOGY)
    with pytest.raises(ValidationError):
        question_claim(question=question, doctor=doctor)
    assert question.answers.count() == 0


def test_duplicate_decline_needs_a_published_thread():
    question, doctor = f.question(tags=["acne"]), f.doctor()
    with pytest.raises(ValidationError):
        question_decline(question=question, doctor=doctor, reason=DeclineReason.DUPLICATE)
    original = f.thread(tags=["acne"])
    question_decline(question=question, doctor=doctor, reason=DeclineReason.DUPLICATE, duplicate_of=original)
    question.refresh_from_db()
    assert question.duplicate_of == original


def test_empty_answer_is_rejected_and_the_claim_kept():
    question, doctor = f.question(tags=["acne"]), f.doctor()
    question_claim(question=question, doctor=doctor)
    with pytest.raises(ValidationError):
        answer_publish(question=question, doctor=doctor, body="   ")
    question.refresh_from_db()
    assert question.status == Question.Status.CLAIMED


def test_database_refuses_a_second_answer_and_an_answered_question_without_date():
    thread = f.thread(tags=["acne"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(question=thread, doctor=f.doctor(), body="Second")
    question = f.question(tags=["acne"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Question.objects.filter(pk=question.pk).update(status=Question.Status.ANSWERED)
