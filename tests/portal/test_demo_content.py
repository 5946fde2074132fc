"""The demo archive's text (portal/demo/): fictional places, consistent advice, one spelling."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from accounts.languages import Language, detect, fold
from portal.demo import content
from tests import factories as f

DEMO = Path(content.__file__).resolve().parent
TEXTS = {path.relative_to(DEMO).as_posix(): path.read_text(encoding="utf-8")
         for path in sorted([*DEMO.glob("*/*.md"), DEMO / "people.json"])}

# Real hospitals, each with the word that sets it apart: a demo hospital must not be one of them,
# nor sound like one ("Harbourview Medical Centre" is Harborview Medical Center in Seattle).
REAL_HOSPITALS = {
    "Riverside General Hospital": "riverside",  # Houston
    "Harborview Medical Center": "harborview",  # Seattle
    "Valley Children's Hospital": "valley",  # Madera, California
    "Massachusetts General Hospital": "massachusetts",
    "Johns Hopkins Hospital": "hopkins",
    "Mayo Clinic": "mayo",
    "Cleveland Clinic": "cleveland",
    "Cedars-Sinai Medical Center": "sinai",
    "Great Ormond Street Hospital": "ormond",
    "St Thomas' Hospital": "thomas",
    "Toronto General Hospital": "toronto",
    "National Taiwan University Hospital": "taiwan",
    "Chang Gung Memorial Hospital": "gung",
    "Mackay Memorial Hospital": "mackay",
    "Taipei Veterans General Hospital": "veterans",
}


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def words(name: str) -> set[str]:
    name = name.lower().replace("harbour", "harbor").replace("centre", "center")
    return set(re.findall(r"[a-z]+", name)) - {"the", "of", "s", "st"}


def demo_hospitals() -> list[str]:
    people = content.people()
    return [data["hospital"] for data in [*people["DOCTORS"].values(), *people["APPLICANTS"].values()]]


@pytest.mark.parametrize("hospital", demo_hospitals())
def test_no_demo_hospital_is_or_sounds_like_a_real_one(hospital):
    for real, telling_word in REAL_HOSPITALS.items():
        assert words(hospital) != words(real), real
        assert telling_word not in words(hospital), real


def test_single_hives_last_under_24_hours_everywhere():
    for name, text in TEXTS.items():
        for hours in re.findall(r"(?:welts?|hives?|wheals?)[^.]*?(\d+) hours", text, re.I):
            assert hours == "24", name
        for hours in re.findall(r"(?:膨疹|蕁麻疹|風疹塊)[^。\n]*?(\d+) ?小時", text):
            assert hours == "24", name


def test_laundry_is_washed_at_60_degrees_everywhere():
    for name, text in TEXTS.items():
        for temperature in re.findall(r"\bwash[^.]*?\bat (\d+) ?(?:°C|degrees)", text, re.I):
            assert temperature == "60", name
        for sentence in re.findall(r"[^。\n]*洗[^。\n]*", text):
            for temperature in re.findall(r"(\d+) ?(?:°C|度)", sentence):
                assert temperature == "60", name


def test_the_moles_article_teaches_the_efg_rule_for_nodular_melanoma():
    text = TEXTS["faq/moles-when-to-worry.md"]
    assert "nodular melanoma" in text.lower()
    assert all(word in text for word in ("**E**levated", "**F**irm", "**G**rowing"))


AMERICAN = re.compile(r"\b(colou?r(?<!colour)\w*|colored|moisturiz\w*|gray|center(?:s|ed)?|anesthe\w*|sulfide"
                      r"|pediatrician|behavior\w*|favor\w*|odor\w*|tumor\w*|diarrhea|hemorrhag\w*|aluminum"
                      r"|pediatric (?:dermatolog\w*|department))\b", re.I)


def prose(name: str, text: str) -> str:
    """What visitors read: not the keys (department, tags) nor the keywords that match what
    patients type, in either spelling."""
    if name == "people.json":
        return " ".join(re.findall(r'"(?:name|description|bio)": "([^"]*)"', text))
    return "\n".join(line for line in text.splitlines() if not line.startswith(("department:", "tags:")))


def test_demo_text_uses_british_spelling_like_the_site():
    found = {name: AMERICAN.findall(prose(name, text)) for name, text in TEXTS.items()}
    assert {name: spellings for name, spellings in found.items() if spellings} == {}


def test_no_two_demo_questions_tell_the_same_story():
    """A coarse guard: two tellings of one story (the 14- and the 16-year-old with a coin-sized bald
    patch, a second one above the ear, after exams) shared 37 % of their words; different
    questions on one topic share under 31 %."""
    def vocabulary(item):
        # Chinese has no spaces between words: its pairs of neighbouring characters stand in for words.
        text = f"{item['title']} {item['body']}".lower()
        return set(re.findall(r"[a-z]+", text)) | {run[i:i + 2] for run in HAN_RUN.findall(text)
                                                    for i in range(len(run) - 1)}

    items = [*content.threads(), *content.pending()]
    for index, first in enumerate(items):
        for second in items[index + 1:]:
            a, b = vocabulary(first), vocabulary(second)
            assert len(a & b) / len(a | b) < 0.35, (first["key"], second["key"])


@pytest.mark.django_db
def test_an_faq_article_says_it_is_not_a_diagnosis(client):
    article = f.article(title="Warts")
    page = client.get(reverse("faq:article_detail", args=[article.slug])).content.decode()
    assert "it is not a diagnosis and does not replace an examination in person" in page


def test_an_answers_more_info_follows_a_more_info_heading(tmp_path, monkeypatch):
    (tmp_path / "threads").mkdir()
    (tmp_path / "threads" / "x01-test.md").write_text(
        '---\ntitle: "A rash"\nage: "30-39"\nsex: "female"\ndepartment: "dermatology"\ntags: ["acne"]\n'
        'asked: "2025-01-01"\n---\n\nMy question.\n\n<!-- answer: {"doctor": "dr-chen", "after_days": 1} -->\n\n'
        "The short reply.\n\n## More Info\n\nThe longer explanation.\n\nIn two paragraphs.\n", encoding="utf-8")
    monkeypatch.setattr(content, "ROOT", tmp_path)
    [thread] = content.threads()
    [answer] = thread["answers"]
    assert answer["body"] == "The short reply."
    assert answer["more_info"] == "The longer explanation.\n\nIn two paragraphs."


def length_in_words(text: str) -> int:
    """English words, and Chinese text counted as about two characters a word."""
    return len(HAN.sub(" ", text).split()) + len(HAN.findall(text)) // 2


def test_a_third_of_the_demo_answers_explain_more_in_100_to_300_words():
    answers = [answer for thread in content.threads() for answer in thread["answers"]]
    explained = {length_in_words(answer["more_info"]) for answer in answers if answer["more_info"]}
    assert 3 * sum(1 for answer in answers if answer["more_info"]) >= len(answers)
    assert all(100 <= count <= 300 for count in explained), sorted(explained)


@pytest.mark.django_db
def test_demo_threads_show_more_info_further_reading_and_shared_topics(client, django_capture_on_commit_callbacks):
    from io import StringIO

    from django.core.management import call_command

    from qa.models import Answer

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO())
    answer = Answer.objects.exclude(more_info="").exclude(reading=[]).select_related("question").first()
    assert answer is not None
    page = client.get(answer.question.get_absolute_url()).content.decode()
    assert ">More Info</h3>" in page and "Read more in our FAQ:" in page and "Shared topics:" in page


# --- The Chinese half of the archive -------------------------------------------------------------

def test_every_demo_department_has_a_chinese_name_and_description():
    for department in content.people()["DEPARTMENTS"]:
        assert detect(department["name_zh"]) == detect(department["description_zh"]) == Language.CHINESE

def chinese(item) -> bool:
    return detect(f"{item['title']} {item.get('body') or item.get('summary', '')}") == Language.CHINESE


def test_every_demo_topic_has_a_chinese_name_and_aliases_in_both_languages():
    for tag in content.people()["TAGS"]:
        assert detect(tag["name_zh"]) == Language.CHINESE, tag["slug"]
        assert detect(tag["description_zh"]) == Language.CHINESE, tag["slug"]
        languages = [detect(alias) for alias in tag["aliases"]]
        assert languages.count(Language.CHINESE) >= 2, tag["slug"]
        assert languages.count(Language.ENGLISH) >= 2, tag["slug"]


def test_a_demo_alias_names_one_topic_and_no_other_topics_name():
    tags = content.people()["TAGS"]
    names = {fold(name): tag["slug"] for tag in tags for name in (tag["name"], tag["name_zh"])}
    owner = {}
    for tag in tags:
        for alias in tag["aliases"]:
            key = fold(alias)
            assert owner.setdefault(key, tag["slug"]) == tag["slug"], (alias, owner[key])
            assert names.get(key, tag["slug"]) == tag["slug"], (alias, names[key])
    assert fold("香港腳") in owner and owner[fold("香港腳")] == "tinea"


def test_the_chinese_demo_threads_share_their_topics_with_english_ones():
    threads = content.threads()
    zh = [thread for thread in threads if chinese(thread)]
    english_tags = {slug for thread in threads if not chinese(thread) for slug in thread["tags"]}
    assert len(zh) >= 15
    assert len({thread["tags"][0] for thread in zh}) >= 12  # varied topics
    assert len({(thread["age"], thread["sex"]) for thread in zh}) >= 10
    for thread in zh:
        assert set(thread["tags"]) & english_tags, thread["key"]
        assert thread["answers"] and all(chinese({"title": "", "body": answer["body"]}) for answer in thread["answers"])


def test_the_chinese_demo_articles_follow_the_english_structure():
    articles = [article for article in content.articles() if chinese(article)]
    assert len(articles) >= 4
    tags = {tag["slug"] for tag in content.people()["TAGS"]}
    doctors = content.people()["DOCTORS"]
    for article in articles:
        kinds = [section["kind"] for section in article["sections"]]
        assert kinds[0] == "overview" and kinds[-1] == "urgent", article["slug"]
        assert set(article["tags"]) <= tags and doctors[article["reviewer"]]["department"] == article["department"]
        assert article["references"] and all(ref["url"].startswith("https://") for ref in article["references"])


# Characters that only Simplified Chinese uses (Traditional text writes 這, 們, 說… instead).
SIMPLIFIED = set("这们说时会为个么药肤医过还没让样对给点开关见问应该头种经疗痒脸细")


def test_the_chinese_demo_text_is_written_in_traditional_characters():
    found = {name: sorted(SIMPLIFIED & set(text)) for name, text in TEXTS.items()}
    assert {name: chars for name, chars in found.items() if chars} == {}


@pytest.mark.django_db
def test_seeded_demo_stores_the_chinese_content_as_chinese(client, django_capture_on_commit_callbacks):
    from io import StringIO

    from django.core.management import call_command

    from faq.models import Article
    from qa.models import Answer, Question, Tag, TagAlias

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO())
    assert Question.objects.published().filter(language=Language.CHINESE).count() >= 15
    assert Article.objects.published().filter(language=Language.CHINESE).count() >= 4
    assert Article.objects.get(slug="hives-urticaria").language == Language.ENGLISH
    alias = TagAlias.objects.select_related("tag").get(key=fold("香港腳"))
    assert alias.tag.slug == "tinea" and alias.language == Language.CHINESE
    assert Tag.objects.get(slug="urticaria").name_zh == "蕁麻疹"
    chinese_articles = set(Article.objects.filter(language=Language.CHINESE).values_list("pk", flat=True))
    linked = {language: [set(reading) & chinese_articles for reading in Answer.objects.filter(
        language=language).values_list("reading", flat=True)] for language in Language.values}
    assert not any(linked[Language.ENGLISH])  # an English reply never sends its reader to a Chinese page
    assert sum(bool(found) for found in linked[Language.CHINESE]) >= 10
    question = Question.objects.published().filter(language=Language.CHINESE).first()
    page = client.get(question.get_absolute_url())
    assert page.status_code == 200 and question.title in page.content.decode()


@pytest.mark.django_db
def test_chinese_demo_threads_show_similar_qa_and_related_faq_in_both_languages(client,
                                                                                 django_capture_on_commit_callbacks):
    import re
    from io import StringIO

    from django.core.management import call_command
    from django.utils import translation

    from qa.models import Question

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO())  # the Similar Q&A refresh runs as each thread's job
    with translation.override("en"):
        paths = [q.get_absolute_url() for q in Question.objects.published().filter(language=Language.CHINESE)]
    similar, related = [], []
    for path in paths:
        page = client.get(f"/zh-hant{path}").content.decode()
        sidebar = page[page.index('id="similar-heading"'):page.index('id="related-faq-heading"')]
        similar.append(set(re.findall(r'<h3 class="h6 mb-1"><a href="[^"]+" lang="([^"]+)"', sidebar)))
        faq = page[page.index('id="related-faq-heading"'):]
        related.append(set(re.findall(r'<li class="py-1"><a href="[^"]+" lang="([^"]+)"', faq)))
    assert all("en" in languages for languages in similar)  # every Chinese thread leads to English ones too
    assert sum(languages == {"en", "zh-Hant"} for languages in similar) >= 5
    assert sum(languages == {"en", "zh-Hant"} for languages in related) >= 5
