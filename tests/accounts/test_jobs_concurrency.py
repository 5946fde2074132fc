"""Several `manage.py db_worker`s on one queue: each job is taken by one of them (SELECT ... FOR UPDATE
SKIP LOCKED), so every email goes out exactly once and the workers share the work. Real threads with
their own database connections, running django-tasks-db's Worker loop; PostgreSQL only, like
tests/qa/test_concurrency.py (SQLite has no row locks)."""

import threading
import time

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection, connections
from django_tasks.signals import task_enqueued
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from accounts.mail import send_later

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="threads with their own connections need PostgreSQL"),
]


class SlowMailServer(EmailBackend):
    """The test outbox, 20 ms a message: long enough for the workers to interleave."""

    def send_messages(self, messages):
        time.sleep(0.02)
        return super().send_messages(messages)


def test_three_workers_send_forty_emails_each_exactly_once(settings):
    settings.EMAIL_BACKEND = "tests.accounts.test_jobs_concurrency.SlowMailServer"
    task_enqueued.disconnect(dispatch_uid="tests-jobs-run-at-commit")  # the workers run them, not the commit
    for n in range(40):
        send_later(subject=f"Notification {n}", body="Read it.", to=[f"asker{n}@example.org"])
    barrier = threading.Barrier(3)
    errors = []

    def work(name):
        try:
            barrier.wait(timeout=10)
            Worker(queue_names=["default"], interval=0, batch=True, backend_name="default", startup_delay=False,
                   max_tasks=None, worker_id=name, excluded_queue_names=[]).run()
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(f"worker-{n}",)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)

    assert errors == []
    assert sorted(m.subject for m in mail.outbox) == sorted(f"Notification {n}" for n in range(40))
    jobs = DBTaskResult.objects.all()
    assert {j.status for j in jobs} == {"SUCCESSFUL"}
    assert all(len(j.worker_ids) == 1 for j in jobs)  # each taken once
    assert len({j.worker_ids[0] for j in jobs}) == 3  # and all three workers had some
