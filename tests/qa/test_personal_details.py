"""Personal details typed into questions stay off public pages.

A patient types a phone number, an email address, a national ID, an address and more into the
ask form: the preview highlights them and says they will be hidden; once a doctor publishes,
none of them is on any public page (thread, meta description, excerpts on home, lists, topic and
department pages, other threads' Similar Q&A, FAQ pages, the doctor's profile), in search results
or in search matching. The asker and the doctors still see what was typed, highlighted; a doctor
can mark a detail as not personal or hide more; answers are scanned too; stored text is redacted
by a command.
"""

import io
import json
import zipfile
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client, TestCase
from django.urls import reverse

from qa import services
from qa.lifecycle import Action
from qa.models import Answer, Clarification, Question, QuestionEvent, SearchDocument
from tests import factories as f

pytestmark = pytest.mark.django_db

PHONE = "0912-345-678"
EMAIL = "lin.meiling@example.com"
NATIONAL_ID = "A123456789"  # passes the checksum
ADDRESS = "重慶南路一段122號5樓"
LINE = "amy_0412"
DETAILS = (PHONE, EMAIL, NATIONAL_ID, ADDRESS, LINE)
# Pieces a search engine or a careless excerpt could leak on their own.
FRAGMENTS = (PHONE, "0912345678", "345-678", EMAIL, "lin.meiling", NATIONAL_ID, ADDRESS, "122號", LINE)

TITLE = f"Itchy rings on my arms, call {PHONE}"
BODY = (
    "Round itchy rings with a scaly edge on both forearms for three weeks; the cat has bald patches too.\n"
    f"Email me at {EMAIL} or LINE ID: {LINE}. My ID is {NATIONAL_ID} for the clinic.\n"
    f"我家在台北市中正區{ADDRESS}。"
)
TRIED = f"Clotrimazole cream for a week, from the pharmacy near {ADDRESS}."


class World:
    def __init__(self):
        self.dept = f.department("Dermatology")
        self.tag = f.tag("Ringworm")
        self.doctor = f.doctor(dept=self.dept, name="Dr. Redact")
        self.asker = f.patient()
        self.neighbour = f.thread(tags=[self.tag], dept=self.dept, title="Ring-shaped rash after stroking a kitten",
                                  by=self.doctor)
        self.article = f.article(tags=[self.tag], dept=self.dept, title="Ringworm (tinea)")

    def ask(self, client: Client, **overrides):
        data = f.ask_data(department=self.dept.pk, tags=[self.tag.pk], title=TITLE, body=BODY, tried=TRIED,
                          **overrides)
        return client.post(reverse("qa:ask"), data)

    def submitted(self) -> Question:
        client = Client()
        client.force_login(self.asker)
        preview = self.ask(client, action="preview")
        assert preview.status_code == 200
        response = self.ask(client, action="submit")
        assert response.status_code == 302, response.content.decode()[:2000]
        return Question.objects.get(asker=self.asker)

    def published(self, answer: str = "This is ringworm (tinea corporis). Use the cream for two more weeks.",
                  ) -> Question:
        question = self.submitted()
        services.question_claim(question=question, doctor=self.doctor)
        doctor = Client()
        doctor.force_login(self.doctor.user)
        with TestCase.captureOnCommitCallbacks(execute=True):  # the Similar Q&A refresh, as after a commit
            response = doctor.post(reverse("qa:answer", args=[question.pk]),
                                   {"body": answer, "action": "publish", "tags": [self.tag.pk]})
        assert response.status_code == 302
        question.refresh_from_db()
        assert question.is_published
        return question


@pytest.fixture
def world():
    return World()


def public_pages(w: World, question: Question) -> dict[str, str]:
    """Every public page that can show the thread, its title or an excerpt, read as a visitor."""
    visitor = Client()
    urls = {
        "thread": question.get_absolute_url(),
        "thread (short link)": reverse("portal:thread_short", args=[question.pk]),
        "home": reverse("portal:home"),
        "answered questions": reverse("qa:question_list"),
        "department": reverse("qa:department_detail", args=[w.dept.slug]),
        "topic": reverse("portal:tag", args=[w.tag.slug]),
        "topics": reverse("qa:tag_list"),
        "neighbour thread (Similar Q&A)": w.neighbour.get_absolute_url(),
        "FAQ article": reverse("faq:article_detail", args=[w.article.slug]),
        "doctor profile": reverse("qa:doctor_profile", args=[w.doctor.slug]),
        "search for a word of the thread": reverse("portal:search") + "?q=ringworm",
    }
    pages = {}
    for name, url in urls.items():
        response = visitor.get(url, follow=True)
        assert response.status_code == 200, name
        pages[name] = response.content.decode()
    return pages


def test_the_preview_highlights_each_detail_and_says_it_will_be_hidden(world):
    client = Client()
    client.force_login(world.asker)
    page = world.ask(client, action="preview").content.decode()
    assert "We will hide these details on the public page" in page
    for detail in DETAILS:
        assert f'<mark class="personal-detail">{detail}</mark>' in page
    for label in ("Phone number", "Email address", "ID number", "Address", "Account name"):
        assert f"<li>{label}:" in page
    # The form keeps what the patient typed, to edit.
    assert f'value="{TITLE}"' in page


def test_nothing_typed_is_lost_the_asker_sees_it_and_the_public_copy_has_placeholders(world):
    question = world.submitted()
    assert (question.typed("title"), question.typed("body"), question.typed("tried")) == (TITLE, BODY, TRIED)
    assert question.title == "Itchy rings on my arms, call [phone number removed]"
    for detail in DETAILS:
        assert detail not in question.title + question.body + question.tried
    assert "[email address removed]" in question.body and "[ID number removed]" in question.body
    assert "[已移除地址]" in question.body  # the placeholder follows the language around it
    assert question.slug == "itchy-rings-on-my-arms-call-phone-number-removed"


def test_after_publication_no_public_page_shows_any_detail(world):
    question = world.published()
    pages = public_pages(world, question)
    for name, html in pages.items():
        for fragment in FRAGMENTS:
            assert fragment not in html, f"{fragment!r} on {name}"
    thread = pages["thread"]
    assert "[phone number removed]" in thread and "[email address removed]" in thread
    assert '<meta name="description" content="Round itchy rings' in thread
    assert question.title in pages["neighbour thread (Similar Q&A)"]
    assert question.title in pages["search for a word of the thread"]


@pytest.mark.parametrize("query", [NATIONAL_ID, "0912345678", "0912-345-678", EMAIL, "meiling", LINE, "重慶南路"])
def test_search_does_not_match_a_thread_by_a_hidden_detail(world, query):
    question = world.published()
    document = SearchDocument.objects.get(question=question)
    for fragment in FRAGMENTS:
        assert fragment not in document.title + document.body + document.answer
    page = Client().get(reverse("portal:search"), {"q": query}).content.decode()
    assert question.get_absolute_url() not in page


def test_the_private_pages_show_what_was_typed_with_the_details_highlighted(world):
    question = world.submitted()
    asker = Client()
    asker.force_login(world.asker)
    page = asker.get(question.get_absolute_url()).content.decode()
    assert "Hidden on the public page" in page and "Only you and our doctors see them." in page
    assert f'<mark class="personal-detail" title="Hidden on the public page: phone number">{PHONE}' in page
    edit = asker.get(reverse("qa:question_edit", args=[question.pk])).content.decode()
    assert EMAIL in edit and "[email address removed]" not in edit

    doctor = Client()
    doctor.force_login(world.doctor.user)
    queue = doctor.get(reverse("qa:queue")).content.decode()
    assert "personal details hidden: review" in queue and PHONE not in queue
    work = doctor.get(reverse("qa:question_work", args=[question.pk])).content.decode()
    assert f'title="Hidden on the public page: ID number">{NATIONAL_ID}' in work
    assert "Review the personal details" in work


def test_an_edit_keeps_the_text_private_and_the_public_copy_follows(world):
    question = world.submitted()
    services.question_update(
        question=question, asker=world.asker, title="Itchy rings on my arms", body=f"Write to {EMAIL}, please.",
        age_bracket=question.age_bracket, sex=question.sex, department=world.dept, tags=[world.tag],
        body_sites=[], duration="weeks", itch="mild", pain="none", tried="")
    question.refresh_from_db()
    assert (question.title, question.original_title) == ("Itchy rings on my arms", "")
    assert (question.body, question.original_body) == ("Write to [email address removed], please.",
                                                       f"Write to {EMAIL}, please.")


def test_a_doctor_marks_a_detail_as_not_personal_and_hides_a_phrase_the_site_missed(world):
    question = world.submitted()
    doctor = Client()
    doctor.force_login(world.doctor.user)
    url = reverse("qa:review_privacy", args=[question.pk])
    response = doctor.post(url, {"keep": [NATIONAL_ID], "hide": "both forearms\nthe cat"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.privacy_keep == [NATIONAL_ID] and question.privacy_hide == ["both forearms", "the cat"]
    assert NATIONAL_ID in question.body and "both forearms" not in question.body
    assert "[personal detail removed]" in question.body and PHONE not in question.title
    event = QuestionEvent.objects.get(question=question, action=Action.REVIEW_PRIVACY)
    assert event.actor == world.doctor.user and event.detail == "kept 1, hidden 2"
    work = doctor.get(reverse("qa:question_work", args=[question.pk])).content.decode()
    assert f'<mark class="personal-detail-kept" title="Marked as not personal: shown">{NATIONAL_ID}</mark>' in work

    # A value that was never found cannot be "kept"; a one-letter phrase cannot be hidden.
    assert doctor.post(url, {"keep": ["not-found"]}).status_code == 400
    assert doctor.post(url, {"hide": "a"}).status_code == 400
    question.refresh_from_db()
    assert question.privacy_hide == ["both forearms", "the cat"]


def test_a_review_after_publication_updates_the_public_thread_and_search(world):
    question = world.published()
    doctor = Client()
    doctor.force_login(world.doctor.user)
    Client().get(question.get_absolute_url())  # cached
    response = doctor.post(reverse("qa:review_privacy", args=[question.pk]), {"hide": "scaly edge"})
    assert response.status_code == 302
    page = Client().get(question.get_absolute_url()).content.decode()
    assert "scaly edge" not in page and "[personal detail removed]" in page
    assert "scaly edge" not in SearchDocument.objects.get(question=question).body


def test_a_doctor_of_another_department_cannot_review(world):
    question = world.submitted()
    stranger = f.doctor(dept=f.department("Paediatrics"))
    client = Client()
    client.force_login(stranger.user)
    assert client.post(reverse("qa:review_privacy", args=[question.pk]), {"hide": "the cat"}).status_code == 404
    question.refresh_from_db()
    assert question.privacy_hide == []


def test_what_the_patient_adds_is_redacted_too(world):
    question = world.submitted()
    services.question_claim(question=question, doctor=world.doctor)
    services.question_request_information(question=question, doctor=world.doctor, body="Any pets at home?")
    services.question_add_information(question=question, asker=world.asker, body=f"Yes, a kitten. Text {PHONE}.")
    addition = Clarification.objects.get(question=question, kind=Clarification.Kind.ADDITION)
    assert addition.body == "Yes, a kitten. Text [phone number removed]."
    assert addition.typed("body") == f"Yes, a kitten. Text {PHONE}."


def test_a_doctors_answer_is_scanned_but_keeps_its_sources(world):
    question = world.submitted()
    services.question_claim(question=question, doctor=world.doctor)
    doctor = Client()
    doctor.force_login(world.doctor.user)
    reply = ("Ringworm from the kitten. Call our clinic on 02-2312-3456 if it spreads. "
             "See https://www.nhs.uk/conditions/ringworm/ for more.")
    preview = doctor.post(reverse("qa:answer", args=[question.pk]), {"body": reply, "action": "preview"})
    html = preview.content.decode()
    assert "Personal details in your reply will be hidden on the public page" in html
    assert '<mark class="personal-detail">02-2312-3456</mark>' in html
    published = doctor.post(reverse("qa:answer", args=[question.pk]), {"body": reply, "action": "publish"})
    assert published.status_code == 302
    answer = Answer.objects.get(question=question)
    assert "02-2312-3456" not in answer.body_html + answer.summary and answer.typed("body") == reply
    assert 'href="https://www.nhs.uk/conditions/ringworm/"' in answer.body_html
    edit = doctor.get(reverse("qa:edit_answer", args=[answer.pk])).content.decode()
    assert "02-2312-3456" in edit  # the doctor edits what they typed


def test_deleting_the_account_removes_the_typed_text_of_published_threads(world):
    question = world.published()
    assert question.original_body
    asker = Client()
    asker.force_login(world.asker)
    with zipfile.ZipFile(io.BytesIO(asker.get(reverse("accounts:export")).content)) as archive:
        export = json.loads(archive.read("my-data.json"))
    assert export["questions"][0]["description"] == BODY  # their own data, as they typed it
    from accounts.signals import account_deleting
    account_deleting.send(sender=None, user=world.asker)
    question.refresh_from_db()
    assert (question.original_title, question.original_body, question.original_tried) == ("", "", "")
    assert question.title.endswith("[phone number removed]")


def test_a_title_full_of_details_still_fits_its_field(world):
    emails = " ".join(f"a{i}@b.co" for i in range(25))
    question = f.question(title=emails[:200], dept=world.dept)
    assert len(question.title) <= 200 and "@" not in question.title
    assert question.typed("title") == emails[:200]


def test_the_command_redacts_stored_text_and_refreshes_search_and_pages(world):
    question = world.published()
    # Text stored before redaction existed (or missed by an older detector): put it back.
    Question.objects.filter(pk=question.pk).update(body=BODY, original_body="")
    Answer.objects.filter(question=question).update(body=f"Call me on {PHONE}.", original_body="")
    SearchDocument.objects.filter(question=question).update(body=BODY)
    Client().get(question.get_absolute_url())  # a cached page with the details

    dry = StringIO()
    call_command("redact_personal_details", "--dry-run", stdout=dry)
    assert "would change 1 (1 published)" in dry.getvalue()
    assert Question.objects.get(pk=question.pk).body == BODY

    out = StringIO()
    call_command("redact_personal_details", "--batch", "1", stdout=out)
    text = out.getvalue()
    assert "questions scanned" in text and "changed 1 (1 published)" in text and "phone number 2" in text
    question.refresh_from_db()
    assert EMAIL not in question.body and question.original_body == BODY
    answer = Answer.objects.get(question=question)
    assert PHONE not in answer.body + answer.body_html + answer.summary
    assert EMAIL not in SearchDocument.objects.get(question=question).body
    page = Client().get(question.get_absolute_url()).content.decode()
    assert EMAIL not in page and PHONE not in page

    again = StringIO()
    call_command("redact_personal_details", stdout=again)
    assert "changed 0 (0 published)" in again.getvalue()


def test_the_command_refuses_a_silly_batch():
    from django.core.management.base import CommandError
    with pytest.raises(CommandError):
        call_command("redact_personal_details", "--batch", "0")
