"""Which language a page is in: the address (/zh-hant/…), the switcher's cookie, the account's
setting, the browser's Accept-Language; and what is kept per language (stored renderings)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.utils import translation

from accounts.languages import detect, html_lang
from portal.models import StoredThreadPage
from qa.models import StoredThreadCard
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread():
    return f.thread(tags=["acne"], title="Spots on my chin")


def test_a_browser_asking_for_taiwanese_chinese_is_sent_to_the_chinese_page(client):
    response = client.get("/questions/?page=2", HTTP_ACCEPT_LANGUAGE="zh-TW,zh;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/zh-hant/questions/?page=2"
    assert "Accept-Language" in response["Vary"]
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("header", ["", "en-GB,en;q=0.8", "fr-FR", "en,zh-TW;q=0.9"])
def test_others_and_crawlers_stay_on_the_english_page(client, header):
    response = client.get("/questions/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 200
    assert "Accept-Language" in response["Vary"]


def test_the_chinese_address_is_chinese_whatever_the_browser_asks(client):
    response = client.get("/zh-hant/questions/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response.wsgi_request.LANGUAGE_CODE == "zh-hant"


def test_machine_addresses_are_never_redirected(client):
    for path in ("/api/v1/topics", "/healthz", "/favicon.ico"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="zh-TW")
        assert response.status_code in (200, 204, 302), path
        assert "/zh-hant/" not in response.get("Location", ""), path


def test_the_switcher_keeps_the_choice_in_a_cookie_and_it_sticks(client):
    response = client.post("/language/", {"language": "zh-hant", "next": "/questions/"})
    assert response.status_code == 302 and response["Location"] == "/zh-hant/questions/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hant"
    # the next unprefixed visit goes to Chinese even though the browser asks for English
    assert client.get("/questions/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/zh-hant/questions/"
    # and back: English chosen, a browser asking for Chinese stays in English
    response = client.post("/language/", {"language": "en", "next": "/zh-hant/questions/"})
    assert response["Location"] == "/questions/"
    assert client.get("/questions/", HTTP_ACCEPT_LANGUAGE="zh-TW").status_code == 200


def test_the_switcher_is_post_only_and_ignores_foreign_next_addresses(client):
    assert client.get("/language/?language=zh-hant").status_code == 405
    response = client.post("/language/", {"language": "zh-hant", "next": "https://evil.example/"})
    assert response.status_code == 302 and "evil" not in response["Location"]


def test_a_signed_in_users_choice_is_kept_in_their_account(client):
    patient = f.patient()
    client.force_login(patient)
    client.post("/language/", {"language": "zh-hant", "next": "/"})
    patient.refresh_from_db()
    assert patient.language == "zh-hant"
    # on another device (no cookie), the account's language applies
    other = type(client)()
    other.force_login(patient)
    assert other.get("/questions/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/zh-hant/questions/"


def test_an_unknown_language_changes_nothing(client):
    patient = f.patient()
    client.force_login(patient)
    client.post("/language/", {"language": "xx", "next": "/"})
    patient.refresh_from_db()
    assert patient.language == "" and settings.LANGUAGE_COOKIE_NAME not in client.cookies


def test_each_language_has_its_own_stored_thread_parts_and_cards(client, thread):
    assert client.get(thread.get_absolute_url()).status_code == 200
    assert client.get(f"/zh-hant{thread.get_absolute_url()}").status_code == 200
    assert set(StoredThreadPage.objects.filter(question=thread).values_list("language", flat=True)) == {"en", "zh-hant"}
    zh = StoredThreadPage.objects.get(question=thread, language="zh-hant")
    assert 'href="/zh-hant/tags/acne/"' in zh.body_html  # its links stay in Chinese
    client.get("/zh-hant/questions/")
    client.get("/questions/")
    assert set(StoredThreadCard.objects.filter(question=thread).values_list("language", flat=True)) == {"en", "zh-hant"}
    assert 'href="/zh-hant/questions/' in StoredThreadCard.objects.get(question=thread, language="zh-hant").html


@pytest.mark.parametrize(("text", "language"), [
    ("Itchy red spots on my arms for two weeks", "en"),
    ("我的手臂上有很多紅色的癢疹，已經兩個星期了", "zh-hant"),
    ("手上長了 eczema 怎麼辦", "zh-hant"),
    ("Is 12345 normal?", "en"),
    ("", "en"),
])
def test_the_language_of_a_text_is_detected(text, language):
    assert detect(text) == language


def test_questions_and_answers_record_the_language_they_are_written_in():
    thread = f.thread(title="手肘內側很癢", body="小孩手肘內側紅紅的、一直抓，晚上睡不好。",
                      answer_body="這看起來像異位性皮膚炎，請每天擦保濕乳液。")
    assert thread.language == "zh-hant"
    assert thread.answers.get().language == "zh-hant"
    assert f.thread().language == "en"


def test_html_lang_is_bcp47():
    assert html_lang("zh-hant") == "zh-Hant" and html_lang("en") == "en"


def test_a_signed_in_users_switch_needs_the_csrf_token_an_anonymous_one_does_not():
    from django.test import Client

    anonymous = Client(enforce_csrf_checks=True)
    assert anonymous.post("/language/", {"language": "zh-hant", "next": "/"}).status_code == 302
    patient = f.patient()
    signed_in = Client(enforce_csrf_checks=True)
    signed_in.force_login(patient)
    assert signed_in.post("/language/", {"language": "zh-hant", "next": "/"}).status_code == 403
    patient.refresh_from_db()
    assert patient.language == ""
    page = signed_in.get("/questions/").content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    data = {"language": "zh-hant", "next": "/", "csrfmiddlewaretoken": token}
    assert signed_in.post("/language/", data).status_code == 302
    patient.refresh_from_db()
    assert patient.language == "zh-hant"


def test_every_page_names_its_language_and_offers_the_other(client, thread):
    with translation.override("en"):
        path = thread.get_absolute_url()
    english = client.get(path).content.decode()
    assert english.startswith('<!doctype html>\n<html lang="en">')
    assert ('<button type="submit" name="language" value="zh-hant" lang="zh-Hant" '
            'class="btn btn-link btn-sm p-0 align-baseline">繁體中文</button>') in english
    chinese = client.get(f"/zh-hant{path}").content.decode()
    assert chinese.startswith('<!doctype html>\n<html lang="zh-Hant">')
    assert ('<button type="submit" name="language" value="en" lang="en" '
            'class="btn btn-link btn-sm p-0 align-baseline">English</button>') in chinese  # each named in itself
    for page in (english, chinese):
        assert f'<link rel="alternate" hreflang="zh-Hant" href="{settings.SITE_URL}/zh-hant{path}">' in page
        assert f'<link rel="alternate" hreflang="en" href="{settings.SITE_URL}{path}">' in page
        assert f'<link rel="alternate" hreflang="x-default" href="{settings.SITE_URL}{path}">' in page
    assert "csrfmiddlewaretoken" not in english  # shared by the page cache: nothing personal


def test_a_chinese_accept_language_gets_a_fully_chinese_page(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-TW", follow=True)
    page = response.content.decode()
    assert response.redirect_chain == [("/zh-hant/", 302)]
    with translation.override("zh-hant"):
        ask = translation.gettext("Ask a doctor")
    assert '<html lang="zh-Hant">' in page and ask != "Ask a doctor" and ask in page


def test_the_answer_email_is_in_the_askers_language_with_a_link_to_the_chinese_page(mailoutbox):
    asker = f.patient()
    asker.language = "zh-hant"
    asker.save(update_fields=["language"])
    thread = f.thread(asker=asker, title="Itchy elbows")  # written in English, read in Chinese
    mail = mailoutbox[-1]
    with translation.override("zh-hant"):
        answered = str(thread.notifications.get().get_kind_display())
    assert answered in mail.subject and answered != "answered"
    assert f"/zh-hant/questions/{thread.pk}/" in mail.body
