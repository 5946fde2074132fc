"""Every public page names its canonical address (absolute, on SITE_URL, without query junk) and
carries a meta description and Open Graph tags; private pages and missing pages carry none."""

import pytest
from django.urls import reverse, translate_url
from django.utils import translation

from tests import factories as f
from tests.portal.discovery import links, meta

pytestmark = pytest.mark.django_db

SITE = "https://forum.example.org"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def archive():
    dept = f.department("Dermatology")
    doctor = f.doctor(dept=dept, name="Dr. Mei Lin")
    thread = f.thread(tags=["acne"], title="Spots on my chin", dept=dept, by=doctor)
    article = f.article(tags=["acne"], title="Acne explained", dept=dept, reviewer=doctor)
    return {"dept": dept, "doctor": doctor, "thread": thread, "article": article}


def public_pages(archive):
    """(path, og:type, og:title) of each public page type."""
    return [
        (reverse("portal:home"), "website", "SkinAnswers: ask a dermatologist"),
        (reverse("qa:question_list"), "website", "Answered questions"),
        (archive["dept"].get_absolute_url(), "website", "Dermatology questions"),
        (reverse("qa:tag_list"), "website", "Topics"),
        (reverse("portal:tag", args=["acne"]), "website", "acne"),
        (archive["thread"].get_absolute_url(), "article", "Spots on my chin"),
        (reverse("portal:search") + "?q=spots", "website", "Search: spots"),
        (reverse("faq:article_list"), "website", "FAQ: health articles reviewed by doctors"),
        (archive["article"].get_absolute_url(), "article", "Acne explained"),
        (reverse("qa:doctor_list"), "website", "Our doctors"),
        (archive["doctor"].get_absolute_url(), "profile", "Dr. Mei Lin"),
    ]


def test_every_public_page_has_an_absolute_canonical_address_and_open_graph_tags(client, archive):
    for path, og_type, title in public_pages(archive):
        html = client.get(path).content.decode()
        canonical = links(html, "canonical")
        assert [link["href"] for link in canonical] == [SITE + path], path
        tags = meta(html)
        assert tags["og:url"] == SITE + path, path
        assert tags["og:type"] == og_type, path
        assert tags["og:title"] == title, path
        assert tags["og:site_name"] == "SkinAnswers", path
        assert tags["og:description"].strip() and tags["description"].strip(), path
        assert tags["og:description"] == tags["description"], path


@pytest.mark.parametrize("language", ["en", "zh-hant"])
def test_the_language_versions_are_the_addresses_django_translates_to(client, archive, language):
    """portal.context_processors reverses the page's own resolved address in each language rather
    than resolving it again (django.urls.translate_url): the same addresses, query included."""
    prefix = "/zh-hant" if language == "zh-hant" else ""
    for path, _og_type, _title in public_pages(archive):
        for query in ("", "?before=123-4&utm_source=x"):
            html = client.get(prefix + path + query).content.decode()
            canonical = links(html, "canonical")[0]["href"].replace("&amp;", "&")
            with translation.override(language):
                expected = {code: translate_url(canonical, code) for code in ("en", "zh-hant")}
            alternates = {link["hreflang"]: link["href"].replace("&amp;", "&") for link in links(html, "alternate")
                          if "hreflang" in link}
            assert alternates == {"en": expected["en"], "zh-Hant": expected["zh-hant"], "x-default": expected["en"]}
            assert alternates["zh-Hant"].startswith(f"{SITE}/zh-hant/"), path


def test_descriptions_are_the_public_copy_of_the_page(client, archive):
    tags = meta(client.get(archive["thread"].get_absolute_url()).content.decode())
    assert tags["description"] == "Red itchy spots on my back for two weeks."
    tags = meta(client.get(archive["article"].get_absolute_url()).content.decode())
    assert tags["og:description"] == "A short summary."


def test_the_canonical_address_drops_query_junk_and_keeps_the_page_cursor(client, archive):
    html = client.get(reverse("qa:question_list"), {"utm_source": "x", "before": "123-4"}).content.decode()
    assert links(html, "canonical")[0]["href"] == f"{SITE}/questions/?before=123-4"
    html = client.get(archive["thread"].get_absolute_url(), {"utm_source": "mail"}).content.decode()
    assert links(html, "canonical")[0]["href"] == SITE + archive["thread"].get_absolute_url()
    html = client.get(reverse("portal:search"), {"q": "a&b", "page": "2", "fbclid": "z"}).content.decode()
    assert links(html, "canonical")[0]["href"] == f"{SITE}/search/?page=2&amp;q=a%26b"


def test_private_and_missing_pages_have_no_canonical_address(client, archive):
    patient = f.patient()
    client.force_login(patient)
    for path in [reverse("qa:ask"), reverse("qa:my_questions"), "/tags/nope/", "/no-such-page/"]:
        html = client.get(path).content.decode()
        assert not links(html, "canonical") and "og:url" not in meta(html), path


def test_pages_link_their_feeds(client, archive):
    cases = {
        reverse("portal:home"): "/feeds/",
        reverse("qa:question_list"): "/feeds/",
        archive["dept"].get_absolute_url(): f"/feeds/departments/{archive['dept'].slug}/",
        reverse("portal:tag", args=["acne"]): "/feeds/tags/acne/",
    }
    for path, feed in cases.items():
        html = client.get(path).content.decode()
        assert [link["href"] for link in links(html, "alternate")
                if link.get("type") == "application/rss+xml"] == [feed]
        assert [link["href"] for link in links(html, "alternate")
                if link.get("type") == "application/atom+xml"] == [feed + "atom/"]
