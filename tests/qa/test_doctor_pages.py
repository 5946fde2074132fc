"""The public doctor pages (qa:doctor_list, qa:doctor_profile) and the answer counts qa keeps for them."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from doctors.models import DoctorProfile
from qa.models import Report
from qa.services import report_unpublish
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_doctor_profile_page(client):
    doctor = f.doctor(name="Dr. Profile Page")
    f.thread(tags=["acne"], by=doctor, title="A published answer", answer_body="Wash gently twice a day.")
    page = client.get(doctor.get_absolute_url()).content.decode()
    assert "Dr. Profile Page" in page and "Test Hospital" in page and "A test doctor." in page
    assert "<strong>1</strong> answer published" in page
    assert "A published answer" in page and "Wash gently twice a day." in page
    assert doctor.get_absolute_url() == reverse("qa:doctor_profile", kwargs={"slug": doctor.slug})


@pytest.mark.parametrize("status", [DoctorProfile.Status.APPLIED, DoctorProfile.Status.REJECTED,
                                    DoctorProfile.Status.SUSPENDED])
def test_only_verified_doctors_have_a_public_profile(client, status):
    doctor = f.doctor(status=status, name="Dr. Not Public")
    assert client.get(reverse("qa:doctor_profile", kwargs={"slug": doctor.slug})).status_code == 404
    assert "Dr. Not Public" not in client.get(reverse("qa:doctor_list")).content.decode()


def test_public_answer_counts_follow_publication_and_unpublication(client):
    doc, other = f.doctor(name="Dr. Ines Moreau"), f.doctor()
    first = f.thread(by=doc)
    f.thread(by=doc)
    f.question()  # pending: no answer, nothing counted
    doc.refresh_from_db()
    assert doc.num_published_answers == 2
    assert "2 answers" in client.get(reverse("qa:doctor_list")).content.decode()

    report_unpublish(report=Report.objects.create(question=first, reason="spam"), by=f.user(is_staff=True))
    doc.refresh_from_db()
    other.refresh_from_db()
    assert (doc.num_published_answers, other.num_published_answers) == (1, 0)
    assert "<strong>1</strong> answer published" in client.get(doc.get_absolute_url()).content.decode()

    # Counts that drifted (a bulk update sends no signal) are on a cached page until recounted.
    DoctorProfile.objects.update(num_published_answers=50)
    assert "50 answers" in client.get(reverse("qa:doctor_list")).content.decode()
    call_command("rebuild_counts", stdout=StringIO())
    doc.refresh_from_db()
    other.refresh_from_db()
    assert (doc.num_published_answers, other.num_published_answers) == (1, 0)
    page = client.get(reverse("qa:doctor_list")).content.decode()
    assert "50 answers" not in page and "1 answer" in page
