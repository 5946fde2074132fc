"""The whole journey through the real views: sign up, confirm, ask, emergency notice, preview
with similar threads, submit, "my questions", notified when answered."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from qa.models import Notification, Question
from qa.services import answer_publish, question_claim
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_patient_journey(client, django_capture_on_commit_callbacks):
    dermatology = f.department("Dermatology")
    urticaria = f.tag("Hives")
    f.thread(tags=[urticaria], title="Hives after a new antibiotic", dept=dermatology)
    doctor = f.doctor(dept=dermatology, name="Dr. Journey")

    # Sign up; the confirmation email arrives.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), {"email": "journey@example.org", "password1": "ocean-violet-3317",
                                                   "password2": "ocean-violet-3317", "pseudonym": ""})
    [confirmation] = [m for m in mail.outbox if m.to == ["journey@example.org"]]
    assert "confirm" in confirmation.subject.lower()
    link = re.search(r"https?://\S+", confirmation.body).group(0)

    # Confirm (GET shows the button, POST confirms).
    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200
    client.post(path)

    # Ask: the text raises a red flag; the preview shows the notice and similar threads.
    data = f.ask_data(action="preview", department=dermatology.pk, tags=[urticaria.pk],
                      title="Hives all over after antibiotics",
                      body="Welts everywhere since yesterday and now my lips are swelling a bit.")
    preview = client.post(reverse("qa:ask"), data).content.decode()
    assert "This may be an emergency" in preview
    assert "Hives after a new antibiotic" in preview
    assert not Question.objects.filter(title="Hives all over after antibiotics").exists()

    # Submit having seen the notice (the page carries the codes of what it showed).
    shown = re.findall(r'name="acknowledged_flags" value="([a-z_]+)"', preview)
    assert shown
    response = client.post(reverse("qa:ask"), {**data, "action": "submit", "acknowledged_flags": shown})
    question = Question.objects.get(title="Hives all over after antibiotics")
    assert response["Location"] == question.get_absolute_url()
    assert question.status == Question.Status.PENDING and question.is_urgent

    # It is in "my questions", waiting for a doctor; the public cannot see it.
    mine = client.get(reverse("qa:my_questions")).content.decode()
    assert "Hives all over after antibiotics" in mine and "Waiting for a doctor" in mine
    assert "urgent" in mine

    # A doctor answers: on-site notification at once, the email once the transaction commits.
    question_claim(question=question, doctor=doctor)
    with django_capture_on_commit_callbacks(execute=True):
        answer_publish(question=question, doctor=doctor, body="Please go to an emergency department **now**.")
        assert not [m for m in mail.outbox if "answered" in m.subject.lower() and m.to == ["journey@example.org"]]
    assert mail.outbox[-1].to == ["journey@example.org"]
    assert "answered" in mail.outbox[-1].subject.lower()
    assert Notification.objects.filter(user__email="journey@example.org", kind="answered").exists()
    header = client.get(reverse("qa:my_questions")).content.decode()
    assert "Answered" in header and 'text-bg-danger">1' in header
    client.logout()
    public = client.get(question.get_absolute_url()).content.decode()
    assert "Please go to an emergency department <strong>now</strong>." in public
    assert "journey@example.org" not in public
