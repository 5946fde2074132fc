"""The "Similar Q&A" sidebar: ranked by shared tags, then recency; only other published threads."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
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


# --- The precomputed table (qa.similarity) ---------------------------------------------------

def test_precomputed_sidebar_agrees_with_the_exact_shared_tag_ranking_on_small_data():
    import random
    from io import StringIO

    from qa.selectors import questions_sharing_tags

    rng = random.Random(7)
    names = [f"topic{n}" for n in range(8)]
    now = timezone.now()
    threads = [
        f.thread(tags=rng.sample(names, rng.randint(1, 4)), title=f"Thread {n}", body="same words for all",
                 published_at=now - timedelta(hours=n))
        for n in range(40)
    ]
    # Publishing refreshes a thread and its direct neighbours only; a rebuild makes every row exact.
    from django.core.management import call_command

    call_command("rebuild_similar", stdout=StringIO())
    for thread in threads:
        exact = questions_sharing_tags([t.pk for t in thread.tags.all()], limit=5, exclude_pk=thread.pk)
        precomputed = similar_questions(thread, limit=5)
        # Same texts: text similarity ties, so the order must be exactly shared tags, then recency.
        assert [q.pk for q in precomputed] == [q.pk for q in exact], thread.title


def test_text_similarity_breaks_ties_between_equally_tagged_threads():
    now = timezone.now()
    current = f.thread(tags=["eczema"], title="Cracked bleeding knuckles in winter",
                       body="My knuckles crack and bleed every winter.")
    f.thread(tags=["eczema"], title="Itchy eyelids", body="My eyelids itch.", published_at=now)
    f.thread(tags=["eczema"], title="Knuckles crack and bleed", body="Winter makes my knuckles bleed.",
             published_at=now - timedelta(days=30))
    assert titles(similar_questions(current, limit=5)) == ["Knuckles crack and bleed", "Itchy eyelids"]


def test_a_new_thread_joins_its_neighbours_sidebars():
    older = f.thread(tags=["psoriasis"], title="Older psoriasis thread")
    assert similar_questions(older, limit=5) == []
    f.thread(tags=["psoriasis"], title="Newer psoriasis thread")
    assert titles(similar_questions(older, limit=5)) == ["Newer psoriasis thread"]


def test_refresh_runs_after_commit_in_production(settings, django_capture_on_commit_callbacks):
    from qa.models import SimilarThread

    settings.QA_SIMILAR_REFRESH = "on_commit"
    first = f.thread(tags=["warts"])
    with django_capture_on_commit_callbacks(execute=False) as pending:
        second = f.thread(tags=["warts"])
    assert not SimilarThread.objects.filter(question=second).exists()  # not before the commit
    for callback in pending:
        callback()
    assert [q.pk for q in similar_questions(second, limit=5)] == [first.pk]


def test_unpublished_thread_leaves_every_sidebar():
    from doctors import services as doctor_services
    from qa.models import Report

    current = f.thread(tags=["rosacea"], title="Current")
    gone = f.thread(tags=["rosacea"], title="To be removed")
    report = Report.objects.create(question=gone, reason="spam")
    doctor_services.report_unpublish(report=report, by=f.user(is_staff=True))
    assert similar_questions(current, limit=5) == []


def test_rebuild_similar_command():
    from io import StringIO

    from django.core.management import call_command

    from qa.models import SimilarThread

    a, b = f.thread(tags=["tinea"]), f.thread(tags=["tinea"])
    SimilarThread.objects.all().delete()
    out = StringIO()
    call_command("rebuild_similar", stdout=out)
    assert "rebuilt" in out.getvalue()
    assert [q.pk for q in similar_questions(a, limit=5)] == [b.pk]
    assert [q.pk for q in similar_questions(b, limit=5)] == [a.pk]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the set-based rebuilds are PostgreSQL's")
def test_set_based_rebuilds_agree_with_the_per_thread_ones():
    """On PostgreSQL the rebuild commands run set-based SQL; on small data it equals the Python path."""
    import random
    from io import StringIO

    from django.core.management import call_command

    from qa.models import SearchDocument
    from qa.search import document_values

    rng = random.Random(3)
    names = [f"topic{n}" for n in range(6)]
    now = timezone.now()
    threads = [f.thread(tags=rng.sample(names, rng.randint(1, 3)), title=f"T{n}", body="same words",
                        published_at=now - timedelta(hours=n)) for n in range(25)]
    call_command("rebuild_similar", "--python", stdout=StringIO())
    by_python = {t.pk: [q.pk for q in similar_questions(t, limit=5)] for t in threads}
    call_command("rebuild_similar", stdout=StringIO())
    by_sql = {t.pk: [q.pk for q in similar_questions(t, limit=5)] for t in threads}
    assert by_sql == by_python

    expected = {d.pk: (d.title, d.body, d.answer) for d in SearchDocument.objects.all()}
    call_command("rebuild_search", stdout=StringIO())
    rebuilt = {d.pk: (d.title, d.body, d.answer) for d in SearchDocument.objects.all()}
    assert rebuilt == expected and len(rebuilt) == 25
    assert all(document_values(t)["title"] == rebuilt[t.pk][0] for t in threads)


def test_thread_page_reads_the_sidebar_from_the_table(client):
    from qa.models import SimilarThread

    current = f.thread(tags=["acne"], title="Current")
    f.thread(tags=["acne"], title="Neighbour")
    assert "Neighbour" in client.get(current.get_absolute_url()).content.decode()
    SimilarThread.objects.all().delete()
    cache.clear()  # rows deleted behind the services' back: drop the cached fragment too
    assert "Neighbour" not in client.get(current.get_absolute_url()).content.decode()


# --- The sidebar read: one query, plain values, always current ------------------------------


def test_sidebar_read_is_one_query_whatever_the_number_of_entries(django_assert_num_queries):
    current = f.thread(tags=["acne"], title="Current")
    for _ in range(5):
        f.thread(tags=["acne"])
    with django_assert_num_queries(1):
        cards = similar_questions(current, limit=5)
    assert len(cards) == 5 and all(card.doctor_name for card in cards)


def test_sidebar_shows_the_current_answer_and_hides_a_suspended_doctors_reply():
    from doctors import services as doctor_services

    doc = f.doctor(name="Dr. Lena Okafor")
    current = f.thread(tags=["melasma"], title="Current")
    neighbour = f.thread(tags=["melasma"], title="Neighbour", by=doc, answer_body="Use sunscreen daily.")
    [card] = similar_questions(current, limit=5)
    assert (card.doctor_name, card.reply_excerpt) == ("Dr. Lena Okafor", "Use sunscreen daily.")
    assert card.doctor_url == doc.get_absolute_url() and card.url == neighbour.get_absolute_url()

    doctor_services.answer_edit(answer=neighbour.answers.get(), doctor=doc, body="Use a *broad-spectrum* sunscreen.")
    [card] = similar_questions(current, limit=5)
    assert card.reply_excerpt == "Use a broad-spectrum sunscreen."

    doctor_services.doctor_suspend(profile=doc, by=f.user(is_staff=True), reason="Licence under review")
    [card] = similar_questions(current, limit=5)
    assert card.title == "Neighbour" and card.doctor_name == "" and card.reply_excerpt == ""


def test_sidebar_excerpts_are_clipped_with_an_ellipsis():
    current = f.thread(tags=["vitiligo"])
    f.thread(tags=["vitiligo"], body="word " * 200, answer_body="reply " * 200)
    [card] = similar_questions(current, limit=5)
    assert len(card.excerpt) == 160 and card.excerpt.endswith("\u2026")
    assert len(card.reply_excerpt) <= 160 and card.reply_excerpt.endswith("\u2026")


def test_sidebar_urls_are_the_ones_reverse_gives():
    from django.urls import reverse

    from qa.selectors import _url

    for pk, slug in [(1, "a"), (42, "red-itchy-spots-on-my-back"), (2_147_483_645, "x-1")]:
        assert _url("qa:question_detail", pk=pk, slug=slug) == reverse(
            "qa:question_detail", kwargs={"pk": pk, "slug": slug})
    doctor = reverse("doctors:profile", kwargs={"slug": "dr-amara-stone"})
    assert _url("doctors:profile", slug="dr-amara-stone") == doctor
