"""`seed_demo` fills an empty database with a realistic archive, and a second run changes nothing."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command

from doctors.models import DoctorProfile
from faq.models import Article
from faq.selectors import related_articles
from qa.models import Notification, Photo, Question, Tag
from qa.selectors import similar_questions

pytestmark = pytest.mark.django_db


def snapshot():
    """Every row of every project model, as plain values."""
    rows = {}
    for label in ("accounts", "qa", "doctors", "faq"):
        for model in apps.get_app_config(label).get_models():
            rows[model._meta.label] = sorted(
                tuple(sorted((k, str(v)) for k, v in row.items())) for row in model.objects.values()
            )
    return rows


@pytest.fixture
def seeded(django_capture_on_commit_callbacks):
    out = StringIO()
    # The command's transaction commits in production; what follows the commit (the Similar Q&A of
    # each new thread, the emails) runs at the end of it.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=out)
    assert "Demo archive loaded" in out.getvalue()


def test_demo_archive_is_large_enough(seeded):
    assert Question.objects.published().count() >= 60
    assert Question.objects.filter(status=Question.Status.PENDING).count() >= 3
    assert Tag.objects.filter(questions__status="answered").distinct().count() >= 20
    assert DoctorProfile.objects.verified().count() >= 6
    assert DoctorProfile.objects.exclude(status="verified").exists()
    assert Article.objects.published().count() >= 12
    # Drawn illustrations (not photos of skin) on a few pending questions, for the doctors' side.
    illustrated = Question.objects.filter(status=Question.Status.PENDING, photos__isnull=False).distinct()
    assert illustrated.count() >= 3
    assert all(p.caption.startswith("Demo illustration") for p in Photo.objects.all())


def test_second_run_changes_nothing(seeded, django_capture_on_commit_callbacks):
    before = snapshot()
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=out)
    assert "nothing changed" in out.getvalue()
    assert snapshot() == before


def test_every_demo_thread_has_similar_threads_and_related_faq(seeded):
    for question in Question.objects.published().prefetch_related("tags"):
        assert similar_questions(question, limit=5), question.title
        assert related_articles([t.pk for t in question.tags.all()], limit=6), question.title


def test_demo_answers_come_from_doctors_of_the_question_department(seeded):
    for question in Question.objects.published().select_related("department"):
        for answer in question.answers.select_related("doctor"):
            assert answer.doctor.department_id == question.department_id, question.title


def test_demo_pages_render(client, seeded):
    question = Question.objects.published().first()
    assert client.get(question.get_absolute_url()).status_code == 200
    article = Article.objects.published().first()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_loading_the_demo_sends_no_email(seeded):
    from django.core import mail

    assert Notification.objects.filter(kind="answered").count() >= 60  # the site still tells the askers
    assert mail.outbox == []  # and nothing buries the console under 64 emails


def test_demo_doctor_profiles_say_they_are_fictional(client, seeded):
    for doctor in DoctorProfile.objects.verified():
        page = client.get(doctor.get_absolute_url()).content.decode()
        assert "This doctor and their hospital are fictional" in page, doctor.display_name
