"""Asking a question: form, preview, "may already be answered", red flags, limits, bad input."""

import re

import pytest
from django.urls import reverse

from qa.models import Question, TriagePriority
from tests import factories as f

pytestmark = pytest.mark.django_db
ASK = reverse("qa:ask")


@pytest.fixture
def patient_client(client):
    patient = f.patient(pseudonym="Rosa")
    client.force_login(patient)
    client.patient = patient
    return client


def test_anonymous_visitor_sees_how_it_works_and_cannot_post(client):
    page = client.get(ASK)
    assert page.status_code == 200
    assert "Create an account to ask" in page.content.decode()
    response = client.post(ASK, f.ask_data(action="submit"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Question.objects.exists()


def test_preview_shows_the_question_similar_threads_and_suggested_tags_and_saves_nothing(patient_client):
    f.thread(tags=[f.tag("Psoriasis")], title="Scaly patches on elbows and knees")
    response = patient_client.post(ASK, f.ask_data(action="preview", body="Scaly plaques, maybe psoriasis?"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Preview: how your question will appear" in page
    assert "Rosa, 30~39 year old female" in page
    assert "It may already be answered" in page and "Scaly patches on elbows and knees" in page
    assert "Suggested topics" in page and "Psoriasis" in page
    assert 'value="submit"' in page  # the send button appears after a preview
    assert Question.objects.count() == 1  # only the published thread made above


def test_submit_creates_one_pending_question_with_everything_typed(patient_client):
    acne = f.tag("Acne")
    data = f.ask_data(action="submit", tags=[acne.pk], body_sites=["arms", "back"])
    response = patient_client.post(ASK, data)
    question = Question.objects.get()
    assert response.status_code == 302 and response["Location"] == question.get_absolute_url()
    assert question.status == Question.Status.PENDING
    assert question.asker == patient_client.patient
    assert question.asker_pseudonym == "Rosa"
    assert question.publish_consent_at is not None
    assert (question.duration, question.itch, question.pain) == ("months", "mild", "none")
    assert sorted(s.site for s in question.body_sites.all()) == ["arms", "back"]
    assert list(question.tags.all()) == [acne]
    assert not question.is_urgent


def test_unconfirmed_email_holds_the_question_as_draft(client):
    client.force_login(f.patient(confirmed=False))
    client.post(ASK, f.ask_data(action="submit"))
    question = Question.objects.get()
    assert question.status == Question.Status.DRAFT
    page = client.get(question.get_absolute_url()).content.decode()
    assert "waiting for you to confirm your email address" in page.lower()


def test_a_form_submitted_twice_creates_one_question(patient_client):
    data = f.ask_data(action="submit", submission_token="6f1c1c57-7d4e-4a59-9d7b-1f2d2f0c9a10")
    first = patient_client.post(ASK, data)
    second = patient_client.post(ASK, data)
    assert Question.objects.count() == 1
    assert first["Location"] == second["Location"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "   "}, "This field is required."),
        ({"body": "\t\n  "}, "This field is required."),
        ({"body": "itchy\x00rash"}, "Null characters are not allowed."),
        ({"title": "x" * 201}, "Ensure this value has at most 200 characters"),
        ({"body": "a" * 100_000}, "Ensure this value has at most 5000 characters"),
        ({"tags": ["999999"]}, "Select a valid choice."),
        ({"tags": ["not-a-number"]}, "is not a valid value."),
        ({"age_bracket": "200-300"}, "Select a valid choice."),
        ({"department": "abc"}, "Select a valid choice."),
        ({"consent": None}, "Please agree to anonymous publication"),
    ],
)
def test_bad_input_gets_a_clear_400_and_keeps_what_was_typed(patient_client, changes, message):
    data = f.ask_data(action="submit", tried="Aloe vera gel", **changes)
    response = patient_client.post(ASK, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert "Nothing you typed has been lost" in page
    assert "Aloe vera gel" in page
    assert not Question.objects.exists()


def test_a_malformed_hidden_token_is_replaced_not_shown_as_an_error(patient_client):
    response = patient_client.post(ASK, f.ask_data(action="submit", submission_token="not-a-uuid",
                                                   follow_up_of="abc"))
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.submission_token is not None and question.follow_up_of is None


def test_more_than_five_tags_is_refused(patient_client):
    tags = [f.tag(f"Topic {n}").pk for n in range(6)]
    response = patient_client.post(ASK, f.ask_data(action="submit", tags=tags))
    assert response.status_code == 400
    assert "Choose at most 5 topics." in response.content.decode()


def test_markup_is_stored_as_text_and_shown_escaped(patient_client):
    body = "<script>alert(1)</script> see [here](javascript:alert(2))"
    patient_client.post(ASK, f.ask_data(action="submit", body=body))
    question = Question.objects.get()
    assert question.body == body
    page = patient_client.get(question.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page


def test_forged_status_owner_and_publication_fields_are_ignored(patient_client):
    other = f.patient()
    data = f.ask_data(action="submit", status="answered", asker=other.pk, published_at="2020-01-01",
                      triage_priority="3", triage_findings='["x"]', asker_pseudonym="Admin")
    assert patient_client.post(ASK, data).status_code == 302
    question = Question.objects.get()
    assert question.status == Question.Status.PENDING and question.published_at is None
    assert question.asker == patient_client.patient and question.asker_pseudonym == "Rosa"
    assert not question.is_urgent


def test_red_flag_notice_is_shown_before_submission_and_marks_the_question_urgent(patient_client):
    data = f.ask_data(action="submit", body="Since an hour my lips are swelling and my tongue feels swollen.")
    first = patient_client.post(ASK, data)
    assert first.status_code == 200  # back to the preview: the notice has not been seen yet
    page = first.content.decode()
    assert "This may be an emergency" in page and "emergency department" in page
    assert not Question.objects.exists()

    codes = re.findall(r'name="acknowledged_flags" value="([a-z_]+)"', page)
    assert codes
    second = patient_client.post(ASK, {**data, "acknowledged_flags": codes})
    assert second.status_code == 302
    question = Question.objects.get()
    assert question.triage_priority == TriagePriority.EMERGENCY
    assert {finding["tier"] for finding in question.triage_findings} == {"emergency"}
    assert any(finding["matched"] for finding in question.triage_findings)  # what matched, for the doctor


def test_ticked_warning_sign_also_raises_the_notice(patient_client):
    response = patient_client.post(ASK, f.ask_data(action="preview", warning_signs=["breathing"]))
    assert "This may be an emergency" in response.content.decode()


def test_a_question_written_in_chinese_gets_the_notice_in_chinese(patient_client):
    body = "我兒子吃了新的抗癲癇藥兩週，現在全身起水泡、嘴巴破很多洞，眼睛也紅。"
    response = patient_client.post(ASK, f.ask_data(action="preview", title="全身水泡", body=body, tried=""))
    page = response.content.decode()
    assert 'lang="zh-hant"' in page and "119" in page


def test_a_patient_writing_of_self_harm_sees_crisis_lines_and_can_still_ask(patient_client):
    data = f.ask_data(action="submit", body="My eczema is so bad I don't want to live like this any more.")
    page = patient_client.post(ASK, data).content.decode()
    assert "1925" in page
    codes = re.findall(r'name="acknowledged_flags" value="([a-z_]+)"', page)
    assert patient_client.post(ASK, {**data, "acknowledged_flags": codes}).status_code == 302
    assert Question.objects.get().triage_priority == TriagePriority.CRISIS


def test_the_notice_follows_the_text_while_typing(patient_client):
    endpoint = reverse("qa:ask_triage")
    calm = patient_client.post(endpoint, {"title": "Dry skin", "body": "My hands are dry in winter."}).json()
    assert calm["tier"] == "" and "Is it an emergency?" in calm["html"]
    alarm = patient_client.post(endpoint, {"title": "Spots", "body": "Purple spots that don't fade under a glass "
                                                                     "and a fever of 39"}).json()
    assert alarm["tier"] == "emergency" and "This may be an emergency" in alarm["html"]
    assert "<script" not in alarm["html"]


def test_the_live_notice_needs_a_signed_in_post_with_csrf():
    from django.test import Client

    anonymous = Client(enforce_csrf_checks=True)
    assert anonymous.post(reverse("qa:ask_triage"), {"body": "x"}).status_code in {302, 403}
    signed_in = Client(enforce_csrf_checks=True)
    signed_in.force_login(f.patient())
    assert signed_in.post(reverse("qa:ask_triage"), {"body": "x"}).status_code == 403
    assert signed_in.get(reverse("qa:ask_triage")).status_code == 405


def test_negated_signs_do_not_raise_the_notice(patient_client):
    body = "Itchy rash on my arms. No fever, no swelling of the lips, breathing is fine."
    response = patient_client.post(ASK, f.ask_data(action="preview", body=body))
    assert "This may be an emergency" not in response.content.decode()


def test_daily_limit_answers_429_and_keeps_the_text(patient_client, settings):
    settings.QA_QUESTION_COOLDOWN_SECONDS = 0
    for n in range(3):
        data = f.ask_data(action="submit", title=f"Question {n} about a rash")
        assert patient_client.post(ASK, data).status_code == 302
    response = patient_client.post(ASK, f.ask_data(action="submit", title="Fourth question", body="Keep this text"))
    assert response.status_code == 429
    assert "up to 3 questions a day" in response.content.decode()
    assert "Keep this text" in response.content.decode()
    assert "Retry-After" in response
    assert Question.objects.count() == 3
    # Writing, previewing and reading the emergency advice stay open; only sending waits.
    page = patient_client.get(ASK)
    assert page.status_code == 200
    assert "up to 3 questions a day" in page.content.decode() and 'name="title"' in page.content.decode()
    preview = patient_client.post(ASK, f.ask_data(action="preview", body="My lips and tongue are swelling up"))
    assert preview.status_code == 200
    assert "This may be an emergency" in preview.content.decode()


def test_cooldown_between_questions(patient_client, settings):
    settings.QA_QUESTION_COOLDOWN_SECONDS = 300
    assert patient_client.post(ASK, f.ask_data(action="submit")).status_code == 302
    response = patient_client.post(ASK, f.ask_data(action="submit", title="Another one"))
    assert response.status_code == 429
    assert "Please wait" in response.content.decode()
    assert "emergency" in response.content.decode()
    assert patient_client.get(ASK).status_code == 200  # a second, urgent question can still be written


def test_live_similar_titles_endpoint(client):
    f.thread(tags=["warts"], title="Painful wart under my heel")
    f.question(tags=["warts"], title="Pending wart question nobody may see")
    data = client.get(reverse("qa:ask_similar"), {"title": "wart under the heel hurts"}).json()
    assert [r["title"] for r in data["results"]] == ["Painful wart under my heel"]
    assert client.get(reverse("qa:ask_similar"), {"title": "\x00" * 50}).status_code == 200
    assert client.get(reverse("qa:ask_similar"), {"title": "a" * 10_000}).status_code == 200


# --- Topics at scale: a few checkboxes, any topic by name ------------------------------------


@pytest.fixture
def many_topics():
    """40 topics: 'Common 0..34' used by published threads, 'Rare 0..4' by none."""
    common = [f.tag(f"Common {n:02}") for n in range(35)]
    for tag in common:
        f.thread(tags=[tag])
    return common, [f.tag(f"Rare {n}") for n in range(5)]


def topic_checkboxes(page):
    return page.count('name="tags"')


def test_the_form_offers_the_most_used_topics_not_all_of_them(patient_client, many_topics):
    page = patient_client.get(ASK).content.decode()
    assert topic_checkboxes(page) == 30
    assert "Rare 0" not in page
    assert 'name="more_tags"' in page


def test_any_topic_can_be_chosen_by_name_and_is_kept(patient_client, many_topics):
    _, rare = many_topics
    data = f.ask_data(action="submit", more_tags="rare 1,  Rare 2 ")
    response = patient_client.post(ASK, data)
    assert response.status_code == 302
    question = Question.objects.get(title=data["title"])
    assert {t.name for t in question.tags.all()} == {"Rare 1", "Rare 2"}


def test_a_chosen_or_suggested_topic_stays_offered_as_a_checkbox(patient_client, many_topics):
    _, rare = many_topics
    page = patient_client.post(ASK, f.ask_data(tags=[rare[3].pk])).content.decode()  # preview
    assert f'value="{rare[3].pk}"' in page and "checked" in page.split(f'value="{rare[3].pk}"')[1][:40]


def test_an_unknown_topic_name_is_a_clear_400_and_keeps_the_text(patient_client, many_topics):
    response = patient_client.post(ASK, f.ask_data(action="submit", more_tags="Rare 1, Moon rash"))
    page = response.content.decode()
    assert response.status_code == 400
    assert "We have no topic called “Moon rash”" in page
    assert 'value="Rare 1, Moon rash"' in page
    assert not Question.objects.filter(title=f.ask_data()["title"]).exists()


def test_topics_by_checkbox_and_by_name_count_together_towards_five(patient_client, many_topics):
    common, rare = many_topics
    data = f.ask_data(action="submit", tags=[t.pk for t in common[:4]], more_tags="Rare 0, Rare 1")
    response = patient_client.post(ASK, data)
    assert response.status_code == 400
    assert "Choose at most 5 topics." in response.content.decode()


def test_the_live_notice_reads_no_topics_or_questions(patient_client, django_assert_max_num_queries):
    for n in range(5):
        f.tag(f"Topic {n}")
    with django_assert_max_num_queries(2):  # the session and the signed-in user, nothing else
        response = patient_client.post(reverse("qa:ask_triage"), {"title": "Rash", "body": "Itchy arms",
                                                                   "warning_signs": ["breathing", "bogus"],
                                                                   "age_bracket": "²"})
    assert response.json()["tier"] == "emergency"


def test_the_preview_puts_send_right_under_it_and_folds_the_fields(patient_client):
    """The preview used to repeat the whole form above the Send button (a 4,000 px page)."""
    page = patient_client.post(reverse("qa:ask"), f.ask_data(action="preview")).content.decode()
    form = page[page.index('id="ask-form"'):]
    send = form.index('value="submit"')
    assert send < form.index("<details") < form.index('name="body"') < form.index("</details>")
    # Enter in a field previews: the first submit button of the form is a preview.
    first_button = re.search(r'<button type="submit" name="action" value="(\w+)"', form).group(1)
    assert first_button == "preview"
    assert form.count('value="submit"') == 1


def test_without_a_preview_the_fields_are_not_folded(patient_client):
    page = patient_client.get(reverse("qa:ask")).content.decode()
    form = page[page.index('id="ask-form"'):]
    assert "<details" not in form and 'value="submit"' not in form and 'name="body"' in form


def test_every_empty_choice_of_the_ask_and_edit_forms_reads_the_same(patient_client):
    question = f.question(asker=patient_client.patient)
    for url in (ASK, reverse("qa:question_edit", args=[question.pk])):
        page = patient_client.get(url).content.decode()
        for name in ("age_bracket", "sex", "duration"):
            select = re.search(rf'<select name="{name}".*?</select>', page, re.S).group(0)
            assert re.search(r'<option value=""[^>]*>Choose…</option>', select), (url, name)
        assert "---------" not in page
