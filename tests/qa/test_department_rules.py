"""A verified doctor acts on, and opens, the questions of their own department only.

For a doctor of another department such a question does not exist: the services refuse
(code ``other_department``), the pages answer 404 as for a missing question.
"""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from qa import services
from qa.lifecycle import Status
from qa.models import Answer, Clarification, DeclineReason, Question, QuestionEvent
from qa.selectors import queue
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def dept():
    return f.department("Dermatology")


@pytest.fixture
def other_dept():
    return f.department("Hair and Nails")


@pytest.fixture
def doctor(dept):
    return f.doctor(dept=dept, name="Dr. Same Department")


@pytest.fixture
def outsider(other_dept):
    return f.doctor(dept=other_dept, name="Dr. Other Department")


def _state(question):
    question.refresh_from_db()
    return {
        "question": (question.status, question.claimed_by_id, question.claim_expires_at, question.decline_reason),
        "tags": sorted(question.tags.values_list("pk", flat=True)),
        "events": QuestionEvent.objects.count(),
        "answers": Answer.objects.count(),
        "clarifications": Clarification.objects.count(),
    }


SERVICE_ACTIONS = {
    "claim": lambda q, d: services.question_claim(question=q, doctor=d),
    "answer": lambda q, d: services.answer_publish(question=q, doctor=d, body="Wash gently."),
    "request_info": lambda q, d: services.question_request_information(question=q, doctor=d, body="Photos?"),
    "decline": lambda q, d: services.question_decline(question=q, doctor=d, reason=DeclineReason.NEEDS_EXAM),
    "retag": lambda q, d: services.question_retag(question=q, doctor=d, tags=[f.tag("rosacea")]),
}


@pytest.mark.parametrize("claimed", [False, True], ids=["pending", "claimed by a doctor of the department"])
@pytest.mark.parametrize("action", SERVICE_ACTIONS)
def test_services_refuse_a_doctor_of_another_department(action, claimed, dept, doctor, outsider):
    question = f.question(dept=dept, tags=["acne"])
    if claimed:
        services.question_claim(question=question, doctor=doctor)
    before = _state(question)

    with pytest.raises(ValidationError) as refused:
        SERVICE_ACTIONS[action](question, outsider)

    assert refused.value.code == "other_department"
    assert _state(question) == before


def test_the_outsider_cannot_answer_even_after_the_claim_and_the_doctor_still_can(dept, doctor, outsider):
    question = f.question(dept=dept, tags=["acne"])
    with pytest.raises(ValidationError) as refused:
        services.question_claim(question=question, doctor=outsider)
    assert refused.value.code == "other_department"
    services.question_claim(question=question, doctor=doctor)
    services.answer_publish(question=question, doctor=doctor, body="Wash gently.")
    assert Answer.objects.get(question=question).doctor == doctor


def test_views_answer_404_to_a_doctor_of_another_department(dept, doctor, outsider):
    question = f.question(dept=dept, tags=["acne"], title="A question of Dermatology")
    claimed = f.question(dept=dept, tags=["acne"], title="Claimed in Dermatology")
    services.question_claim(question=claimed, doctor=doctor)
    client = Client()
    client.force_login(outsider.user)
    before = (_state(question), _state(claimed))

    assert client.get(reverse("qa:question_work", args=[question.pk])).status_code == 404
    assert client.post(reverse("qa:claim", args=[question.pk])).status_code == 404
    answer = {"body": "Wash gently.", "action": "publish"}
    assert client.post(reverse("qa:answer", args=[question.pk]), answer).status_code == 404
    assert client.post(reverse("qa:answer", args=[claimed.pk]), answer).status_code == 404
    assert client.post(reverse("qa:release", args=[claimed.pk])).status_code == 404
    assert client.post(reverse("qa:request_info", args=[question.pk]), {"message": "Photos?"}).status_code == 404
    assert client.post(reverse("qa:decline", args=[question.pk]),
                       {"reason": DeclineReason.NEEDS_EXAM}).status_code == 404
    missing = max(question.pk, claimed.pk) + 1000
    assert client.post(reverse("qa:claim", args=[missing])).status_code == 404  # the same as a missing one

    assert (_state(question), _state(claimed)) == before
    queue_page = client.get(reverse("qa:queue")).content.decode()
    assert "A question of Dermatology" not in queue_page and "Claimed in Dermatology" not in queue_page
    assert question.pk not in {q.pk for q in queue(outsider)}

    # The same request by the doctor of the department goes through: the 404 was the department.
    own = Client()
    own.force_login(doctor.user)
    assert own.post(reverse("qa:claim", args=[question.pk])).status_code == 302
    assert Question.objects.get(pk=question.pk).claimed_by == doctor


# --- The question page, /questions/<id>/ -------------------------------------------------------

def _in_status(status, *, dept, doctor):
    """An unpublished question of ``dept`` in ``status``, reached as the life cycle reaches it."""
    if status == Status.DRAFT:
        return f.question(dept=dept, asker=f.patient(confirmed=False), title="An unpublished question")
    question = f.question(dept=dept, tags=["acne"], title="An unpublished question")
    if status == Status.CLAIMED:
        services.question_claim(question=question, doctor=doctor)
    elif status == Status.NEEDS_INFO:
        services.question_request_information(question=question, doctor=doctor, body="Photos?")
    elif status == Status.DECLINED:
        services.question_decline(question=question, doctor=doctor, reason=DeclineReason.NEEDS_EXAM)
    elif status == Status.WITHDRAWN:
        services.question_withdraw(question=question, asker=question.asker)
    elif status == Status.REMOVED:
        f.answer(question, by=doctor)
        services.question_unpublish(question=question, by=f.user(is_staff=True))
    question.refresh_from_db()
    assert question.status == status
    return question


def _urls(question):
    return [reverse("portal:thread_short", args=[question.pk]), question.get_absolute_url()]


@pytest.mark.parametrize("status", [Status.PENDING, Status.CLAIMED, Status.NEEDS_INFO, Status.DECLINED,
                                    Status.REMOVED])
def test_a_doctor_opens_an_unpublished_question_of_their_department_privately(status, dept, doctor, outsider):
    question = _in_status(status, dept=dept, doctor=doctor)
    own, other, anonymous = Client(), Client(), Client()
    own.force_login(doctor.user)
    other.force_login(outsider.user)

    short = own.get(_urls(question)[0])
    assert short.status_code == 302 and short.url == question.get_absolute_url()
    page = own.get(question.get_absolute_url())
    assert page.status_code == 200
    assert "qa/question_private.html" in [t.name for t in page.templates]
    assert {"private", "no-store"} <= {d.strip() for d in page["Cache-Control"].split(",")}
    assert "An unpublished question" in page.content.decode()

    for url in _urls(question):  # after the doctor's visit, so no cached copy can leak either
        assert other.get(url).status_code == 404, url
        assert anonymous.get(url).status_code == 404, url
    missing = question.pk + 1000
    assert other.get(reverse("portal:thread_short", args=[missing])).status_code == 404


@pytest.mark.parametrize("status", [Status.DRAFT, Status.WITHDRAWN])
def test_drafts_and_withdrawn_questions_never_reach_doctors(status, dept, doctor):
    question = _in_status(status, dept=dept, doctor=doctor)
    client = Client()
    client.force_login(doctor.user)
    for url in _urls(question):
        assert client.get(url).status_code == 404, url
    assert client.get(reverse("qa:question_work", args=[question.pk])).status_code == 404


def test_a_published_thread_is_public_for_every_department(dept, doctor, outsider):
    thread = f.thread(dept=dept, by=doctor, title="A published thread")
    client = Client()
    client.force_login(outsider.user)
    page = client.get(thread.get_absolute_url())
    assert page.status_code == 200
    assert "qa/question_private.html" not in [t.name for t in page.templates]
