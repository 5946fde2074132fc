import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from doctors.models import DoctorProfile
from doctors.services import doctor_verify
from qa.models import VERIFIED_DOCTOR_STATUS
from qa.services import answer_publish, question_claim
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_qa_spells_the_verified_status_as_doctors_does():
    assert DoctorProfile.Status.VERIFIED == VERIFIED_DOCTOR_STATUS


def test_verify_records_who_and_when_and_enables_answering():
    staff = f.user(is_staff=True)
    applicant = f.doctor(status=DoctorProfile.Status.APPLIED)
    question = f.question(tags=["acne"])
    with pytest.raises(ValidationError):
        question_claim(question=question, doctor=applicant)

    doctor_verify(profile=applicant, verified_by=staff)

    applicant.refresh_from_db()
    assert applicant.status == DoctorProfile.Status.VERIFIED
    assert applicant.verified_by == staff and applicant.verified_at is not None
    question_claim(question=question, doctor=applicant)
    answer_publish(question=question, doctor=applicant, body="Now I may answer")
    question.refresh_from_db()
    assert question.is_published


def test_suspended_doctor_cannot_be_verified_again():
    suspended = f.doctor(status=DoctorProfile.Status.SUSPENDED)
    with pytest.raises(ValidationError):
        doctor_verify(profile=suspended, verified_by=f.user(is_staff=True))
    suspended.refresh_from_db()
    assert suspended.status == DoctorProfile.Status.SUSPENDED


def test_doctor_profile_page(client):
    doctor = f.doctor(name="Dr. Profile Page")
    f.thread(tags=["acne"], by=doctor, title="A published answer", answer_body="Wash gently twice a day.")
    page = client.get(doctor.get_absolute_url()).content.decode()
    assert "Dr. Profile Page" in page and "Test Hospital" in page and "A test doctor." in page
    assert "<strong>1</strong> answer published" in page
    assert "A published answer" in page and "Wash gently twice a day." in page


def test_public_answer_counts_follow_publication_and_unpublication(client):
    from io import StringIO

    from django.core.management import call_command

    from doctors import services as doctor_services
    from qa.models import Report

    doc, other = f.doctor(name="Dr. Ines Moreau"), f.doctor()
    first = f.thread(by=doc)
    f.thread(by=doc)
    f.question()  # pending: no answer, nothing counted
    doc.refresh_from_db()
    assert doc.num_published_answers == 2
    assert "2 answers" in client.get(reverse("doctors:doctor_list")).content.decode()

    doctor_services.report_unpublish(report=Report.objects.create(question=first, reason="spam"),
                                     by=f.user(is_staff=True))
    doc.refresh_from_db()
    other.refresh_from_db()
    assert (doc.num_published_answers, other.num_published_answers) == (1, 0)
    assert "<strong>1</strong> answer published" in client.get(doc.get_absolute_url()).content.decode()

    # Counts that drifted (a bulk update sends no signal) are on a cached page until recounted.
    DoctorProfile.objects.update(num_published_answers=50)
    assert "50 answers" in client.get(reverse("doctors:doctor_list")).content.decode()
    call_command("rebuild_counts", stdout=StringIO())
    doc.refresh_from_db()
    other.refresh_from_db()
    assert (doc.num_published_answers, other.num_published_answers) == (1, 0)
    page = client.get(reverse("doctors:doctor_list")).content.decode()
    assert "50 answers" not in page and "1 answer" in page
