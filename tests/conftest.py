import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # Pages link static files by name; tests never run collectstatic.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _similar_threads_refresh_at_once(settings):
    # Test transactions never commit, so on_commit work would never run; the after-commit
    # path itself is tested in tests/qa/test_similar.py.
    settings.QA_SIMILAR_REFRESH = "immediate"


@pytest.fixture(autouse=True)
def _empty_cache():
    # Primary keys repeat across tests; a fragment cached by one test must not reach the next.
    cache.clear()
    yield
    cache.clear()
