import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _plain_static_storage(settings, tmp_path):
    # Pages link static files by name; tests never run collectstatic. Patients' photos go to a
    # temporary folder of each test (settings.STORAGES["photos"], read through qa.photo_storage).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        "photos": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                   "OPTIONS": {"location": tmp_path / "photos", "base_url": "/no-public-url/"}},
    }


@pytest.fixture(autouse=True)
def _default_language():
    # A request activates its page's language in this thread (LocaleMiddleware) and leaves it
    # active: each test starts, as each request does, from the site's default.
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _empty_cache():
    # Primary keys repeat across tests; a fragment cached by one test must not reach the next.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _jobs_run_at_commit():
    """A job queued in a transaction runs when it commits, as a worker would take it then: tests that
    execute the on-commit callbacks (captureOnCommitCallbacks(execute=True)) see its email in
    mail.outbox and its Similar Q&A rows; tests that never commit leave it queued (tests/jobs.py)."""
    from django.db import transaction
    from django_tasks.signals import task_enqueued

    from tests.jobs import run_jobs

    def queued(sender, **kwargs):
        transaction.on_commit(run_jobs)

    task_enqueued.connect(queued, dispatch_uid="tests-jobs-run-at-commit")
    yield
    task_enqueued.disconnect(dispatch_uid="tests-jobs-run-at-commit")
