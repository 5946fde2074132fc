"""Background jobs that try again: the one retry rule of every app's ``tasks.py``.

Jobs use the Django tasks API (the ``django-tasks`` backport) with the database backend
(``django-tasks-db``): enqueueing writes a row in the transaction of the change it follows, so a
rolled-back change queues nothing and a committed one keeps its job however long the worker or the
mail server is down. ``manage.py db_worker`` runs the rows (README, "Background jobs").

django-tasks does not retry. ``@job`` adds the rule: when the function raises, the job queues a
copy of itself with the same arguments and ``attempt + 1``, to run after ``BACKOFF[attempt - 1]``
(1 min, 5 min, 30 min, 2 h, then 6 h each time), and finishes with a return value naming the
error and the retry. At ``settings.JOBS_MAX_ATTEMPTS`` it raises instead: the row stays FAILED,
which is what staff look for in the admin (and retry from there, ``accounts.admin``). A job's
arguments are JSON (primary keys, addresses, the rendered text), never model instances.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone
from django_tasks import TaskContext, task

logger = logging.getLogger(__name__)

# Wait before attempt n + 1 after attempt n failed: BACKOFF[n - 1], its last value thereafter.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
)


def backoff(attempt: int) -> timedelta:
    """How long to wait after the ``attempt``-th attempt (1, 2, ...) failed."""
    return BACKOFF[min(attempt, len(BACKOFF)) - 1]


def job(func: Callable[..., Any]) -> Any:
    """A task (``.enqueue(...)`` with JSON arguments) that tries again with backoff when it raises.

    The task takes one more keyword argument, ``attempt`` (1 when queued by the application); the
    function itself never sees it.
    """

    @functools.wraps(func)
    def run(context: TaskContext, *args: Any, attempt: int = 1, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except Exception as error:
            this = context.task_result.task
            if attempt >= settings.JOBS_MAX_ATTEMPTS or not this.get_backend().supports_defer:
                logger.error("Job %s failed for good at attempt %d", this.name, attempt)
                raise  # the row is FAILED: the admin lists it for staff
            run_after = timezone.now() + backoff(attempt)
            retry = this.using(run_after=run_after).enqueue(*args, attempt=attempt + 1, **kwargs)
            logger.warning("Job %s failed at attempt %d (%s: %s); attempt %d at %s (job %s)", this.name,
                           attempt, type(error).__name__, error, attempt + 1, run_after.isoformat(), retry.id)
            # This attempt is over and its work handed on: the row says so, and it is not a failure
            # staff must act on (only the last attempt's is).
            return {"failed_attempt": attempt, "error": f"{type(error).__name__}: {error}",
                    "retry": retry.id, "retry_after": run_after.isoformat()}

    # The task's own signature (``context`` first, ``attempt``), not the function's: the backend checks it.
    del run.__wrapped__
    return task(takes_context=True)(run)


# A job RUNNING for longer than this lost its worker (killed, or its machine stopped): a worker stopped
# with SIGTERM finishes its job first. Staff may retry it as a failed one. Jobs take seconds.
STALE = timedelta(hours=1)


def retryable(row: Any) -> bool:
    """Whether staff may queue a fresh copy of this ``DBTaskResult``: it failed for good, or it has
    been RUNNING for longer than ``STALE``."""
    if row.status == "FAILED":
        return True
    return row.status == "RUNNING" and row.started_at is not None and row.started_at < timezone.now() - STALE


def retry(failed: Any) -> Any:
    """Queue a fresh copy of a job that failed for good (a ``DBTaskResult`` row), to run now with a
    full set of attempts; returns the new job's result. Staff do this from the admin."""
    args_kwargs = failed.args_kwargs
    kwargs = {k: v for k, v in (args_kwargs.get("kwargs") or {}).items() if k != "attempt"}
    fresh = dataclasses.replace(failed.task, run_after=None)  # now, not when the failed one was due
    return fresh.enqueue(*args_kwargs.get("args", []), **kwargs)
