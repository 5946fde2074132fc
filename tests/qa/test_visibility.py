"""Unpublished questions, unverified doctors and private fields never reach a public page."""

import pytest
from django.urls import reverse

from doctors.services import doctor_suspend
from qa.models import DeclineReason, Question
from qa.services import question_decline
from tests import factories as f

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Unpublished question about a rash"


@pytest.fixture
def hidden_questions():
    """A pending and a declined question, both sharing the tag of a published thread."""
    pending = f.question(tags=["eczema"], title=SECRET_TITLE + " (pending)")
    declined = f.question(tags=["eczema"], title=SECRET_TITLE + " (declined)")
    question_decline(question=declined, doctor=f.doctor(), reason=DeclineReason.NOT_DERMATOLOGY)
    declined.refresh_from_db()
    assert declined.status == Question.Status.DECLINED
    return pending, declined


def public_urls(thread):
    return [
        reverse("portal:home"),
        reverse("qa:question_list"),
        reverse("qa:tag_list"),
        reverse("portal:tag", kwargs={"slug": "eczema"}),
        reverse("qa:department_detail", kwargs={"slug": thread.department.slug}),
        thread.get_absolute_url(),
        reverse("faq:article_list"),
        reverse("qa:doctor_list"),
    ]


def test_unpublished_questions_are_404(client, hidden_questions):
    for q in hidden_questions:
        assert client.get(reverse("portal:thread", kwargs={"pk": q.pk, "slug": q.slug})).status_code == 404
        assert client.get(reverse("portal:thread_short", kwargs={"pk": q.pk})).status_code == 404


def test_unpublished_questions_absent_from_every_list_and_sidebar(client, hidden_questions):
    thread = f.thread(tags=["eczema"], title="Published eczema thread")
    article = f.article(tags=["eczema"])
    for url in [*public_urls(thread), article.get_absolute_url()]:
        page = client.get(url).content.decode()
        assert SECRET_TITLE not in page, url


def test_tag_counts_count_only_published_threads(client, hidden_questions):
    f.thread(tags=["eczema"])
    page = client.get(reverse("qa:tag_list")).content.decode()
    assert "(1 answered)" in page
    assert "(3 answered)" not in page


def test_answers_of_doctors_no_longer_verified_are_hidden(client):
    active = f.doctor(name="Dr. Active")
    suspended = f.doctor(name="Dr. Suspended")
    kept = f.thread(tags=["acne"], by=active, answer_body="Visible advice.")
    thread = f.thread(tags=["acne"], by=suspended, answer_body="Advice now withdrawn.")
    doctor_suspend(profile=suspended, by=f.user(is_staff=True), reason="Licence under review")

    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Advice now withdrawn." not in page and "Dr. Suspended" not in page
    assert "no longer available" in page
    assert "Visible advice." in client.get(kept.get_absolute_url()).content.decode()


@pytest.mark.parametrize("status", ["applied", "rejected", "suspended"])
def test_only_verified_doctors_have_public_profiles(client, status):
    doctor = f.doctor(status=status, name="Dr. Not Listed")
    assert client.get(doctor.get_absolute_url()).status_code == 404
    assert "Dr. Not Listed" not in client.get(reverse("qa:doctor_list")).content.decode()


def test_public_pages_never_show_email_username_or_licence(client):
    asker = f.patient(username="secret_asker_name", email="asker.private@example.org")
    doctor = f.doctor(name="Dr. Public Name")
    thread = f.thread(tags=["eczema"], asker=asker, by=doctor)
    f.article(tags=["eczema"], reviewer=doctor)
    private = [asker.username, asker.email, doctor.user.username, doctor.user.email, doctor.licence_number]

    for url in [*public_urls(thread), doctor.get_absolute_url()]:
        page = client.get(url).content.decode()
        for value in private:
            assert value not in page, (url, value)
    assert "30~39 year old female" in client.get(thread.get_absolute_url()).content.decode()


def test_doctor_profile_counts_only_published_threads(client):
    from qa.services import question_unpublish

    doctor = f.doctor()
    f.thread(tags=["acne"], by=doctor, title="Published one")
    f.thread(tags=["acne"], by=doctor, title="Published two")
    removed = f.thread(tags=["acne"], by=doctor, title="Hidden pending")
    question_unpublish(question=removed, by=f.user(is_staff=True), reason="Duplicate")

    page = client.get(doctor.get_absolute_url()).content.decode()

    assert "<strong>2</strong> answers published" in page
    assert "Published one" in page and "Hidden pending" not in page


def test_tag_counts_follow_publish_retag_and_unpublish():
    from io import StringIO

    from django.core.management import call_command

    from qa.models import Report, Tag
    from qa.services import question_retag, report_unpublish

    def count(slug):
        return Tag.objects.get(slug=slug).num_published

    thread = f.thread(tags=["eczema", "itching"])
    f.question(tags=["eczema"])  # pending: not counted
    assert (count("eczema"), count("itching")) == (1, 1)
    question_retag(question=thread, doctor=f.doctor(), tags=[f.tag("eczema"), f.tag("dry skin")])
    assert (count("eczema"), count("itching"), count("dry-skin")) == (1, 0, 1)
    report_unpublish(report=Report.objects.create(question=thread, reason="spam"), by=f.user(is_staff=True))
    assert (count("eczema"), count("dry-skin")) == (0, 0)

    f.thread(tags=["eczema"])
    Tag.objects.update(num_published=99)
    call_command("rebuild_counts", stdout=StringIO())
    assert (count("eczema"), count("itching")) == (1, 0)
