"""What people write knows its language: detected when written, changeable by its author (the
asker for a question, the doctor for a reply); topics are found by any of their names."""

import pytest
from django.test import Client
from django.urls import reverse

from qa import services
from qa.models import Answer, Question, TagAlias
from tests import factories as f

pytestmark = pytest.mark.django_db
ASK = reverse("qa:ask")


@pytest.fixture
def patient_client(client):
    client.force_login(f.patient())
    return client


def test_a_question_written_in_chinese_is_recorded_as_chinese(patient_client):
    data = f.ask_data(action="submit", title="手肘內側一直很癢", body="小孩的手肘內側紅紅的，一直抓，已經兩個月了。",
                      tried="擦過乳液。")
    assert patient_client.post(ASK, data).status_code == 302
    assert Question.objects.get().language == "zh-hant"


def test_the_asker_can_say_which_language_their_question_is_in(patient_client):
    data = f.ask_data(action="submit", body="Eczema 在手上，很癢 but mostly at night and worse after washing dishes.",
                      language="en")
    assert patient_client.post(ASK, data).status_code == 302
    assert Question.objects.get().language == "en"


def test_an_unknown_language_is_a_form_error_and_nothing_typed_is_lost(patient_client):
    response = patient_client.post(ASK, f.ask_data(action="submit", language="klingon"))
    assert response.status_code == 400 and not Question.objects.exists()
    assert "Red scaly patches on both elbows" in response.content.decode()


def test_the_asker_may_name_a_topic_by_any_of_its_names(patient_client):
    hives = f.tag("Urticaria")
    TagAlias.objects.create(tag=hives, name="風疹塊", language="zh-hant")
    TagAlias.objects.create(tag=hives, name="hives", language="en")
    assert patient_client.post(ASK, f.ask_data(action="submit", more_tags="Hives, 風疹塊")).status_code == 302
    assert list(Question.objects.get().tags.all()) == [hives]


def test_the_doctor_sets_the_language_of_the_reply_and_its_section_headings_follow_it():
    question = f.question(tags=["rash"])
    doctor = f.doctor(dept=question.department)
    services.question_claim(question=question, doctor=doctor)
    client = Client()
    client.force_login(doctor.user)
    response = client.post(reverse("qa:answer", args=[question.pk]), {
        "body": "這是玫瑰糠疹，通常六到八週會自己消退。", "what_now": "洗澡用溫水，不要用力搓。", "action": "publish",
        "question_language": "zh-hant",  # the doctor corrects the question's detected language
    })
    assert response.status_code == 302
    answer = Answer.objects.get(question=question)
    assert answer.language == "zh-hant" and Question.objects.get(pk=question.pk).language == "zh-hant"
    assert "### What you can do now" not in answer.body  # the heading in the reply's language
    edit = reverse("qa:edit_answer", args=[answer.pk])
    assert client.post(edit, {"body": answer.body, "more_info": "", "language": "en"}).status_code == 302
    assert Answer.objects.get(pk=answer.pk).language == "en"
