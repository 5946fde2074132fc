"""The audit of question actions: each qa service writes its own QuestionEvent (one per action, by
the right actor); a doctor's suspension returns their claims with a "release" event by the staff
member; the staff audit page shows question and verification events together."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from doctors.models import DoctorProfile, VerificationEvent
from doctors.services import doctor_suspend, doctor_verify
from qa import services
from qa.lifecycle import Action
from qa.models import AgeBracket, DeclineReason, Question, QuestionEvent, Report, Sex, TagAlias
from qa.selectors import queue
from tests import factories as f

pytestmark = pytest.mark.django_db


class World:
    def __init__(self):
        self.dept = f.department("Dermatology")
        self.asker = f.patient()
        self.doctor = f.doctor(dept=self.dept, name="Dr. Acting")
        self.staff = f.user(is_staff=True)

    def question(self, **kwargs):
        return f.question(dept=self.dept, asker=self.asker, tags=["acne"], **kwargs)

    def claimed(self, **kwargs):
        return services.question_claim(question=self.question(), doctor=self.doctor, **kwargs)

    def thread(self):
        return f.thread(dept=self.dept, asker=self.asker, by=self.doctor, tags=["acne"])


# Each case makes the world ready for one action and returns (act, actor, doctor): ``act()``
# performs the action through its qa service and returns the question it acted on.

def _submit(w):
    def act():
        question, created = services.question_submit(
            asker=w.asker, title="A rash on my arm", body="Red and itchy for a week.", age_bracket=AgeBracket.AGE_30_39,
            sex=Sex.FEMALE, department=w.dept, tags=[f.tag("acne")])
        assert created
        return question
    return act, w.asker, None


def _confirm_email(w):
    asker = f.patient(confirmed=False)
    draft = f.question(dept=w.dept, asker=asker)
    assert draft.status == Question.Status.DRAFT

    def act():
        assert services.questions_release_drafts(user=asker) == 1
        return draft
    return act, asker, None


def _edit(w):
    question = w.question()

    def act():
        return services.question_update(
            question=question, asker=w.asker, title="A rash on my arm, now spreading", body="Red, itchy, spreading.",
            age_bracket=AgeBracket.AGE_30_39, sex=Sex.FEMALE, department=w.dept, tags=[f.tag("eczema")],
            body_sites=["arms"], duration="weeks", itch="mild", pain="none", tried="Nothing yet.")
    return act, w.asker, None


def _withdraw(w):
    question = w.question()
    return (lambda: services.question_withdraw(question=question, asker=w.asker)), w.asker, None


def _claim(w):
    question = w.question()
    return (lambda: services.question_claim(question=question, doctor=w.doctor)), w.doctor.user, w.doctor


def _release(w):
    question = w.claimed()
    return (lambda: services.question_release(question=question, doctor=w.doctor)), w.doctor.user, w.doctor


def _expire(w):
    question = w.claimed(now=timezone.now() - timedelta(hours=2))

    def act():
        assert services.claims_expire() == 1
        return question
    return act, None, w.doctor


def _request_info(w):
    question = w.claimed()

    def act():
        services.question_request_information(question=question, doctor=w.doctor, body="Does it itch at night?")
        return question
    return act, w.doctor.user, w.doctor


def _add_info(w):
    question = w.claimed()
    services.question_request_information(question=question, doctor=w.doctor, body="Does it itch at night?")

    def act():
        services.question_add_information(question=question, asker=w.asker, body="Yes, mostly at night.")
        return question
    return act, w.asker, None


def _decline(w):
    question = w.claimed()

    def act():
        return services.question_decline(question=question, doctor=w.doctor, reason=DeclineReason.NEEDS_EXAM,
                                         note="Please see a dermatologist.")
    return act, w.doctor.user, w.doctor


def _answer(w):
    question = w.claimed()

    def act():
        services.answer_publish(question=question, doctor=w.doctor, body="Wash gently.")
        return question
    return act, w.doctor.user, w.doctor


def _retag(w):
    question = w.claimed()
    return (lambda: services.question_retag(question=question, doctor=w.doctor, tags=[f.tag("rosacea")]),
            w.doctor.user, w.doctor)


def _edit_answer_by(who):
    def case(w):
        answer = w.thread().answers.get()
        user = w.doctor.user if who == "doctor" else w.staff

        def act():
            services.answer_edit(answer=answer, by=user, body="An edited reply.")
            return answer.question
        return act, user, w.doctor  # the event names the answer's doctor, whoever edited it
    return case


def _review_privacy_by(who):
    def case(w):
        question = w.claimed()
        user = w.doctor.user if who == "doctor" else w.staff

        def act():
            return services.question_review_privacy(question=question, by=user, keep=[], hide=["my arm"])
        return act, user, (w.doctor if who == "doctor" else None)
    return case


def _report_outcome(w):
    thread = w.thread()
    return (lambda: services.outcome_report(question=thread, asker=w.asker, result="better") and thread), w.asker, None


def _review_outcome_by(who):
    def case(w):
        thread = w.thread()
        outcome = services.outcome_report(question=thread, asker=w.asker, result="better")
        user = w.doctor.user if who == "doctor" else w.staff
        return ((lambda: services.outcome_review(outcome=outcome, by=user, approve=True) and thread), user,
                w.doctor if who == "doctor" else None)
    return case


def _unpublish(w):
    thread = w.thread()
    return (lambda: services.question_unpublish(question=thread, by=w.staff, reason="Spam")), w.staff, None


def _dismiss_report(w):
    thread = w.thread()
    report = services.report_create(question=thread, reason=Report.Reason.SPAM)

    def act():
        services.report_dismiss(report=report, by=w.staff)
        return thread
    return act, w.staff, None


def _add_alias_by(who):
    def case(w):
        user = w.doctor.user if who == "doctor" else w.staff

        def act():
            services.tag_alias_add(tag=f.tag("acne"), name="pimples", by=user)
            return Question()  # a topic's change: the event names no question
        return act, user, (w.doctor if who == "doctor" else None)
    return case


def _remove_alias(w):
    alias = TagAlias.objects.create(tag=f.tag("acne"), name="pimples", language="en")

    def act():
        services.tag_alias_remove(alias=alias, by=w.staff)
        return Question()  # a topic's change: the event names no question
    return act, w.staff, None


CASES = {
    "submit": _submit,
    "confirm_email": _confirm_email,
    "edit": _edit,
    "withdraw": _withdraw,
    "claim": _claim,
    "release": _release,
    "expire": _expire,
    "request_info": _request_info,
    "add_info": _add_info,
    "decline": _decline,
    "answer": _answer,
    "retag": _retag,
    "edit_answer (by its doctor)": _edit_answer_by("doctor"),
    "edit_answer (by staff)": _edit_answer_by("staff"),
    "review_privacy (by a doctor)": _review_privacy_by("doctor"),
    "review_privacy (by staff)": _review_privacy_by("staff"),
    "report_outcome": _report_outcome,
    "review_outcome (by a doctor)": _review_outcome_by("doctor"),
    "review_outcome (by staff)": _review_outcome_by("staff"),
    "unpublish": _unpublish,
    "dismiss_report": _dismiss_report,
    "add_alias (by a doctor)": _add_alias_by("doctor"),
    "add_alias (by staff)": _add_alias_by("staff"),
    "remove_alias": _remove_alias,
}


def test_the_cases_cover_every_action_of_the_life_cycle():
    assert {name.split(" ")[0] for name in CASES} == set(Action.values)


def _expected_name(user):
    if user is None:
        return "system"
    profile = DoctorProfile.objects.filter(user=user).first()
    return profile.display_name if profile else user.username


@pytest.mark.parametrize("name", CASES)
def test_each_action_leaves_exactly_one_event_by_its_actor(name, django_capture_on_commit_callbacks):
    w = World()
    act, actor, doctor = CASES[name](w)
    before = set(QuestionEvent.objects.values_list("pk", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        question = act()

    new = list(QuestionEvent.objects.exclude(pk__in=before))
    assert [e.action for e in new] == [name.split(" ")[0]]
    event = new[0]
    assert event.actor == actor
    assert event.actor_name == _expected_name(actor)
    assert event.question_id == question.pk
    assert event.doctor == doctor
    assert not VerificationEvent.objects.exists()  # question actions are qa's log, not doctors'


def test_a_refused_action_leaves_no_event():
    w = World()
    question = w.claimed()
    colleague = f.doctor(dept=w.dept)
    before = QuestionEvent.objects.count()
    for refused in (
        lambda: services.question_claim(question=question, doctor=colleague),
        lambda: services.question_release(question=question, doctor=colleague),
        lambda: services.answer_publish(question=question, doctor=colleague, body="Mine"),
        lambda: services.question_withdraw(question=question, asker=f.patient()),
        lambda: services.question_unpublish(question=question, by=w.staff),
    ):
        with pytest.raises(ValidationError):
            refused()
    assert QuestionEvent.objects.count() == before
    question.refresh_from_db()
    assert (question.status, question.claimed_by) == (Question.Status.CLAIMED, w.doctor)


def test_only_staff_dismiss_a_report():
    w = World()
    report = services.report_create(question=w.thread(), reason=Report.Reason.SPAM)
    before = QuestionEvent.objects.count()
    with pytest.raises(ValidationError) as refused:
        services.report_dismiss(report=report, by=w.doctor.user)
    assert refused.value.code == "not_staff"
    report.refresh_from_db()
    assert report.resolution == ""
    assert QuestionEvent.objects.count() == before


# --- A suspension returns the doctor's claims to the queue -----------------------------------------

def _assert_released_by(question, *, doctor, staff):
    question.refresh_from_db()
    assert question.status == Question.Status.PENDING
    assert question.claimed_by is None and question.claim_expires_at is None
    release = question.events.get(action=Action.RELEASE)
    assert (release.actor, release.actor_name, release.doctor) == (staff, staff.username, doctor)
    assert release.detail == "released on suspension"


def test_suspension_returns_the_claims_to_the_queue_with_a_release_by_the_staff_member():
    w = World()
    mine = w.claimed()
    also_mine_but_expired = w.claimed(now=timezone.now() - timedelta(hours=2))
    colleague = f.doctor(dept=w.dept, name="Dr. Colleague")
    theirs = services.question_claim(question=w.question(), doctor=colleague)

    doctor_suspend(profile=w.doctor, by=w.staff, reason="Investigation")

    for question in (mine, also_mine_but_expired):
        _assert_released_by(question, doctor=w.doctor, staff=w.staff)
    theirs.refresh_from_db()
    assert (theirs.status, theirs.claimed_by) == (Question.Status.CLAIMED, colleague)
    assert not theirs.events.filter(action=Action.RELEASE).exists()
    # Back in the queue: a colleague sees them and may claim them.
    waiting = {q.pk for q in queue(colleague)}
    assert {mine.pk, also_mine_but_expired.pk} <= waiting
    services.question_claim(question=mine, doctor=colleague)


def test_suspension_through_the_staff_page_releases_the_claims(client):
    w = World()
    question = w.claimed()
    client.force_login(w.staff)
    response = client.post(reverse("doctors:staff_decide", args=[w.doctor.pk, "suspend"]),
                           {"reason": "Complaint under review."})
    assert response.status_code == 302
    w.doctor.refresh_from_db()
    assert w.doctor.status == DoctorProfile.Status.SUSPENDED
    _assert_released_by(question, doctor=w.doctor, staff=w.staff)
    suspend = VerificationEvent.objects.get(doctor=w.doctor)
    assert (suspend.action, suspend.actor) == (VerificationEvent.Action.SUSPEND, w.staff)


# --- The staff audit page --------------------------------------------------------------------------

def test_the_audit_page_lists_verification_and_question_events_and_filters_by_question():
    dept = f.department("Dermatology")
    staff = f.user(is_staff=True, username="auditor")
    applicant = f.doctor(status=DoctorProfile.Status.APPLIED, dept=dept, name="Dr. Newly Verified")
    doctor_verify(profile=applicant, verified_by=staff)
    first = f.question(dept=dept, title="The first audited question")
    second = f.question(dept=dept, title="The second audited question")
    services.question_claim(question=first, doctor=applicant)
    services.question_claim(question=second, doctor=applicant)
    client = Client()
    client.force_login(staff)
    url = reverse("qa:staff_audit")

    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    rows = response.context["events"]
    verification = [r for r in rows if r["action"] == VerificationEvent.Action.VERIFY]
    assert len(verification) == 1
    assert (verification[0]["actor_name"], verification[0]["doctor_name"], verification[0]["question_id"]) == (
        "auditor", "Dr. Newly Verified", None)
    claims = sorted(r["question_id"] for r in rows if r["action"] == Action.CLAIM)
    assert claims == sorted([first.pk, second.pk])
    assert "<td>verified</td>" in page and "<td>claimed</td>" in page
    assert f"#{first.pk} The first audited question" in page and f"#{second.pk} The second audited question" in page
    assert len(rows) == QuestionEvent.objects.count() + VerificationEvent.objects.count()

    filtered = client.get(url, {"question": first.pk})
    assert filtered.status_code == 200
    rows = filtered.context["events"]
    assert {r["question_id"] for r in rows} == {first.pk}
    assert sorted(r["action"] for r in rows) == sorted(first.events.values_list("action", flat=True))
    assert sorted(r["action"] for r in rows) == [Action.CLAIM, Action.SUBMIT]
    page = filtered.content.decode()
    assert "The first audited question" in page
    assert "The second audited question" not in page and "<td>verified</td>" not in page

    assert client.get(url, {"question": "abc"}).status_code == 400
