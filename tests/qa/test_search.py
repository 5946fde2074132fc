"""Search over published threads and FAQ articles, on SQLite (FTS5) and PostgreSQL (tsvector)."""

import pytest
from django.urls import reverse

from qa.search import search_threads
from qa.services import answer_edit, report_unpublish
from tests import factories as f

pytestmark = pytest.mark.django_db
SEARCH = reverse("portal:search")


@pytest.fixture
def archive():
    derm, kids = f.department("Dermatology"), f.department("Pediatric Dermatology")
    return {
        "scabies": f.thread(dept=derm, tags=["scabies"], title="Itching between the fingers at night",
                            body="Tiny burrows between my fingers, the whole family scratches.",
                            answer_body="This sounds like **scabies**; treat everyone at once."),
        "acne": f.thread(dept=derm, tags=["acne"], title="Painful cysts along the jawline",
                         body="Deep painful spots that last weeks.", answer_body="Hormonal acne is likely."),
        "kids": f.thread(dept=kids, tags=["scabies"], title="Toddler with itchy bumps on the soles",
                         body="Bumps on the soles of my son's feet.",
                         answer_body="Scabies in infants often shows there."),
        "derm": derm,
        "kids_dept": kids,
    }


def titles(results):
    return [hit.question.title for hit in results.hits]


def test_finds_words_in_title_question_and_answer_with_stemming(archive):
    assert titles(search_threads("burrow")) == ["Itching between the fingers at night"]  # question text, stemmed
    assert titles(search_threads("hormonal")) == ["Painful cysts along the jawline"]  # answer text
    assert set(titles(search_threads("scabies"))) == {"Itching between the fingers at night",
                                                      "Toddler with itchy bumps on the soles"}


def test_matched_words_are_highlighted_and_user_text_is_escaped(archive):
    f.thread(tags=["acne"], title="<script>alert(1)</script> itchy jawline", body="<b>jawline</b> rash")
    results = search_threads("jawline")
    html = " ".join(str(h.title_html) + str(h.excerpt_html) for h in results.hits)
    assert "<mark>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>" not in html


def test_filters_by_department_and_tag(archive):
    by_department = search_threads("scabies", department=archive["kids_dept"])
    assert titles(by_department) == ["Toddler with itchy bumps on the soles"]
    acne = f.tag("acne")
    assert titles(search_threads("painful", tag=acne)) == ["Painful cysts along the jawline"]


def test_unpublished_threads_never_appear(archive):
    f.question(tags=["scabies"], title="Pending scabies question", body="scabies scabies")
    removed = f.thread(tags=["scabies"], title="Removed scabies thread")
    report = f.thread(tags=["acne"]).reports.model.objects.create(question=removed, reason="spam")
    report_unpublish(report=report, by=f.user(is_staff=True))
    found = titles(search_threads("scabies"))
    assert "Pending scabies question" not in found and "Removed scabies thread" not in found
    assert len(found) == 2


def test_edited_answer_is_searchable(archive):
    answer = archive["acne"].answers.get()
    answer_edit(answer=answer, by=answer.doctor.user, body="Consider isotretinoin.")
    assert titles(search_threads("isotretinoin")) == ["Painful cysts along the jawline"]
    assert search_threads("hormonal").total == 0


@pytest.mark.parametrize(
    "query",
    ['"', '"unclosed phrase', "a & b", "&", "|", "!", "-", "scabies OR", "NEAR(x y)", "x*", "^scabies",
     "col:scabies", "\x00", "scab\x00ies", "😀 emoji", "疥瘡", "' OR 1=1 --", "x" * 10_000, " " * 50, ""],
)
def test_any_input_gives_results_or_an_empty_page(client, archive, query):
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200
    assert search_threads(query).total >= 0


@pytest.mark.parametrize("page", ["0", "-3", "abc", "999999", "1" * 40, ""])
def test_any_page_number_is_fine(client, archive, page):
    response = client.get(SEARCH, {"q": "scabies", "page": page})
    assert response.status_code == 200
    assert "Itching between the fingers" in response.content.decode() or \
        "Toddler with itchy bumps" in response.content.decode()


def test_unknown_filters_are_ignored(client, archive):
    response = client.get(SEARCH, {"q": "scabies", "department": "nope\x00", "tag": "x" * 500})
    assert response.status_code == 200


def test_only_the_newest_matches_are_ranked_and_the_best_of_them_come_first(monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    from qa import search

    monkeypatch.setattr(search, "CANDIDATES", 2)
    now = timezone.now()
    f.thread(tags=["scabies"], title="Burrows, burrows everywhere", body="Burrows on my wrists.",
             published_at=now - timedelta(days=30))  # the best match, but not among the 2 newest
    f.thread(tags=["scabies"], title="Night itching", body="Something like a burrow on one finger.",
             published_at=now - timedelta(days=2))
    f.thread(tags=["scabies"], title="A burrow on my hand", body="It itches.", published_at=now - timedelta(days=1))
    results = search_threads("burrow")
    # The newest two, the one with the word in its title first.
    assert titles(results) == ["A burrow on my hand", "Night itching"]
    assert results.capped


def test_pagination(archive):
    for n in range(25):
        f.thread(tags=["warts"], title=f"Wart number {n}", body="A common wart.")
    first, second = search_threads("wart"), search_threads("wart", page=2)
    assert first.total == 25 and first.pages == 2 and len(first.hits) == 20 and len(second.hits) == 5
    assert not set(titles(first)) & set(titles(second))


def test_search_page_shows_faq_articles_and_threads(client, archive):
    f.article(tags=["scabies"], title="Scabies: what to do", dept=archive["derm"])
    page = client.get(SEARCH, {"q": "scabies"}).content.decode()
    assert "FAQ articles" in page and "<mark>Scabies</mark>: what to do" in page
    assert "Itching between the fingers at night" in page


def test_faq_highlight_never_splits_an_entity(client, archive):
    f.article(title="Sun & skin: amp up protection", dept=archive["derm"])
    page = client.get(SEARCH, {"q": "amp"}).content.decode()
    assert "Sun &amp; skin: <mark>amp</mark> up protection" in page


def test_header_search_box_on_every_page(client, archive):
    for url in [reverse("portal:home"), archive["acne"].get_absolute_url(), reverse("faq:article_list"),
                reverse("qa:doctor_list"), reverse("qa:ask")]:
        page = client.get(url).content.decode()
        assert 'role="search"' in page and 'name="q"' in page, url


def test_search_page_query_count_is_fixed(client, archive, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(SEARCH, {"q": "itch"})  # the topics' names, read once while the archive's stamp stays
    with CaptureQueriesContext(connection) as ctx:
        client.get(SEARCH, {"q": "scabies"})
    before = len(ctx.captured_queries)
    # On PostgreSQL: the plan inputs (one query) and the time-limited ranking.
    assert before <= 12
    for n in range(30):
        f.thread(tags=["scabies", "itching"], title=f"Scabies case {n}")
    with django_assert_num_queries(before):
        client.get(SEARCH, {"q": "scabies"})


def test_snippets_show_the_answer_as_plain_text_with_the_matches_highlighted(client):
    f.thread(title="Itching weeks after treatment", body="My skin still itches after the cream.",
             answer_body="This is **post-scabies itch**: it can last weeks.\n\n### What you can do now\n\n"
                         "- A [soothing cream](https://example.org/cream) at _night_")
    page = client.get(reverse("portal:search"), {"q": "soothing"}).content.decode()

    assert "<mark>soothing</mark>" in page
    assert "post-scabies itch: it can last weeks. What you can do now A <mark>soothing</mark> cream at night" in page
    for markup in ("**", "###", "](", "_night_"):
        assert markup not in page
