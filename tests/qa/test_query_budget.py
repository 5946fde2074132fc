"""Every public page runs a fixed number of SQL queries, whatever the size of the data.

The N+1 guard: count the queries on a small archive, grow the archive (more answers, tags,
similar threads, articles, doctors), and require exactly the same count again.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from qa.cache import archive_changed
from qa.services import question_retag
from tests import factories as f

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
TAGS = ["acne", "eczema", "itch", "back", "rash", "scalp", "hands", "face"]


@pytest.fixture
def small():
    doctor = f.doctor()
    thread = f.thread(tags=TAGS[:1], by=doctor)
    f.thread(tags=TAGS[:1], by=doctor)
    article = f.article(tags=TAGS[:1], reviewer=doctor)
    return {"thread": thread, "doctor": doctor, "article": article, "dept": thread.department}


def grow(small):
    """Many tags on the thread, many similar threads by many doctors, many related articles."""
    thread = small["thread"]
    with TestCase.captureOnCommitCallbacks(execute=True):  # the Similar Q&A refresh, as after a commit
        question_retag(question=thread, doctor=small["doctor"], tags=[f.tag(t) for t in TAGS])
    for n in range(30):
        f.thread(tags=TAGS[: 1 + n % len(TAGS)], by=f.doctor() if n % 3 else small["doctor"])
    for n in range(10):
        f.article(tags=TAGS[: 1 + n % len(TAGS)], reviewer=small["doctor"])
    archive_changed()  # as the admin does after adding articles (the factory writes the rows directly)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


PAGES = {
    "home": lambda d: reverse("portal:home"),
    "thread": lambda d: d["thread"].get_absolute_url(),
    "question list": lambda d: reverse("qa:question_list"),
    "question list, older page": lambda d: reverse("qa:question_list") + "?before=99999999999999999-1",
    "department": lambda d: d["dept"].get_absolute_url(),
    "tag": lambda d: reverse("portal:tag", kwargs={"slug": "acne"}),
    "tag index": lambda d: reverse("qa:tag_list"),
    "faq index": lambda d: reverse("faq:article_list"),
    "faq article": lambda d: d["article"].get_absolute_url(),
    "doctor list": lambda d: reverse("qa:doctor_list"),
    "doctor profile": lambda d: d["doctor"].get_absolute_url(),
}


def stored_then_cold(client, url):
    """A thread page once (it stores its rendered parts), then with the cache emptied."""
    assert client.get(url).status_code == 200
    cache.clear()


@pytest.mark.parametrize("page", PAGES)
def test_page_query_count_is_fixed_and_small(client, small, django_assert_num_queries, page):
    url = PAGES[page](small)
    if page == "thread":
        stored_then_cold(client, url)
    before = count_queries(client, url)
    assert before <= MAX_QUERIES, f"{page}: {before} queries"

    grow(small)

    if page == "thread":
        stored_then_cold(client, url)  # growing re-tagged it: its stored parts were stale
    with django_assert_num_queries(before):
        assert client.get(url).status_code == 200


def test_a_cold_thread_page_is_two_queries_and_its_first_render_stays_bounded(
        client, small, django_assert_num_queries):
    """With every cache empty, a thread page whose parts are stored reads its head with the parts,
    then its Similar Q&A; the first render after a change renders and stores them in a fixed
    number of queries too, however large the thread."""
    url = small["thread"].get_absolute_url()
    first = count_queries(client, url)
    cache.clear()
    with django_assert_num_queries(2):
        assert client.get(url).status_code == 200

    grow(small)

    cache.clear()
    with django_assert_num_queries(first):
        assert client.get(url).status_code == 200
    cache.clear()
    with django_assert_num_queries(2):
        assert client.get(url).status_code == 200


def test_signed_in_pages_have_fixed_query_counts(client, django_assert_num_queries):
    """My questions, a private question and notifications: same count with 1 or 15 questions."""
    from qa.services import question_request_information

    patient = f.patient()
    doctor = f.doctor()
    first = f.question(asker=patient, tags=TAGS[:2])
    question_request_information(question=first, doctor=doctor, body="How long has it been?")
    client.force_login(patient)
    urls = [reverse("qa:my_questions"), first.get_absolute_url(), reverse("qa:notifications"), reverse("portal:home")]
    before = {url: count_queries(client, url) for url in urls}
    for url, n in before.items():
        # Session, user and unread count come on top; on the private question, its photos and the
        # asker's photo allowance for today (the "add information" form).
        assert n <= MAX_QUERIES + 6, (url, n)

    for n in range(14):
        q = f.question(asker=patient, tags=TAGS[: 1 + n % len(TAGS)])
        question_request_information(question=q, doctor=doctor, body="More, please.")
    question_retag(question=first, doctor=doctor, tags=[f.tag(t) for t in TAGS])

    for url, n in before.items():
        with django_assert_num_queries(n):
            assert client.get(url).status_code == 200
