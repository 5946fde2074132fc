"""Public archive pages: reachable, well-formed, forgiving of odd input."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    dept = f.department("Dermatology")
    doctor = f.doctor(dept=dept, name="Dr. Home Page")
    thread = f.thread(tags=["acne", "back"], title="Spots across my upper back", dept=dept, by=doctor)
    article = f.article(tags=["acne"], title="Acne guide", dept=dept, reviewer=doctor)
    return {"dept": dept, "doctor": doctor, "thread": thread, "article": article}


def links(html: str) -> set[str]:
    return set(re.findall(r'href="(/[^"]*)"', html))


def test_every_page_is_reachable_from_home_by_links(client, archive):
    """Crawl internal links from the home page; each public page answers 200."""
    seen, queue = set(), [reverse("portal:home")]
    while queue:
        url = queue.pop()
        if url in seen or url.startswith(("/static/", "/admin/")):
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        queue.extend(links(response.content.decode()) - seen)
    expected = {
        reverse("qa:question_list"),
        reverse("qa:tag_list"),
        reverse("qa:ask"),
        archive["thread"].get_absolute_url(),
        archive["dept"].get_absolute_url(),
        reverse("portal:tag", kwargs={"slug": "acne"}),
        reverse("faq:article_list"),
        archive["article"].get_absolute_url(),
        reverse("qa:doctor_list"),
        archive["doctor"].get_absolute_url(),
    }
    assert expected <= seen


def test_pages_have_one_h1_landmarks_and_a_skip_link(client, archive):
    urls = [
        reverse("portal:home"), reverse("qa:question_list"), reverse("qa:tag_list"), reverse("qa:ask"),
        archive["thread"].get_absolute_url(), archive["article"].get_absolute_url(),
        reverse("faq:article_list"), archive["doctor"].get_absolute_url(),
    ]
    for url in urls:
        html = client.get(url).content.decode()
        assert html.count("<h1") == 1, url
        assert "<main" in html and "<header" in html and "<footer" in html, url
        assert 'href="#main"' in html, url
        assert 'lang="en"' in html, url


def test_thread_page_shows_the_seed_page_elements(client, archive):
    thread = archive["thread"]
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "Spots across my upper back" in html
    assert "30~39 year old female" in html
    assert "Dr. Home Page</a> reply — Dermatology" in html
    assert "Reply date:" in html
    assert "not a diagnosis" in html
    assert "Share to:" in html and "mailto:?subject=" in html
    assert "Similar Q&amp;A" in html and "Related FAQ" in html
    assert "<script src=\"http" not in html  # no third-party scripts


def test_wrong_or_missing_slug_redirects_to_canonical_url(client, archive):
    thread = archive["thread"]
    for url in [reverse("portal:thread_short", kwargs={"pk": thread.pk}),
                reverse("portal:thread", kwargs={"pk": thread.pk, "slug": "old-title"})]:
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == thread.get_absolute_url()


@pytest.mark.parametrize("cursor", ["abc", "0", "-1", "99999", "1" * 50, "\x00", "9" * 20 + "-1", "1-" + "9" * 19])
def test_list_pages_accept_any_cursor(client, archive, cursor):
    for url in [reverse("qa:question_list"), reverse("portal:tag", kwargs={"slug": "acne"})]:
        for param in ("before", "after", "page"):
            response = client.get(url, {param: cursor})
            assert response.status_code == 200


def test_keyset_pages_walk_the_whole_list_both_ways(client, settings):
    import re

    settings.QA_PAGE_SIZE = 10
    now = timezone.now()
    for n in range(25):
        f.thread(tags=["acne"], title=f"Thread {n:02d}", published_at=now - timedelta(minutes=n))
    seen, url, pages = [], reverse("qa:question_list"), []
    query = {}
    while True:
        page = client.get(url, query).content.decode()
        pages.append(page)
        seen += re.findall(r"Thread (\d\d)", page)
        older = re.search(r'href="\?before=([^"]+)" rel="next"', page)
        if not older:
            break
        query = {"before": older.group(1)}
    assert seen == [f"{n:02d}" for n in range(25)]  # newest first, each once
    assert len(pages) == 3 and 'rel="prev"' not in pages[0]
    newer = re.search(r'href="\?after=([^"]+)" rel="prev"', pages[2]).group(1)
    back = client.get(url, {"after": newer}).content.decode()
    assert re.findall(r"Thread (\d\d)", back) == [f"{n:02d}" for n in range(10, 20)]


def test_unknown_department_tag_doctor_and_article_are_404(client, archive):
    for url in ["/departments/nope/", "/tags/nope/", "/doctors/nope/", "/faq/nope/", "/questions/999999/x/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Page not found" in response.content.decode()


def test_department_and_tag_pages_filter_threads(client, archive):
    other = f.department("Pediatric Dermatology")
    f.thread(tags=["warts"], title="Wart on my son's finger", dept=other)
    dept_page = client.get(archive["dept"].get_absolute_url()).content.decode()
    assert "Spots across my upper back" in dept_page and "Wart on my son" not in dept_page
    tag_page = client.get(reverse("portal:tag", kwargs={"slug": "acne"})).content.decode()
    assert "Spots across my upper back" in tag_page and "Wart on my son" not in tag_page
    assert "FAQ articles on acne" in tag_page and "Acne guide" in tag_page


def test_public_pages_change_nothing_and_refuse_post(client, archive):
    response = client.post(archive["thread"].get_absolute_url())
    assert response.status_code == 405
