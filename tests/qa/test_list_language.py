"""The lists narrowed to the threads written in one language (``?language=``): the archive, a
department and a topic; kept from page to page; cached apart; anything else lists every thread."""

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    dermatology = f.department("Dermatology")
    f.thread(tags=["eczema"], dept=dermatology, title="Itchy patches behind my knees")
    f.thread(tags=["eczema"], dept=dermatology, title="手肘內側紅癢脫皮", body="手肘內側又紅又癢，已經三個月了。")
    f.thread(tags=["acne"], dept=dermatology, title="臉頰一直冒痘痘", body="兩頰一直冒出紅色的痘痘。")
    return dermatology


def titles(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("url", ["/questions/", "/departments/dermatology/", "/tags/eczema/", "/zh-hant/questions/"])
def test_a_list_narrowed_to_chinese_shows_only_the_chinese_threads(client, archive, url):
    chinese = titles(client, f"{url}?language=zh-hant")
    english = titles(client, f"{url}?language=en")
    everything = titles(client, url)
    assert "手肘內側紅癢脫皮" in chinese and "Itchy patches behind my knees" not in chinese
    assert "Itchy patches behind my knees" in english and "手肘內側紅癢脫皮" not in english
    assert "手肘內側紅癢脫皮" in everything and "Itchy patches behind my knees" in everything
    assert 'aria-current="page" href="?language=zh-hant"' in chinese
    assert 'aria-current="page" href="?">' in everything


@pytest.mark.parametrize("value", ["fr", "zh", "ZH-HANT", "", "%00", "zh-hant%0A"])
def test_any_other_value_lists_every_thread(client, archive, value):
    page = titles(client, f"/questions/?language={value}")
    assert "手肘內側紅癢脫皮" in page and "Itchy patches behind my knees" in page


def test_the_language_is_kept_from_page_to_page(client, archive, settings):
    settings.QA_PAGE_SIZE = 1
    first = titles(client, "/questions/?language=zh-hant")
    assert "臉頰一直冒痘痘" in first  # the newest Chinese thread
    older = first.split('rel="next"')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    assert older.startswith("?before=") and older.endswith("&language=zh-hant")
    second = titles(client, f"/questions/{older}")
    assert "手肘內側紅癢脫皮" in second and "Itchy patches behind my knees" not in second
    newest = second.split(">Newest<")[0].rsplit('href="', 1)[1].split('"')[0]
    assert newest == "?language=zh-hant"


def test_each_language_is_cached_apart_and_the_canonical_address_keeps_it(client, archive):
    assert "Itchy patches behind my knees" in titles(client, "/questions/")
    chinese = client.get("/questions/?language=zh-hant&utm_source=x")
    page = chinese.content.decode()
    assert "Itchy patches behind my knees" not in page
    canonical = page.split('rel="canonical" href="')[1].split('"')[0]
    assert canonical.endswith("/questions/?language=zh-hant")  # the parameter the page reads, only
    again = client.get("/questions/?language=zh-hant")
    assert again["X-Page-Cache"] == "hit" and again.content == chinese.content  # the utm_ one's entry
    assert "Itchy patches behind my knees" in titles(client, reverse("qa:question_list"))


def test_the_chinese_home_links_the_chinese_threads_and_the_english_one_does_not(client, archive):
    chinese = titles(client, "/zh-hant/")
    assert '<a href="/zh-hant/questions/?language=zh-hant">只看中文撰寫的問答</a>' in chinese
    assert "?language=" not in titles(client, "/")
