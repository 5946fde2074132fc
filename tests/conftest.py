import pytest


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # Pages link static files by name; tests never run collectstatic.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
