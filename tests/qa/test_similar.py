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

def exact_ranking(thread, *, limit=5):
    """Every published thread scored by brute force: the rarity-weighted shared tags, then recency."""
    from qa.models import Question, Tag
    from qa.similarity import tag_weight

    published = Question.objects.published().count()
    weights = {tag.pk: tag_weight(tag.num_published, published) for tag in Tag.objects.all()}
    mine = {t.pk for t in thread.tags.all()}
    scored = []
    for other in Question.objects.published().exclude(pk=thread.pk).prefetch_related("tags"):
        shared = sorted(mine & {t.pk for t in other.tags.all()})
        if shared:
            scored.append((sum(weights[t] for t in shared), other.published_at, other.pk))
    return [pk for _score, _at, pk in sorted(scored, reverse=True)[:limit]]


def test_precomputed_sidebar_agrees_with_the_exact_weighted_ranking_on_small_data():
    import random
    from io import StringIO

    from django.core.management import call_command

    rng = random.Random(7)
    names = [f"topic{n}" for n in range(8)]
    popularity = [8, 6, 4, 3, 2, 1, 1, 1]  # common and rare topics: the rare ones must weigh more
    now = timezone.now()
    threads = []
    for n in range(40):
        tags = set()
        while len(tags) < rng.randint(1, 4):
            tags.add(rng.choices(names, popularity)[0])
        threads.append(f.thread(tags=sorted(tags), title=f"Thread {n}", body="same words for all",
                                published_at=now - timedelta(hours=n)))
    # Publishing refreshes a thread and its direct neighbours only; a rebuild makes every row exact.
    call_command("rebuild_similar", stdout=StringIO())
    for thread in threads:
        precomputed = similar_questions(thread, limit=5)
        # Same texts: text similarity ties, so the order must be exactly the weighted score, then recency.
        assert [card.pk for card in precomputed] == exact_ranking(thread), thread.title


def test_a_rare_shared_topic_outranks_a_common_one():
    common = [f.thread(tags=["itchy skin"]) for _ in range(6)]
    current = f.thread(tags=["itchy skin", "scabies"], title="Current")
    rare = f.thread(tags=["scabies"], title="Shares the rare topic")
    from qa.similarity import refresh_similar

    refresh_similar(current)
    result = similar_questions(current, limit=5)
    assert result[0].pk == rare.pk and {card.pk for card in result[1:]} <= {t.pk for t in common}


def test_text_similarity_breaks_ties_between_equally_tagged_threads():
    now = timezone.now()
    current = f.thread(tags=["eczema"], title="Cracked bleeding knuckles in winter",
                       body="My knuckles crack and bleed every winter.")
    f.thread(tags=["eczema"], title="Itchy eyelids", body="My eyelids itch.", published_at=now)
    f.thread(tags=["eczema"], title="Knuckles crack and bleed", body="Winter makes my knuckles bleed.",
             published_at=now - timedelta(days=30))
    assert titles(similar_questions(current, limit=5)) == ["Knuckles crack and bleed", "Itchy eyelids"]


def test_of_equally_related_threads_those_in_the_threads_language_come_first():
    now = timezone.now()
    chinese = f.thread(tags=["eczema"], title="手肘內側紅癢", body="手肘內側又紅又癢，已經三個月了。",
                       published_at=now - timedelta(days=10))
    english = f.thread(tags=["eczema"], title="Itchy elbows", body="Itchy elbows.", published_at=now)
    older_chinese = f.thread(tags=["eczema"], title="膝蓋後面脫皮", body="膝蓋後面一直脫皮。",
                             published_at=now - timedelta(days=30))
    rare = f.thread(tags=["eczema", "scabies"], title="Itchy at night", body="Itchy at night.",
                    published_at=now - timedelta(days=60))
    current = f.thread(tags=["eczema", "scabies"], title="晚上全身癢", body="晚上全身都很癢，手指間有小紅點。")
    assert {chinese.language, older_chinese.language, current.language} == {"zh-hant"} and english.language == "en"
    # More shared topics first, whatever the language; then, of the equally related, Chinese ones first.
    assert rare.language == "en"
    expected = ["Itchy at night", "手肘內側紅癢", "膝蓋後面脫皮", "Itchy elbows"]
    assert titles(similar_questions(current, limit=5)) == expected


def test_a_new_thread_joins_its_neighbours_sidebars():
    older = f.thread(tags=["psoriasis"], title="Older psoriasis thread")
    assert similar_questions(older, limit=5) == []
    f.thread(tags=["psoriasis"], title="Newer psoriasis thread")
    assert titles(similar_questions(older, limit=5)) == ["Newer psoriasis thread"]


def test_the_refresh_runs_after_the_commit(django_capture_on_commit_callbacks):
    from qa.models import SimilarThread
    from qa.services import answer_publish, question_claim

    first = f.thread(tags=["warts"])
    question, doctor = f.question(tags=["warts"]), f.doctor()
    question_claim(question=question, doctor=doctor)
    with django_capture_on_commit_callbacks(execute=False) as pending:
        answer_publish(question=question, doctor=doctor, body="Duct tape will not help.")
    # Published, but nothing refreshed before the commit: neither its sidebar nor its neighbour's.
    assert question.is_published
    assert not SimilarThread.objects.filter(question=question).exists()
    assert not SimilarThread.objects.filter(similar=question).exists()
    assert pending
    for callback in pending:
        callback()
    assert [q.pk for q in similar_questions(question, limit=5)] == [first.pk]
    assert [q.pk for q in similar_questions(first, limit=5)] == [question.pk]


def test_unpublished_thread_leaves_every_sidebar(django_capture_on_commit_callbacks):
    from qa.models import Report, SimilarThread
    from qa.services import report_unpublish

    current = f.thread(tags=["rosacea"], title="Current")
    gone = f.thread(tags=["rosacea"], title="To be removed")
    assert titles(similar_questions(current, limit=5)) == ["To be removed"]
    report = Report.objects.create(question=gone, reason="spam")
    with django_capture_on_commit_callbacks(execute=False) as pending:
        report_unpublish(report=report, by=f.user(is_staff=True))
    assert similar_questions(current, limit=5) == []  # hidden at once, before its rows go
    for callback in pending:
        callback()
    assert not SimilarThread.objects.filter(similar=gone).exists()
    assert not SimilarThread.objects.filter(question=gone).exists()
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


def _similar_rows():
    from qa.models import SimilarThread

    return sorted(SimilarThread.objects.values_list("question_id", "similar_id", "rank", "shared_tags",
                                                    "text_similarity"))


@pytest.mark.parametrize("rebuild", ["rebuild_similar", "in batches of 7", "pairs cut to 3"])
def test_the_rebuild_writes_exactly_the_rows_each_refresh_writes(monkeypatch, rebuild):
    """One ranking for everything: on a corpus full of ties (equal numbers of shared tags, equal
    texts, equal publication times) the full rebuild, in one batch or in many, writes the very rows
    (question, similar, rank, shared tags, text similarity) that each thread's own refresh writes
    (the refresh reads lists with SQL, the rebuild makes them from arrays)."""
    import random
    from io import StringIO

    from django.core.management import call_command

    from qa import similarity
    from qa.models import SimilarThread

    # A common tag's list is cut: fewer candidates than threads per tag.
    monkeypatch.setattr(similarity, "FULL_LIST", 6)
    monkeypatch.setattr(similarity, "COMMON_TAKE", 4)
    if rebuild == "pairs cut to 3":  # fewer threads carrying two common tags than there are
        monkeypatch.setattr(similarity, "PAIR_TAKE", 3)
    rng = random.Random(11)
    names = [f"topic{n}" for n in range(6)]
    texts = [("Dry itchy patches", "Dry itchy patches on my elbows and knees."),
             ("Red scaly plaques", "Red scaly plaques on the elbows, itchy at night."),
             ("手肘乾癢脫皮", "手肘和膝蓋又乾又癢，晚上更嚴重。"),  # a language of its own
             ("Dry itchy patches", "Dry itchy patches on my elbows and knees.")]
    now = timezone.now()
    threads = []
    for n in range(36):
        title, body = texts[n % len(texts)]
        threads.append(f.thread(tags=rng.sample(names, rng.randint(1, 4)), title=title, body=body,
                                published_at=now - timedelta(hours=n // 4)))  # four threads per hour
    f.question(tags=names[:3], title="Dry itchy patches", body="Pending: never a candidate.")

    SimilarThread.objects.all().delete()
    for thread in threads:
        assert similarity.refresh_similar(thread) == len(similar_questions(thread, limit=10))
    by_refresh = _similar_rows()
    # The corpus has what the test is about: ties on tags and on text, and full sidebars.
    assert len(by_refresh) > 4 * len(threads)
    assert len({(row[3], row[4]) for row in by_refresh}) < len(by_refresh) / 4

    SimilarThread.objects.all().delete()
    if rebuild == "rebuild_similar":
        out = StringIO()
        call_command("rebuild_similar", stdout=out)
        assert f"{len(by_refresh)} rows" in out.getvalue()
    else:
        assert similarity.rebuild_all(batch=7) == len(by_refresh)
    assert _similar_rows() == by_refresh


def test_the_rebuild_of_an_archive_without_published_threads_writes_nothing():
    from qa.models import SimilarThread
    from qa.similarity import rebuild_all

    f.question(tags=["acne"], title="Pending")
    assert rebuild_all() == 0 and not SimilarThread.objects.exists()


def test_a_rebuild_leaves_the_rows_that_are_right_in_place():
    """A nightly rebuild rewrites only the sidebars that changed: the others keep their rows (and
    the database no dead copies of them)."""
    from io import StringIO

    from django.core.management import call_command

    from qa.models import SimilarThread
    from qa.similarity import rebuild_all

    threads = [f.thread(tags=[["acne", "rosacea"], ["acne"], ["eczema"]][n % 3], title=f"T{n}") for n in range(9)]
    rebuild_all()
    ids = dict(SimilarThread.objects.values_list("pk", "question_id"))
    eczema = {t.pk for t in threads[2::3]}
    SimilarThread.objects.filter(question__in=eczema).update(shared_tags=7)  # wrong: to be put right

    out = StringIO()
    call_command("rebuild_similar", stdout=out)
    assert "(3 sidebars changed)" in out.getvalue()
    after = dict(SimilarThread.objects.values_list("pk", "question_id"))
    assert {pk: q for pk, q in after.items() if q not in eczema} == {pk: q for pk, q in ids.items() if q not in eczema}
    assert set(SimilarThread.objects.filter(question__in=eczema).values_list("shared_tags", flat=True)) == {1}
    assert not set(after).intersection(pk for pk, q in ids.items() if q in eczema)  # those were rewritten


def test_the_rebuild_command_replaces_every_row_and_drops_those_of_unpublished_threads(
    django_capture_on_commit_callbacks,
):
    from io import StringIO

    from django.core.management import call_command

    from qa.models import Report, SimilarThread
    from qa.services import report_unpublish
    from qa.similarity import refresh_similar

    threads = [f.thread(tags=["acne", "rosacea"][: 1 + n % 2], title=f"T{n}") for n in range(8)]
    for thread in threads:
        refresh_similar(thread)
    expected = _similar_rows()
    removed = f.thread(tags=["acne"], title="Removed")
    with django_capture_on_commit_callbacks(execute=False):  # its refresh never runs: stale rows stay
        report_unpublish(report=Report.objects.create(question=removed, reason="spam"), by=f.user(is_staff=True))
    SimilarThread.objects.filter(question=threads[0]).update(shared_tags=99)
    assert SimilarThread.objects.filter(question=removed).exists() and _similar_rows() != expected

    call_command("rebuild_similar", stdout=StringIO())
    assert _similar_rows() == expected


def test_the_search_rebuild_reproduces_the_documents_the_services_write():
    from io import StringIO

    from django.core.management import call_command

    from qa.models import SearchDocument
    from qa.search import document_values

    threads = [f.thread(tags=["acne"], title=f"T{n}", body=f"Body {n}", answer_body=f"**Reply** {n}")
               for n in range(5)]
    f.question(tags=["acne"], title="Pending")
    expected = {d.pk: (d.title, d.body, d.answer, d.department_id, d.published_at)
                for d in SearchDocument.objects.all()}
    SearchDocument.objects.all().delete()
    call_command("rebuild_search", stdout=StringIO())
    rebuilt = {d.pk: (d.title, d.body, d.answer, d.department_id, d.published_at)
               for d in SearchDocument.objects.all()}
    assert rebuilt == expected and set(rebuilt) == {t.pk for t in threads}
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
    from qa.services import answer_edit

    doc = f.doctor(name="Dr. Lena Okafor")
    current = f.thread(tags=["melasma"], title="Current")
    neighbour = f.thread(tags=["melasma"], title="Neighbour", by=doc, answer_body="Use sunscreen daily.")
    [card] = similar_questions(current, limit=5)
    assert (card.doctor_name, card.reply_excerpt) == ("Dr. Lena Okafor", "Use sunscreen daily.")
    assert card.doctor_url == doc.get_absolute_url() and card.url == neighbour.get_absolute_url()

    answer_edit(answer=neighbour.answers.get(), by=doc.user, body="Use a *broad-spectrum* sunscreen.")
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

    doc = f.doctor(name="Dr. Amara Stone")
    current = f.thread(tags=["acne"], title="Current")
    odd = f.thread(tags=["acne"], title="Red, itchy spots on my back?!", by=doc)
    [card] = similar_questions(current, limit=5)
    assert card.url == reverse("portal:thread", kwargs={"pk": odd.pk, "slug": "red-itchy-spots-on-my-back"})
    assert card.url == odd.get_absolute_url()
    assert card.doctor_url == reverse("qa:doctor_profile", kwargs={"slug": doc.slug})


def test_each_similar_thread_says_which_topics_it_shares_the_rarest_first(client):
    for _ in range(4):
        f.thread(tags=["Itchy skin"])
    current = f.thread(tags=["Itchy skin", "Scabies", "Hands"], title="Current")
    f.thread(tags=["Scabies", "Itchy skin"], title="Shares two")
    from qa.similarity import refresh_similar

    refresh_similar(current)
    [first, *_rest] = similar_questions(current, limit=5)
    assert first.shared_topics == ("Scabies", "Itchy skin")
    page = client.get(current.get_absolute_url()).content.decode()
    assert "Shared topics: Scabies, Itchy skin" in page


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="the worker processes need a database server (SQLite's test database is in memory)")
def test_the_rebuild_in_worker_processes_writes_the_same_rows():
    from qa import similarity

    for n in range(30):
        f.thread(tags=[["acne", "rosacea", "eczema"][n % 3], ["face", "back"][n % 2]], title=f"T{n}")
    similarity.rebuild_all(batch=7)
    serial = _similar_rows()
    from qa.models import SimilarThread

    SimilarThread.objects.all().delete()
    assert similarity.rebuild_all(batch=7, workers=2) == len(serial)
    assert _similar_rows() == serial
