"""An answer has a short reply and an optional longer explanation shown under "More Info": offered
with preview on the answer form, sanitized, scanned for personal details, indexed, editable."""

import pytest
from django.test import Client
from django.urls import reverse

from qa import services
from qa.models import Answer, SearchDocument
from tests import factories as f

pytestmark = pytest.mark.django_db

REPLY = "This looks like **pityriasis rosea**. It fades by itself."
MORE = "Pityriasis rosea starts with one *herald patch*.\n\n<script>alert(1)</script>Call me on 0912-345-678."


def doctor_client(question):
    doctor = f.doctor(dept=question.department)
    services.question_claim(question=question, doctor=doctor)
    client = Client()
    client.force_login(doctor.user)
    return client, doctor


def test_preview_then_publish_shows_more_info_under_the_reply_sanitized_and_redacted():
    question = f.question(tags=["rash"])
    client, _doctor = doctor_client(question)
    url = reverse("qa:answer", args=[question.pk])
    preview = client.post(url, {"body": REPLY, "more_info": MORE, "action": "preview"}).content.decode()
    assert "<em>herald patch</em>" in preview and "<script>alert(1)" not in preview
    assert '<mark class="personal-detail">0912-345-678</mark>' in preview

    assert client.post(url, {"body": REPLY, "more_info": MORE, "action": "publish"}).status_code == 302
    answer = Answer.objects.get(question=question)
    assert answer.typed("more_info") == MORE.strip() and "0912-345-678" not in answer.more_info
    page = Client().get(question.get_absolute_url()).content.decode()
    reply = page.split('class="card-body answer-body"')[1]
    assert reply.index("pityriasis rosea") < reply.index(">More Info</h3>") < reply.index("<em>herald patch</em>")
    assert "<script>alert(1)" not in page
    assert "0912-345-678" not in page and "[phone number removed]" in page
    assert "herald" in SearchDocument.objects.get(question=question).answer


def test_an_answer_without_more_info_has_no_more_info_heading():
    thread = f.thread(tags=["rash"])
    assert ">More Info</h3>" not in Client().get(thread.get_absolute_url()).content.decode()


def test_editing_keeps_the_previous_more_info_as_a_revision():
    question = f.question(tags=["rash"])
    _client, doctor = doctor_client(question)
    answer = services.answer_publish(question=question, doctor=doctor, body=REPLY, more_info="First explanation.")
    services.answer_edit(answer=answer, by=doctor.user, body=REPLY, more_info="Better explanation.")
    answer.refresh_from_db()
    assert answer.more_info == "Better explanation." and "Better explanation." in answer.more_info_html
    assert answer.revisions.get().more_info == "First explanation."
    # Editing only the reply (more_info=None) leaves More Info as it is.
    services.answer_edit(answer=answer, by=doctor.user, body="Shorter reply.")
    answer.refresh_from_db()
    assert answer.more_info == "Better explanation."
