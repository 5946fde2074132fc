"""The "Similar Q&A" sidebar: ranked by shared tags, then recency; only other published threads."""

from datetime import timedelta

import pytest
from django.utils import timezone

from qa.selectors import similar_questions
from tests import factories as f

pytestmark = pytest.mark.django_db


def titles(questions):
    return [q.title for q in questions]


def test_ranks_by_number_of_shared_tags_before_recency():
    now = timezone.now()
    current = f.thread(tags=["acne", "folliculitis", "back"], title="Current")
    f.thread(tags=["acne"], title="One shared, newest", published_at=now)
    f.thread(tags=["acne", "folliculitis"], title="Two shared", published_at=now - timedelta(days=10))
    f.thread(tags=["acne", "folliculitis", "back"], title="Three shared, oldest",
             published_at=now - timedelta(days=300))

    result = similar_questions(current, limit=5)

    assert titles(result) == ["Three shared, oldest", "Two shared", "One shared, newest"]
    assert [q.shared_tags for q in result] == [3, 2, 1]


def test_ties_broken_by_recency():
    now = timezone.now()
    current = f.thread(tags=["eczema"], title="Current")
    f.thread(tags=["eczema"], title="Older", published_at=now - timedelta(days=3))
    f.thread(tags=["eczema"], title="Newer", published_at=now - timedelta(days=1))

    assert titles(similar_questions(current, limit=5)) == ["Newer", "Older"]


def test_excludes_itself_unpublished_and_unrelated_threads():
    current = f.thread(tags=["tinea"], title="Current")
    f.question(tags=["tinea"], title="Pending with the same tag")
    f.thread(tags=["psoriasis"], title="Unrelated")
    f.thread(tags=["tinea"], title="Related")

    assert titles(similar_questions(current, limit=5)) == ["Related"]


def test_at_most_limit_results_and_none_without_tags():
    current = f.thread(tags=["urticaria"])
    for _ in range(7):
        f.thread(tags=["urticaria"])
    untagged = f.thread(tags=[])

    assert len(similar_questions(current, limit=5)) == 5
    assert similar_questions(untagged, limit=5) == []


def test_thread_page_shows_similar_threads_with_doctor_and_reply_excerpt(client):
    doc = f.doctor(name="Dr. Amara Stone")
    current = f.thread(tags=["scabies"], title="Itch at night between fingers")
    f.thread(tags=["scabies"], title="Whole family scratching", by=doc,
             answer_body="Treat **everyone** in the household on the same day.")
    f.question(tags=["scabies"], title="Secret pending scabies question")

    page = client.get(current.get_absolute_url()).content.decode()

    similar = page.split('id="similar-heading"')[1].split("</section>")[0]
    assert "Whole family scratching" in similar
    assert "Dr. Amara Stone" in similar
    assert "Treat everyone in the household on the same day." in similar
    assert "Read more" in similar
    assert "Secret pending scabies question" not in page
