"""The topic page with the page cache missed: a fixed, small number of queries, whatever the size of
the topic; its parts that change only with the archive (what else the topic is called, its FAQ
list) cached per topic and language under the archive's stamp, and shown anew after any change to
them, made through the services or the admin."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from qa import cache as qa_cache
from qa import services
from qa.models import Tag, TagAlias
from tests import factories as f
from tests.qa.admin_forms import admin_change, admin_form_data
from tests.qa.test_caching import admin_url

pytestmark = pytest.mark.django_db

EN, ZH = "/tags/urticaria/", "/zh-hant/tags/urticaria/"


@pytest.fixture
def topic():
    tag = f.tag("Urticaria")
    Tag.objects.filter(pk=tag.pk).update(name_zh="蕁麻疹")
    TagAlias.objects.create(tag=tag, name="hives", language="en")
    f.thread(tags=[tag], title="Itchy welts that come and go")
    f.article(tags=[tag], title="Hives explained", dept=f.department())
    tag.refresh_from_db()
    return tag


@pytest.fixture
def staff_client():
    staff = Client()
    staff.force_login(f.user(is_staff=True, is_superuser=True))
    return staff


def page_cache_missed(client, path) -> tuple[str, int]:
    """The page as an anonymous visitor gets it when the page cache does not hold it, and its queries."""
    cache.delete(qa_cache.page_key(path, {}))
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200 and "X-Page-Cache" not in response
    return response.content.decode(), len(ctx.captured_queries)


def grow(tag):
    """A bigger topic: more threads, articles, aliases (the admin would move the archive's stamp)."""
    for n in range(12):
        f.thread(tags=[tag, "acne"], title=f"More welts {n}")
        f.article(tags=[tag], title=f"Urticaria article {n}")
    for name in ("welts", "nettle rash", "風疹塊"):
        TagAlias.objects.create(tag=tag, name=name, language="zh-hant" if name == "風疹塊" else "en")
    qa_cache.archive_changed()


@pytest.mark.parametrize("path", [EN, ZH])
def test_a_cold_topic_page_runs_four_queries_and_two_once_its_parts_are_cached(client, topic, path):
    """Every cache empty: the topic, its threads with their stored cards, its aliases, its FAQ
    articles. With its parts cached (another visitor's page, a signed-in visitor's): two."""
    page_cache_missed(client, path)  # stores the threads' cards

    def counts():
        cache.clear()
        _, cold = page_cache_missed(client, path)
        page, warm = page_cache_missed(client, path)
        return cold, warm, page

    cold, warm, page = counts()
    assert (cold, warm) == (4, 2) and "Hives explained" in page
    grow(topic)
    page_cache_missed(client, path)  # stores the new threads' cards
    cold, warm, page = counts()
    assert (cold, warm) == (4, 2) and "Urticaria article 11" in page


@pytest.mark.parametrize("path", [EN, ZH])
def test_the_cached_parts_are_the_ones_rendered_without_the_cache(client, topic, path):
    grow(topic)
    cache.clear()
    cold, _ = page_cache_missed(client, path)
    warm, queries = page_cache_missed(client, path)
    assert queries == 2 and warm == cold


def test_each_language_has_its_own_parts(client, topic):
    english, _ = page_cache_missed(client, EN)
    chinese, _ = page_cache_missed(client, ZH)
    assert "FAQ articles on Urticaria" in english and 'lang="zh-Hant">蕁麻疹</span>' in english
    assert "蕁麻疹" in chinese and "FAQ articles on Urticaria" not in chinese
    assert 'lang="en">Urticaria</span>' in chinese


def test_the_faq_list_starts_with_the_articles_in_the_pages_language(client, topic):
    f.article(tags=[topic], title="蕁麻疹的照護", language="zh-hant")
    f.article(tags=[topic], title="Welts: when to worry")

    def faq_list(path):
        page, _ = page_cache_missed(client, path)
        return page.split('id="tag-faq-heading"')[1].split("</section>")[0]

    english, chinese = faq_list(EN), faq_list(ZH)
    assert english.index("Hives explained") < english.index("Welts: when to worry") < english.index("蕁麻疹的照護")
    assert chinese.index("蕁麻疹的照護") < chinese.index("Hives explained") < chinese.index("Welts: when to worry")


def _alias_added(topic, staff):
    services.tag_alias_add(tag=topic, name="nettle rash", by=staff)
    return "nettle rash</span>", None


def _alias_removed(topic, staff):
    services.tag_alias_remove(alias=TagAlias.objects.get(key="hives"), by=staff)
    return None, "hives</span>"


def _article_added(topic, staff, admin):
    url = reverse("admin:faq_article_add")
    data = {**admin_form_data(admin, url), "title": ["Urticaria in children"], "slug": ["urticaria-children"],
            "department": [str(f.department().pk)], "summary": ["What parents should know."],
            "tags": [str(topic.pk)], "is_published": ["on"]}
    assert admin.post(url, {**data, "_save": "Save"}).status_code == 302
    return "Urticaria in children", None


def _article_unpublished(topic, staff, admin):
    article = topic.faq_articles.get()
    admin_change(admin, admin_url(article), is_published=[])
    return None, "Hives explained"


def _department_renamed(topic, staff, admin):
    admin_change(admin, admin_url(topic.faq_articles.get().department), name="Skin Allergy Clinic")
    return "(Skin Allergy Clinic)", None


def _topic_renamed(topic, staff, admin):
    admin_change(admin, admin_url(topic), name="Nettle rash disease")
    return "FAQ articles on Nettle rash disease", None


def _thread_published(topic, staff, admin):
    f.thread(tags=[topic], title="Welts after a hot shower")
    return "Welts after a hot shower", None


CHANGES = {
    "alias added": lambda t, s, a: _alias_added(t, s),
    "alias removed": lambda t, s, a: _alias_removed(t, s),
    "article added in the admin": _article_added,
    "article unpublished in the admin": _article_unpublished,
    "department renamed in the admin": _department_renamed,
    "topic renamed in the admin": _topic_renamed,
    "thread published": _thread_published,
}


@pytest.mark.parametrize("change", CHANGES)
def test_the_topic_page_shows_every_change_to_its_parts(client, staff_client, topic, change):
    staff = f.user(is_staff=True)
    for path in (EN, ZH):  # both languages' parts cached, and the page itself
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit"
    before = client.get(EN).content.decode()
    shown, gone = CHANGES[change](topic, staff, staff_client)
    page = client.get(EN).content.decode()
    if shown:
        assert shown not in before and shown in page
    if gone:
        assert gone in before and gone not in page
    if change.startswith(("alias", "article")):  # the Chinese page's parts moved too
        chinese = client.get(ZH).content.decode()
        assert (shown in chinese) if shown else (gone not in chinese)
