"""The answering queue, claims through the views, decisions, own pages, the audit of question actions."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from qa.lifecycle import Action
from qa.models import AnswerRevision, Question, QuestionEvent, TriagePriority
from qa.services import question_claim, question_release
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def dept():
    return f.department("Dermatology")


@pytest.fixture
def doctor_client(client, dept):
    doctor = f.doctor(dept=dept, name="Dr. Queue")
    client.force_login(doctor.user)
    client.doctor = doctor
    return client


def test_queue_lists_own_department_urgent_first_then_oldest_with_counts(doctor_client, dept):
    now = timezone.now()
    old = f.question(dept=dept, tags=["acne"], title="Old question", asked_at=now - timedelta(days=3))
    new = f.question(dept=dept, tags=["acne"], title="New question", asked_at=now - timedelta(hours=1))
    urgent = f.question(dept=dept, tags=["acne"], title="Urgent question", asked_at=now - timedelta(minutes=5))
    Question.objects.filter(pk=urgent.pk).update(triage_priority=TriagePriority.URGENT, triage_findings=[
        {"code": "changing_mole", "tier": "urgent", "matched": ["a mole + bleeding"]}])
    emergency = f.question(dept=dept, tags=["acne"], title="Emergency question", asked_at=now - timedelta(minutes=1))
    Question.objects.filter(pk=emergency.pk).update(triage_priority=TriagePriority.EMERGENCY, triage_findings=[
        {"code": "airway", "tier": "emergency", "matched": ["throat closing"]}])
    f.question(dept=f.department("Pediatric Dermatology"), tags=["acne"], title="Other department")
    f.thread(dept=dept, tags=["acne"], title="Answered today")
    claimed = f.question(dept=dept, tags=["acne"], title="Claimed by a colleague")
    question_claim(question=claimed, doctor=f.doctor(dept=dept))

    response = doctor_client.get(reverse("qa:queue"))

    page = response.content.decode()
    assert response.status_code == 200
    positions = [page.index(t) for t in ("Emergency question", "Urgent question", "Old question", "New question")]
    assert positions == sorted(positions)
    assert "throat closing" in page and "a mole + bleeding" in page  # what triage matched
    assert "Other department" not in page and "Claimed by a colleague" not in page
    assert "4 waiting" in page and "1 being answered" in page and "1 answered today" in page
    assert "3\xa0days" in page  # waiting time
    assert old and new


def test_queue_filters_by_tag_body_site_and_age(doctor_client, dept):
    from qa.models import QuestionBodySite

    a = f.question(dept=dept, tags=["acne"], title="Acne on the face")
    QuestionBodySite.objects.create(question=a, site="face")
    b = f.question(dept=dept, tags=["warts"], title="Warts on the feet")
    QuestionBodySite.objects.create(question=b, site="feet")
    Question.objects.filter(pk=b.pk).update(age_bracket="60-69")
    url = reverse("qa:queue")

    by_tag = doctor_client.get(url, {"tag": "acne"}).content.decode()
    assert "Acne on the face" in by_tag and "Warts on the feet" not in by_tag
    by_site = doctor_client.get(url, {"body_site": "feet"}).content.decode()
    assert "Warts on the feet" in by_site and "Acne on the face" not in by_site
    by_age = doctor_client.get(url, {"age": "60-69"}).content.decode()
    assert "Warts on the feet" in by_age and "Acne on the face" not in by_age
    bad = doctor_client.get(url, {"tag": "no-such-tag", "age": "200"})
    assert bad.status_code == 400 and "Select a valid choice" in bad.content.decode()


def test_claim_answer_with_preview_sections_and_tags_through_the_views(doctor_client, dept, settings):
    settings.QA_CLAIM_MINUTES = 30
    question = f.question(dept=dept, tags=["acne"], title="Spots on my chin")
    new_tag = f.tag("Rosacea")
    work = reverse("qa:question_work", args=[question.pk])
    assert "Claim this question" in doctor_client.get(work).content.decode()
    before = timezone.now()
    claimed = doctor_client.post(reverse("qa:claim", args=[question.pk]))
    assert claimed.status_code == 302 and claimed.url == work
    assert "The question is yours for the next 30 minutes." in doctor_client.get(work).content.decode()
    question.refresh_from_db()
    assert question.claimed_by == doctor_client.doctor
    assert before + timedelta(minutes=30) <= question.claim_expires_at <= timezone.now() + timedelta(minutes=30)

    data = {"body": "Probably **acne**. <script>x()</script>", "likely_causes": "Hormones.",
            "what_now": "- Gentle wash\n- No picking", "see_in_person": "", "tags": [new_tag.pk]}
    preview = doctor_client.post(reverse("qa:answer", args=[question.pk]), {**data, "action": "preview"})
    page = preview.content.decode()
    assert preview.status_code == 200 and "<strong>acne</strong>" in page and "<h3>Likely causes</h3>" in page
    assert "<script>x()" not in page
    question.refresh_from_db()
    assert question.status == Question.Status.CLAIMED  # a preview publishes nothing

    published = doctor_client.post(reverse("qa:answer", args=[question.pk]), {**data, "action": "publish"})
    assert published.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    assert [t.slug for t in question.tags.all()] == ["rosacea"]
    body_html = question.answers.get().body_html
    assert "<h3>What you can do now</h3>" in body_html and "<li>No picking</li>" in body_html
    events = QuestionEvent.objects.filter(question=question).order_by("created_at", "pk")
    assert [e.action for e in events] == ["submit", "claim", "retag", "answer"]
    doctor = doctor_client.doctor
    assert all((e.actor, e.doctor) == (doctor.user, doctor) for e in events if e.action != "submit")


def test_the_loser_of_a_claim_sees_a_clear_message(doctor_client, dept):
    question = f.question(dept=dept, tags=["acne"])
    question_claim(question=question, doctor=f.doctor(dept=dept, name="Dr. Faster"))
    response = doctor_client.post(reverse("qa:claim", args=[question.pk]), follow=True)
    assert response.status_code == 200
    assert "A colleague is already working on this question." in response.content.decode()
    answer = doctor_client.post(reverse("qa:answer", args=[question.pk]),
                                {"body": "Mine", "action": "publish"})
    assert answer.status_code == 409
    assert "A colleague is already working on this question." in answer.content.decode()
    assert "Mine" in answer.content.decode()  # the text typed is kept


def test_release_and_expiry_are_audited(doctor_client, dept, settings):
    question = f.question(dept=dept, tags=["acne"])
    doctor_client.post(reverse("qa:claim", args=[question.pk]))
    doctor_client.post(reverse("qa:release", args=[question.pk]))
    question.refresh_from_db()
    assert question.status == Question.Status.PENDING

    question_claim(question=question, doctor=doctor_client.doctor, now=timezone.now() - timedelta(hours=2))
    call_command("expire_claims")
    question.refresh_from_db()
    assert question.status == Question.Status.PENDING
    events = list(QuestionEvent.objects.filter(question=question).order_by("created_at", "pk"))
    assert [e.action for e in events] == ["submit", "claim", "release", "claim", "expire"]
    doctor = doctor_client.doctor
    assert [(e.actor, e.doctor) for e in events[1:]] == [(doctor.user, doctor)] * 3 + [(None, doctor)]
    assert events[-1].actor_name == "system"


def test_request_information_and_decline_as_duplicate(doctor_client, dept):
    q1 = f.question(dept=dept, tags=["acne"], title="Needs details")
    doctor_client.post(reverse("qa:claim", args=[q1.pk]))
    assert doctor_client.post(reverse("qa:request_info", args=[q1.pk]), {"message": "   "}).status_code == 400
    doctor_client.post(reverse("qa:request_info", args=[q1.pk]), {"message": "A photo description?"})
    q1.refresh_from_db()
    assert q1.status == Question.Status.NEEDS_INFO
    assert "Needs details" not in doctor_client.get(reverse("qa:queue")).content.decode()

    original = f.thread(dept=dept, tags=["acne"], title="The original thread")
    q2 = f.question(dept=dept, tags=["acne"])
    bad = doctor_client.post(reverse("qa:decline", args=[q2.pk]), {"reason": "duplicate", "duplicate": "/x/"})
    assert bad.status_code == 400 and "No published thread" in bad.content.decode()
    ok = doctor_client.post(reverse("qa:decline", args=[q2.pk]),
                            {"reason": "duplicate", "note": "Answered before.",
                             "duplicate": f"https://example.org{original.get_absolute_url()}"})
    assert ok.status_code == 302
    q2.refresh_from_db()
    assert q2.status == Question.Status.DECLINED and q2.duplicate_of == original
    doctor_client.force_login(q2.asker)
    page = doctor_client.get(q2.get_absolute_url()).content.decode()
    assert "The original thread" in page and "Answered before." in page


def test_my_work_shows_claims_answers_median_and_edits_keep_revisions(doctor_client, dept):
    now = timezone.now()
    for hours in (1, 3, 5):
        q = f.question(dept=dept, tags=["acne"], asked_at=now - timedelta(hours=hours))
        f.answer(q, by=doctor_client.doctor, at=now)
    claimed = f.question(dept=dept, tags=["acne"], title="Currently mine")
    question_claim(question=claimed, doctor=doctor_client.doctor)

    page = doctor_client.get(reverse("qa:my_work")).content.decode()
    assert "Currently mine" in page and "3 hours" in page

    answer = doctor_client.doctor.answers.first()
    url = reverse("qa:edit_answer", args=[answer.pk])
    assert doctor_client.post(url, {"body": ""}).status_code == 400
    doctor_client.post(url, {"body": "Corrected **text**."})
    answer.refresh_from_db()
    assert answer.body_html == "<p>Corrected <strong>text</strong>.</p>"
    revision = AnswerRevision.objects.get(answer=answer)
    assert (revision.body, revision.edited_by, revision.editor_name) == (
        "A reply.", doctor_client.doctor.user, "Dr. Queue")
    edit = QuestionEvent.objects.get(action=Action.EDIT_ANSWER, question=answer.question)
    assert (edit.actor, edit.doctor) == (doctor_client.doctor.user, doctor_client.doctor)


def test_median_time_to_answer_is_the_middle_wait_or_the_mean_of_the_two_middle_ones(
        dept, django_assert_num_queries):
    from qa.selectors import median_minutes_to_answer

    doctor, other = f.doctor(dept=dept), f.doctor(dept=dept)
    assert median_minutes_to_answer(doctor) is None
    now = timezone.now()
    for hours, by in ((10, doctor), (1, doctor), (4, doctor), (30, other)):
        f.answer(f.question(dept=dept, tags=["acne"], asked_at=now - timedelta(hours=hours)), by=by, at=now)
    assert median_minutes_to_answer(doctor) == 240  # 1, 4, 10 hours; the other doctor's wait is not counted
    f.answer(f.question(dept=dept, tags=["acne"], asked_at=now - timedelta(hours=2)), by=doctor, at=now)
    with django_assert_num_queries(2):
        assert median_minutes_to_answer(doctor) == 180  # 1, 2, 4, 10 hours: between 2 and 4


def test_audit_log_filters(client, dept):
    doctor = f.doctor(dept=dept, name="Dr. Audited")
    question = f.question(dept=dept, tags=["acne"])
    question_claim(question=question, doctor=doctor)
    question_release(question=question, doctor=doctor)
    client.force_login(f.user(is_staff=True))
    url = reverse("qa:staff_audit")
    page = client.get(url, {"action": "release"}).content.decode()
    assert "released" in page and "claimed</td>" not in page
    assert "Dr. Audited" in client.get(url, {"actor": "audited"}).content.decode()
    assert client.get(url, {"question": "abc"}).status_code == 400


def test_report_and_unpublish_removes_the_thread_everywhere(client, dept):
    thread = f.thread(dept=dept, tags=["acne"], title="Reported thread")
    neighbour = f.thread(dept=dept, tags=["acne"], title="Neighbour thread")
    response = client.post(reverse("qa:report", args=[thread.pk, thread.slug]), {"reason": "misinformation",
                                                                                   "note": "Dangerous advice"})
    assert response.status_code == 302
    assert client.post(reverse("qa:report", args=[thread.pk, thread.slug]), {"reason": "nope"}).status_code == 400

    staff = f.user(is_staff=True)
    client.force_login(staff)
    assert "Dangerous advice" in client.get(reverse("qa:staff_reports")).content.decode()
    report = thread.reports.get()
    client.post(reverse("qa:staff_report_decide", args=[report.pk, "unpublish"]))
    client.logout()

    assert client.get(thread.get_absolute_url()).status_code == 404
    for url in [reverse("portal:home"), reverse("qa:question_list"), neighbour.get_absolute_url(),
                reverse("portal:tag", kwargs={"slug": "acne"})]:
        assert "Reported thread" not in client.get(url).content.decode(), url
    report.refresh_from_db()
    assert report.resolution == "unpublished"
    unpublish = QuestionEvent.objects.get(action=Action.UNPUBLISH, question=thread)
    assert unpublish.actor == staff and unpublish.detail == report.get_reason_display()


def test_the_claim_says_how_many_minutes_it_lasts_before_and_after_claiming(doctor_client, dept, settings):
    settings.QA_CLAIM_MINUTES = 45
    question = f.question(dept=dept, title="Spots on my chin")
    work = reverse("qa:question_work", args=[question.pk])
    assert "A claim lasts 45 minutes" in doctor_client.get(work).content.decode()

    response = doctor_client.post(reverse("qa:claim", args=[question.pk]), follow=True)

    assert "The question is yours for the next 45 minutes." in response.content.decode()
