"""The anonymous page cache (portal.middleware) and the thread page's cached fragments; signed-in
pages kept private. What makes them stale is tested in tests/qa/test_caching.py."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_sidebars_come_from_the_cache_on_the_second_visit(client):
    thread = f.thread(tags=["acne"], title="Current")
    f.thread(tags=["acne"], title="Neighbour")
    f.article(tags=["acne"], title="Acne article")
    cold = queries(client, thread.get_absolute_url())
    warm = queries(client, thread.get_absolute_url())
    assert warm <= cold - 3  # Similar Q&A, its replies and Related FAQ are not queried again
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Neighbour" in page and "Acne article" in page


def test_signed_in_pages_are_private_and_anonymous_pages_vary_on_cookie(client):
    thread = f.thread(tags=["acne"])
    anonymous = client.get(thread.get_absolute_url())
    assert "private" not in anonymous.get("Cache-Control", "")
    assert "Cookie" in anonymous["Vary"]
    client.force_login(f.patient())
    for url in [thread.get_absolute_url(), reverse("portal:home"), reverse("qa:my_questions")]:
        response = client.get(url)
        assert "private" in response["Cache-Control"], url


def test_anonymous_visitors_get_public_pages_from_the_page_cache(client, django_assert_num_queries):
    thread = f.thread(tags=["acne"], title="Cached thread")
    article = f.article(tags=["acne"], title="Acne article")
    doctor = thread.answers.get().doctor
    for url in [reverse("portal:home"), thread.get_absolute_url(), reverse("qa:question_list"),
                reverse("faq:article_list"), reverse("qa:doctor_list"), reverse("portal:tag", args=["acne"]),
                reverse("qa:tag_list"), thread.department.get_absolute_url(), doctor.get_absolute_url(),
                article.get_absolute_url(), reverse("portal:search") + "?q=acne"]:
        first = client.get(url)
        assert first.status_code == 200 and "X-Page-Cache" not in first
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second["X-Page-Cache"] == "hit" and second.content == first.content, url


def test_page_cache_never_serves_signed_in_or_flash_message_requests(client):
    thread = f.thread(tags=["acne"], title="Cached thread")
    client.get(thread.get_absolute_url())  # cached for anonymous visitors
    client.force_login(f.patient())
    response = client.get(thread.get_absolute_url())
    assert "X-Page-Cache" not in response and "Sign out" in response.content.decode()

    client.logout()
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get(thread.get_absolute_url())


def test_a_signed_in_visitor_gets_the_thread_body_and_sidebar_from_fragments(client):
    thread = f.thread(tags=["acne"], title="Current", answer_body="Use a gentle cleanser.")
    f.thread(tags=["acne"], title="Neighbour")
    client.force_login(f.patient())
    cold = queries(client, thread.get_absolute_url())
    warm = queries(client, thread.get_absolute_url())
    # Tags, reply, clarifications, follow-ups, Similar Q&A and Related FAQ are not queried again.
    assert warm <= cold - 6
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Use a gentle cleanser." in page and "Neighbour" in page and 'href="/tags/acne/"' in page


def test_a_thread_read_once_is_not_cached_until_it_is_read_again(client):
    """The long tail: a thread whose stamp expired (nobody changed or read it for QA_STAMP_SECONDS)
    is cached from its second visit on, so pages read once never fill the cache."""
    from django.core.cache import cache

    from qa.cache import page_key, thread_key

    thread = f.thread(tags=["acne"], title="An old thread")
    url = thread.get_absolute_url()
    cache.clear()  # its stamp expired, with everything else
    first = client.get(url)
    assert first.status_code == 200 and "X-Page-Cache" not in first
    assert cache.get(page_key(url, {})) is None and cache.get(thread_key(thread.pk)) is not None
    assert "X-Page-Cache" not in client.get(url)  # the second visit stores it…
    assert client.get(url)["X-Page-Cache"] == "hit"  # …for the third
