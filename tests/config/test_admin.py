"""Staff can open the admin for every model; status fields change only through services."""

import pytest
from django.contrib import admin
from django.urls import reverse

from doctors.models import DoctorProfile
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(f.user(is_staff=True, is_superuser=True))
    return client


def test_every_registered_model_has_working_changelist_and_change_pages(staff_client):
    thread = f.thread(tags=["acne"])
    article = f.article(tags=["acne"])
    objects = {
        "question": thread, "answer": thread.answers.get(), "tag": thread.tags.first(),
        "department": thread.department, "doctorprofile": thread.answers.get().doctor,
        "article": article, "section": article.sections.first(), "reference": article.references.first(),
    }
    for model in admin.site._registry:
        opts = model._meta
        assert staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")).status_code == 200
        obj = objects.get(opts.model_name)
        if obj is not None:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            assert staff_client.get(url).status_code == 200, url


def test_question_status_is_read_only_in_admin(staff_client):
    question = f.question(tags=["acne"])
    url = reverse("admin:qa_question_change", args=[question.pk])
    page = staff_client.get(url).content.decode()
    assert 'name="status"' not in page and 'name="published_at"' not in page


def test_verify_action_goes_through_the_service(staff_client):
    applicant = f.doctor(status=DoctorProfile.Status.APPLIED)
    response = staff_client.post(
        reverse("admin:doctors_doctorprofile_changelist"),
        {"action": "verify_selected", "_selected_action": [applicant.pk]},
        follow=True,
    )
    assert response.status_code == 200
    applicant.refresh_from_db()
    assert applicant.status == DoctorProfile.Status.VERIFIED
    assert applicant.verified_by is not None and applicant.verified_at is not None


def test_admin_requires_staff(client):
    client.force_login(f.user())
    response = client.get(reverse("admin:qa_question_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
