"""Thread pages describe themselves to search engines: a schema.org QAPage and the breadcrumbs,
as JSON-LD data blocks, built from the public copy only."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from doctors import services as doctor_services
from tests import factories as f
from tests.portal.discovery import json_ld

pytestmark = pytest.mark.django_db

SITE = "https://forum.example.org"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def thread():
    dept = f.department("Dermatology")
    doctor = f.doctor(dept=dept, name="Dr. Mei Lin")
    return f.thread(tags=["acne"], title="Spots on my chin </script> & more", dept=dept, by=doctor,
                    answer_body="This looks like **acne**. Try a gentle cleanser.")


def test_a_thread_is_a_qa_page_whose_question_has_the_doctors_reply_as_accepted_answer(client, thread):
    html = client.get(thread.get_absolute_url()).content.decode()
    page = json_ld(html)["QAPage"]
    assert page["@context"] == "https://schema.org"
    url = SITE + thread.get_absolute_url()
    question = page["mainEntity"]
    assert question["@type"] == "Question"
    assert question["name"] == "Spots on my chin </script> & more"
    assert question["text"] == "Red itchy spots on my back for two weeks."
    assert question["answerCount"] == 1
    assert question["dateCreated"] == thread.asked_at.isoformat()
    assert question["author"] == {"@type": "Person", "name": "Patient, 30~39 year old female"}
    answer = question["acceptedAnswer"]
    reply = thread.answers.get()
    assert answer["@type"] == "Answer"
    assert answer["text"] == "This looks like acne. Try a gentle cleanser."
    assert answer["dateCreated"] == reply.answered_at.isoformat()
    assert answer["url"] == f"{url}#answer-{reply.pk}" and f'id="answer-{reply.pk}"' in html
    doctor = answer["author"]
    assert doctor["@type"] == ["Person", "IndividualPhysician"]
    assert doctor["name"] == "Dr. Mei Lin"
    assert doctor["medicalSpecialty"] == "https://schema.org/Dermatology"
    assert doctor["url"] == SITE + reply.doctor.get_absolute_url()
    assert doctor["jobTitle"] == "Doctor, Dermatology"
    assert doctor["worksFor"] == {"@type": "Organization", "name": "Test Hospital"}
    assert "suggestedAnswer" not in question


def test_the_json_cannot_end_its_script_element(client, thread):
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "</script> & more" not in html.split("</head>")[0].split("application/ld+json")[1]
    assert "\\u003C/script\\u003E \\u0026 more" in html


def test_breadcrumbs_match_the_visible_ones(client, thread):
    html = client.get(thread.get_absolute_url()).content.decode()
    crumbs = json_ld(html)["BreadcrumbList"]
    assert crumbs["@context"] == "https://schema.org"
    items = crumbs["itemListElement"]
    assert [item["position"] for item in items] == [1, 2, 3]
    assert [item["name"] for item in items] == ["Home", "Dermatology", thread.title]
    assert [item["item"] for item in items] == [
        SITE + reverse("portal:home"), SITE + thread.department.get_absolute_url(), SITE + thread.get_absolute_url(),
    ]
    nav = html.split('aria-label="Breadcrumb"')[1].split("</nav>")[0]
    assert 'href="/">Home<' in nav and f'href="{thread.department.get_absolute_url()}">Dermatology<' in nav


def test_a_thread_whose_reply_is_hidden_has_no_answer(client, thread):
    staff = f.user(is_staff=True)
    doctor_services.doctor_suspend(profile=thread.answers.get().doctor, by=staff, reason="Check")
    question = json_ld(client.get(thread.get_absolute_url()).content.decode())["QAPage"]["mainEntity"]
    assert question["answerCount"] == 0
    assert "acceptedAnswer" not in question and "suggestedAnswer" not in question


def test_the_asker_is_named_by_their_public_name_only(client):
    thread = f.thread(title="Dry hands")
    type(thread).objects.filter(pk=thread.pk).update(asker_pseudonym="Rosa")
    question = json_ld(client.get(thread.get_absolute_url()).content.decode())["QAPage"]["mainEntity"]
    assert question["author"]["name"] == "Rosa, 30~39 year old female"
    assert thread.asker.email not in client.get(thread.get_absolute_url()).content.decode()


def test_the_public_copy_only(client):
    thread = f.thread(title="Rash", answer_body="Call me on 0912 345 678 if it spreads.")
    page = json_ld(client.get(thread.get_absolute_url()).content.decode())["QAPage"]
    assert "0912" not in str(page) and "[phone number removed]" in page["mainEntity"]["acceptedAnswer"]["text"]


def test_the_json_ld_is_stored_with_the_thread(client, thread):
    """Signed in (no page cache), a thread page whose parts are stored (portal.thread_page) does
    not build its JSON-LD again: it loads no answer (nor their doctors)."""
    client.force_login(f.patient())
    url = thread.get_absolute_url()
    first = json_ld(client.get(url).content.decode())
    with CaptureQueriesContext(connection) as queries:
        again = json_ld(client.get(url).content.decode())
    assert again == first
    assert not [q["sql"] for q in queries if '"qa_answer"' in q["sql"]]  # the ORM's; Similar Q&A joins one


def test_the_title_ends_with_the_department(client, thread):
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "<title>Spots on my chin &lt;/script&gt; &amp; more — Dermatology</title>" in html


def test_the_json_ld_follows_a_change_to_the_doctors_profile(client, thread):
    url = thread.get_absolute_url()
    client.get(url)  # cached now
    doctor_services.doctor_update(profile=thread.answers.get().doctor, by=f.user(is_staff=True),
                                  hospital="Riverside Skin Clinic")
    author = json_ld(client.get(url).content.decode())["QAPage"]["mainEntity"]["acceptedAnswer"]["author"]
    assert author["worksFor"]["name"] == "Riverside Skin Clinic"


def test_the_answer_text_carries_its_more_info(client, thread):
    from qa import services

    answer = thread.answers.get()
    services.answer_edit(answer=answer, by=answer.doctor.user, body="Try a gentle cleanser.",
                         more_info="Acne comes from **blocked pores**; benzoyl peroxide helps.")
    page = json_ld(client.get(thread.get_absolute_url()).content.decode())["QAPage"]
    text = page["mainEntity"]["acceptedAnswer"]["text"]
    assert text == "Try a gentle cleanser.\n\nMore Info: Acne comes from blocked pores; benzoyl peroxide helps."
