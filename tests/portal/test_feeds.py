"""RSS and Atom feeds of the latest answered threads: site-wide, per department, per topic."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from qa import services
from qa.feeds import FEED_ITEMS
from qa.models import DeclineReason
from tests import factories as f
from tests.portal.discovery import parse_xml

pytestmark = pytest.mark.django_db

SITE = "https://forum.example.org"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def archive():
    dept = f.department("Dermatology")
    other = f.department("Pediatric dermatology")
    thread = f.thread(tags=["acne"], title="Spots on my chin", dept=dept)
    elsewhere = f.thread(tags=["warts"], title="A wart on my finger", dept=other)
    pending = f.question(tags=["acne"], title="Pending question about acne", dept=dept)
    declined = f.question(tags=["acne"], title="Declined question about acne", dept=dept)
    doctor = f.doctor(dept=dept)
    services.question_decline(question=declined, doctor=doctor, reason=DeclineReason.NEEDS_EXAM, note="")
    return {"dept": dept, "thread": thread, "elsewhere": elsewhere, "pending": pending, "declined": declined}


def rss_items(client, url) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response.content).find("channel")
    assert channel.findtext("link").startswith(SITE)
    return [{child.tag: child.text for child in item} for item in channel.iter("item")]


def atom_entries(client, url) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    feed = parse_xml(response.content)
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == SITE + url
    return [{"title": e.findtext(f"{ATOM}title"), "link": e.find(f"{ATOM}link").get("href"),
             "summary": e.findtext(f"{ATOM}summary")} for e in feed.iter(f"{ATOM}entry")]


def test_the_site_feed_lists_published_threads_only(client, archive):
    items = rss_items(client, reverse("qa:feed"))
    assert [i["title"] for i in items] == ["A wart on my finger", "Spots on my chin"]
    thread = archive["thread"]
    item = items[1]
    assert item["link"] == SITE + thread.get_absolute_url()
    reply = thread.answers.get()
    assert item["description"] == f"{thread.excerpt}\n\n{reply.doctor.display_name} replied: {reply.summary}"
    assert item["pubDate"] == thread.published_at.strftime("%a, %d %b %Y %H:%M:%S +0000")
    body = client.get(reverse("qa:feed")).content.decode()
    assert "Pending question" not in body and "Declined question" not in body


def test_department_and_topic_feeds_narrow_the_list(client, archive):
    dept = archive["dept"]
    assert [i["title"] for i in rss_items(client, reverse("qa:department_feed", args=[dept.slug]))] == [
        "Spots on my chin"]
    assert [i["title"] for i in rss_items(client, reverse("qa:tag_feed", args=["acne"]))] == ["Spots on my chin"]
    assert [i["title"] for i in rss_items(client, reverse("qa:tag_feed", args=["warts"]))] == ["A wart on my finger"]


def test_atom_feeds(client, archive):
    for url in [reverse("qa:feed_atom"), reverse("qa:department_feed_atom", args=[archive["dept"].slug]),
                reverse("qa:tag_feed_atom", args=["acne"])]:
        entries = atom_entries(client, url)
        assert "Spots on my chin" in [e["title"] for e in entries], url
        assert all(e["link"].startswith(SITE + "/questions/") for e in entries), url
        assert not any("Pending" in e["title"] or "Declined" in e["title"] for e in entries), url


def test_unknown_departments_and_topics_are_404(client, archive):
    for url in ["/feeds/tags/nope/", "/feeds/tags/nope/atom/", "/feeds/departments/nope/",
                "/feeds/departments/x/atom/", "/feeds/tags/%00/"]:
        assert client.get(url).status_code == 404, url


def test_a_pending_question_never_appears_even_once_tagged_like_published_ones(client, archive):
    for url in [reverse("qa:feed"), reverse("qa:tag_feed", args=["acne"]),
                reverse("qa:department_feed", args=[archive["dept"].slug])]:
        assert archive["pending"].title not in client.get(url).content.decode()


def test_feeds_are_bounded_and_cost_the_same_queries_whatever_the_size(client, django_assert_max_num_queries):
    dept = f.department("Dermatology")
    now = timezone.now()
    for n in range(FEED_ITEMS + 3):
        f.thread(tags=["acne"], title=f"Thread {n}", dept=dept, published_at=now - timedelta(minutes=n))
    for url in [reverse("qa:feed"), reverse("qa:tag_feed", args=["acne"]),
                reverse("qa:department_feed", args=[dept.slug])]:
        with django_assert_max_num_queries(2):
            items = rss_items(client, url)
        assert len(items) == FEED_ITEMS and items[0]["title"] == "Thread 0"


def test_feeds_are_served_from_the_page_cache_until_a_thread_is_published(client, archive):
    url = reverse("qa:feed")
    client.get(url)
    cached = client.get(url)
    assert cached["X-Page-Cache"] == "hit" and cached["Content-Type"].startswith("application/rss+xml")
    f.thread(title="Newly published")
    fresh = client.get(url)
    assert "X-Page-Cache" not in fresh and "Newly published" in fresh.content.decode()
