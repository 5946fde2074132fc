"""Running background jobs in tests as ``manage.py db_worker`` does (the package's own Worker runs
each job), without its polling loop: a test's transaction never commits, so the tests run the
jobs that are due at the moments a worker would see them (tests/conftest.py: at the commit)."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def run_jobs() -> int:
    """Run every job that is due, one at a time, as a worker takes them (the row locked with
    SKIP LOCKED, claimed, then run outside that transaction); returns how many ran."""
    worker = Worker(queue_names=["*"], interval=0, batch=True, backend_name="default", startup_delay=False,
                    max_tasks=None, worker_id="tests", excluded_queue_names=[])
    ran = 0
    while True:
        with transaction.atomic():
            job = DBTaskResult.objects.ready().get_locked()
            if job is None:
                return ran
            job.claim(worker.worker_id)
        worker.run_task(job)
        ran += 1


def time_passes(delta: timedelta = timedelta(days=1)) -> None:
    """The retries queued for later come due (as if ``delta`` had passed)."""
    DBTaskResult.objects.filter(status="READY", run_after__lte=timezone.now() + delta).update(
        run_after=timezone.now())
