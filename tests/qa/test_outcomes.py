"""Outcome follow-up: QA_OUTCOME_DAYS after the answer the asker is asked "How is it now?" (on the
site and by email); their update is shown on the thread as "Update from the asker" only after a
doctor of the department (or staff) approved it; doctors see updates on their work page, and the
doctor's profile counts the askers who reported "better"."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone

from qa import services
from qa.models import Notification, Outcome
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(settings):
    settings.QA_OUTCOME_DAYS = 14
    asker = f.patient(email="asker@example.org")
    doctor = f.doctor(name="Dr. Follow Up")
    return f.thread(tags=["eczema"], asker=asker, by=doctor, dept=doctor.department,
                    published_at=timezone.now() - timedelta(days=15))


def asker_client(thread):
    client = Client()
    client.force_login(thread.asker)
    return client


def test_the_asker_is_asked_once_after_the_set_number_of_days(thread):
    recent = f.thread(tags=["eczema"], published_at=timezone.now() - timedelta(days=3))
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        out = StringIO()
        call_command("request_outcomes", stdout=out)
    assert "Asked 1 askers" in out.getvalue()
    assert Notification.objects.filter(question=thread, kind=Notification.Kind.OUTCOME).count() == 1
    assert not Notification.objects.filter(question=recent, kind=Notification.Kind.OUTCOME).exists()
    [email] = [m for m in mail.outbox if m.to == ["asker@example.org"]]
    assert "How is it now?" in email.body and reverse("qa:question_outcome", args=[thread.pk]) in email.body
    assert services.outcomes_request() == 0  # once per thread

    page = asker_client(thread).get(thread.get_absolute_url()).content.decode()
    assert "Tell other readers whether the advice helped" in page
    assert "Tell other readers" not in Client().get(thread.get_absolute_url()).content.decode()


def test_an_update_shows_on_the_thread_only_after_a_doctor_approves_it(thread):
    client = asker_client(thread)
    url = reverse("qa:question_outcome", args=[thread.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"result": "better", "diagnosis": "Atopic eczema",
                                 "note": "The cream worked in a week. Text me on 0912-345-678."})
    assert response.status_code == 302
    outcome = Outcome.objects.get(question=thread)
    assert outcome.review == Outcome.Review.PENDING and "0912-345-678" not in outcome.note
    assert "Update from the asker" not in Client().get(thread.get_absolute_url()).content.decode()

    doctor = Client()
    doctor.force_login(thread.answers.get().doctor.user)
    listing = doctor.get(reverse("qa:outcomes")).content.decode()
    assert "The cream worked in a week." in listing
    assert doctor.post(reverse("qa:outcome_review", args=[outcome.pk, "approve"])).status_code == 302

    page = Client().get(thread.get_absolute_url()).content.decode()
    update = page.split("Update from the asker")[1].split("</section>")[0]
    assert "better" in update and "Atopic eczema" in update and "The cream worked in a week." in update
    assert "0912-345-678" not in page and "[phone number removed]" in update
    profile = Client().get(thread.answers.get().doctor.get_absolute_url()).content.decode()
    assert "1</strong> asker later reported that it got better" in profile
    work = doctor.get(reverse("qa:my_work")).content.decode()
    assert "How your askers are now" in work and "shown on the thread" in work


def test_a_rejected_update_is_never_shown_and_cannot_be_replaced(thread):
    outcome = services.outcome_report(question=thread, asker=thread.asker, result="worse", note="Rude words")
    services.outcome_review(outcome=outcome, by=f.user(is_staff=True), approve=False)
    assert "Update from the asker" not in Client().get(thread.get_absolute_url()).content.decode()
    response = asker_client(thread).post(reverse("qa:question_outcome", args=[thread.pk]), {"result": "better"})
    assert response.status_code == 400 and "already told us" in response.content.decode()
    assert Outcome.objects.get(question=thread).result == "worse"


def test_only_the_asker_reports_and_only_the_department_reviews(thread):
    stranger = Client()
    stranger.force_login(f.patient())
    url = reverse("qa:question_outcome", args=[thread.pk])
    assert stranger.get(url).status_code == 404
    assert stranger.post(url, {"result": "better"}).status_code == 404
    assert not Outcome.objects.exists()
    outcome = services.outcome_report(question=thread, asker=thread.asker, result="same")
    other = Client()
    other.force_login(f.doctor(dept=f.department("Paediatric Dermatology")).user)
    assert other.post(reverse("qa:outcome_review", args=[outcome.pk, "approve"])).status_code == 404
    assert Outcome.objects.get().review == Outcome.Review.PENDING


def test_a_bad_choice_is_a_form_error_and_keeps_the_note(thread):
    response = asker_client(thread).post(reverse("qa:question_outcome", args=[thread.pk]),
                                         {"result": "cured!", "note": "My long note"})
    assert response.status_code == 400 and "My long note" in response.content.decode()
    assert not Outcome.objects.exists()


def test_staff_show_an_update_from_the_admin(thread):
    outcome = services.outcome_report(question=thread, asker=thread.asker, result="better", note="Gone in a week.")
    staff = Client()
    staff.force_login(f.user(is_staff=True, is_superuser=True))
    response = staff.post(reverse("admin:qa_outcome_changelist"),
                          {"action": "approve", "_selected_action": [outcome.pk]})
    assert response.status_code == 302
    assert Outcome.objects.get().review == Outcome.Review.APPROVED
    assert "Gone in a week." in Client().get(thread.get_absolute_url()).content.decode()
