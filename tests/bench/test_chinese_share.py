"""`bench/generate_corpus.py --zh-share`: a share of the synthetic threads written in Traditional
Chinese, the topics' Chinese names and lay aliases, and the Chinese and alias searches of
`bench/measure.py`."""

import hashlib
import re
from collections import Counter
from io import StringIO

import pytest
from django.db import connection
from django.utils.text import slugify

from accounts.languages import detect, fold
from bench import generate_corpus
from bench.corpus import ANSWER_COLUMNS, QUESTION_COLUMNS, Corpus, CorpusConfig, ThreadIds
from qa.models import Answer, Question, Tag, TagAlias
from qa.selectors import tag_named

pytestmark = pytest.mark.django_db

SMALL = {"questions": 300, "tags": 200, "doctors": 20, "faq": 12}
Q = {name: i for i, name in enumerate(QUESTION_COLUMNS)}
A = {name: i for i, name in enumerate(ANSWER_COLUMNS)}
HAN = re.compile(r"[\u4e00-\u9fff]")
# The thread rows of SMALL with seed 1 before Chinese threads existed (the language columns aside).
ENGLISH_DIGEST = "a8dbc9a13e9313d53bbd34e0c53105785a39a86850ffb9528018951b3d41333f"


def rows(zh_share=0.0, **config):
    corpus = Corpus(CorpusConfig(**{**SMALL, **config}, zh_share=zh_share))
    ids = ThreadIds(
        question_start=1, answer_start=1, question_tag_start=1, body_site_start=1,
        patients=range(1, corpus.patient_count + 1), doctors=range(1, len(corpus.doctors) + 1),
        tags=range(1, len(corpus.tags) + 1), departments={"dermatology": 1, "pediatric-dermatology": 2},
    )
    return corpus, list(corpus.threads(ids))


def generate(**options) -> str:
    argv = ["--no-rebuild"]
    for name, value in {**SMALL, **options}.items():
        flag = "--" + name.replace("_", "-")
        argv += [flag] if value is True else [flag, str(value)]
    out, err = StringIO(), StringIO()
    status = generate_corpus.main(argv, stdout=out, stderr=err)
    assert status == 0, err.getvalue()
    return out.getvalue()


def test_no_chinese_share_leaves_the_english_archive_as_it_was():
    _, threads = rows()
    digest = hashlib.sha256()
    for question, answer, tag_rows, site_rows in threads:
        assert question[Q["language"]] == answer[A["language"]] == "en"
        digest.update(repr((question[:Q["language"]], answer[:A["language"]], tag_rows, site_rows)).encode())
    assert digest.hexdigest() == ENGLISH_DIGEST


def test_the_chinese_share_is_honoured_and_topics_keep_their_distribution():
    corpus, threads = rows(0.2, questions=5000)
    chinese = [t for t in threads if t[0][Q["language"]] == "zh-hant"]
    assert abs(len(chinese) / len(threads) - 0.2) <= 0.02
    # The topics a thread is about do not depend on its language: the popular topics have about
    # the same share of Chinese threads as the archive.
    first_tags = Counter(t[2][0][2] for t in threads)
    for tag_id, count in first_tags.most_common(5):
        zh = sum(1 for t in chinese if t[2][0][2] == tag_id)
        assert 0.12 <= zh / count <= 0.28, corpus.tags[tag_id - 1].name
    tags_per_thread = [len(t[2]) for t in threads]
    zh_tags_per_thread = [len(t[2]) for t in chinese]
    assert abs(sum(zh_tags_per_thread) / len(chinese) - sum(tags_per_thread) / len(threads)) < 0.2


def test_chinese_threads_are_written_in_chinese_about_their_topics():
    corpus, threads = rows(0.3, questions=2000)
    chinese = [t for t in threads if t[0][Q["language"]] == "zh-hant"]
    itchy = 0
    for question, answer, tag_rows, _ in chinese:
        title, body, reply = question[Q["title"]], question[Q["body"]], answer[A["body"]]
        assert answer[A["language"]] == "zh-hant"
        for text in (title, body, reply):
            assert HAN.search(text) and detect(text) == "zh-hant"
        assert not re.search("[A-Za-z0-9]", title)  # so its address is /questions/<id>/question/
        assert question[Q["slug"]] == (slugify(title) or "question")
        assert len(answer[A["summary"]]) <= 220
        names = [corpus.tags[row[2] - 1].name_zh for row in tag_rows]
        assert names[0] in title + body
        # A disease name turns up only in threads about it (here: psoriasis and eczema).
        for disease in ("乾癬", "濕疹"):
            if disease in body + reply:
                assert any(disease in name for name in names), (disease, names)
        itchy += "癢" in body
    # A common word is in most Chinese questions.
    assert itchy > 0.5 * len(chinese)


def test_the_database_holds_the_languages_the_chinese_names_and_the_aliases():
    output = generate(zh_share=0.5)
    assert "50% in Chinese" in output
    questions = Question.objects.count()
    chinese = Question.objects.filter(language="zh-hant")
    assert 0.4 * questions <= chinese.count() <= 0.6 * questions
    assert Answer.objects.filter(language="zh-hant").count() == chinese.count()
    assert not Answer.objects.filter(language="zh-hant").exclude(question__language="zh-hant").exists()
    assert all(HAN.search(title) for title in chinese.values_list("title", flat=True))
    assert not Question.objects.filter(language="en", title__regex=r"[\u4e00-\u9fff]").exists()
    acne, hives = Tag.objects.get(name="Acne"), Tag.objects.get(name="Hives")
    assert (acne.name_zh, hives.name_zh, Tag.objects.get(name="Urticaria").name_zh) == ("痤瘡", "風疹塊", "蕁麻疹")
    assert acne.description_zh == "關於痤瘡的問題。"
    assert not Tag.objects.filter(name_zh="").exists()
    assert tag_named("pimples") == tag_named("痘痘") == tag_named("青春痘") == acne
    assert tag_named("welts") == tag_named("風疹塊") == hives
    assert TagAlias.objects.get(key="痘痘").language == "zh-hant"
    # Appending a second corpus keeps one topic per alias.
    generate(zh_share=0.5, questions=20, seed=2, append=True)
    assert TagAlias.objects.filter(key="pimples").count() == 1


def test_every_name_and_alias_leads_to_one_topic():
    corpus = Corpus(CorpusConfig(questions=1))
    topics: dict[str, set[int]] = {}
    for index, tag in enumerate(corpus.tags):
        for name in (tag.name, tag.name_zh, tag.slug):
            topics.setdefault(fold(name), set()).add(index)
    assert all(len(tags) == 1 for tags in topics.values())
    aliases = [fold(name) for _, name, _ in corpus.tag_aliases()]
    assert len(set(aliases)) == len(aliases) and not set(aliases) & set(topics)


def test_refuses_a_share_out_of_range():
    out, err = StringIO(), StringIO()
    assert generate_corpus.main(["--questions", "5", "--zh-share", "1.5"], stdout=out, stderr=err) == 1
    assert "zh_share" in err.getvalue()
    assert not Question.objects.exists()


def test_measure_plans_chinese_and_alias_searches_only_for_a_corpus_with_a_chinese_share():
    from bench import measure

    generate(zh_share=0.2, questions=60)
    assert measure.has_chinese_share()
    popular = list(Tag.objects.order_by("-num_published")[:20])
    rare = list(Tag.objects.order_by("num_published")[:20])
    english = measure.search_queries(popular, rare, chinese=False)
    groups = measure.search_queries(popular, rare, chinese=True)
    assert set(english) == {"common", "rare", "multi-word", "all"}
    assert {g: groups[g] for g in english} == english
    assert {"痘痘", "風疹塊", "湿疹", "濕疹 癢"} <= set(groups["zh"])
    assert {"hives", "pimples"} <= set(groups["alias"])
    plan = measure.search_plan(groups)
    assert plan["search"] == measure.search_plan(english)["search"]
    assert "search zh" not in measure.search_plan(english)
    assert "/search/?q=%E7%97%98%E7%97%98" in plan["search zh"]["paths"]  # 痘痘
    assert "/search/?q=pimples" in plan["search alias"]["paths"]
    assert plan["search zh (page cache missed)"]["unique"] and plan["search alias (page cache missed)"]["unique"]


def test_chinese_threads_load_rebuild_and_render(client):
    out, err = StringIO(), StringIO()
    argv = ["--questions", "60", "--tags", "50", "--doctors", "4", "--faq", "2", "--zh-share", "0.5"]
    assert generate_corpus.main(argv, stdout=out, stderr=err) == 0, err.getvalue()
    question = Question.objects.filter(language="zh-hant").first()
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    assert question.title in response.content.decode()
    assert client.get("/search/", {"q": "癢"}).status_code == 200


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY needs PostgreSQL")
def test_copy_loads_the_chinese_threads_as_generated():
    generate(zh_share=0.5, method="copy")
    _, threads = rows(0.5)
    stored = list(Question.objects.order_by("pk").values_list("title", "body", "language"))
    assert stored == [(q[Q["title"]], q[Q["body"]], q[Q["language"]]) for q, *_ in threads]
    assert list(Answer.objects.order_by("pk").values_list("summary", "language")) == [
        (a[A["summary"]], a[A["language"]]) for _, a, *_ in threads
    ]


def test_the_report_shows_the_chinese_and_alias_searches_apart(tmp_path, capsys):
    import json

    from bench import report

    timing = {"n": 3, "p50_ms": 1.0, "p95_ms": 2.0}
    pages = ["trivial", "thread", "search", "search zh", "search zh (page cache missed)", "search alias"]
    (tmp_path / "10000").mkdir()
    (tmp_path / "10000" / "load.json").write_text(json.dumps(
        {page: {"rps": 50.0, "p50_ms": 1, "p95_ms": 2, "p99_ms": 3, "errors": 0} for page in pages}))
    (tmp_path / "10000" / "measure.json").write_text(json.dumps({
        "threads": 10000, "tags": 3000, "queries_per_page": {"thread": {"min": 2, "max": 2}},
        "similar_read": timing, "search": dict.fromkeys(("rare", "common", "multi-word", "all", "zh", "alias"), timing),
    }))
    report.main(tmp_path)
    out = capsys.readouterr().out
    assert "| search zh | 50.0 |" in out and "| search zh (page cache missed) |" in out and "| search alias |" in out
    assert "Search in Chinese and by alias" in out
    assert "search zh" not in out.split("## Targets")[1]
