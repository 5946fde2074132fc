"""The counts qa.search keeps (SearchTerm, SearchDepartment), the estimate and the plan it makes from
them, and the ways of finding the candidates, which all agree with a brute-force search."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from qa import search
from qa.models import Report, SearchDepartment, SearchTerm
from qa.services import answer_edit, report_unpublish
from tests import factories as f

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="the counts and plans are PostgreSQL's")

BAD_INPUT = ['"', '"unclosed phrase', "a & b", "&", "|", "!", "-", "--", "-acne", "acne OR", "or", "the",
             "NEAR(x y)", "x*", "^acne", "col:acne", "\x00", "ac\x00ne", "😀 emoji", "疥瘡", "' OR 1=1 --",
             "''", "o'neil's", "a <-> b", "(a | b) & !c", "T", "'T'", "x" * 10_000, " " * 50, ""]


def counted() -> tuple[dict, dict]:
    return (dict(SearchTerm.objects.values_list("term", "documents")),
            dict(SearchDepartment.objects.values_list("department_id", "documents")))


def recounted() -> tuple[dict, dict]:
    """What the counts should be, counted from the index itself."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT word, ndoc FROM ts_stat('SELECT vector FROM qa_searchdocument')")
        terms = dict(cursor.fetchall())
        cursor.execute("SELECT department_id, count(*) FROM qa_searchdocument GROUP BY department_id")
        return terms, dict(cursor.fetchall())


def unpublish(thread):
    report = Report.objects.create(question=thread, reason=Report.Reason.SPAM)
    report_unpublish(report=report, by=f.user(is_staff=True))


# ---- the counts -------------------------------------------------------------------------------

@postgresql_only
def test_the_counts_follow_publication_edit_and_unpublication():
    derm, kids = f.department("Dermatology"), f.department("Pediatric Dermatology")
    acne = f.thread(dept=derm, title="Painful cysts along the jawline", body="Deep painful spots.",
                    answer_body="Hormonal acne is likely.")
    f.thread(dept=kids, title="Toddler with itchy bumps", body="Bumps on the soles.", answer_body="Scabies.")
    terms, departments = counted()
    assert (terms, departments) == recounted()
    assert terms["jawlin"] == 1 and terms["bump"] == 1 and terms["hormon"] == 1
    assert departments == {derm.pk: 1, kids.pk: 1}

    third = f.thread(dept=derm, title="More painful spots", body="Painful again.")
    assert counted() == recounted()
    assert SearchTerm.objects.get(term="pain").documents == 2  # once per thread, however often in it

    answer = acne.answers.get()
    answer_edit(answer=answer, by=answer.doctor.user, body="Consider isotretinoin.")
    assert counted() == recounted()
    assert SearchTerm.objects.get(term="isotretinoin").documents == 1
    assert not SearchTerm.objects.filter(term="hormon").exists()  # a count at zero is removed

    unpublish(third)
    assert counted() == recounted()
    assert SearchTerm.objects.get(term="pain").documents == 1
    assert SearchDepartment.objects.get(department=derm).documents == 1

    unpublish(acne)
    assert counted() == recounted()
    assert not SearchTerm.objects.filter(term="jawlin").exists()
    assert dict(SearchDepartment.objects.values_list("department_id", "documents")) == {kids.pk: 1}


@postgresql_only
def test_a_rebuild_gives_the_counts_the_incremental_path_kept():
    for n in range(6):
        f.thread(dept=f.department("Dermatology" if n % 2 else "Hair and Nails"), title=f"Rash number {n}",
                 body=f"Itchy rash on the {('back', 'arm', 'scalp')[n % 3]}.")
    answer = f.thread(title="Warts on the knee").answers.get()
    answer_edit(answer=answer, by=answer.doctor.user, body="Cryotherapy works for common warts.")
    unpublish(f.thread(title="Spam spam spam"))
    incremental = counted()
    assert incremental == recounted()
    assert search.rebuild_index() == 7
    assert counted() == incremental


@postgresql_only
def test_counts_missing_from_the_table_never_break_a_publication():
    thread = f.thread(title="Peeling skin on the palms", body="Peeling.")
    SearchTerm.objects.all().delete()  # as if the counts had been lost
    SearchDepartment.objects.all().delete()
    unpublish(thread)  # subtracts from counts that are not there: nothing is left below zero
    assert counted() == ({}, {})


# ---- the estimate and the plan ----------------------------------------------------------------

@pytest.mark.parametrize(("tree", "expected"), [
    ("'acn'", 0.3),
    ("'acn' & 'back'", 0.3 * 0.04),  # and: the product of the shares
    ("'red' <-> 'spot'", 0.02 * 0.01),  # a phrase: as and
    ("'acn' | 'back'", 0.34),  # or: the sum
    ("'acn' | 'back' | 'red' | 'spot' | 'skin'", 1),  # … at most every thread
    ("'acn' & !'back'", 0.3),  # querytree leaves negations out; one that is there may match anything
    ("'unknown'", 0),
    ("T", 1),  # only negations: anything may match
    ("", 0),  # only stop words: nothing matches
    ("( 'acn' | 'red' ) & 'spot'", 0.32 * 0.01),
    ("'o''neil'", 0.002),
])
def test_the_share_of_threads_a_query_tree_matches(tree, expected):
    shares = {"acn": 0.3, "back": 0.04, "red": 0.02, "spot": 0.01, "skin": 0.9, "o'neil": 0.002}
    assert search._share(search._parse_tree(tree), shares) == pytest.approx(expected)


@pytest.mark.parametrize("tree", ["'", "'a' &", "& 'a'", "(((", ")", "'a' <-> ", "!", "|", "'a' 'b'", "<->"])
def test_any_query_tree_gives_a_share(tree):
    assert 0 <= search._share(search._parse_tree(tree), {"a": 0.5}) <= 1


@pytest.fixture
def counts():
    """Counts as of a million threads in two departments, written directly; five real threads from
    30 days ago to now give the time span."""
    derm, hair = f.department("Dermatology"), f.department("Hair and Nails")
    now = timezone.now()
    threads = [f.thread(dept=derm, title=f"Thread {n}", published_at=now - timedelta(days=30 - 7.5 * n))
               for n in range(5)]
    SearchTerm.objects.all().delete()
    SearchTerm.objects.bulk_create([SearchTerm(term=t, documents=n) for t, n in [
        ("acn", 300_000), ("itchi", 100_000), ("rash", 40_000), ("annular", 20_000), ("granuloma", 8_000),
        ("burrow", 500)]])
    SearchDepartment.objects.all().delete()
    SearchDepartment.objects.bulk_create([SearchDepartment(department=derm, documents=750_000),
                                          SearchDepartment(department=hair, documents=250_000)])
    return {"derm": derm, "hair": hair, "threads": threads}


@postgresql_only
@pytest.mark.parametrize(("query", "strategy", "matches"), [
    ("acne", "recent", 300_000),  # 30 % of the threads: 200 are expected among the newest 700
    ("rash", "recent", 40_000),  # 4 %: 200 among the newest 5,000, the most "recent" may expect
    ("itchy acne", "window", 30_000),  # and: 10 % of 30 %
    ("annulare", "window", 20_000),  # 2 %: too rare for the walk, too many to read every match
    ("granuloma", "window", 8_000),
    ("granuloma annulare", "index", 160),  # rare: every match is read
    ("burrow", "index", 500),
    ("burrows -acne", "index", 500),  # a negation is not looked up
    ("burrow or granuloma", "window", 8_500),
    ("neverseen", "index", 0),
    ("-acne", "recent", 1_000_000),  # nothing to look up in the index: the newest are tested
])
def test_the_plan_follows_the_estimate(counts, query, strategy, matches):
    plan = search.pg_plan(query)
    assert (plan.strategy, plan.in_scope) == (strategy, 1_000_000)
    assert plan.matches == pytest.approx(matches)
    assert search.pg_ranking_query(query)[2] == strategy


@postgresql_only
def test_the_window_starts_where_the_expected_matches_are_enough(counts):
    oldest, newest = counts["threads"][0].published_at, counts["threads"][-1].published_at
    plan = search.pg_plan("annulare")  # 20,000 matches: 6 × 200 of them in the newest 6 % of the span
    assert plan.since == newest - (newest - oldest) * (6 * 200 / 20_000)
    assert search.pg_plan("granuloma").since == newest - (newest - oldest) * (6 * 200 / 8_000)
    plan = search.pg_plan("annulare", department_id=counts["hair"].pk)  # no thread in the department
    assert (plan.strategy, plan.since) == ("index", None)


@postgresql_only
def test_the_estimate_is_scaled_to_the_department_and_the_tag(counts):
    plan = search.pg_plan("annulare", department_id=counts["derm"].pk)
    assert (plan.in_scope, plan.matches, plan.strategy) == (750_000, 15_000, "window")
    small = f.tag("small")
    small.num_published = 10_000
    small.save()
    plan = search.pg_plan("annulare", tag_id=small.pk)  # 1 % of the threads: 200 matches expected
    assert (plan.in_scope, plan.matches, plan.strategy) == (10_000, 200, "index")
    plan = search.pg_plan("acne", department_id=counts["derm"].pk, tag_id=small.pk)
    assert (plan.in_scope, plan.matches, plan.strategy) == (7_500, 2_250, "recent")


@postgresql_only
def test_with_nothing_counted_every_match_is_looked_up():
    f.thread(title="Burrows between the fingers")
    SearchTerm.objects.all().delete()
    SearchDepartment.objects.all().delete()
    assert search.pg_plan("burrow").strategy == "index"
    assert [hit.question.title for hit in search.search_threads("burrow").hits] == ["Burrows between the fingers"]


@postgresql_only
def test_a_query_of_stop_words_only_reads_nothing(counts, django_assert_num_queries):
    # The topics the words may name, and what the plan is made from: the query tree is empty.
    with django_assert_num_queries(2):
        assert search._pg_ranked_ids("the and or", None, None) == []


# ---- every way finds the same candidates as a brute-force search --------------------------------

@pytest.fixture
def corpus():
    """14 threads in two departments, in pairs published at the same time (ties of time), many
    with the same text (ties of rank)."""
    derm, hair = f.department("Dermatology"), f.department("Hair and Nails")
    now = timezone.now().replace(microsecond=0)
    texts = ["Burrows between the fingers.", "Dry patches on the elbows.", "Burrows and burrows, itchy burrows.",
             "Burrows between the fingers.", "An itchy scalp.", "Burrows between the fingers."]
    made = []
    for n in range(14):
        made.append(f.thread(dept=derm if n % 3 else hair, tags=["scabies"] if n % 2 else ["itching"],
                             title="Itching at night" if n % 4 else "Burrow on the wrist",
                             body=texts[n % len(texts)], published_at=now - timedelta(days=n // 2)))
    return {"derm": derm, "hair": hair, "threads": made}


def brute_force(query, department_id=None, tag_id=None):
    """Every indexed thread tested: the CANDIDATES newest matches in scope, best first."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT d.question_id, d.department_id, d.published_at, d.vector @@ q, ts_rank_cd(d.vector, q),"
            " ARRAY(SELECT t.tag_id FROM qa_question_tags t WHERE t.question_id = d.question_id)"
            " FROM qa_searchdocument d, websearch_to_tsquery('english', %s) q", [query])
        rows = cursor.fetchall()
    matching = [r for r in rows if r[3] and department_id in (None, r[1]) and (tag_id is None or tag_id in r[5])]
    newest = sorted(matching, key=lambda r: (r[2], r[0]), reverse=True)[: search.CANDIDATES]
    return [r[0] for r in sorted(newest, key=lambda r: (-r[4], -r[0]))]


SLOW = dict.fromkeys([(False, False), (True, False), (False, True), (True, True)], "SELECT 1 FROM pg_sleep(2)")


def run(query, strategy, department_id=None, tag_id=None, since=None):
    sql, params, used = search.pg_ranking_query(query, department_id, tag_id, strategy=strategy, since=since)
    assert used == strategy
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


@postgresql_only
@pytest.mark.parametrize("candidates", [3, 4, 200])
@pytest.mark.parametrize("query", ["burrow", "itchy burrows", "burrows -itchy", "itching or elbows",
                                   '"between the fingers"', "nothing-like-this"])
def test_every_strategy_finds_what_a_brute_force_search_finds(corpus, monkeypatch, candidates, query):
    monkeypatch.setattr(search, "CANDIDATES", candidates)
    oldest = corpus["threads"][-1].published_at
    scopes = [(None, None), (corpus["derm"].pk, None), (None, f.tag("scabies").pk),
              (corpus["hair"].pk, f.tag("itching").pk)]
    for department_id, tag_id in scopes:
        expected = brute_force(query, department_id, tag_id)
        for strategy, since in (("recent", None), ("index", None), ("window", oldest)):
            assert run(query, strategy, department_id, tag_id, since) == expected, (strategy, department_id, tag_id)
        assert search._pg_ranked_ids(query, department_id, tag_id) == expected


@postgresql_only
@pytest.mark.parametrize("strategy", ["recent", "window", "index"])
def test_whichever_strategy_is_chosen_the_search_finds_the_newest_matches(corpus, monkeypatch, strategy):
    """The recent walk and the window both hold too few matches here: every match is looked up."""
    monkeypatch.setattr(search, "CANDIDATES", 4)
    monkeypatch.setattr(search, "RECENT_SCAN_ROWS", 3)
    since = corpus["threads"][3].published_at  # the 4 newest threads hold 3 matches of "burrow"
    monkeypatch.setattr(search, "pg_plan", lambda *args: search.Plan(strategy, since=since))
    assert search._pg_ranked_ids("burrow", None, None) == brute_force("burrow")
    results = search.search_threads("burrow")
    assert [hit.question.pk for hit in results.hits] == brute_force("burrow") and results.capped


@postgresql_only
def test_past_the_time_limit_the_newest_matches_the_window_found_are_shown(corpus, monkeypatch):
    monkeypatch.setattr(search, "INDEX_TIMEOUT_MS", 50)
    monkeypatch.setattr(search, "PG_STRATEGIES", {**search.PG_STRATEGIES, "index": SLOW})
    since = corpus["threads"][3].published_at  # the 4 newest threads hold 3 matches of "burrow"
    monkeypatch.setattr(search, "pg_plan", lambda *args: search.Plan("window", since=since))
    assert len(run("burrow", "window", since=since)) == 3  # too few: every match is looked up, too slowly
    assert search._pg_ranked_ids("burrow", None, None) == run("burrow", "window", since=since)


@postgresql_only
def test_a_search_past_its_time_limit_shows_the_newest_matches_and_restores_the_limit(corpus, monkeypatch):
    monkeypatch.setattr(search, "INDEX_TIMEOUT_MS", 50)
    monkeypatch.setattr(search, "PG_STRATEGIES", {**search.PG_STRATEGIES, "index": SLOW})
    monkeypatch.setattr(search, "pg_plan", lambda *args: search.Plan("index"))
    assert search._pg_ranked_ids("burrow", None, None) == run("burrow", "recent")
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"  # the limit did not outlive the search


# ---- bad input ---------------------------------------------------------------------------------

@postgresql_only
@pytest.mark.parametrize("query", BAD_INPUT)
def test_bad_input_never_fails_a_plan_or_a_strategy(corpus, query):
    query = search.clean_query(query)
    search.pg_plan(query, corpus["derm"].pk, f.tag("scabies").pk)
    for strategy, since in (("recent", None), ("index", None), ("window", corpus["threads"][-1].published_at)):
        run(query, strategy, since=since)


@pytest.mark.parametrize("query", BAD_INPUT)
def test_bad_input_never_fails_a_search(client, query):
    f.thread(tags=["acne"], title="Painful cysts along the jawline", body="Deep painful spots.")
    assert search.search_threads(query).total >= 0
    assert client.get("/search/", {"q": query, "page": "x"}).status_code == 200
