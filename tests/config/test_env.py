import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, parse_database_url

BASE = Path("/srv/app")
ROOT = Path(__file__).resolve().parents[2]


def test_postgres_url():
    config = parse_database_url("postgres://postgres:s%40cret@127.0.0.1:5432/derm?sslmode=require", base_dir=BASE)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["NAME"], config["USER"], config["PASSWORD"]) == ("derm", "postgres", "s@cret")
    assert (config["HOST"], config["PORT"]) == ("127.0.0.1", "5432")
    assert config["CONN_MAX_AGE"] > 0 and config["CONN_HEALTH_CHECKS"] is True
    assert config["OPTIONS"] == {"sslmode": "require"}


def test_sqlite_urls_relative_and_absolute():
    assert parse_database_url("sqlite:///db.sqlite3", base_dir=BASE)["NAME"] == "/srv/app/db.sqlite3"
    assert parse_database_url("sqlite:////var/lib/x.sqlite3", base_dir=BASE)["NAME"] == "/var/lib/x.sqlite3"


@pytest.mark.parametrize("url", ["mysql://root@localhost/db", "postgres://user@host:5432/", "sqlite://"])
def test_unsupported_or_incomplete_urls_are_refused(url):
    with pytest.raises(ImproperlyConfigured):
        parse_database_url(url, base_dir=BASE)


def test_env_bool(monkeypatch):
    monkeypatch.setenv("X_FLAG", "off")
    assert env_bool("X_FLAG", True) is False
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("X_FLAG", True)


def run_settings(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "-c", "import config.settings as s; print(s.DEBUG)"],
        cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=60,
    )


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    result = run_settings(DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_starts_with_debug_off_and_a_secret_key():
    result = run_settings(DJANGO_DEBUG="0", DJANGO_SECRET_KEY="x" * 60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.django_db
def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok"
