"""Several doctors claim and answer the same question at the same moment: exactly one answer.

Real threads with their own database connections, so the row locks and the unique constraint
do the work. SQLite serialises every writer, which proves nothing, so this runs on PostgreSQL
(CI runs the suite on both).
"""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection, connections

from qa.models import Answer, Question, QuestionEvent
from qa.services import answer_publish, question_claim
from tests import factories as f

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL; CI runs it there"),
]

WORKERS = 8


def race(question, doctors):
    barrier = threading.Barrier(len(doctors))
    outcomes = []

    def work(doctor):
        try:
            barrier.wait(timeout=10)
            question_claim(question=question, doctor=doctor)
            answer_publish(question=question, doctor=doctor, body=f"Answer by {doctor.display_name}")
            outcomes.append("answered")
        except (ValidationError, OperationalError) as error:
            outcomes.append(type(error).__name__)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(d,)) for d in doctors]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return outcomes


def test_concurrent_claims_and_answers_produce_exactly_one_answer():
    question = f.question(tags=["acne"])
    doctors = [f.doctor(dept=question.department) for _ in range(WORKERS)]

    outcomes = race(question, doctors)

    assert len(outcomes) == WORKERS
    assert outcomes.count("answered") == 1
    # The others got a clear refusal ("a colleague is already working on this"), no database error.
    assert set(outcomes) - {"answered"} <= {"ClaimConflict", "ValidationError"}
    assert Answer.objects.filter(question=question).count() == 1
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    # The audit log agrees: one claim that won (then answered), one answer, by the same doctor.
    answered_by = Answer.objects.get(question=question).doctor
    assert list(question.events.filter(action=QuestionEvent.Action.ANSWER).values_list("doctor", flat=True)) == [
        answered_by.pk]
    assert question.claimed_by is None


def test_concurrent_answers_under_one_claim_publish_once():
    """Even the same doctor double-submitting from two tabs publishes one answer."""
    question = f.question(tags=["acne"])
    doctor = f.doctor(dept=question.department)
    question_claim(question=question, doctor=doctor)
    barrier = threading.Barrier(4)
    outcomes = []

    def work():
        try:
            barrier.wait(timeout=10)
            answer_publish(question=question, doctor=doctor, body="Same answer")
            outcomes.append("answered")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert outcomes.count("answered") == 1 and outcomes.count("refused") == 3
    assert Answer.objects.filter(question=question).count() == 1
    assert question.events.filter(action=QuestionEvent.Action.ANSWER).count() == 1
