"""Cached pages (qa.cache) and the stored parts of thread pages (portal.thread_page) go stale on
every change a visitor would see — made through the services or through the admin — and only
then. The page cache itself is tested in tests/portal/test_page_cache.py, the stored parts in
tests/portal/test_stored_thread_page.py."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache as django_cache
from django.test import Client
from django.urls import reverse

from doctors import services as doctor_services
from qa import cache as qa_cache
from qa import services
from qa.models import Clarification, Question, Report
from tests import factories as f
from tests.qa.admin_forms import admin_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client():
    staff = Client()
    staff.force_login(f.user(is_staff=True, is_superuser=True))
    return staff


def admin_url(obj, action: str = "change") -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_{action}", args=[obj.pk])


def follow_up_of(parent: Question, *, title: str) -> Question:
    """The asker's follow-up to ``parent``, asked and answered as on the site."""
    question, _ = services.question_submit(
        asker=parent.asker, title=title, body="It came back after the treatment.", age_bracket=parent.age_bracket,
        sex=parent.sex, department=parent.department, tags=[f.tag("vitiligo")], follow_up_of=parent,
        enforce_limits=False,
    )
    f.answer(question, body="A reply to the follow-up.")
    return question


@pytest.fixture
def scene():
    """A thread, a neighbour in its Similar Q&A (another doctor), a Related FAQ article."""
    thread = f.thread(tags=["acne"], title="The thread", by=f.doctor(name="Dr. Iris Vale"),
                      answer_body="Original advice.")
    neighbour = f.thread(tags=["acne"], title="Spots on my shoulders", by=f.doctor(name="Dr. Olive Stone"),
                         answer_body="Advice for the shoulders.")
    article = f.article(tags=["acne"], title="Acne article")
    Clarification.objects.create(question=thread, kind="addition", body="It started in May.")
    return SimpleNamespace(thread=thread, neighbour=neighbour, article=article, staff=f.user(is_staff=True))


# Each change returns (text the page must now show, text it must no longer show).

def _publish(s, admin):
    f.thread(tags=["acne"], title="Brand new thread")
    return "Brand new thread", None


def _unpublish_neighbour(s, admin):
    services.report_unpublish(report=Report.objects.create(question=s.neighbour, reason="spam"), by=s.staff)
    return None, "Spots on my shoulders"


def _reply_edited(s, admin):
    answer = s.thread.answers.get()
    services.answer_edit(answer=answer, by=answer.doctor.user, body="Revised advice.")
    return "Revised advice.", "Original advice."


def _reply_edited_in_admin(s, admin):
    admin_change(admin, admin_url(s.thread.answers.get()), body="Advice corrected by staff.")
    return "Advice corrected by staff.", "Original advice."


def _neighbours_reply_edited(s, admin):
    answer = s.neighbour.answers.get()
    services.answer_edit(answer=answer, by=answer.doctor.user, body="New advice for the shoulders.")
    return "New advice for the shoulders.", "Advice for the shoulders."


def _neighbours_reply_edited_in_admin(s, admin):
    admin_change(admin, admin_url(s.neighbour.answers.get()), body="Shoulder advice corrected by staff.")
    return "Shoulder advice corrected by staff.", "Advice for the shoulders."


def _retag(s, admin):
    services.question_retag(question=s.thread, doctor=s.thread.answers.get().doctor,
                            tags=[f.tag("acne"), f.tag("Rosacea")])
    return "/tags/rosacea/", None


def _doctor_suspended(s, admin):
    doctor_services.doctor_suspend(profile=s.thread.answers.get().doctor, by=s.staff, reason="Check")
    return "no longer available", "Original advice."


def _neighbours_doctor_suspended(s, admin):
    doctor_services.doctor_suspend(profile=s.neighbour.answers.get().doctor, by=s.staff, reason="Check")
    return None, "Dr. Olive Stone"


def _doctor_renamed_in_admin(s, admin):
    admin_change(admin, admin_url(s.thread.answers.get().doctor), display_name="Dr. Iris Vale-Moreau")
    return "Dr. Iris Vale-Moreau", "Dr. Iris Vale<"


def _neighbours_doctor_renamed_in_admin(s, admin):
    admin_change(admin, admin_url(s.neighbour.answers.get().doctor), display_name="Dr. Olive Stone-Park")
    return "Dr. Olive Stone-Park", "Dr. Olive Stone<"


def _tag_saved_in_admin(s, admin):
    admin_change(admin, admin_url(f.tag("acne")), name="Acne vulgaris")
    return ">Acne vulgaris<", ">acne<"


def _department_renamed_in_admin(s, admin):
    admin_change(admin, admin_url(s.thread.department), name="Skin Clinic")
    return "Skin Clinic", "— Dermatology"  # the title and the reply's heading (not schema.org/Dermatology)


def _faq_article_saved_in_admin(s, admin):
    admin_change(admin, admin_url(s.article), title="Renamed acne article")
    return "Renamed acne article", "Acne article<"


def _faq_article_unpublished_in_admin(s, admin):
    admin_change(admin, admin_url(s.article), is_published=[])
    return None, "Acne article"


def _follow_up_published(s, admin):
    follow_up_of(s.thread, title="What happened next")
    return "What happened next", None


THREAD_CHANGES = {
    "publication of a similar thread": _publish,
    "neighbour unpublished": _unpublish_neighbour,
    "reply edited": _reply_edited,
    "reply edited in the admin": _reply_edited_in_admin,
    "neighbour's reply edited": _neighbours_reply_edited,
    "neighbour's reply edited in the admin": _neighbours_reply_edited_in_admin,
    "retag": _retag,
    "doctor suspended": _doctor_suspended,
    "neighbour's doctor suspended": _neighbours_doctor_suspended,
    "doctor renamed in the admin": _doctor_renamed_in_admin,
    "neighbour's doctor renamed in the admin": _neighbours_doctor_renamed_in_admin,
    "tag saved in the admin": _tag_saved_in_admin,
    "department renamed in the admin": _department_renamed_in_admin,
    "faq article saved in the admin": _faq_article_saved_in_admin,
    "faq article unpublished in the admin": _faq_article_unpublished_in_admin,
    "follow-up published": _follow_up_published,
}


@pytest.mark.parametrize("visitor", ["anonymous", "signed in", "cache emptied"])
@pytest.mark.parametrize("change", THREAD_CHANGES)
def test_thread_pages_follow_every_change_a_visitor_sees(client, staff_client, scene, visitor, change):
    """Anonymous visitors get the page from the page cache, everyone its body, JSON-LD and Related
    FAQ as stored in the database (portal.thread_page), even with the cache emptied (restarted,
    evicted): either way the next visit after a change shows it."""
    if visitor == "signed in":
        client.force_login(f.patient())
    url = scene.thread.get_absolute_url()
    before = client.get(url).content.decode()  # cached and stored now
    assert "It started in May." in before
    if visitor == "anonymous":
        assert client.get(url)["X-Page-Cache"] == "hit"

    expected, gone = THREAD_CHANGES[change](scene, staff_client)
    if visitor == "cache emptied":
        django_cache.clear()

    page = client.get(url)
    assert "X-Page-Cache" not in page
    html = page.content.decode()
    if expected:
        assert expected not in before and expected in html
    if gone:
        assert gone in before and gone not in html


def test_the_admin_cannot_change_a_public_thread_behind_the_cache(client, staff_client, scene):
    """A question and its clarifications are read-only in the admin (their changes go through the
    services, which make the pages stale): a forged POST is refused and changes nothing."""
    thread = scene.thread
    clarification = thread.clarifications.get()
    client.get(thread.get_absolute_url())  # cached
    page = staff_client.get(admin_url(thread)).content.decode()
    assert "It started in May." in page and 'name="clarifications-0-body"' not in page
    forged = {
        "title": "A new title", "body": "A new body",
        "clarifications-TOTAL_FORMS": "1", "clarifications-INITIAL_FORMS": "1",
        "clarifications-MIN_NUM_FORMS": "0", "clarifications-MAX_NUM_FORMS": "1000",
        "clarifications-0-id": str(clarification.pk), "clarifications-0-question": str(thread.pk),
        "clarifications-0-kind": "addition", "clarifications-0-body": "It started in June.",
        "body_sites-TOTAL_FORMS": "0", "body_sites-INITIAL_FORMS": "0",
        "body_sites-MIN_NUM_FORMS": "0", "body_sites-MAX_NUM_FORMS": "1000", "_save": "Save",
    }
    assert staff_client.post(admin_url(thread), forged).status_code == 403
    assert staff_client.post(admin_url(thread, "delete"), {"post": "yes"}).status_code == 403
    thread.refresh_from_db()
    clarification.refresh_from_db()
    assert (thread.title, clarification.body) == ("The thread", "It started in May.")
    assert client.get(thread.get_absolute_url())["X-Page-Cache"] == "hit"  # nothing changed


def test_a_publication_makes_cached_pages_stale(client):
    f.thread(tags=["acne"], title="First thread")
    client.get(reverse("portal:home"))
    f.thread(tags=["acne"], title="Second thread")
    response = client.get(reverse("portal:home"))
    assert "X-Page-Cache" not in response and "Second thread" in response.content.decode()


def test_work_on_unpublished_questions_keeps_the_page_cache(client):
    """Asking, editing a pending question, claiming, asking for information and applying to
    answer as a doctor change no public page: the cached pages stay (otherwise every claim would
    empty the cache of the archive)."""
    thread = f.thread(tags=["acne"], title="Cached thread")
    doctor = f.doctor()
    urls = [reverse("portal:home"), thread.get_absolute_url(), reverse("portal:tag", args=["acne"])]
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
    assert "X-Page-Cache" not in client.get(reverse("portal:home"))


LIST_CHANGES = {
    "retag": lambda t, admin: services.question_retag(
        question=t, doctor=t.answers.get().doctor, tags=[f.tag("acne"), f.tag("Rosacea")]),
    "unpublish": lambda t, admin: services.question_unpublish(question=t, by=f.user(is_staff=True)),
    "reply edited": lambda t, admin: services.answer_edit(
        answer=t.answers.get(), by=t.answers.get().doctor.user, body="Newer advice."),
    "reply edited in the admin": lambda t, admin: admin_change(
        admin, admin_url(t.answers.get()), body="Newer advice, by staff."),
    "tag saved in the admin": lambda t, admin: admin_change(admin, admin_url(f.tag("acne")), name="Acne vulgaris"),
}


@pytest.mark.parametrize("change", LIST_CHANGES)
def test_changes_to_public_threads_make_cached_lists_stale(client, staff_client, change):
    thread = f.thread(tags=["acne"], title="Cached thread")
    urls = [reverse("portal:home"), reverse("qa:question_list"), reverse("portal:tag", args=["acne"]),
            thread.department.get_absolute_url(), reverse("qa:tag_list")]
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url
    LIST_CHANGES[change](thread, staff_client)
    for url in urls:
        assert "X-Page-Cache" not in client.get(url), url
    if change == "unpublish":
        assert "Cached thread" not in client.get(reverse("qa:question_list")).content.decode()


def test_a_publication_elsewhere_keeps_cached_thread_pages_and_refreshes_the_lists(client):
    thread = f.thread(tags=["acne"], title="Cached acne thread")
    doctor, vitiligo = f.doctor(), f.tag("vitiligo")  # a new doctor or topic is an archive-wide change
    for url in (thread.get_absolute_url(), reverse("portal:home")):
        client.get(url)
    f.thread(tags=[vitiligo], by=doctor, title="An unrelated new thread")
    assert client.get(thread.get_absolute_url())["X-Page-Cache"] == "hit"
    home = client.get(reverse("portal:home"))
    assert "X-Page-Cache" not in home and "An unrelated new thread" in home.content.decode()


def test_a_published_follow_up_refreshes_the_thread_it_follows_and_nothing_else(client):
    parent = f.thread(tags=["acne"], title="The first question")
    other = f.thread(tags=["psoriasis"], title="Another thread")
    for thread in (parent, other):
        client.get(thread.get_absolute_url())
    follow_up_of(parent, title="What happened next")
    page = client.get(parent.get_absolute_url())
    assert "X-Page-Cache" not in page and "What happened next" in page.content.decode()
    assert client.get(other.get_absolute_url())["X-Page-Cache"] == "hit"


def test_an_unpublished_thread_is_never_served_from_the_page_cache(client):
    thread = f.thread(tags=["acne"], title="Soon removed")
    staff = f.user(is_staff=True)
    assert client.get(thread.get_absolute_url()).status_code == 200  # cached
    services.report_unpublish(report=thread.reports.create(reason="spam"), by=staff)
    assert client.get(thread.get_absolute_url()).status_code == 404


ARCHIVE_CHANGES = {
    "tag added in the admin": (
        lambda admin, d: admin_change(admin, reverse("admin:qa_tag_add"), name="Keloids", slug="keloids"),
        reverse("qa:tag_list"), "Keloids"),
    "doctor renamed in the admin": (
        lambda admin, d: admin_change(admin, admin_url(d["doctor"]), display_name="Dr. Renamed Person"),
        reverse("qa:doctor_list"), "Dr. Renamed Person"),
    "doctor's profile renamed in the admin": (
        lambda admin, d: admin_change(admin, admin_url(d["doctor"]), display_name="Dr. Renamed Person"),
        "profile", "Dr. Renamed Person"),
    "faq article saved in the admin": (
        lambda admin, d: admin_change(admin, admin_url(d["article"]), title="Renamed acne article"),
        reverse("faq:article_list"), "Renamed acne article"),
    "faq article on the topic page": (
        lambda admin, d: admin_change(admin, admin_url(d["article"]), title="Renamed acne article"),
        reverse("portal:tag", args=["acne"]), "Renamed acne article"),
    "faq section saved in the admin": (
        lambda admin, d: admin_change(admin, admin_url(d["article"].sections.first()), body="Newly written."),
        "article", "Newly written."),
    "department renamed in the admin": (
        lambda admin, d: admin_change(admin, admin_url(d["doctor"].department), name="Skin Clinic"),
        reverse("portal:home"), "Skin Clinic"),
    "doctor suspended": (
        lambda admin, d: doctor_services.doctor_suspend(profile=d["doctor"], by=f.user(is_staff=True), reason="x"),
        reverse("qa:doctor_list"), None),
}


@pytest.mark.parametrize("change", ARCHIVE_CHANGES)
def test_archive_wide_changes_make_every_page_that_shows_them_stale(client, staff_client, change):
    doctor = f.doctor(name="Dr. Listed Person")
    f.thread(tags=["acne"], by=doctor)
    article = f.article(tags=["acne"], title="Acne article")
    data = {"doctor": doctor, "article": article}
    action, url, expected = ARCHIVE_CHANGES[change]
    url = {"profile": doctor.get_absolute_url(), "article": article.get_absolute_url()}.get(url, url)
    before = client.get(url).content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"
    action(staff_client, data)
    response = client.get(url)
    page = response.content.decode()
    assert "X-Page-Cache" not in response
    if expected:
        assert expected not in before and expected in page
    else:  # the suspended doctor leaves the list
        assert "Dr. Listed Person" in before and "Dr. Listed Person" not in page


@pytest.mark.parametrize("change", ["answer edited", "doctor renamed in the admin"])
def test_stamps_move_again_when_the_change_commits(django_capture_on_commit_callbacks, staff_client, change):
    """A visitor may render the page from the old rows between the change and its commit; the
    second bump, at commit, makes that rendering stale too."""
    thread = f.thread(tags=["acne"])

    def stamps():
        return (qa_cache.page_get(thread.get_absolute_url(), thread_pk=thread.pk)[0],
                qa_cache.page_get(reverse("portal:home"))[0])

    before = stamps()
    answer = thread.answers.get()
    with django_capture_on_commit_callbacks(execute=False) as after_commit:
        if change == "answer edited":
            services.answer_edit(answer=answer, by=answer.doctor.user, body="Edited advice.")
        else:
            admin_change(staff_client, admin_url(answer.doctor), display_name="Dr. Renamed Person")
        during = stamps()
    assert after_commit
    assert during[0] != before[0] and during[1] != before[1]
    for callback in after_commit:
        callback()
    after = stamps()
    assert after[0] != during[0] and after[1] != during[1]
