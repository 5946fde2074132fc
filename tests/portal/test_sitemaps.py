"""/robots.txt and the sitemaps: only public content, absolute addresses, a few queries per file
whatever the archive's size."""

from datetime import UTC, date, timedelta

import pytest
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from doctors import services as doctor_services
from doctors.models import DoctorProfile
from portal import discovery
from qa import publication, services
from qa.models import DeclineReason, Question, Tag
from tests import factories as f
from tests.portal.discovery import parse_xml

pytestmark = pytest.mark.django_db

SITE = "https://forum.example.org"
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def archive():
    dept = f.department("Dermatology")
    doctor = f.doctor(dept=dept, name="Dr. Mei Lin")
    thread = f.thread(tags=["acne"], title="Spots on my chin", dept=dept, by=doctor)
    pending = f.question(tags=["warts"], title="Pending question", dept=dept)
    declined = f.question(tags=["moles"], title="Declined question", dept=dept)
    services.question_decline(question=declined, doctor=doctor, reason=DeclineReason.NEEDS_EXAM, note="")
    article = f.article(tags=["acne"], title="Acne explained", dept=dept, reviewer=doctor,
                        reviewed_on=date(2026, 3, 14))
    draft = f.article(tags=["acne"], title="Draft article", dept=dept, published=False)
    suspended = f.doctor(dept=dept, name="Dr. Suspended")
    doctor_services.doctor_suspend(profile=suspended, by=f.user(is_staff=True), reason="Check")
    applicant = f.doctor(dept=dept, name="Dr. Applicant", status=DoctorProfile.Status.APPLIED)
    return {"dept": dept, "doctor": doctor, "thread": thread, "pending": pending, "declined": declined,
            "article": article, "draft": draft, "suspended": suspended, "applicant": applicant}


def sitemap(client, url) -> dict[str, str | None]:
    """{location: lastmod} of a sitemap file or index."""
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = parse_xml(response.content)
    assert root.tag in {f"{NS}urlset", f"{NS}sitemapindex"}
    return {e.findtext(f"{NS}loc"): e.findtext(f"{NS}lastmod") for e in root if e.tag in {f"{NS}url", f"{NS}sitemap"}}


def listed(client) -> dict[str, str | None]:
    """Every URL of every file the index lists."""
    urls = {}
    for location in sitemap(client, "/sitemap.xml"):
        assert location.startswith(SITE + "/sitemaps/")
        urls |= sitemap(client, location.removeprefix(SITE))
    return urls


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_private_areas(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for private in ["/my/", "/doctor/", "/staff/", "/admin/", "/accounts/", "/ask/", "/search/", "/api/",
                    "/zh-hant/my/", "/zh-hant/doctor/", "/zh-hant/accounts/", "/zh-hant/search/"]:
        assert f"Disallow: {private}" in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines and f"Sitemap: {SITE}/zh-hant/sitemap.xml" in lines
    assert not any(line in {"Disallow: /", "Disallow: /doctors/", "Disallow: /questions/"} for line in lines)


def test_the_index_lists_each_section_and_the_thread_files(client, archive):
    files = sitemap(client, "/sitemap.xml")
    assert list(files) == [f"{SITE}/sitemaps/{name}.xml" for name in ["static", "faq", "topics", "doctors"]] + [
        f"{SITE}/sitemaps/threads-1.xml"]


def test_the_chinese_sitemaps_list_the_chinese_addresses(client, archive):
    files = sitemap(client, "/zh-hant/sitemap.xml")
    assert all(url.startswith(f"{SITE}/zh-hant/sitemaps/") for url in files)
    threads = sitemap(client, "/zh-hant/sitemaps/threads-1.xml")
    assert threads and all(url.startswith(f"{SITE}/zh-hant/questions/") for url in threads)


def test_only_public_content_is_listed(client, archive):
    urls = listed(client)
    thread = archive["thread"]
    assert SITE + thread.get_absolute_url() in urls
    for question in (archive["pending"], archive["declined"]):
        assert not [url for url in urls if f"/questions/{question.pk}/" in url]
    assert SITE + archive["article"].get_absolute_url() in urls
    assert SITE + archive["draft"].get_absolute_url() not in urls
    assert SITE + archive["doctor"].get_absolute_url() in urls
    assert SITE + archive["suspended"].get_absolute_url() not in urls
    assert SITE + archive["applicant"].get_absolute_url() not in urls
    assert SITE + reverse("portal:tag", args=["acne"]) in urls
    assert SITE + reverse("portal:tag", args=["warts"]) not in urls  # only a pending question has it
    assert SITE + reverse("portal:tag", args=["moles"]) not in urls
    for page in ["/", "/questions/", "/tags/", "/faq/", "/doctors/", archive["dept"].get_absolute_url()]:
        assert SITE + page in urls, page
    assert not [url for url in urls if "/ask/" in url or "/my/" in url or "/search/" in url]


def test_lastmod_follows_the_latest_change(client, archive):
    thread = archive["thread"]
    urls = listed(client)
    reply = thread.answers.get()
    latest = max(thread.published_at, thread.updated_at, reply.updated_at)
    assert urls[SITE + thread.get_absolute_url()] == latest.astimezone(UTC).strftime(
        "%Y-%m-%dT%H:%M:%S+00:00")
    assert urls[SITE + reverse("portal:tag", args=["acne"])].startswith(thread.published_at.strftime("%Y-%m-%d"))
    assert all(lastmod for url, lastmod in urls.items()), urls


def test_thread_files_cover_spans_of_keys(client, archive, monkeypatch):
    monkeypatch.setattr(discovery, "CHUNK", 2)
    threads = [archive["thread"]] + [f.thread(title=f"Thread {n}") for n in range(4)]
    files = [url for url in sitemap(client, "/sitemap.xml") if "/threads-" in url]
    highest = max(q.pk for q in threads)
    assert len(files) == (highest - 1) // 2 + 1
    seen = []
    for n, url in enumerate(files, start=1):
        urls = sitemap(client, url.removeprefix(SITE))
        assert len(urls) <= 2
        pks = [int(u.removeprefix(f"{SITE}/questions/").split("/")[0]) for u in urls]
        assert all((n - 1) * 2 < pk <= n * 2 for pk in pks)
        seen += pks
    assert sorted(seen) == sorted(q.pk for q in threads)
    assert client.get(f"/sitemaps/threads-{len(files) + 1}.xml").status_code == 404


@pytest.mark.parametrize("url", ["/sitemaps/threads-99999.xml", "/sitemaps/threads-0.xml",
                                 "/sitemaps/threads-" + "9" * 30 + ".xml", "/sitemaps/threads-x.xml",
                                 "/sitemaps/nope.xml", "/sitemaps/threads.xml", "/sitemaps/%00.xml"])
def test_unknown_files_are_404(client, archive, url):
    assert client.get(url).status_code == 404


def test_an_empty_archive_has_an_index_without_thread_files(client):
    files = sitemap(client, "/sitemap.xml")
    assert not [url for url in files if "/threads-" in url]
    assert client.get("/sitemaps/threads-1.xml").status_code == 404
    assert sitemap(client, "/sitemaps/topics.xml") == {}


def _grow(archive, n: int):
    dept = archive["dept"]
    now = timezone.now()
    for i in range(n):
        f.thread(tags=[f"topic-{i}"], title=f"More {i}", dept=dept, published_at=now - timedelta(minutes=i),
                 by=f.doctor(dept=dept))
        f.article(tags=[f"topic-{i}"], dept=dept)
        f.question(tags=["acne"], dept=dept)
    f.department("Hair and nails")


def test_each_file_costs_at_most_three_queries_whatever_the_size(client, archive, django_assert_max_num_queries):
    urls = ["/sitemap.xml", "/sitemaps/static.xml", "/sitemaps/faq.xml", "/sitemaps/topics.xml",
            "/sitemaps/doctors.xml", "/sitemaps/threads-1.xml"]

    def counts():
        found = {}
        for url in urls:
            with django_assert_max_num_queries(3) as queries:
                assert client.get(url).status_code == 200
            found[url] = len(queries)
        return found

    small = counts()
    _grow(archive, 6)
    cache.clear()  # count the queries of building each file again, not of the page cache's hits
    assert counts() == small


def test_sitemaps_are_served_from_the_page_cache_until_the_archive_changes(client, archive):
    url = "/sitemaps/threads-1.xml"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    thread = f.thread(title="Newly published")
    fresh = client.get(url)
    assert "X-Page-Cache" not in fresh and f"/questions/{thread.pk}/" in fresh.content.decode()


def test_an_unpublished_thread_leaves_the_sitemap(client, archive):
    thread = archive["thread"]
    assert f"/questions/{thread.pk}/" in client.get("/sitemaps/threads-1.xml").content.decode()
    services.question_unpublish(question=thread, by=f.user(is_staff=True), reason="Test")
    assert Question.objects.published().filter(pk=thread.pk).count() == 0
    assert f"/questions/{thread.pk}/" not in client.get("/sitemaps/threads-1.xml").content.decode()


def test_a_topics_lastmod_is_when_a_thread_last_joined_or_left_it(client, archive):
    acne = SITE + reverse("portal:tag", args=["acne"])
    before = sitemap(client, "/sitemaps/topics.xml")[acne]
    thread = f.thread(tags=["eczema"], title="Itchy elbows")
    after_publication = sitemap(client, "/sitemaps/topics.xml")
    assert after_publication[acne] == before  # another topic's thread
    assert SITE + reverse("portal:tag", args=["eczema"]) in after_publication
    services.question_retag(question=thread, doctor=thread.answers.get().doctor, tags=[f.tag("acne")])
    retagged = sitemap(client, "/sitemaps/topics.xml")
    assert retagged[acne] >= before and SITE + reverse("portal:tag", args=["eczema"]) not in retagged
    assert Tag.objects.get(slug="acne").threads_changed_at >= thread.published_at


def test_rebuilding_the_counts_sets_when_each_topic_last_changed(archive):
    Tag.objects.update(threads_changed_at=None)
    with transaction.atomic():
        publication.recount_all()
    assert Tag.objects.get(slug="acne").threads_changed_at == archive["thread"].published_at
    assert Tag.objects.get(slug="warts").threads_changed_at is None
