"""Sidebars cached as fragments and invalidated by changes; signed-in pages kept private."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from doctors import services as doctor_services
from tests import factories as f

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_sidebars_come_from_the_cache_on_the_second_visit(client):
    thread = f.thread(tags=["acne"], title="Current")
    f.thread(tags=["acne"], title="Neighbour")
    f.article(tags=["acne"], title="Acne article")
    cold = queries(client, thread.get_absolute_url())
    warm = queries(client, thread.get_absolute_url())
    assert warm <= cold - 3  # Similar Q&A, its replies and Related FAQ are not queried again
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Neighbour" in page and "Acne article" in page


@pytest.mark.parametrize("change", ["publish", "unpublish", "edit answer", "faq", "suspend"])
def test_changes_invalidate_cached_sidebars(client, change):
    thread = f.thread(tags=["acne"], title="Current")
    neighbour = f.thread(tags=["acne"], title="Neighbour")
    article = f.article(tags=["acne"], title="Acne article")
    client.get(thread.get_absolute_url())  # fills the cache
    staff = f.user(is_staff=True)

    if change == "publish":
        f.thread(tags=["acne"], title="Brand new thread")
        expected, gone = "Brand new thread", None
    elif change == "unpublish":
        report = neighbour.reports.create(reason="spam")
        doctor_services.report_unpublish(report=report, by=staff)
        expected, gone = None, "Neighbour"
    elif change == "edit answer":
        answer = neighbour.answers.get()
        doctor_services.answer_edit(answer=answer, doctor=answer.doctor, body="Completely new advice text.")
        expected, gone = "Completely new advice text.", None
    elif change == "faq":
        article.title = "Renamed acne article"
        article.save()
        expected, gone = "Renamed acne article", "Acne article<"
    else:
        doctor_services.doctor_suspend(profile=neighbour.answers.get().doctor, by=staff, reason="Check")
        expected, gone = None, neighbour.answers.get().doctor.display_name

    page = client.get(thread.get_absolute_url()).content.decode()
    if expected:
        assert expected in page
    if gone:
        assert gone not in page


def test_signed_in_pages_are_private_and_anonymous_pages_vary_on_cookie(client):
    thread = f.thread(tags=["acne"])
    anonymous = client.get(thread.get_absolute_url())
    assert "private" not in anonymous.get("Cache-Control", "")
    assert "Cookie" in anonymous["Vary"]
    client.force_login(f.patient())
    for url in [thread.get_absolute_url(), reverse("qa:home"), reverse("qa:my_questions")]:
        response = client.get(url)
        assert "private" in response["Cache-Control"], url


def test_anonymous_visitors_get_public_pages_from_the_page_cache(client, django_assert_num_queries):
    thread = f.thread(tags=["acne"], title="Cached thread")
    for url in [reverse("qa:home"), thread.get_absolute_url(), reverse("qa:question_list"),
                reverse("faq:article_list"), reverse("doctors:doctor_list")]:
        first = client.get(url)
        assert first.status_code == 200 and "X-Page-Cache" not in first
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second["X-Page-Cache"] == "hit" and second.content == first.content, url


def test_page_cache_never_serves_signed_in_or_flash_message_requests(client):
    thread = f.thread(tags=["acne"], title="Cached thread")
    client.get(thread.get_absolute_url())  # cached for anonymous visitors
    client.force_login(f.patient())
    response = client.get(thread.get_absolute_url())
    assert "X-Page-Cache" not in response and "Sign out" in response.content.decode()

    client.logout()
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get(thread.get_absolute_url())


def test_a_publication_makes_cached_pages_stale(client):
    f.thread(tags=["acne"], title="First thread")
    client.get(reverse("qa:home"))
    f.thread(tags=["acne"], title="Second thread")
    response = client.get(reverse("qa:home"))
    assert "X-Page-Cache" not in response and "Second thread" in response.content.decode()


def test_work_on_unpublished_questions_keeps_the_page_cache(client):
    """Asking, editing a pending question, claiming, asking for information and applying to
    answer as a doctor change no public page: the cached pages stay (otherwise every claim would
    empty the cache of the archive)."""
    from qa import services

    thread = f.thread(tags=["acne"], title="Cached thread")
    doctor = f.doctor()
    urls = [reverse("qa:home"), thread.get_absolute_url(), reverse("qa:tag_detail", args=["acne"])]
    for url in urls:
        client.get(url)
    pending = f.question(tags=["acne"], title="A pending question")
    services.question_update(
        question=pending, asker=pending.asker, title="A pending question, edited", body=pending.body,
        age_bracket=pending.age_bracket, sex=pending.sex, department=pending.department, tags=pending.tags.all(),
        body_sites=[], duration=pending.duration, itch=pending.itch, pain=pending.pain, tried="Nothing yet.",
    )
    services.question_claim(question=pending, doctor=doctor)
    services.question_request_information(question=pending, doctor=doctor, body="How long has it lasted?")
    applicant = doctor_services.doctor_apply(user=f.patient(), full_name="Ana Reyes", department=doctor.department,
                                             licence_number="LIC-CACHE-1", hospital="City Clinic")
    for url in urls:
        assert client.get(url)["X-Page-Cache"] == "hit", url
    # Once verified, the doctor is public: the cached pages are stale.
    doctor_services.doctor_verify(profile=applicant, verified_by=f.user(is_staff=True))
    assert "X-Page-Cache" not in client.get(reverse("qa:home"))


@pytest.mark.parametrize("change", ["retag", "delete", "reply edited"])
def test_changes_to_public_threads_make_cached_pages_stale(client, change):
    thread = f.thread(tags=["acne"], title="Cached thread")
    client.get(reverse("qa:home"))
    if change == "retag":
        thread.tags.add(f.tag("Rosacea"))
    elif change == "delete":
        thread.delete()
    else:
        answer = thread.answers.get()
        doctor_services.answer_edit(answer=answer, doctor=answer.doctor, body="Newer advice.")
    assert "X-Page-Cache" not in client.get(reverse("qa:home"))


def test_a_publication_elsewhere_keeps_cached_thread_pages_and_refreshes_the_lists(client):
    thread = f.thread(tags=["acne"], title="Cached acne thread")
    doctor, vitiligo = f.doctor(), f.tag("vitiligo")  # a new doctor or topic is an archive-wide change
    for url in (thread.get_absolute_url(), reverse("qa:home")):
        client.get(url)
    f.thread(tags=[vitiligo], by=doctor, title="An unrelated new thread")
    assert client.get(thread.get_absolute_url())["X-Page-Cache"] == "hit"
    home = client.get(reverse("qa:home"))
    assert "X-Page-Cache" not in home and "An unrelated new thread" in home.content.decode()


def test_a_published_follow_up_refreshes_the_thread_it_follows(client):
    from qa.models import Question

    parent = f.thread(tags=["acne"], title="The first question")
    client.get(parent.get_absolute_url())
    follow_up = f.thread(tags=["vitiligo"], title="What happened next")
    Question.objects.filter(pk=follow_up.pk).update(follow_up_of=parent)  # as if asked as a follow-up…
    follow_up.refresh_from_db()
    follow_up.save()  # …and saved once more while public, as the services do on any change
    page = client.get(parent.get_absolute_url())
    assert "X-Page-Cache" not in page and "What happened next" in page.content.decode()


def test_an_unpublished_thread_is_never_served_from_the_page_cache(client):
    thread = f.thread(tags=["acne"], title="Soon removed")
    staff = f.user(is_staff=True)
    assert client.get(thread.get_absolute_url()).status_code == 200  # cached
    doctor_services.report_unpublish(report=thread.reports.create(reason="spam"), by=staff)
    assert client.get(thread.get_absolute_url()).status_code == 404


def test_stamps_move_again_when_the_change_commits(django_capture_on_commit_callbacks):
    """A visitor may render the page from the old rows between the change and its commit; the
    second bump, at commit, makes that rendering stale too."""
    from qa.cache import thread_stamp

    thread = f.thread(tags=["acne"])
    with django_capture_on_commit_callbacks(execute=False) as after_commit:
        answer = thread.answers.get()
        doctor_services.answer_edit(answer=answer, doctor=answer.doctor, body="Edited advice.")
        during = thread_stamp(thread.pk)
    for callback in after_commit:
        callback()
    assert thread_stamp(thread.pk) != during


def test_a_signed_in_visitor_gets_the_thread_body_and_sidebar_from_fragments(client):
    thread = f.thread(tags=["acne"], title="Current", answer_body="Use a gentle cleanser.")
    f.thread(tags=["acne"], title="Neighbour")
    client.force_login(f.patient())
    cold = queries(client, thread.get_absolute_url())
    warm = queries(client, thread.get_absolute_url())
    # Tags, reply, clarifications, follow-ups, Similar Q&A and Related FAQ are not queried again.
    assert warm <= cold - 6
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Use a gentle cleanser." in page and "Neighbour" in page and 'href="/tags/acne/"' in page


@pytest.mark.parametrize("change", ["reply edited", "retag", "doctor suspended", "clarification edited",
                                    "follow-up published"])
def test_thread_changes_reach_signed_in_visitors_at_once(client, change):
    from qa.models import Clarification, Question

    thread = f.thread(tags=["acne"], title="The thread", answer_body="Original advice.")
    Clarification.objects.create(question=thread, kind="addition", body="It started in May.")
    client.force_login(f.patient())
    assert "It started in May." in client.get(thread.get_absolute_url()).content.decode()  # cached now
    answer = thread.answers.get()
    if change == "reply edited":
        doctor_services.answer_edit(answer=answer, doctor=answer.doctor, body="Revised advice.")
        expected, gone = "Revised advice.", "Original advice."
    elif change == "retag":
        thread.tags.add(f.tag("Rosacea"))
        expected, gone = "/tags/rosacea/", None
    elif change == "doctor suspended":
        doctor_services.doctor_suspend(profile=answer.doctor, by=f.user(is_staff=True), reason="Check")
        expected, gone = "no longer available", "Original advice."
    elif change == "clarification edited":  # as staff would in the admin
        clarification = thread.clarifications.get()
        clarification.body = "It started in June."
        clarification.save()
        expected, gone = "It started in June.", "It started in May."
    else:
        follow_up = f.thread(tags=["vitiligo"], title="What happened next")
        Question.objects.filter(pk=follow_up.pk).update(follow_up_of=thread)
        follow_up.refresh_from_db()
        follow_up.save()
        expected, gone = "What happened next", None
    page = client.get(thread.get_absolute_url()).content.decode()
    assert expected in page
    if gone:
        assert gone not in page
