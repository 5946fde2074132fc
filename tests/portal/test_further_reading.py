"""While answering, a doctor sees the FAQ articles sharing the question's topics and may attach up to
three; they are linked under the reply as "Read more in our FAQ" (qa.reading, composed by portal)."""

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from faq.models import Article
from qa import services
from qa.models import Answer
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    dept = f.department("Dermatology")
    question = f.question(tags=["scabies"], dept=dept)
    doctor = f.doctor(dept=dept)
    services.question_claim(question=question, doctor=doctor)
    client = Client()
    client.force_login(doctor.user)
    articles = [f.article(tags=["scabies"], title=f"Scabies article {n}", dept=dept) for n in range(4)]
    unrelated = f.article(tags=["acne"], title="Acne article", dept=dept)
    return question, doctor, client, articles, unrelated


def test_the_answer_form_offers_the_articles_sharing_the_questions_topics(world):
    question, _doctor, client, articles, unrelated = world
    page = client.get(reverse("qa:question_work", args=[question.pk])).content.decode()
    assert "Read more in our FAQ (up to 3)" in page
    assert all(a.title in page for a in articles) and unrelated.title not in page


def test_a_chinese_question_is_offered_the_chinese_articles_first(world):
    question, _doctor, client, _articles, _unrelated = world
    question.language = "zh-hant"
    question.save(update_fields=["language"])
    f.article(tags=["scabies"], title="疥瘡的治療", language="zh-hant", dept=question.department)
    Article.objects.filter(language="en").update(last_reviewed_on=date(2026, 1, 1))  # otherwise ranked higher
    page = client.get(reverse("qa:question_work", args=[question.pk])).content.decode()
    assert page.index("疥瘡的治療") < min(page.index(f"Scabies article {n}") for n in range(4))


def test_attached_articles_are_linked_under_the_reply_and_at_most_three(world):
    question, _doctor, client, articles, _unrelated = world
    url = reverse("qa:answer", args=[question.pk])
    too_many = client.post(url, {"body": "Treat everyone.", "action": "publish",
                                 "reading": [a.pk for a in articles]})
    assert too_many.status_code == 400 and "Choose at most 3 articles." in too_many.content.decode()
    assert not Answer.objects.filter(question=question).exists()

    response = client.post(url, {"body": "Treat everyone.", "action": "publish",
                                 "reading": [articles[0].pk, articles[2].pk]})
    assert response.status_code == 302
    assert Answer.objects.get(question=question).reading == [articles[0].pk, articles[2].pk]
    page = Client().get(question.get_absolute_url()).content.decode()
    reading = page.split("Read more in our FAQ:")[1].split("</p>")[0]
    assert articles[0].get_absolute_url() in reading and articles[2].get_absolute_url() in reading
    assert articles[1].title not in reading


def test_an_attached_article_no_longer_published_is_not_linked(world):
    question, doctor, _client, articles, _unrelated = world
    services.answer_publish(question=question, doctor=doctor, body="Treat everyone.", reading=[articles[1].pk])
    Article.objects.filter(pk=articles[1].pk).update(is_published=False)
    page = Client().get(question.get_absolute_url()).content.decode()
    assert "Read more in our FAQ" not in page


def test_a_value_that_was_not_offered_is_a_form_error(world):
    question, _doctor, client, _articles, unrelated = world
    response = client.post(reverse("qa:answer", args=[question.pk]),
                           {"body": "Treat everyone.", "action": "publish", "reading": [unrelated.pk, "x", "²"]})
    assert response.status_code == 400
    assert not Answer.objects.filter(question=question).exists()
