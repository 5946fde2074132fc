"""Doctors: applying, verification and the staff's decisions, each recorded as a VerificationEvent."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from doctors.models import DoctorProfile, VerificationEvent, verified_doctor_of
from doctors.services import doctor_verify
from qa.models import Question
from qa.services import answer_publish, question_claim
from tests import factories as f

pytestmark = pytest.mark.django_db

Status = DoctorProfile.Status


@pytest.fixture
def dept():
    return f.department("Dermatology")


@pytest.mark.parametrize("status", Status.values)
def test_doctors_alone_says_who_is_verified_and_qa_follows_it(status, dept):
    """``verified_doctor_of`` is the one definition; qa's rules (who may open a question of the
    department, who may claim it) give the same answer for every status."""
    profile = f.doctor(status=status, dept=dept)
    question = f.question(dept=dept, tags=["acne"])
    verified = status == Status.VERIFIED

    assert (verified_doctor_of(profile.user) == profile) is verified
    assert (verified_doctor_of(profile.user) is None) is not verified
    assert Question.objects.for_viewer(profile.user).filter(pk=question.pk).exists() is verified
    if verified:
        question_claim(question=question, doctor=profile)
    else:
        with pytest.raises(ValidationError) as refused:
            question_claim(question=question, doctor=profile)
        assert refused.value.code == "doctor_not_verified"


def test_verified_doctor_of_is_none_for_visitors_and_users_without_a_profile():
    from django.contrib.auth.models import AnonymousUser

    assert verified_doctor_of(AnonymousUser()) is None
    assert verified_doctor_of(None) is None
    assert verified_doctor_of(f.patient()) is None


def test_verify_records_who_and_when_and_enables_answering():
    staff = f.user(is_staff=True)
    applicant = f.doctor(status=Status.APPLIED)
    question = f.question(tags=["acne"])
    with pytest.raises(ValidationError):
        question_claim(question=question, doctor=applicant)

    doctor_verify(profile=applicant, verified_by=staff)

    applicant.refresh_from_db()
    assert applicant.status == Status.VERIFIED
    assert applicant.verified_by == staff and applicant.verified_at is not None
    event = VerificationEvent.objects.get(doctor=applicant)
    assert (event.action, event.actor, event.actor_name) == (VerificationEvent.Action.VERIFY, staff, staff.username)
    question_claim(question=question, doctor=applicant)
    answer_publish(question=question, doctor=applicant, body="Now I may answer")
    question.refresh_from_db()
    assert question.is_published


def test_suspended_doctor_cannot_be_verified_again():
    suspended = f.doctor(status=Status.SUSPENDED)
    with pytest.raises(ValidationError) as refused:
        doctor_verify(profile=suspended, verified_by=f.user(is_staff=True))
    assert refused.value.code == "bad_transition"
    suspended.refresh_from_db()
    assert suspended.status == Status.SUSPENDED
    assert not VerificationEvent.objects.filter(doctor=suspended).exists()


def test_apply_verify_reject_suspend_reinstate_and_suspension_is_immediate(client, dept):
    applicant = f.patient()
    client.force_login(applicant)
    data = {"full_name": "Ana Reyes", "department": dept.pk, "licence_number": "LIC-42", "hospital": "City Clinic"}
    assert client.post(reverse("doctors:apply"), data).status_code == 302
    profile = DoctorProfile.objects.get(user=applicant)
    assert profile.display_name == "Dr. Ana Reyes" and profile.status == "applied"
    assert client.get(reverse("qa:queue")).status_code == 403
    assert "awaiting review" in client.get(reverse("doctors:apply")).content.decode()

    staff = f.user(is_staff=True)
    staff_client = Client()
    staff_client.force_login(staff)
    assert "LIC-42" in staff_client.get(reverse("doctors:staff_doctors")).content.decode()
    staff_client.post(reverse("doctors:staff_decide", args=[profile.pk, "verify"]))
    profile.refresh_from_db()
    assert profile.status == "verified" and profile.verified_by == staff
    assert client.get(reverse("qa:queue"))["Location"] == reverse("mfa_activate_totp")  # two-factor first
    f.with_totp(applicant)
    assert client.get(reverse("qa:queue")).status_code == 200

    staff_client.post(reverse("doctors:staff_decide", args=[profile.pk, "suspend"]), {"reason": ""})
    profile.refresh_from_db()
    assert profile.status == "verified"  # a suspension needs a reason
    staff_client.post(reverse("doctors:staff_decide", args=[profile.pk, "suspend"]), {"reason": "Licence lapsed"})
    assert client.get(reverse("qa:queue")).status_code == 403  # the open session lost access at once
    staff_client.post(reverse("doctors:staff_decide", args=[profile.pk, "reinstate"]))
    assert client.get(reverse("qa:queue")).status_code == 200
    events = list(VerificationEvent.objects.filter(doctor=profile).order_by("created_at", "pk"))
    assert [e.action for e in events] == ["apply", "verify", "suspend", "reinstate"]
    assert [e.actor for e in events] == [applicant, staff, staff, staff]
    assert events[2].detail == "Licence lapsed"

    other = f.doctor(status="applied", dept=dept)
    staff_client.post(reverse("doctors:staff_decide", args=[other.pk, "reject"]), {"reason": "Licence not found"})
    other.refresh_from_db()
    assert other.status == "rejected" and other.decision_note == "Licence not found"
    rejected = VerificationEvent.objects.get(doctor=other)
    assert (rejected.action, rejected.actor, rejected.detail) == ("reject", staff, "Licence not found")


def test_faq_review_by_a_doctor_of_the_department_and_stale_notice(client, dept):
    article = f.article(dept=dept, title="Old article", reviewed_on=date(2020, 1, 1))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "has not been reviewed by a doctor for more than a year" in page

    other = f.doctor(dept=f.department("Pediatric Dermatology"))
    client.force_login(other.user)
    assert client.post(reverse("faq:article_reviewed", args=[article.slug])).status_code == 403

    doctor = f.doctor(dept=dept, name="Dr. Reviewer")
    client.force_login(doctor.user)
    assert "I have reviewed this article today" in client.get(article.get_absolute_url()).content.decode()
    assert client.post(reverse("faq:article_reviewed", args=[article.slug])).status_code == 302
    article.refresh_from_db()
    assert article.reviewed_by == doctor and article.last_reviewed_on == timezone.localdate()
    assert "more than a year" not in client.get(article.get_absolute_url()).content.decode()


def test_signed_out_the_apply_page_says_how_to_apply_and_applying_needs_an_account(client):
    page = client.get(reverse("doctors:apply"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Create an account to apply" in html and f"?next={reverse('doctors:apply')}" in html
    assert "<form method=\"post\" novalidate>" not in html
    assert client.post(reverse("doctors:apply"), {"full_name": "Ann Lee"}).status_code == 403
