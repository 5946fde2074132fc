"""The read-only JSON API (portal.api): what it lists, how it pages, what it never shows, its limit,
its cache, its OpenAPI document and its documentation page."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from doctors.models import DoctorProfile
from doctors.services import doctor_suspend
from qa import cache, services
from qa.models import DeclineReason
from tests import factories as f

pytestmark = pytest.mark.django_db

PHONE = "0912-345-678"


@pytest.fixture(autouse=True)
def _generous_limit(settings):
    settings.API_REQUESTS_PER_MINUTE = 10_000


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def walk(client, url):
    """Every item of a paged list, following ``next`` to the end."""
    items, pages = [], 0
    while url:
        page = get(client, url)
        items += page["items"]
        url = page["next"] and urlsplit(page["next"])._replace(scheme="", netloc="").geturl()
        pages += 1
        assert pages < 100
    return items, pages


# --- Threads: pagination and filters ------------------------------------------------------

def test_the_cursor_walks_every_published_thread_once_newest_first(client):
    now = timezone.now()
    same_moment = now - timedelta(days=3)
    published = [f.thread(published_at=now - timedelta(hours=n)) for n in range(7)]
    published += [f.thread(published_at=same_moment) for _ in range(4)]  # ties on published_at: the id decides
    f.question()  # pending: never listed
    items, pages = walk(client, "/api/v1/threads?limit=3")
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)) == len(published)
    expected = sorted(published, key=lambda q: (q.published_at, q.pk), reverse=True)
    assert ids == [q.pk for q in expected]
    assert pages == 4


def test_a_bad_cursor_means_the_first_page_and_a_bad_limit_is_refused(client):
    thread = f.thread()
    assert [i["id"] for i in get(client, "/api/v1/threads?cursor=nonsense")["items"]] == [thread.pk]
    get(client, "/api/v1/threads?limit=0", status=422)
    get(client, "/api/v1/threads?limit=51", status=422)


def test_threads_filter_by_topic_and_department(client):
    acne = f.thread(tags=["acne"])
    hair_dept = f.department("Hair and scalp", "hair")
    hair = f.thread(tags=["hair-loss"], dept=hair_dept)
    both = f.thread(tags=["acne"], dept=hair_dept)
    assert {i["id"] for i in get(client, "/api/v1/threads?topic=acne")["items"]} == {acne.pk, both.pk}
    assert {i["id"] for i in get(client, "/api/v1/threads?department=hair")["items"]} == {hair.pk, both.pk}
    assert [i["id"] for i in get(client, "/api/v1/threads?department=hair&topic=acne")["items"]] == [both.pk]
    get(client, "/api/v1/threads?topic=no-such-topic", status=404)
    get(client, "/api/v1/threads?department=no-such", status=404)
    get(client, "/api/v1/threads?topic=%00", status=422)


def test_a_filtered_walk_keeps_its_filters(client):
    mine = [f.thread(tags=["acne"]) for _ in range(5)]
    f.thread(tags=["eczema"])
    items, _ = walk(client, "/api/v1/threads?topic=acne&limit=2")
    assert sorted(i["id"] for i in items) == sorted(q.pk for q in mine)


# --- One thread -------------------------------------------------------------------------------

def test_a_thread_has_its_answer_and_its_similar_threads(client):
    doctor = f.doctor(name="Dr. Mei Chen")
    thread = f.thread(tags=["acne", "scars"], title="Spots on my chin", by=doctor)
    other = f.thread(tags=["acne", "scars"], title="Marks after spots")
    data = get(client, f"/api/v1/threads/{thread.pk}")
    assert data["title"] == "Spots on my chin" and data["url"].endswith(thread.get_absolute_url())
    assert [t["slug"] for t in data["topics"]] == ["acne", "scars"]
    answer = data["answer"]
    assert answer["doctor"]["name"] == "Dr. Mei Chen"
    assert answer["doctor"]["url"].endswith(doctor.get_absolute_url())
    assert answer["doctor"]["department"]["slug"] == thread.department.slug
    assert "<strong>eczema</strong>" in answer["body_html"] and answer["summary"]
    assert [s["id"] for s in data["similar"]] == [other.pk]
    assert data["similar"][0]["shared_topics"]


@pytest.mark.parametrize("fate", ["pending", "declined", "withdrawn", "removed", "missing"])
def test_a_thread_that_is_not_public_is_a_404(client, fate):
    if fate == "removed":
        question = f.thread()
        get(client, f"/api/v1/threads/{question.pk}")  # cached while public…
        services.question_unpublish(question=question, by=f.user(is_staff=True))
    else:
        question = f.question()
        if fate == "declined":
            services.question_decline(question=question, doctor=f.doctor(dept=question.department),
                                      reason=DeclineReason.NEEDS_EXAM)
        elif fate == "withdrawn":
            services.question_withdraw(question=question, asker=question.asker)
    pk = question.pk if fate != "missing" else 999_999
    assert get(client, f"/api/v1/threads/{pk}", status=404) == {"detail": "No such thread."}  # …and not after
    assert pk not in {i["id"] for i in get(client, "/api/v1/threads")["items"]}


def test_unpublished_articles_and_unverified_doctors_are_404s(client):
    draft = f.article(published=False)
    live = f.article(title="Acne explained")
    get(client, f"/api/v1/faq/{draft.slug}", status=404)
    assert [a["slug"] for a in get(client, "/api/v1/faq")["items"]] == [live.slug]
    for status in (DoctorProfile.Status.APPLIED, DoctorProfile.Status.SUSPENDED, DoctorProfile.Status.REJECTED):
        doctor = f.doctor(status=status)
        get(client, f"/api/v1/doctors/{doctor.slug}", status=404)
        assert doctor.slug not in {d["slug"] for d in get(client, "/api/v1/doctors")["items"]}


def test_a_suspended_doctor_leaves_every_response_even_those_cached_before(client):
    doctor = f.doctor()
    thread = f.thread(by=doctor)
    urls = [f"/api/v1/threads/{thread.pk}", "/api/v1/threads", "/api/v1/doctors", f"/api/v1/doctors/{doctor.slug}"]
    for url in urls:
        get(client, url)
        assert client.get(url)["X-Page-Cache"] == "hit"
    doctor_suspend(profile=doctor, by=f.user(is_staff=True), reason="Licence lapsed")
    assert get(client, f"/api/v1/threads/{thread.pk}")["answer"] is None
    assert get(client, "/api/v1/threads")["items"][0]["answered_by"] is None
    assert get(client, "/api/v1/doctors")["items"] == []
    get(client, f"/api/v1/doctors/{doctor.slug}", status=404)


def test_an_article_taken_back_to_draft_leaves_the_cached_responses(client):
    article = f.article(title="Acne explained")
    get(client, f"/api/v1/faq/{article.slug}")
    assert client.get(f"/api/v1/faq/{article.slug}")["X-Page-Cache"] == "hit"
    article.is_published = False
    article.save()
    cache.archive_changed()  # as the admin does when it saves an article (faq.admin)
    get(client, f"/api/v1/faq/{article.slug}", status=404)
    assert get(client, "/api/v1/faq")["items"] == []


# --- Topics, FAQ, doctors, search ---------------------------------------------------------

def test_topics_faq_doctors_and_search(client):
    doctor = f.doctor(name="Dr. Lin")
    thread = f.thread(tags=["acne"], title="Spots on my chin", by=doctor)
    article = f.article(tags=["acne"], title="Acne explained", reviewer=doctor)
    topics = {t["slug"]: t for t in get(client, "/api/v1/topics")["items"]}
    assert topics["acne"]["published_threads"] == 1
    full = get(client, f"/api/v1/faq/{article.slug}")
    assert [s["heading"] for s in full["sections"]] == ["Overview", "When to seek urgent help"]
    assert full["references"][0]["url"] == "https://www.nhs.uk/conditions/"
    assert full["reviewed_by"]["name"] == "Dr. Lin" and full["topics"] == [
        {"slug": "acne", "name": "acne", "name_zh": ""}]
    listed = get(client, "/api/v1/doctors")["items"]
    assert [d["name"] for d in listed] == ["Dr. Lin"] and listed[0]["published_answers"] == 1
    profile = get(client, f"/api/v1/doctors/{doctor.slug}")
    assert profile["hospital"] == "Test Hospital" and profile["latest_answers"][0]["thread_id"] == thread.pk
    found = get(client, "/api/v1/search?q=spots")
    assert [hit["id"] for hit in found["results"]] == [thread.pk] and found["total"] == 1
    assert "<mark>" in found["results"][0]["title_html"]
    assert get(client, "/api/v1/search?q=spots&topic=acne")["total"] == 1
    assert get(client, "/api/v1/search?q=")["results"] == []
    get(client, "/api/v1/search?q=spots&topic=nope", status=404)


# --- Nothing private ---------------------------------------------------------------------

def _every_response(client, urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        yield url, response.content.decode()


def _keys(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def test_no_response_holds_anything_private(client):
    asker = f.patient(username="rosa-private", email="rosa.private@example.org")
    doctor = f.doctor(name="Dr. Private Check")
    thread = f.question(asker=asker, title=f"Itchy rings, call {PHONE}", tags=["ringworm"],
                        body=f"Please text me at {PHONE} about the rings.")
    f.answer(thread, by=doctor, body="Ringworm; an antifungal cream helps.")
    f.thread(tags=["ringworm"])
    f.article(tags=["ringworm"], reviewer=doctor)
    article = f.article(tags=["ringworm"], title="Ringworm explained", reviewer=doctor)
    secrets = [PHONE, "345-678", asker.email, asker.username, doctor.user.email, doctor.user.username,
               doctor.licence_number]
    urls = ["/api/v1/threads", f"/api/v1/threads/{thread.pk}", "/api/v1/topics", "/api/v1/faq",
            f"/api/v1/faq/{article.slug}", "/api/v1/doctors", f"/api/v1/doctors/{doctor.slug}",
            "/api/v1/search?q=rings", "/api/v1/search?q=ringworm", "/api/openapi.json"]
    seen_phone_placeholder = False
    for url, body in _every_response(client, urls):
        for secret in secrets:
            assert secret not in body, (url, secret)
        keys = set(_keys(json.loads(body)))
        assert not {k for k in keys if k.startswith("original_") or k in {"email", "username", "licence_number"}}
        seen_phone_placeholder |= "[phone number removed]" in body
    assert seen_phone_placeholder


# --- Limits ----------------------------------------------------------------------------------

def test_past_the_limit_a_visitor_gets_429_with_retry_after(settings):
    settings.API_REQUESTS_PER_MINUTE = 3
    f.thread()
    client = Client(REMOTE_ADDR="203.0.113.9")
    statuses = [client.get("/api/v1/topics").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get("/api/v1/threads")
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60
    assert Client(REMOTE_ADDR="203.0.113.10").get("/api/v1/topics").status_code == 200  # another visitor


def test_the_limit_holds_and_the_api_answers_while_the_cache_is_down(settings, monkeypatch):
    import accounts.throttle
    from config.cache import RedisCache
    from qa import cache as qa_cache

    unreachable = RedisCache("redis://127.0.0.1:9/0", {})
    for module in (qa_cache, accounts.throttle):
        monkeypatch.setattr(module, "cache", unreachable)
    settings.API_REQUESTS_PER_MINUTE = 2
    thread = f.thread()
    client = Client(REMOTE_ADDR="203.0.113.77")
    first = client.get(f"/api/v1/threads/{thread.pk}")
    assert first.status_code == 200 and "X-Page-Cache" not in first
    assert client.get("/api/v1/threads").status_code == 200
    assert client.get("/api/v1/threads").status_code == 429
    qa_cache._Health.stamp_lost = False


# --- Caching ---------------------------------------------------------------------------------

def test_responses_are_cached_until_the_archive_changes(client):
    f.thread(title="First thread")
    assert "X-Page-Cache" not in client.get("/api/v1/threads")
    assert client.get("/api/v1/threads")["X-Page-Cache"] == "hit"
    assert client.get("/api/v1/threads?utm_source=x")["X-Page-Cache"] == "hit"  # parameters it ignores
    f.thread(title="Second thread")
    fresh = client.get("/api/v1/threads")
    assert "X-Page-Cache" not in fresh and len(fresh.json()["items"]) == 2


def test_a_thread_is_cached_until_it_changes(client):
    thread = f.thread(title="Spots on my chin")
    url = f"/api/v1/threads/{thread.pk}"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    answer = thread.answers.get()
    services.answer_edit(answer=answer, by=answer.doctor.user, body="A new reply about **acne**.")
    fresh = client.get(url)
    assert "X-Page-Cache" not in fresh and "<strong>acne</strong>" in fresh.json()["answer"]["body_html"]


# --- Query budget ----------------------------------------------------------------------------

def _queries(url) -> int:
    from django.core.cache import cache

    cache.clear()  # count the work of a miss, not a cache hit
    with CaptureQueriesContext(connection) as captured:
        assert Client().get(url).status_code == 200, url
    return len(captured)


def test_query_counts_are_bounded_and_do_not_grow_with_the_archive(django_assert_max_num_queries):
    doctor = f.doctor()
    thread = f.thread(tags=["acne"], by=doctor)
    article = f.article(tags=["acne"], reviewer=doctor)

    def urls():
        return ["/api/v1/threads", "/api/v1/threads?topic=acne&department=dermatology", f"/api/v1/threads/{thread.pk}",
                "/api/v1/topics", "/api/v1/departments", "/api/v1/faq", f"/api/v1/faq/{article.slug}",
                "/api/v1/doctors",
                f"/api/v1/doctors/{doctor.slug}", "/api/v1/search?q=itchy"]

    before = {url: _queries(url) for url in urls()}
    for n in range(25):
        f.thread(tags=["acne", f"topic-{n % 5}"], by=f.doctor() if n % 2 else doctor)
        f.article(tags=["acne", f"topic-{n % 5}"], reviewer=f.doctor())
    after = {url: _queries(url) for url in urls()}
    assert after == before
    for url in urls():
        from django.core.cache import cache

        cache.clear()
        with django_assert_max_num_queries(10):  # as the pages (tests/qa/test_query_budget.py)
            Client().get(url)


# --- OpenAPI and the documentation page ----------------------------------------------------

def test_the_openapi_document_lists_every_endpoint(client):
    document = get(client, "/api/openapi.json")
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {
        "/api/v1/threads", "/api/v1/threads/{thread_id}", "/api/v1/topics", "/api/v1/departments", "/api/v1/faq",
        "/api/v1/faq/{slug}", "/api/v1/doctors", "/api/v1/doctors/{slug}", "/api/v1/search",
    }
    assert all(set(operations) == {"get"} for operations in document["paths"].values())
    for path, operations in document["paths"].items():
        assert {"200", "429"} <= set(operations["get"]["responses"]), path


def test_the_docs_page_loads_from_the_sites_own_static_files(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    page = response.content.decode()
    assert "cdn" not in page.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    sources = re.findall(r'<script src="([^"]+)"', page)
    assert sources == ["/static/ninja/swagger-ui-bundle.js", "/static/js/api-docs.js"]
    for name in ("ninja/swagger-ui-bundle.js", "ninja/swagger-ui.css", "js/api-docs.js"):
        assert finders.find(name), name
    assert 'data-openapi-url="/api/openapi.json"' in page
    script = open(finders.find("js/api-docs.js"), encoding="utf-8").read()  # noqa: SIM115
    assert "validatorUrl: null" in script and "http" not in script


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs a headless Chromium")
def test_swagger_ui_renders_under_the_sites_policy_in_a_browser(live_server):
    """Swagger UI draws every endpoint on /api/docs, and the browser reports no violation of the
    Content-Security-Policy (it logs each one to the console)."""
    run = subprocess.run(  # noqa: S603 - a fixed command line
        [shutil.which("chromium"), "--headless=new", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
         "--log-level=0", "--virtual-time-budget=8000", "--dump-dom", f"{live_server.url}/api/docs"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert "Content Security Policy" not in run.stderr, run.stderr[-2000:]
    for path in ("/api/v1/threads", "/api/v1/threads/{thread_id}", "/api/v1/faq/{slug}", "/api/v1/search"):
        assert f'data-path="{path}"' in run.stdout, path


def test_threads_filter_by_the_language_they_are_written_in(client):
    english = f.thread(tags=["eczema"], title="Dry patches on my hands")
    chinese = f.thread(tags=["eczema"], title="手指脫皮又很癢", body="洗碗之後手指乾裂、脫皮，晚上很癢。",
                       answer_body="這可能是手部濕疹，洗手後請馬上擦護手霜。")
    both = get(client, "/api/v1/threads?topic=eczema")["items"]
    assert {item["id"]: item["language"] for item in both} == {english.pk: "en", chinese.pk: "zh-hant"}
    assert [t["id"] for t in get(client, "/api/v1/threads?language=zh-hant")["items"]] == [chinese.pk]
    assert [t["id"] for t in get(client, "/api/v1/threads?language=en")["items"]] == [english.pk]
    assert get(client, f"/api/v1/threads/{chinese.pk}")["answer"]["language"] == "zh-hant"
    get(client, "/api/v1/threads?language=fr", status=422)
