"""Privacy rights: download all one's data; delete the account."""

import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from qa.models import Question
from tests import factories as f

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def patient_with_questions():
    patient = f.patient(email="leaving@example.org", password="my-own-password-1", pseudonym="Mira")
    published = f.question(asker=patient, tags=["acne"], title="Published thread of the patient")
    f.answer(published, body="Reply kept in the archive.")
    pending = f.question(asker=patient, tags=["acne"], title="Pending and private")
    published.refresh_from_db()
    assert published.asker_pseudonym == "Mira" and published.is_published  # shown on the public thread
    return patient, published, pending


def test_export_downloads_everything_about_the_user_and_nothing_else(client, patient_with_questions):
    patient, published, pending = patient_with_questions
    f.question(tags=["acne"], title="Another patient's question")
    client.force_login(patient)
    response = client.get(reverse("accounts:export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        data = json.loads(archive.read("my-data.json"))
    assert data["account"]["email"] == "leaving@example.org"
    titles = {q["title"] for q in data["questions"]}
    assert titles == {"Published thread of the patient", "Pending and private"}
    answered = next(q for q in data["questions"] if q["status"] == "answered")
    assert answered["answers"][0]["text"] == "Reply kept in the archive."
    assert len(data["notifications"]) == 1
    assert data["sessions"] == [] and data["security_log"] == []  # signed in by the test, not the form


def test_delete_account_keeps_published_threads_anonymised_and_removes_the_rest(client, patient_with_questions):
    patient, published, pending = patient_with_questions
    client.force_login(patient)
    response = client.post(reverse("accounts:delete"), {"password": "my-own-password-1"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=patient.pk).exists()
    assert not User.objects.filter(email="leaving@example.org").exists()
    assert not Question.objects.filter(pk=pending.pk).exists()
    published.refresh_from_db()
    assert published.asker is None and published.asker_pseudonym == ""
    page = client.get(published.get_absolute_url()).content.decode()
    assert "Reply kept in the archive." in page and "Mira" not in page


def test_delete_needs_the_right_password_and_a_post(client, patient_with_questions):
    patient, _, pending = patient_with_questions
    client.force_login(patient)
    assert client.get(reverse("accounts:delete")).status_code == 405
    response = client.post(reverse("accounts:delete"), {"password": "wrong"})
    assert response.status_code == 400
    assert "That is not your current password." in response.content.decode()
    assert User.objects.filter(pk=patient.pk).exists() and Question.objects.filter(pk=pending.pk).exists()


def test_a_doctor_with_published_answers_is_told_to_ask_staff(client):
    doctor = f.doctor()
    doctor.user.set_password("doctor-pass-123")
    doctor.user.save()
    f.thread(tags=["acne"], by=doctor)
    client.force_login(doctor.user)
    response = client.post(reverse("accounts:delete"), {"password": "doctor-pass-123"})
    assert response.status_code == 400
    assert "ask staff" in response.content.decode()
    assert User.objects.filter(pk=doctor.user.pk).exists()


def test_a_deleted_accounts_public_name_leaves_cached_pages_at_once(client, patient_with_questions):
    from django.test import Client

    patient, published, _ = patient_with_questions
    signed_in = Client()
    signed_in.force_login(f.patient())
    assert "Mira" in client.get(published.get_absolute_url()).content.decode()  # cached for visitors
    assert "Mira" in signed_in.get(published.get_absolute_url()).content.decode()  # and as fragments
    leaving = Client()
    leaving.force_login(patient)
    assert leaving.post(reverse("accounts:delete"), {"password": "my-own-password-1"}).status_code == 302
    page = client.get(published.get_absolute_url())
    assert "X-Page-Cache" not in page and "Mira" not in page.content.decode()
    assert "Mira" not in signed_in.get(published.get_absolute_url()).content.decode()
