"""Staff can open the admin for every model; status fields change only through services."""

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from doctors.models import DoctorProfile
from tests import factories as f
from tests.qa.admin_forms import admin_change, admin_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client():
    client = Client()
    client.staff = f.user(is_staff=True, is_superuser=True)
    client.force_login(client.staff)
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


def test_an_answer_edited_in_the_admin_is_saved_as_the_doctors_own_edits_are(client, staff_client):
    """A revision keeps the previous text, the audit log names the staff member, search and the
    cached search pages follow; the answer's doctor and date cannot be changed there."""
    from qa.models import AnswerRevision, QuestionEvent
    from qa.search import search_threads

    thread = f.thread(tags=["acne"], title="Painful cysts along the jawline", answer_body="Hormonal acne is likely.")
    answer = thread.answers.get()
    url = reverse("admin:qa_answer_change", args=[answer.pk])
    search = reverse("portal:search")
    assert "Painful cysts" in client.get(search, {"q": "hormonal"}).content.decode()  # cached pages
    assert "Painful cysts" not in client.get(search, {"q": "isotretinoin"}).content.decode()
    form = admin_form_data(staff_client, url)
    assert set(form) == {"csrfmiddlewaretoken", "body", "more_info"}  # question, doctor and dates are read-only

    admin_change(staff_client, url, body="Consider **isotretinoin**.")
    staff_client.post(url, {"body": "Consider **isotretinoin**.", "doctor": f.doctor().pk, "_save": "Save"})

    answer.refresh_from_db()
    assert answer.body == "Consider **isotretinoin**." and "<strong>isotretinoin</strong>" in answer.body_html
    assert answer.summary == "Consider isotretinoin."
    assert answer.doctor == thread.answers.get().doctor and answer.answered_at == thread.published_at
    [revision] = AnswerRevision.objects.filter(answer=answer)  # the second, unchanged save made none
    assert (revision.body, revision.edited_by, revision.editor_name) == (
        "Hormonal acne is likely.", staff_client.staff, staff_client.staff.username)
    [event] = QuestionEvent.objects.filter(action=QuestionEvent.Action.EDIT_ANSWER)
    assert (event.question_id, event.actor, event.doctor_id) == (thread.pk, staff_client.staff, answer.doctor_id)

    assert [hit.question.pk for hit in search_threads("isotretinoin").hits] == [thread.pk]
    assert search_threads("hormonal").total == 0
    assert "Painful cysts" in client.get(search, {"q": "isotretinoin"}).content.decode()
    assert "Painful cysts" not in client.get(search, {"q": "hormonal"}).content.decode()
    assert "<strong>isotretinoin</strong>" in client.get(thread.get_absolute_url()).content.decode()


def test_answers_cannot_be_added_or_deleted_in_the_admin(staff_client):
    thread = f.thread(tags=["acne"])
    answer = thread.answers.get()
    assert staff_client.get(reverse("admin:qa_answer_add")).status_code == 403
    response = staff_client.post(reverse("admin:qa_answer_delete", args=[answer.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert thread.answers.get() == answer


def test_the_answer_of_an_unpublished_thread_is_read_only_in_the_admin(staff_client):
    from qa.models import Answer
    from qa.services import question_unpublish

    thread = f.thread(answer_body="The original reply.")
    question_unpublish(question=thread, by=f.user(is_staff=True))
    answer = Answer.objects.get(question=thread)
    url = reverse("admin:qa_answer_change", args=[answer.pk])

    page = staff_client.get(url)
    assert page.status_code == 200
    assert 'name="body"' not in page.content.decode()  # shown, not editable
    refused = staff_client.post(url, {"body": "Changed while unpublished."})
    assert refused.status_code == 403
    answer.refresh_from_db()
    assert answer.body == "The original reply."
    assert not answer.revisions.exists()


def test_the_admin_edits_an_answer_as_its_doctor_typed_it(staff_client):
    """The form shows the text as typed (not the public copy with its placeholders), and a staff
    correction keeps the detail private while the public copy stays redacted."""
    from qa.models import AnswerRevision

    reply = "Call our clinic on 02-2312-3456 to book."
    thread = f.thread(tags=["acne"], answer_body=reply)
    answer = thread.answers.get()
    assert "[phone number removed]" in answer.body
    url = reverse("admin:qa_answer_change", args=[answer.pk])
    assert admin_form_data(staff_client, url)["body"] == [reply]

    admin_change(staff_client, url, body=reply + " Bring your old prescriptions.")
    answer.refresh_from_db()
    assert answer.typed("body") == reply + " Bring your old prescriptions."
    assert "02-2312-3456" not in answer.body + answer.body_html
    assert AnswerRevision.objects.get(answer=answer).body == reply
