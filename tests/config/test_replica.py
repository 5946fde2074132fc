"""Reads from a replica (config/replica.py): which database each kind of request really reads.

The ``replica`` alias here is a second connection to the test database (Django's test mirror, as
settings.py configures it when DATABASE_REPLICA_URL is set), installed for these tests only with the
router and the middleware. Each test captures the SQL run on each connection, so it checks where
the rows were read, not what a function returned. The tests are transactional: the replica's
connection sees committed rows only, as a real replica does.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import OperationalError, connections, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from config import replica
from qa.models import Question
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]
# Quoted by the ORM or not (raw SQL), or a prepared statement of the thread page (qa.prepared).
CONTENT_TABLE = re.compile(r"\b(qa|faq|doctors)_[a-z]|^EXECUTE (thread_head|similar_threads)\b", re.IGNORECASE)

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica"])


@pytest.fixture(scope="module", autouse=True)
def replica_alias(django_db_setup, django_db_blocker):
    """The ``replica`` alias: the primary's test database, reached through its own connection (made
    by settings.py already when the tests run with DATABASE_REPLICA_URL set)."""
    if replica.REPLICA in connections:
        yield
        return
    primary = connections["default"].settings_dict
    connections.settings[replica.REPLICA] = {**primary, "TEST": {**primary["TEST"], "MIRROR": "default"}}
    yield
    with django_db_blocker.unblock():
        connections[replica.REPLICA].close()
    del connections[replica.REPLICA]
    del connections.settings[replica.REPLICA]


@pytest.fixture(autouse=True)
def routed(settings):
    """The router and the middleware, as settings.py installs them with DATABASE_REPLICA_URL; no lag
    window unless a test sets one (rows written by the test's set-up would open it)."""
    settings.DATABASE_ROUTERS = ["config.replica.ReplicaRouter"]
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
                      "config.replica.replica_reads")
    settings.MIDDLEWARE = middleware
    settings.DATABASE_REPLICA_LAG_SECONDS = 0
    replica._Window.until = replica._Window.shared_at = 0.0


class Reads:
    """The SQL each connection ran while the block ran."""

    def __enter__(self):
        self.contexts = {alias: CaptureQueriesContext(connections[alias]) for alias in ("default", "replica")}
        for context in self.contexts.values():
            context.__enter__()
        return self

    def __exit__(self, *exc):
        for context in self.contexts.values():
            context.__exit__(*exc)

    def on(self, alias) -> list[str]:
        return [q["sql"] for q in self.contexts[alias].captured_queries]

    def content_on(self, alias) -> list[str]:
        """The queries of the forum's own content (questions, answers, tags, FAQ, doctors)."""
        return [sql for sql in self.on(alias) if CONTENT_TABLE.search(sql)]


def get(client, url, **kwargs):
    with Reads() as reads:
        response = client.get(url, **kwargs)
    return response, reads


@pytest.fixture
def thread():
    return f.thread(tags=["acne"], title="Red spots on my chin")


def test_anonymous_public_pages_are_read_from_the_replica(client, thread):
    for url in [thread.get_absolute_url(), reverse("qa:question_list"), reverse("portal:search") + "?q=spots",
                reverse("portal:home"), reverse("portal:tag", args=["acne"]), reverse("qa:feed"),
                "/sitemaps/threads-1.xml", f"/api/v1/threads/{thread.pk}"]:
        response, reads = get(client, url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert "on my chin" in page or "on-my-chin" in page, url  # search highlights "spots"; a sitemap has slugs
        assert reads.content_on("replica"), url
        # The only statements on the primary: a first visit stores a thread's rendered parts or cards there.
        stored = ('INSERT INTO "portal_storedthreadpage"', 'INSERT INTO "qa_storedthreadcard"')
        assert [sql for sql in reads.content_on("default") if not sql.startswith(stored)] == [], url
        assert "read_primary" not in response.cookies and "public" in response["Cache-Control"], url


def test_a_visit_that_stores_a_threads_parts_does_not_pin_anyone_to_the_primary(client, thread):
    client.get(thread.get_absolute_url())
    cache.clear()
    response, reads = get(Client(), thread.get_absolute_url())  # the parts are stored: nothing to write
    assert not reads.content_on("default") and reads.content_on("replica")


def test_a_post_reads_and_writes_the_primary_and_the_browser_then_reads_the_primary(client, settings, thread):
    settings.DATABASE_REPLICA_LAG_SECONDS = 10
    with Reads() as reads:
        response = client.post(reverse("qa:report", args=[thread.pk, thread.slug]), {"reason": "spam", "note": ""})
    assert response.status_code == 302
    assert thread.reports.count() == 1
    assert reads.on("replica") == []
    assert any("INSERT" in sql for sql in reads.on("default"))
    assert response.cookies[replica.PIN_COOKIE]["max-age"] == 10

    # The redirect to the thread, with the cookie: the primary, which holds the report already.
    response, reads = get(client, thread.get_absolute_url())
    assert response.status_code == 200 and "Our staff will look at this thread" in response.content.decode()
    assert reads.on("replica") == [] and reads.content_on("default")

    # Another browser, without the cookie, after the window: the replica again.
    replica._Window.until = 0.0
    cache.delete(replica.WINDOW_KEY)
    response, reads = get(client.__class__(), reverse("qa:question_list"))
    assert response.status_code == 200 and reads.content_on("replica")


def test_signed_in_pages_read_the_primary(client, thread):
    asker = f.patient()
    pending = f.question(asker=asker, title="My own waiting question")
    client.force_login(asker)
    for url, text in [(reverse("qa:my_questions"), "My own waiting question"),
                      (pending.get_absolute_url(), "My own waiting question"),
                      (reverse("qa:notifications"), "Notifications"),
                      (thread.get_absolute_url(), "Red spots on my chin")]:
        response, reads = get(client, url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url
        assert reads.on("replica") == [], url
        assert reads.content_on("default"), url


def test_the_asker_sees_the_question_just_asked_even_if_the_replica_has_not_got_it(client):
    asker = f.patient()
    client.force_login(asker)
    response = client.post(reverse("qa:ask"), f.ask_data(action="submit"))
    assert response.status_code == 302
    question = asker.questions.get()
    response, reads = get(client, response["Location"])
    assert response.status_code == 200 and question.title in response.content.decode()
    assert reads.on("replica") == []
    response, reads = get(client, question.get_absolute_url())
    assert response.status_code == 200 and question.title in response.content.decode()
    assert reads.on("replica") == []
    # A visitor who is not signed in is refused it, by the primary's or the replica's rows alike.
    assert client.__class__().get(question.get_absolute_url()).status_code == 404


def test_management_commands_read_the_primary(thread):
    with Reads() as reads:
        call_command("rebuild_counts", stdout=open(os.devnull, "w"))  # noqa: SIM115
        call_command("expire_claims", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert reads.on("replica") == []
    assert reads.content_on("default")


def test_after_a_public_change_anonymous_pages_read_the_primary_for_the_lag_window(client, settings, monkeypatch):
    settings.DATABASE_REPLICA_LAG_SECONDS = 30
    thread = f.thread(tags=["acne"], title="Just published")  # commits: the stamps of the pages moved
    response, reads = get(client, thread.get_absolute_url())
    assert response.status_code == 200 and "Just published" in response.content.decode()
    assert reads.on("replica") == [] and reads.content_on("default")
    # Other workers learn it from the cache, not from this process's memory.
    replica._Window.until = 0.0
    response, reads = get(client, reverse("qa:question_list"))
    assert reads.on("replica") == []
    # Once the window has passed, the replica serves them again.
    later = replica._clock() + 32
    monkeypatch.setattr(replica, "_clock", lambda: later)
    response, reads = get(client, reverse("portal:tag", args=["acne"]))
    assert response.status_code == 200 and reads.content_on("replica")


def test_reads_inside_a_transaction_or_after_a_write_go_to_the_primary(thread):
    router = replica.ReplicaRouter()
    token = replica._current.set(replica._Request(public=True))
    try:
        assert router.db_for_read(Question) == "replica"
        assert router.db_for_read(User) == "default"  # who someone is: always the primary
        with transaction.atomic():
            assert router.db_for_read(Question) == "default"
        assert router.db_for_write(Question) == "default"
        assert router.db_for_read(Question) == "default"  # the request wrote: read your writes
    finally:
        replica._current.reset(token)
    assert router.db_for_read(Question) == "default"  # outside any request (commands, jobs)
    assert router.allow_migrate("default", "qa") and not router.allow_migrate("replica", "qa")


def settings_of(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DATABASE_REPLICA_URL"}}
    code = ("import config.settings as s; print(sorted(s.DATABASES)); print(getattr(s, 'DATABASE_ROUTERS', []));"
            "print([m for m in s.MIDDLEWARE if 'replica' in m or m.endswith('AuthenticationMiddleware')]);"
            "print(s.DATABASES.get('replica', {}).get('TEST'))")
    result = subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", code], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.django_db(databases=[])
def test_without_a_replica_url_there_is_one_database_and_no_router():
    assert settings_of() == ["['default']", "[]", "['django.contrib.auth.middleware.AuthenticationMiddleware']",
                             "None"]


@pytest.mark.django_db(databases=[])
def test_with_a_replica_url_the_router_and_the_middleware_are_installed():
    assert settings_of(DATABASE_URL="postgres://app@db1:5432/forum",
                       DATABASE_REPLICA_URL="postgres://app@db2:5432/forum") == [
        "['default', 'replica']", "['config.replica.ReplicaRouter']",
        "['django.contrib.auth.middleware.AuthenticationMiddleware', 'config.replica.replica_reads']",
        "{'MIRROR': 'default'}",
    ]


def test_readyz_says_whether_the_replica_answers_and_stays_ready_without_it(client, monkeypatch):
    assert client.get("/readyz").json() == {"database": "ok", "cache": "ok", "replica": "ok"}

    def unreachable():
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connections[replica.REPLICA], "cursor", unreachable)
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok", "replica": "unreachable"}
