"""With the cache unreachable, pages are served without it, limits still count (per process),
/readyz says what is down, and nothing cached before the outage is served after a change made
during it."""

import allauth.core.internal.ratelimit
import allauth.mfa.totp.internal.auth
import pytest
from django.test import Client
from django.urls import reverse

import accounts.throttle
import config.views
from config.cache import RedisCache
from qa import cache as qa_cache
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_down(monkeypatch):
    """Every module that uses the cache gets a Redis client for an address where nothing listens:
    each call fails at once with a connection error, as when Redis is stopped."""
    unreachable = RedisCache("redis://127.0.0.1:9/0", {})
    for module in (qa_cache, accounts.throttle, config.views, allauth.core.internal.ratelimit,
                   allauth.mfa.totp.internal.auth):
        monkeypatch.setattr(module, "cache", unreachable)
    yield
    qa_cache._Health.stamp_lost = False


def test_public_and_sign_in_pages_answer_while_the_cache_is_down(cache_down):
    thread = f.thread(tags=["acne"], title="Spots on my chin")
    f.article(tags=["acne"], title="Acne explained")
    client = Client()
    for url in [reverse("portal:home"), thread.get_absolute_url(), reverse("qa:question_list"),
                reverse("portal:search") + "?q=spots", reverse("portal:tag", args=["acne"]),
                reverse("account_login"), reverse("account_signup"), reverse("faq:article_list")]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response
    assert "Acne explained" in client.get(thread.get_absolute_url()).content.decode()


def test_sign_in_failures_are_still_limited_while_the_cache_is_down(cache_down, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "10/m/ip,3/5m/key"}
    user = f.patient(email="locked@example.org")
    user.set_password("the-right-password-9")
    user.save()
    client = Client()
    pages = [client.post(reverse("account_login"), {"login": "locked@example.org", "password": "wrong"})
             for _ in range(3)]
    assert [p.status_code for p in pages] == [200, 200, 200]
    assert all("do not match an account" in p.content.decode() for p in pages)
    blocked = client.post(reverse("account_login"), {"login": "locked@example.org", "password": "the-right-password-9"})
    assert blocked.status_code == 200 and "Too many failed sign-in attempts" in blocked.content.decode()
    assert "_auth_user_id" not in client.session


def test_sign_up_answers_while_the_cache_is_down(cache_down):
    response = Client().post(reverse("account_signup"), {"email": "new@example.org", "password1": "ocean-violet-3317",
                                                         "password2": "ocean-violet-3317"})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")


def test_readyz_reports_the_cache_down_and_stays_ready(cache_down):
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "unreachable"}


def test_readyz_when_all_is_well():
    assert Client().get("/readyz").json() == {"database": "ok", "cache": "ok"}


def test_a_change_during_an_outage_makes_older_pages_stale_once_the_cache_is_back(client, monkeypatch):
    thread = f.thread(tags=["acne"], title="Before the outage")
    assert client.get(thread.get_absolute_url()).status_code == 200
    assert client.get(thread.get_absolute_url())["X-Page-Cache"] == "hit"
    with monkeypatch.context() as outage:  # the stamp cannot be moved during the outage…
        outage.setattr(qa_cache, "cache", RedisCache("redis://127.0.0.1:9/0", {}))
        qa_cache.archive_changed()
    assert qa_cache._Health.stamp_lost
    # …so the first request once the cache answers again moves it: the old page is not served.
    assert "X-Page-Cache" not in client.get(thread.get_absolute_url())
    assert not qa_cache._Health.stamp_lost


def test_query_parameters_a_page_does_not_read_do_not_make_new_cache_entries(client):
    thread = f.thread(tags=["acne"])
    first = client.get(thread.get_absolute_url() + "?utm_source=a")
    assert "X-Page-Cache" not in first
    for junk in ["?utm_source=b", "?x=1", "?x=2&y=3", ""]:
        assert client.get(thread.get_absolute_url() + junk)["X-Page-Cache"] == "hit", junk
    listing = reverse("qa:question_list")
    client.get(listing + "?junk=1")
    assert client.get(listing + "?other=2")["X-Page-Cache"] == "hit"
    search = reverse("portal:search")
    client.get(search + "?q=acne&utm=1")
    assert client.get(search + "?utm=2&q=acne")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in client.get(search + "?q=eczema")  # a parameter the page reads
