"""Topics' other names: who may add and remove them (audited), what is refused, and the ask
form's topic suggestions from aliases in English and Chinese, negation included."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse

from doctors.models import DoctorProfile
from qa.lifecycle import Action
from qa.models import QuestionEvent, Tag, TagAlias
from qa.selectors import suggest_tags, tag_named
from qa.services import tag_alias_add, tag_alias_remove
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def urticaria():
    tag = f.tag("Urticaria")
    Tag.objects.filter(pk=tag.pk).update(name_zh="蕁麻疹")
    tag.refresh_from_db()
    return tag


@pytest.fixture
def staff():
    return f.user(is_staff=True)


@pytest.fixture
def doctor():
    return f.doctor().user


def alias(tag, name, language="en"):
    return TagAlias.objects.create(tag=tag, name=name, language=language)


# --- The service ----------------------------------------------------------------------------

@pytest.mark.parametrize("who", ["staff", "doctor"])
def test_staff_and_verified_doctors_add_an_alias_with_an_audit_entry(urticaria, staff, doctor, who):
    by = {"staff": staff, "doctor": doctor}[who]

    added = tag_alias_add(tag=urticaria, name="  風疹塊 ", by=by)

    row = TagAlias.objects.get()
    assert (row.tag, row.name, row.key, row.language, row.added_by) == (urticaria, "風疹塊", "風疹塊", "zh-hant", by)
    assert added == row
    event = QuestionEvent.objects.get()
    assert (event.action, event.question, event.actor, event.detail) == (
        Action.ADD_ALIAS, None, by, "Urticaria: 風疹塊")
    assert (event.doctor is not None) == (who == "doctor")


def test_an_english_alias_is_recorded_as_english(urticaria, staff):
    assert tag_alias_add(tag=urticaria, name="Hives", by=staff).language == "en"


@pytest.mark.parametrize("status", [DoctorProfile.Status.APPLIED, DoctorProfile.Status.SUSPENDED])
def test_patients_and_unverified_doctors_cannot_add_aliases(urticaria, status):
    for by in (f.patient(), f.doctor(status=status).user):
        with pytest.raises(ValidationError) as caught:
            tag_alias_add(tag=urticaria, name="hives", by=by)
        assert caught.value.code == "not_allowed"
    assert not TagAlias.objects.exists()
    assert not QuestionEvent.objects.exists()


@pytest.mark.parametrize("name", ["HIVES", "Ｈｉｖｅｓ", " hives "])
def test_an_alias_of_a_topic_is_taken_whatever_its_case_or_width(urticaria, staff, name):
    alias(f.tag("Hives (urticaria)"), "hives")
    with pytest.raises(ValidationError) as caught:
        tag_alias_add(tag=urticaria, name=name, by=staff)
    assert caught.value.code == "alias_taken"
    assert "Hives (urticaria)" in caught.value.messages[0]
    assert TagAlias.objects.count() == 1


@pytest.mark.parametrize("name", ["eczema", "Atopic Dermatitis", "異位性皮膚炎", "atopic-dermatitis"])
def test_another_topics_name_chinese_name_or_slug_is_taken(urticaria, staff, name):
    eczema = f.tag("Atopic dermatitis")
    Tag.objects.filter(pk=eczema.pk).update(name_zh="異位性皮膚炎")
    alias(eczema, "eczema")
    with pytest.raises(ValidationError) as caught:
        tag_alias_add(tag=urticaria, name=name, by=staff)
    assert caught.value.code == "alias_taken"
    assert "Atopic dermatitis" in caught.value.messages[0]


def test_the_topics_own_names_are_not_added_again(urticaria, staff):
    for name in ("urticaria", "蕁麻疹"):
        with pytest.raises(ValidationError) as caught:
            tag_alias_add(tag=urticaria, name=name, by=staff)
        assert caught.value.code == "alias_taken"


@pytest.mark.parametrize("name", ["", "   ", "x" * 61])
def test_a_name_needs_one_to_sixty_characters(urticaria, staff, name):
    with pytest.raises(ValidationError):
        tag_alias_add(tag=urticaria, name=name, by=staff)
    assert not TagAlias.objects.exists()


def test_staff_remove_an_alias_audited_and_doctors_cannot(urticaria, staff, doctor):
    hives = alias(urticaria, "hives")
    with pytest.raises(ValidationError) as caught:
        tag_alias_remove(alias=hives, by=doctor)
    assert caught.value.code == "not_allowed"
    assert TagAlias.objects.exists()

    tag_alias_remove(alias=hives, by=staff)

    assert not TagAlias.objects.exists()
    event = QuestionEvent.objects.get()
    assert (event.action, event.actor, event.detail) == (Action.REMOVE_ALIAS, staff, "Urticaria: hives")


def test_the_topic_page_shows_a_new_alias_at_once(client, urticaria, staff):
    url = urticaria.get_absolute_url()
    assert client.get(url).status_code == 200
    assert client.get(url)["X-Page-Cache"] == "hit"  # cached for anonymous visitors

    with TestCase.captureOnCommitCallbacks(execute=True):
        tag_alias_add(tag=urticaria, name="welts", by=staff)

    response = client.get(url)
    assert "X-Page-Cache" not in response
    assert "welts" in response.content.decode()


def test_a_name_resolves_folded():
    tag = f.tag("Hives (urticaria)")
    alias(tag, "welts")
    assert tag_named("WELTS") == tag
    assert tag_named("hives (URTICARIA)") == tag
    assert tag_named("no such topic") is None
    assert tag_named("\x00") is None


# --- Ask-form suggestions ---------------------------------------------------------------------

@pytest.fixture
def topics(urticaria):
    alias(urticaria, "hives")
    alias(urticaria, "風疹塊", "zh-hant")
    fever = f.tag("Fever")
    Tag.objects.filter(pk=fever.pk).update(name_zh="發燒")
    itch = f.tag("Itching")
    Tag.objects.filter(pk=itch.pk).update(name_zh="皮膚癢")
    alias(itch, "發癢", "zh-hant")
    return {"urticaria": urticaria, "fever": fever, "itch": itch}


def names(text):
    return [t.name for t in suggest_tags(text)]


def test_an_english_alias_suggests_its_topic(topics):
    assert names("Hives on both arms since Monday") == ["Urticaria"]


@pytest.mark.parametrize("text", ["我手上起了很多風疹塊", "最近身上一直長蕁麻疹，怎麼辦？", "手上起了很多风疹块"])
def test_a_chinese_alias_or_name_inside_a_sentence_suggests_its_topic(topics, text):
    assert names(text) == ["Urticaria"]


@pytest.mark.parametrize("text", ["我沒有發燒，但是手上起了風疹塊", "沒發燒，手上起了風疹塊", "無發燒。手上有風疹塊",
                                  "手上起了風疹塊，不發燒", "沒有出現發燒或發癢，只是手上起了風疹塊",
                                  "手上起了風疹塊，完全不會發癢"])
def test_chinese_negation_keeps_a_topic_out(topics, text):
    assert names(text) == ["Urticaria"]


def test_a_question_with_a_negation_word_in_it_is_not_a_negation(topics):
    assert names("我這個是不是風疹塊？") == ["Urticaria"]
    assert names("一直不斷發癢") == ["Itching"]


def test_the_ask_preview_suggests_a_topic_from_a_chinese_alias(client, topics):
    client.force_login(f.patient())
    response = client.post(reverse("qa:ask"), f.ask_data(
        action="preview", title="手上起了很多風疹塊", body="我手上起了很多風疹塊，已經三天了，晚上特別明顯。"))
    assert response.status_code == 200
    suggested = re.search(r'<section aria-labelledby="suggested-heading".*?</section>', response.content.decode(), re.S)
    assert re.findall(r'text-bg-info me-1">([^<]+)<', suggested.group(0)) == ["Urticaria"]
