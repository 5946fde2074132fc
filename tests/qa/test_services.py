"""The question's life cycle through qa.services: claims, answers, declines."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from qa.models import Answer, DeclineReason, Question, QuestionEvent
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
    assert claims_expire() == 1
    question.refresh_from_db()
    assert question.status == Question.Status.PENDING and question.claimed_by is None
    expiry = QuestionEvent.objects.get(action=QuestionEvent.Action.EXPIRE)
    assert (expiry.question_id, expiry.doctor_id, expiry.actor) == (question.pk, second.pk, None)
    assert claims_expire() == 0


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


def test_answers_are_edited_by_their_verified_doctor_or_by_staff_with_revisions_and_audit():
    from doctors.services import doctor_suspend
    from qa.services import answer_edit

    thread = f.thread(tags=["acne"], answer_body="Original advice.")
    answer = thread.answers.get()
    author, staff = answer.doctor.user, f.user(is_staff=True)
    for outsider in (f.doctor().user, f.patient(), thread.asker):
        with pytest.raises(ValidationError):
            answer_edit(answer=answer, by=outsider, body="Hijacked.")
    answer_edit(answer=answer, by=author, body="Advice by the doctor.")
    answer_edit(answer=answer, by=author, body="  Advice by the doctor.  ")  # same text: nothing recorded
    answer_edit(answer=answer, by=staff, body="Advice corrected by staff.")
    answer.refresh_from_db()
    assert answer.body == "Advice corrected by staff." and "corrected by staff" in answer.body_html
    assert [(r.body, r.edited_by) for r in answer.revisions.order_by("pk")] == [
        ("Original advice.", author), ("Advice by the doctor.", staff)]
    events = QuestionEvent.objects.filter(question=thread, action=QuestionEvent.Action.EDIT_ANSWER).order_by("pk")
    assert [(e.actor, e.doctor_id) for e in events] == [(author, answer.doctor_id), (staff, answer.doctor_id)]

    doctor_suspend(profile=answer.doctor, by=staff, reason="Licence under review")
    with pytest.raises(ValidationError):
        answer_edit(answer=answer, by=author, body="Edited while suspended.")
    answer.refresh_from_db()
    assert answer.body == "Advice corrected by staff." and answer.revisions.count() == 2


def test_only_staff_unpublish_threads_and_handle_reports():
    from qa.models import Report
    from qa.services import question_unpublish, report_dismiss, report_unpublish

    thread, other = f.thread(tags=["acne"]), f.thread(tags=["acne"])
    report = Report.objects.create(question=thread, reason="spam")
    other_report = Report.objects.create(question=other, reason="offensive")
    for not_staff in (f.patient(), thread.answers.get().doctor.user):
        with pytest.raises(ValidationError):
            question_unpublish(question=thread, by=not_staff)
        with pytest.raises(ValidationError):
            report_unpublish(report=report, by=not_staff)
        with pytest.raises(ValidationError):
            report_dismiss(report=other_report, by=not_staff)
    thread.refresh_from_db()
    report.refresh_from_db()
    other_report.refresh_from_db()
    assert thread.status == Question.Status.ANSWERED and report.is_open and other_report.is_open
    assert not QuestionEvent.objects.filter(action__in=["unpublish", "dismiss_report"]).exists()

    staff = f.user(is_staff=True)
    report_unpublish(report=report, by=staff)
    report_dismiss(report=other_report, by=staff)
    thread.refresh_from_db()
    report.refresh_from_db()
    other_report.refresh_from_db()
    assert thread.status == Question.Status.REMOVED and thread.published_at is None
    assert (report.resolution, report.resolved_by) == (Report.Resolution.UNPUBLISHED, staff)
    assert (other_report.resolution, other_report.resolved_by) == (Report.Resolution.DISMISSED, staff)
    assert QuestionEvent.objects.get(action="unpublish").question_id == thread.pk
    assert QuestionEvent.objects.get(action="dismiss_report").question_id == other.pk
    with pytest.raises(ValidationError):  # only a published thread can be unpublished
        question_unpublish(question=thread, by=staff)
