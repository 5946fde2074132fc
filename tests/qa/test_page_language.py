"""qa's pages in the reader's language: what follows the active language without the translation
catalogue (the triage wording lives with the rules in both languages), and what stays English."""

import pytest
from django.urls import reverse

from qa.models import Question
from tests import factories as f

pytestmark = pytest.mark.django_db
ASK = reverse("qa:ask")
ZH_ASK = f"/zh-hant{ASK}"  # the Chinese page


@pytest.fixture
def patient_client(client):
    client.force_login(f.patient(pseudonym="Rosa"))
    return client


def test_the_warning_signs_to_tick_are_in_the_language_of_the_page(patient_client):
    english = patient_client.get(ASK).content.decode()
    assert "Trouble breathing or swallowing" in english and "呼吸或吞嚥困難" not in english
    chinese = patient_client.get(ZH_ASK).content.decode()
    assert "呼吸或吞嚥困難" in chinese and "Trouble breathing or swallowing" not in chinese


def test_on_a_chinese_page_an_emergency_written_in_english_gets_the_notice_in_chinese(patient_client):
    data = f.ask_data(action="preview", body="Since an hour my lips are swelling and my tongue feels swollen.")
    page = patient_client.post(ZH_ASK, data).content.decode()
    assert "這可能是緊急狀況" in page and "119" in page
    assert not Question.objects.exists()


def test_on_an_english_page_the_notice_follows_the_text(patient_client):
    english = patient_client.post(ASK, f.ask_data(
        action="preview", body="Since an hour my lips are swelling and my tongue feels swollen.")).content.decode()
    assert "This may be an emergency" in english and "這可能是緊急狀況" not in english
    chinese = patient_client.post(ASK, f.ask_data(
        action="preview", title="全身水泡", body="我兒子吃了新的抗癲癇藥兩週，現在全身起水泡、嘴巴破很多洞，眼睛也紅。",
        tried="")).content.decode()
    assert 'lang="zh-hant"' in chinese and "急診" in chinese


def test_the_ticked_signs_are_accepted_whatever_the_page_language(patient_client):
    page = patient_client.post(ZH_ASK, f.ask_data(action="preview", warning_signs=["breathing"])).content.decode()
    assert "這可能是緊急狀況" in page
