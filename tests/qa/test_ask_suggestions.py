"""While asking: "It may already be answered" and the suggested topics follow what the patient
has, not what they say they do not have."""

import re

import pytest
from django.urls import reverse

from qa.models import TagAlias
from qa.selectors import similar_to_draft, suggest_tags
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    hives = f.tag("Hives (urticaria)")
    for alias in ("hives", "urticaria", "welts"):
        TagAlias.objects.create(tag=hives, name=alias, language="en")
    fever = f.tag("Fever")
    for alias in ("fever", "temperature"):
        TagAlias.objects.create(tag=fever, name=alias, language="en")
    f.tag("Keratosis pilaris")
    return {
        "kp": f.thread(tags=["Keratosis pilaris"], title="Sandpaper-like bumps on the backs of my arms"),
        "hives": f.thread(tags=[hives],
                          title="Itchy welts that come and go every day"),
        "fever": f.thread(tags=["Fever"], title="Losing hair three months after a high fever"),
    }


@pytest.fixture
def patient_client(client):
    client.force_login(f.patient())
    return client


def answered_list(page: str) -> list[str]:
    section = re.search(r'<section aria-labelledby="answered-heading".*?</section>', page, re.S).group(0)
    return re.findall(r'target="_blank" rel="noopener">([^<]+)</a>', section)


def test_hives_on_my_arms_puts_the_hives_thread_first(patient_client, archive):
    response = patient_client.post(reverse("qa:ask"), f.ask_data(
        action="preview", title="Hives on my arms", body="Raised itchy patches on my arms since Monday."))

    shown = answered_list(response.content.decode())
    assert shown[0] == archive["hives"].title  # the topic the text names, before a shared word ("arms")


@pytest.mark.parametrize("text", ["A red rash on my legs, no fever.", "A red rash on my legs. I do not have a fever.",
                                  "A red rash on my legs. Fever: none."])
def test_a_negated_word_pulls_in_no_thread_and_no_topic(patient_client, archive, text):
    response = patient_client.post(reverse("qa:ask"), f.ask_data(action="preview", title="Red rash on my legs",
                                                                  body=text))
    page = response.content.decode()
    assert "Losing hair three months after a high fever" not in answered_list(page)
    assert [t.name for t in suggest_tags(text)] == []


def test_a_word_said_plainly_still_counts(archive):
    assert [q.title for q in similar_to_draft(text="I have a fever and a rash")][:1] == [archive["fever"].title]
    assert [t.name for t in suggest_tags("I have a fever and a rash")] == ["Fever"]
