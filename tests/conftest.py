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
def _empty_cache():
    # Primary keys repeat across tests; a fragment cached by one test must not reach the next.
    cache.clear()
    yield
    cache.clear()
