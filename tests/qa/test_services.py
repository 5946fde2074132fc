import pytest
from django.core.exceptions import ValidationError

from qa.models import Question
from qa.services import answer_publish
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_first_answer_publishes_the_thread_and_later_answers_keep_its_date():
    question = f.question(tags=["acne"])
    assert question.status == Question.Status.PENDING and question.published_at is None

    first = answer_publish(question=question, doctor=f.doctor(), body="First")
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    assert question.published_at == first.answered_at

    answer_publish(question=question, doctor=f.doctor(), body="Second opinion")
    question.refresh_from_db()
    assert question.published_at == first.answered_at
    assert question.answers.count() == 2


def test_declined_question_cannot_be_answered():
    question = f.question(tags=["acne"])
    Question.objects.filter(pk=question.pk).update(status=Question.Status.DECLINED)
    with pytest.raises(ValidationError):
        answer_publish(question=question, doctor=f.doctor(), body="Late")
    assert question.answers.count() == 0


def test_empty_answer_is_rejected():
    question = f.question(tags=["acne"])
    with pytest.raises(ValidationError):
        answer_publish(question=question, doctor=f.doctor(), body="   ")
    question.refresh_from_db()
    assert question.status == Question.Status.PENDING


def test_database_refuses_answered_question_without_publication_date():
    from django.db import IntegrityError, transaction

    question = f.question(tags=["acne"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Question.objects.filter(pk=question.pk).update(status=Question.Status.ANSWERED)
