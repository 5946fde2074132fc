"""Staff see the jobs that failed for good in the admin, and queue them again once the cause is fixed."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from accounts.mail import send_later
from tests import factories as f
from tests.jobs import run_jobs, time_passes

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:django_tasks_database_dbtaskresult_changelist")


class DeadMailServer:
    """An email backend whose server refuses every message."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("[Errno 111] Connection refused")


@pytest.fixture
def staff_client():
    client = Client()
    client.force_login(f.user(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def failed_email(settings):
    """An email whose every attempt failed (the mail server was down for hours)."""
    settings.JOBS_MAX_ATTEMPTS = 2
    settings.EMAIL_BACKEND = "tests.accounts.test_jobs_admin.DeadMailServer"
    with transaction.atomic():
        send_later(subject="Your question has been answered", body="Read it.", to=["asker@example.org"])
    run_jobs()
    time_passes()
    run_jobs()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the server is back
    return DBTaskResult.objects.get(status="FAILED")


def test_failed_jobs_are_listed_with_their_error_and_traceback(staff_client, failed_email):
    page = staff_client.get(CHANGELIST, {"status__exact": "FAILED"}).content.decode()
    assert "send_email" in page and "ConnectionRefusedError" in page
    detail = staff_client.get(reverse("admin:django_tasks_database_dbtaskresult_change", args=[failed_email.pk]))
    assert detail.status_code == 200
    assert "Connection refused" in detail.content.decode() and "asker@example.org" in detail.content.decode()


def test_staff_retry_a_failed_job_once_and_the_email_is_sent_once(staff_client, failed_email):
    retry = {"action": "retry_jobs", "_selected_action": [str(failed_email.pk)]}
    response = staff_client.post(CHANGELIST, retry, follow=True)
    assert response.status_code == 200 and "Queued 1 job(s) again." in response.content.decode()
    [fresh] = DBTaskResult.objects.filter(status="READY")
    assert fresh.args_kwargs["kwargs"] == {"subject": "Your question has been answered", "body": "Read it.",
                                           "to": ["asker@example.org"]}  # attempt 1 again: a full set of tries
    [entry] = LogEntry.objects.filter(object_id=str(failed_email.pk))
    assert entry.user.is_staff and str(fresh.pk) in entry.change_message

    # A second click (or a colleague's) queues nothing more: the email goes out once.
    again = staff_client.post(CHANGELIST, retry, follow=True).content.decode()
    assert "Skipped 1 job(s)" in again
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert run_jobs() == 1
    assert [m.to for m in mail.outbox] == [["asker@example.org"]]
    failed_email.refresh_from_db()
    assert failed_email.status == "FAILED"  # the record of what happened stays


def test_jobs_that_did_not_fail_are_not_retried(staff_client):
    with transaction.atomic():
        send_later(subject="Hello", body="Hi.", to=["asker@example.org"])
    run_jobs()
    [done] = DBTaskResult.objects.all()
    staff_client.post(CHANGELIST, {"action": "retry_jobs", "_selected_action": [str(done.pk)]})
    assert DBTaskResult.objects.count() == 1 and len(mail.outbox) == 1


def test_jobs_are_read_only_in_the_admin(staff_client, failed_email):
    url = reverse("admin:django_tasks_database_dbtaskresult_change", args=[failed_email.pk])
    page = staff_client.get(url).content.decode()
    assert 'name="status"' not in page
    assert staff_client.post(reverse("admin:django_tasks_database_dbtaskresult_delete", args=[failed_email.pk]),
                             {"post": "yes"}).status_code == 403
    assert DBTaskResult.objects.filter(pk=failed_email.pk).exists()


def test_a_job_whose_worker_was_killed_can_be_retried_after_an_hour(staff_client):
    from datetime import timedelta

    from django.utils import timezone

    with transaction.atomic():
        send_later(subject="Hello", body="Hi.", to=["asker@example.org"])
    stuck = DBTaskResult.objects.get()
    stuck.claim("a worker that was then killed")
    retry = {"action": "retry_jobs", "_selected_action": [str(stuck.pk)]}
    staff_client.post(CHANGELIST, retry)
    assert DBTaskResult.objects.count() == 1  # it may still be running: not yet
    DBTaskResult.objects.filter(pk=stuck.pk).update(started_at=timezone.now() - timedelta(hours=2))
    staff_client.post(CHANGELIST, retry)
    assert run_jobs() == 1 and [m.to for m in mail.outbox] == [["asker@example.org"]]


def test_the_list_says_which_attempts_failed_and_were_tried_again(staff_client, failed_email):
    rows = staff_client.get(CHANGELIST).content.decode()
    assert "ConnectionRefusedError (tried again)" in rows  # the first attempt
    assert rows.count("ConnectionRefusedError") == 2  # and the last, which failed for good
