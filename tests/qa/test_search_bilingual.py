"""Bilingual search: Chinese as bigrams (Simplified read as Traditional), topic names and aliases
in either language, on SQLite (FTS5) and PostgreSQL (tsvector)."""

import pytest
from django.db import connection
from django.urls import reverse

from qa import search
from qa.models import SearchDocument, TagAlias
from qa.services import question_retag
from tests import factories as f

pytestmark = pytest.mark.django_db
SEARCH = reverse("portal:search")


@pytest.fixture
def topics():
    urticaria, eczema = f.tag("Urticaria"), f.tag("Eczema")
    urticaria.name_zh, eczema.name_zh = "蕁麻疹", "濕疹"
    urticaria.save()
    eczema.save()
    for tag, name, language in ((urticaria, "hives", "en"), (urticaria, "風疹塊", "zh-hant"),
                                (eczema, "atopic dermatitis", "en")):
        TagAlias.objects.create(tag=tag, name=name, language=language)
    return {"urticaria": urticaria, "eczema": eczema}


@pytest.fixture
def archive(topics):
    doctor = f.doctor()
    return {
        "doctor": doctor,
        "named": f.thread(title="Is this chronic urticaria?", body="Welts every day for two months.",
                          answer_body="Chronic urticaria often has no single cause.", by=doctor),
        "lay": f.thread(title="Hives after a hot shower", body="Red raised bumps that fade in an hour.",
                        answer_body="Heat can trigger them.", by=doctor),
        "chinese": f.thread(title="全身起蕁麻疹怎麼辦", body="這兩天晚上全身都很癢，抓了會腫起來。",
                            answer_body="可以先服用抗組織胺，若嘴唇腫起來請立刻就醫。", by=doctor),
        "tagged": f.thread(tags=[topics["urticaria"]], title="Welts on my arms after running",
                           body="They come and go within a day.", answer_body="Keep a diary of triggers.",
                           by=doctor),
        "eczema_zh": f.thread(title="手肘的濕疹一直復發", body="冬天皮膚很乾，擦乳液也沒用。",
                              answer_body="請每天使用保濕劑。", by=doctor),
        "eczema_en": f.thread(title="Atopic dermatitis flares every winter", body="Dry skin on the elbows.",
                              answer_body="Moisturise twice a day.", by=doctor),
        "acne": f.thread(title="Painful cysts along the jawline", body="Deep painful spots.",
                         answer_body="Hormonal acne is likely.", by=doctor),
    }


def found(query, **kwargs) -> set[str]:
    return {hit.question.title for hit in search.search_threads(query, **kwargs).hits}


URTICARIA = {"Is this chronic urticaria?", "Hives after a hot shower", "全身起蕁麻疹怎麼辦",
             "Welts on my arms after running"}


def test_a_topic_alias_finds_every_thread_its_name_finds(archive):
    assert found("urticaria") == URTICARIA
    assert found("hives") == found("urticaria")
    assert found("Ｈives") == URTICARIA  # compared folded: case and width


def test_a_chinese_name_finds_the_topic_in_both_languages(archive):
    assert found("蕁麻疹") == URTICARIA
    assert found("风疹块") == URTICARIA  # a Chinese alias, typed in Simplified


def test_a_thread_filed_under_a_topic_is_found_by_its_names_without_using_them(archive):
    assert "Welts on my arms after running" in found("蕁麻疹")
    assert "Welts on my arms after running" not in found("welts arms eczema")


def test_a_multi_word_alias_is_a_phrase(archive):
    assert found("eczema") == {"手肘的濕疹一直復發", "Atopic dermatitis flares every winter"}
    assert found("atopic dermatitis") == found("eczema")
    assert found("濕疹") == found("eczema")


def test_simplified_chinese_finds_traditional(archive):
    assert found("湿疹") == {"手肘的濕疹一直復發", "Atopic dermatitis flares every winter"}
    assert found("皮肤很干") == {"手肘的濕疹一直復發"}  # 皮膚很乾, after OpenCC's s2tw


def test_chinese_words_are_found_inside_sentences_as_bigram_phrases(archive):
    assert found("抗組織胺") == {"全身起蕁麻疹怎麼辦"}
    assert found("保濕") == {"手肘的濕疹一直復發"}
    assert found("織組") == set()  # the characters, but not in this order
    assert found("嘴唇 抗組織胺") == {"全身起蕁麻疹怎麼辦"}  # each run must match
    assert found("嘴唇 保濕") == set()


def test_one_character_finds_it_anywhere_in_a_run(archive):
    assert found("癢") == {"全身起蕁麻疹怎麼辦"}  # "很癢": the last character of its run
    assert found("乾") == {"手肘的濕疹一直復發"}


def test_english_and_chinese_together(archive):
    assert found("hives 抗組織胺") == {"全身起蕁麻疹怎麼辦"}
    assert found("shower 蕁麻疹") == {"Hives after a hot shower"}
    assert found("jawline 蕁麻疹") == set()


def test_excerpts_and_titles_show_the_original_text_with_chinese_matches_marked(archive):
    results = search.search_threads("荨麻疹")  # Simplified
    hit = next(h for h in results.hits if h.question.title == "全身起蕁麻疹怎麼辦")
    assert hit.title_html == "全身起<mark>蕁麻疹</mark>怎麼辦"
    hit = next(h for h in search.search_threads("抗組織胺").hits)
    assert "<mark>抗組織胺</mark>" in hit.excerpt_html
    assert "若嘴唇腫起來" in hit.excerpt_html  # the text itself, not its bigrams
    assert "組織 織胺" not in hit.excerpt_html


def test_english_highlighting_is_unchanged(archive):
    hit = search.search_threads("shower").hits[0]
    assert hit.title_html == "Hives after a hot <mark>shower</mark>"


def test_retagging_a_thread_reindexes_its_topics(archive, topics):
    thread = archive["acne"]
    assert thread.title not in found("蕁麻疹")
    question_retag(question=thread, doctor=archive["doctor"], tags=[topics["urticaria"]])
    assert thread.title in found("蕁麻疹")
    question_retag(question=thread, doctor=archive["doctor"], tags=[])
    assert thread.title not in found("hives")


def test_the_topic_token_is_no_search_word(archive, topics):
    assert found(f"{search.TOPIC_TOKEN}{topics['urticaria'].pk}") == set()


def test_a_rebuild_indexes_the_same(archive):
    before = {q: found(q) for q in ("hives", "濕疹", "癢", "shower 蕁麻疹", "acne")}
    segmented = dict(SearchDocument.objects.values_list("question_id", "segmented"))
    search.rebuild_index(batch=2)
    assert dict(SearchDocument.objects.values_list("question_id", "segmented")) == segmented
    assert {q: found(q) for q in before} == before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the counts are PostgreSQL's")
def test_the_counts_follow_the_bigrams_and_the_topics(archive, topics):
    from tests.qa.test_search_terms import counted, recounted  # noqa: PLC0415

    assert counted() == recounted()
    terms = counted()[0]
    assert terms["蕁麻"] == 1 and terms[f"{search.TOPIC_TOKEN}{topics['urticaria'].pk}"] == 1
    assert not any("復發" in term and len(term) > 2 for term in terms)  # no run of Chinese as one lexeme
    question_retag(question=archive["acne"], doctor=archive["doctor"], tags=[topics["urticaria"]])
    assert counted() == recounted()
    search.rebuild_index()
    assert counted() == recounted()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="websearch_to_tsquery is PostgreSQL's")
def test_websearch_syntax_keeps_its_meaning_around_aliases(archive):
    assert found("hives -shower") == URTICARIA - {"Hives after a hot shower"}
    assert found("hives or acne") == {"Hives after a hot shower", "Painful cysts along the jawline"}
    assert found('"hives after"') == {"Hives after a hot shower"}


MIXED_INPUT = ["蕁", "癢", "hives 蕁麻疹", "，。！？「」", "   ", "蕁" * 200, "湿疹" * 100, "x蕁y麻z疹" * 20,
               "hives -", "-蕁麻疹", '"蕁麻疹', "蕁麻疹 OR", "or 蕁麻疹 or", "(蕁麻疹 | 濕疹) & !癢", "'蕁麻疹'",
               "qatag1 qatag", "的", "我的蕁麻疹嗎", "風疹塊 atopic dermatitis hives urticaria 濕疹 eczema",
               "Ｈｉｖｅｓ　蕁麻疹", "蕁麻疹\x00濕疹", "😀蕁麻疹😀", "ㄅㄆㄇ", "ｱｲｳ", "한국어 피부"]


@pytest.mark.parametrize("query", MIXED_INPUT)
def test_any_mix_of_languages_gives_results_or_an_empty_page(archive, client, query):
    assert search.search_threads(query).total >= 0
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200


def test_a_chinese_query_on_the_search_page(archive, client):
    response = client.get(SEARCH, {"q": "湿疹"})
    assert response.status_code == 200
    assert "手肘的<mark>濕疹</mark>一直復發" in response.content.decode()


def test_texts_converted_together_are_converted_as_one_by_one():
    texts = ["冬天皮膚很乾，擦乳液也沒用。", "English only", "皮肤很干 湿疹", "", "乾", "頭髮 發作 着凉", "😀蕁麻疹"]
    assert search.han_forms(texts) == [search.han_form(text) for text in texts]
    assert search.han_form("湿疹") == search.han_form("濕疹") == search.han_form("溼疹")


def test_a_long_chinese_query_searches_its_beginning_and_never_its_rest_as_english(archive):
    assert found("抗組織胺" + "。" + "不" * 60) == set()  # the 40 characters searched do not all match
    assert found("hives " + "，" * 10 + "抗組織胺") == {"全身起蕁麻疹怎麼辦"}


def test_a_new_alias_is_searched_at_once_though_topic_names_are_kept_between_searches(client):
    from qa import services

    hives = f.tag("Urticaria")
    thread = f.thread(tags=[hives], title="Welts after a cold shower")
    assert search.search_threads("nettlerash").total == 0  # the names are now kept in this process
    staff = f.user(is_staff=True)
    services.tag_alias_add(tag=hives, name="nettlerash", by=staff)  # moves the archive's stamp
    assert [hit.question.pk for hit in search.search_threads("nettlerash").hits] == [thread.pk]
