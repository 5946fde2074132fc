"""Background jobs (accounts.jobs, qa.tasks): emails and the Similar Q&A refresh are rows of the
change's transaction, run by a worker after the commit, tried again with backoff while they fail."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from qa import services
from qa.models import Notification, SimilarThread
from qa.selectors import similar_questions
from tests import factories as f
from tests.jobs import run_jobs, time_passes

pytestmark = pytest.mark.django_db


class FlakyMailServer(EmailBackend):
    """The test outbox (mail.outbox), behind a mail server that refuses every message while down."""

    down = False
    refused = 0

    def send_messages(self, messages):
        if FlakyMailServer.down:
            FlakyMailServer.refused += len(messages)
            raise ConnectionRefusedError("[Errno 111] Connection refused")
        return super().send_messages(messages)


@pytest.fixture
def flaky_mail(settings):
    settings.EMAIL_BACKEND = "tests.qa.test_jobs.FlakyMailServer"
    FlakyMailServer.down, FlakyMailServer.refused = True, 0
    yield FlakyMailServer
    FlakyMailServer.down = False


def jobs(task: str, status: str | None = None):
    rows = DBTaskResult.objects.filter(task_path=task)
    return rows.filter(status=status) if status else rows


def test_with_the_mail_server_down_for_a_while_every_notification_is_delivered_once_after_it_recovers(
    flaky_mail, settings,
):
    settings.QA_OUTCOME_DAYS = 14
    askers = [f.patient(email=f"asker{n}@example.org") for n in range(3)]
    long_ago = timezone.now() - timedelta(days=30)
    threads = [f.thread(asker=a, title=f"Rash number {n}", published_at=long_ago) for n, a in enumerate(askers)]
    # The daily follow-up asks each asker how it is now: three more emails, queued the same way.
    with transaction.atomic():
        assert services.outcomes_request() == 3
    assert run_jobs() == 3

    # Six emails tried at the commit, each refused: nothing sent, nothing lost, nothing FAILED.
    assert mail.outbox == [] and flaky_mail.refused == 6
    assert jobs("accounts.tasks.send_email", "FAILED").count() == 0
    waiting = jobs("accounts.tasks.send_email", "READY")
    assert waiting.count() == 6
    assert all(timedelta(seconds=50) < j.run_after - timezone.now() <= timedelta(minutes=1) for j in waiting)
    assert {j.args_kwargs["kwargs"]["attempt"] for j in waiting} == {2}

    # A minute later the server is still down: the second attempts fail, the third wait 5 minutes.
    assert run_jobs() == 0  # not due yet
    time_passes(timedelta(minutes=1))
    assert run_jobs() == 6
    assert mail.outbox == [] and flaky_mail.refused == 12
    waiting = jobs("accounts.tasks.send_email", "READY")
    assert all(timedelta(minutes=4) < j.run_after - timezone.now() <= timedelta(minutes=5) for j in waiting)

    # The server is back: the third attempts deliver every notification, each exactly once.
    flaky_mail.down = False
    time_passes(timedelta(minutes=5))
    assert run_jobs() == 6
    assert run_jobs() == 0
    delivered = sorted((m.to[0], m.subject.split(" — ")[0]) for m in mail.outbox)
    assert delivered == sorted(
        [(a.email, Notification.Kind.ANSWERED.label) for a in askers]
        + [(a.email, Notification.Kind.OUTCOME.label) for a in askers]
    )
    assert [t.title in m.body for t in threads for m in mail.outbox].count(True) == 6
    assert jobs("accounts.tasks.send_email", "FAILED").count() == 0
    assert jobs("accounts.tasks.send_email", "READY").count() == 0
    # Each attempt is a row: 6 emails x 3 attempts, the first two of each naming the error and the retry.
    assert jobs("accounts.tasks.send_email", "SUCCESSFUL").count() == 18
    retried = jobs("accounts.tasks.send_email").exclude(return_value=1)
    assert {r.return_value["error"] for r in retried} == {"ConnectionRefusedError: [Errno 111] Connection refused"}


def test_a_mail_server_that_never_recovers_leaves_one_failed_job_per_email(flaky_mail, settings):
    settings.JOBS_MAX_ATTEMPTS = 3
    f.thread(asker=f.patient(email="asker@example.org"))
    for _ in range(5):
        time_passes()
        run_jobs()
    assert mail.outbox == [] and flaky_mail.refused == 3
    [failed] = jobs("accounts.tasks.send_email", "FAILED")
    assert failed.args_kwargs["kwargs"]["attempt"] == 3
    assert failed.args_kwargs["kwargs"]["to"] == ["asker@example.org"]
    assert "ConnectionRefusedError" in failed.traceback


def test_a_rolled_back_change_queues_nothing():
    asker = f.patient(email="asker@example.org")
    f.thread(tags=["warts"])
    question, doctor = f.question(tags=["warts"], asker=asker), f.doctor()
    services.question_claim(question=question, doctor=doctor)
    mail.outbox.clear()
    before = DBTaskResult.objects.count()

    with pytest.raises(RuntimeError), transaction.atomic():
        services.answer_publish(question=question, doctor=doctor, body="Duct tape will not help.")
        assert DBTaskResult.objects.count() == before + 2  # the refresh and the email, in the transaction
        raise RuntimeError("something after the publication failed")

    question.refresh_from_db()
    assert not question.is_published
    assert DBTaskResult.objects.count() == before
    assert run_jobs() == 0 and mail.outbox == []
    assert not SimilarThread.objects.filter(question=question).exists()


def test_a_publish_request_queues_the_similar_refresh_and_the_email_and_a_worker_does_them():
    first = f.thread(tags=["warts"], title="Warts on my fingers")
    asker = f.patient(email="asker@example.org")
    question = f.question(tags=["warts"], asker=asker, title="Warts on my feet")
    doctor = f.doctor(dept=question.department)
    services.question_claim(question=question, doctor=doctor)
    client = Client()
    client.force_login(doctor.user)
    mail.outbox.clear()

    with mock.patch("qa.tasks.refresh_similar_and_neighbours",
                    wraps=__import__("qa.similarity").similarity.refresh_similar_and_neighbours) as refresh:
        response = client.post(reverse("qa:answer", args=[question.pk]),
                               {"body": "Duct tape will not help.", "action": "publish",
                                "tags": list(question.tags.values_list("pk", flat=True))})
        assert response.status_code == 302
        question.refresh_from_db()
        assert question.is_published
        # The request refreshed nothing and sent nothing: it queued both.
        assert refresh.call_count == 0 and mail.outbox == []
        assert not SimilarThread.objects.filter(question=question).exists()
        [queued] = jobs("qa.tasks.refresh_similar", "READY")
        assert queued.args_kwargs["kwargs"] == {"question_pk": question.pk}
        assert jobs("accounts.tasks.send_email", "READY").count() == 1

        assert run_jobs() == 2  # the worker, after the commit
        assert refresh.call_count == 1
    assert [q.pk for q in similar_questions(question, limit=5)] == [first.pk]
    assert [q.pk for q in similar_questions(first, limit=5)] == [question.pk]
    assert [m.to for m in mail.outbox] == [["asker@example.org"]]
    done = jobs("qa.tasks.refresh_similar", "SUCCESSFUL").filter(args_kwargs__kwargs__question_pk=question.pk)
    assert done.count() == 1


def test_a_refresh_for_a_question_deleted_meanwhile_does_nothing():
    from qa import tasks

    with transaction.atomic():
        tasks.refresh_similar.enqueue(question_pk=987654)
    run_jobs()
    [done] = jobs("qa.tasks.refresh_similar")
    assert done.status == "SUCCESSFUL" and done.return_value is None
