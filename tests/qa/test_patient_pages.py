"""My questions, the permission matrix, editing, withdrawing, more information, follow-ups,
notifications."""

import pytest
from django.core import mail
from django.urls import reverse

from doctors.models import DoctorProfile
from qa.models import DeclineReason, Notification, Question
from qa.services import question_claim, question_decline, question_request_information
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def asker():
    return f.patient(email="asker@example.org")


@pytest.fixture
def questions(asker):
    doctor = f.doctor()
    pending = f.question(asker=asker, tags=["acne"], title="Pending question")
    declined = f.question(asker=asker, tags=["acne"], title="Declined question")
    question_decline(question=declined, doctor=doctor, reason=DeclineReason.NEEDS_EXAM, note="Please see a GP.")
    answered = f.question(asker=asker, tags=["acne"], title="Answered question")
    f.answer(answered, by=doctor, body="A reply.")
    return {"pending": pending, "declined": declined, "answered": answered}


def role_user(role, asker):
    if role == "anonymous":
        return None
    if role == "asker":
        return asker
    if role == "other patient":
        return f.patient()
    if role == "applicant doctor":
        return f.doctor(status=DoctorProfile.Status.APPLIED).user
    if role == "verified doctor":
        return f.doctor().user  # of the questions' department
    if role == "doctor of another department":
        return f.doctor(dept=f.department("Pediatric Dermatology")).user
    if role == "staff":
        return f.user(is_staff=True)
    raise AssertionError(role)


EXPECTED = {
    # role: (pending, declined, answered)
    "anonymous": (404, 404, 200),
    "other patient": (404, 404, 200),
    "asker": (200, 200, 200),
    "applicant doctor": (404, 404, 200),
    "verified doctor": (200, 200, 200),
    "doctor of another department": (404, 404, 200),
    "staff": (404, 404, 200),
}


@pytest.mark.parametrize("role", EXPECTED)
def test_permission_matrix(client, asker, questions, role):
    user = role_user(role, asker)
    if user is not None:
        client.force_login(user)
    for status, expected in zip(("pending", "declined", "answered"), EXPECTED[role], strict=True):
        q = questions[status]
        response = client.get(reverse("portal:thread", kwargs={"pk": q.pk, "slug": q.slug}))
        assert response.status_code == expected, (role, status)
    # Unpublished questions appear in no list for anyone, the asker included.
    for url in [reverse("portal:home"), reverse("qa:question_list"), reverse("portal:tag", kwargs={"slug": "acne"})]:
        page = client.get(url).content.decode()
        assert "Pending question" not in page and "Declined question" not in page
        assert "Answered question" in page


@pytest.mark.parametrize("role", ["anonymous", "other patient", "verified doctor", "staff"])
def test_only_the_asker_may_change_a_question(client, asker, questions, role):
    user = role_user(role, asker)
    if user is not None:
        client.force_login(user)
    q = questions["pending"]
    urls = [reverse("qa:question_edit", args=[q.pk]), reverse("qa:question_withdraw", args=[q.pk]),
            reverse("qa:question_add_information", args=[q.pk])]
    for url in urls:
        response = client.post(url, f.ask_data(body="hijacked"))
        assert response.status_code in (302, 404) and "hijacked" not in str(response.content)
        if user is None:
            assert "/accounts/login/" in response["Location"]
        else:
            assert response.status_code == 404
    q.refresh_from_db()
    assert q.status == Question.Status.PENDING and "hijacked" not in q.body


def test_my_questions_lists_every_question_in_plain_words(client, asker, questions):
    f.question(tags=["acne"], title="Someone else's question")
    client.force_login(asker)
    page = client.get(reverse("qa:my_questions")).content.decode()
    assert "Waiting for a doctor" in page
    assert "Declined: needs an in-person examination" in page
    assert "Answered" in page
    assert "Someone else&#x27;s question" not in page and "Someone else's question" not in page


def test_declined_question_shows_reason_and_note_to_the_asker(client, asker, questions):
    client.force_login(asker)
    page = client.get(questions["declined"].get_absolute_url()).content.decode()
    assert "Needs an in-person examination" in page and "Please see a GP." in page


def test_edit_until_claimed(client, asker, questions):
    client.force_login(asker)
    q = questions["pending"]
    assert client.get(reverse("qa:question_edit", args=[q.pk])).status_code == 200
    response = client.post(reverse("qa:question_edit", args=[q.pk]),
                           f.ask_data(title="Better title for my question", consent=None))
    assert response.status_code == 302
    q.refresh_from_db()
    assert q.title == "Better title for my question"

    question_claim(question=q, doctor=f.doctor())
    response = client.post(reverse("qa:question_edit", args=[q.pk]), f.ask_data(title="Too late now", consent=None))
    assert response.status_code == 400
    assert "can no longer be edited" in response.content.decode()
    q.refresh_from_db()
    assert q.title == "Better title for my question"


def test_edit_with_bad_input_keeps_the_text(client, asker, questions):
    client.force_login(asker)
    q = questions["pending"]
    response = client.post(reverse("qa:question_edit", args=[q.pk]),
                           f.ask_data(title="", body="My new longer description", consent=None))
    assert response.status_code == 400
    assert "My new longer description" in response.content.decode()


def test_withdraw_before_answered_only(client, asker, questions):
    client.force_login(asker)
    assert client.get(reverse("qa:question_withdraw", args=[questions["pending"].pk])).status_code == 405
    client.post(reverse("qa:question_withdraw", args=[questions["pending"].pk]))
    client.post(reverse("qa:question_withdraw", args=[questions["answered"].pk]))
    questions["pending"].refresh_from_db()
    questions["answered"].refresh_from_db()
    assert questions["pending"].status == Question.Status.WITHDRAWN
    assert questions["answered"].status == Question.Status.ANSWERED
    page = client.get(reverse("qa:my_questions")).content.decode()
    assert "Withdrawn" in page


def test_doctor_asks_for_information_patient_adds_it_and_it_returns_to_the_queue(
    client, asker, questions, django_capture_on_commit_callbacks
):
    q = questions["pending"]
    with django_capture_on_commit_callbacks(execute=True):
        question_request_information(question=q, doctor=f.doctor(), body="Is the rash raised or flat?")
    assert mail.outbox[-1].to == ["asker@example.org"]
    assert "needs more information" in mail.outbox[-1].subject.lower()

    client.force_login(asker)
    page = client.get(q.get_absolute_url()).content.decode()
    assert "The doctor needs more information" in page and "Is the rash raised or flat?" in page
    empty = client.post(reverse("qa:question_add_information", args=[q.pk]), {"body": "   "})
    assert empty.status_code == 400
    response = client.post(reverse("qa:question_add_information", args=[q.pk]), {"body": "Raised, like welts."})
    assert response.status_code == 302
    q.refresh_from_db()
    assert q.status == Question.Status.PENDING
    assert q.clarifications.last().body == "Raised, like welts."


def test_one_follow_up_after_an_answer(client, asker, questions, settings):
    settings.QA_QUESTION_COOLDOWN_SECONDS = 0
    settings.QA_MAX_QUESTIONS_PER_DAY = 10
    client.force_login(asker)
    parent = questions["answered"]
    page = client.get(parent.get_absolute_url()).content.decode()
    assert "Ask a follow-up question" in page
    form = client.get(reverse("qa:ask"), {"follow_up": parent.pk}).content.decode()
    assert "Ask a follow-up question" in form and parent.title in form

    data = f.ask_data(action="submit", follow_up_of=parent.pk, title="Follow-up: it came back")
    assert client.post(reverse("qa:ask"), data).status_code == 302
    follow_up = Question.objects.get(title="Follow-up: it came back")
    assert follow_up.follow_up_of == parent

    second = client.post(reverse("qa:ask"), f.ask_data(action="submit", follow_up_of=parent.pk, title="Another"))
    assert second.status_code == 400
    assert "already asked a follow-up" in second.content.decode()
    assert "Ask a follow-up question" not in client.get(parent.get_absolute_url()).content.decode()


def test_follow_up_to_someone_elses_thread_is_refused(client, questions, settings):
    settings.QA_QUESTION_COOLDOWN_SECONDS = 0
    client.force_login(f.patient())
    data = f.ask_data(action="submit", follow_up_of=questions["answered"].pk)
    client.post(reverse("qa:ask"), data)
    assert not Question.objects.filter(follow_up_of=questions["answered"]).exists()


def test_notifications_unread_count_and_mark_read_by_post(client, asker, questions):
    client.force_login(asker)
    assert Notification.objects.filter(user=asker).count() == 2  # declined + answered
    header = client.get(reverse("portal:home")).content.decode()
    assert 'Notifications <span class="badge text-bg-danger">2' in header

    listing = client.get(reverse("qa:notifications")).content.decode()
    assert "Your question has been answered" in listing and "Your question was declined" in listing
    assert Notification.objects.filter(user=asker, read_at__isnull=True).count() == 2  # GET changed nothing

    n = Notification.objects.filter(user=asker, kind="answered").get()
    assert client.get(reverse("qa:notification_open", args=[n.pk])).status_code == 405
    response = client.post(reverse("qa:notification_open", args=[n.pk]))
    assert response["Location"] == questions["answered"].get_absolute_url()
    client.post(reverse("qa:notifications_read_all"))
    assert not Notification.objects.filter(user=asker, read_at__isnull=True).exists()


def test_opening_a_question_from_my_questions_clears_its_notifications(client, asker, questions):
    client.force_login(asker)
    my_questions = client.get(reverse("qa:my_questions")).content.decode()
    assert f'href="{questions["answered"].get_absolute_url()}"' in my_questions

    page = client.get(questions["answered"].get_absolute_url()).content.decode()  # the public thread

    assert 'Notifications <span class="badge text-bg-danger">1' in page  # only the declined one is left
    assert not Notification.objects.filter(user=asker, question=questions["answered"], read_at__isnull=True).exists()
    private = client.get(questions["declined"].get_absolute_url())  # the private page of a declined question
    assert private.status_code == 200 and "badge text-bg-danger" not in private.content.decode()
    assert not Notification.objects.filter(user=asker, read_at__isnull=True).exists()


def test_someone_else_opening_the_thread_leaves_the_askers_notifications_unread(client, asker, questions):
    client.force_login(f.patient())
    assert client.get(questions["answered"].get_absolute_url()).status_code == 200
    assert Notification.objects.filter(user=asker, read_at__isnull=True).count() == 2


def test_someone_elses_notification_is_404(client, asker, questions):
    client.force_login(f.patient())
    n = Notification.objects.filter(user=asker).first()
    assert client.post(reverse("qa:notification_open", args=[n.pk])).status_code == 404
    n.refresh_from_db()
    assert n.read_at is None


def test_public_thread_shows_added_information_and_links_follow_ups(client, asker, settings):
    from qa.services import question_add_information, question_submit

    doctor = f.doctor(name="Dr. Curious")
    parent = f.question(asker=asker, tags=["acne"], title="Original thread")
    question_request_information(question=parent, doctor=doctor, body="Does it itch at night?")
    question_add_information(question=parent, asker=asker, body="Yes, mostly at night.")
    f.answer(parent, by=doctor, body="Thanks, that helps.")
    parent.refresh_from_db()
    follow_up, _ = question_submit(
        asker=asker, title="Follow-up thread", body="It came back.", age_bracket=parent.age_bracket, sex=parent.sex,
        department=parent.department, tags=[f.tag("acne")], follow_up_of=parent, enforce_limits=False,
    )
    f.answer(follow_up, by=doctor, body="Second reply.")

    page = client.get(parent.get_absolute_url()).content.decode()
    assert "Dr. Curious asked for more information" in page and "Yes, mostly at night." in page
    assert "Follow-up thread" in page
    assert "Original thread" in client.get(follow_up.get_absolute_url()).content.decode()


def test_an_expired_claim_shows_the_asker_their_question_waiting_again(client):
    from datetime import timedelta

    from django.utils import timezone

    from qa.services import question_claim

    question = f.question(title="Claimed long ago")
    doctor = f.doctor(dept=question.department)
    question_claim(question=question, doctor=doctor, now=timezone.now() - timedelta(hours=2))
    client.force_login(question.asker)
    for url in [reverse("qa:my_questions"), question.get_absolute_url()]:
        page = client.get(url, follow=True).content.decode()
        assert "waiting for a doctor" in page.lower(), url
        assert "a doctor is answering" not in page.lower(), url
