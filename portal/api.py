"""The read-only JSON API of the public archive (django-ninja), mounted at ``/api/`` by config.urls:
``/api/v1/…`` the endpoints, ``/api/openapi.json`` the OpenAPI document, ``/api/docs`` Swagger UI
from the site's own static files.

It shows what the public pages show and nothing else: published threads (their public copies), the
replies of verified doctors, topics, published FAQ articles, verified doctors, search. Anything
unpublished is a 404, as on the pages. Each response is cached like the pages (qa.cache: under its
path and the query parameters it reads, served while the stamps it depends on are current), and
every visitor's address may make ``API_REQUESTS_PER_MINUTE`` requests a minute (accounts.throttle:
in the cache, or in each worker's memory while the cache is unreachable), then gets a 429 with
``Retry-After``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from ninja import NinjaAPI, Query, Router
from ninja.errors import HttpError
from ninja.openapi.docs import DocsBase
from ninja.throttling import BaseThrottle
from pydantic import BaseModel, Field

from accounts import throttle
from accounts.languages import Language
from doctors import selectors as doctor_selectors
from doctors.models import Department, DoctorProfile
from doctors.structured_data import absolute_url
from faq import selectors as faq_selectors
from faq.models import Article
from portal import api_schemas as s
from portal.middleware import cached_response, store_and_share
from qa import cache, search, selectors
from qa.models import Tag
from qa.pagination import keyset_page

RATE_WINDOW = 60  # seconds


class VisitorRateLimit(BaseThrottle):
    """``API_REQUESTS_PER_MINUTE`` requests per visitor's address in each clock minute, counted by
    accounts.throttle (the shared cache, or this process's memory while it is unreachable)."""

    def allow_request(self, request: HttpRequest) -> bool:
        window = int(time.time() // RATE_WINDOW)
        count = throttle.record_attempt("api", f"{throttle.client_ip(request)}|{window}", window=RATE_WINDOW)
        return count <= settings.API_REQUESTS_PER_MINUTE

    def wait(self) -> float:
        return max(1.0, RATE_WINDOW - time.time() % RATE_WINDOW)


class LocalSwagger(DocsBase):
    """Swagger UI from the site's static files (django-ninja's bundled copy), started by a static
    script: no CDN, no inline script, so the page works under the site's Content-Security-Policy."""

    template = "portal/api_docs.html"

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs) -> HttpResponse:
        return render(request, self.template, {"api": api, "openapi_url": self.get_openapi_url(api, kwargs)})


api = NinjaAPI(
    title=f"{settings.SITE_NAME} API",
    version="1",
    description=(
        "Read-only JSON API of the public archive: answered threads, topics, FAQ articles, verified "
        "doctors and search. Anonymous; rate-limited per address (429 with Retry-After)."
    ),
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
    docs=LocalSwagger(),
    throttle=[VisitorRateLimit()],
)
v1 = Router()
LIMITED = {429: s.Error}  # every endpoint: past API_REQUESTS_PER_MINUTE, with Retry-After
MISSING = {404: s.Error, **LIMITED}


# --- Caching -------------------------------------------------------------------------------

def _cached(request: HttpRequest, build: Callable[[], BaseModel], *, params: tuple[str, ...] = (),
            thread_pk: int | None = None) -> HttpResponse:
    """The JSON of ``build()``, from the page cache while what it depends on is unchanged (a thread:
    the thread's stamp; anything else: the lists). Only 200s are stored; a 404 raised by ``build``
    is never cached."""
    key = cache.page_key(request.path, dict(request.GET.lists()), params)
    stamp, hit = cache.page_get(key, thread_pk=thread_pk)
    if hit is not None:
        return cached_response(request, hit)
    response = HttpResponse(build().model_dump_json().encode(), content_type="application/json")
    return store_and_share(request, key, stamp, response)


def _not_found(what: str):
    raise HttpError(404, f"No such {what}.")


# --- Building blocks -----------------------------------------------------------------------

def _department(department: Department) -> s.DepartmentRef:
    return s.DepartmentRef(slug=department.slug, name=department.name)


def _topics(tags) -> list[s.TopicRef]:
    return [s.TopicRef(slug=tag.slug, name=tag.name, name_zh=tag.name_zh)
            for tag in sorted(tags, key=lambda tag: tag.name)]


def _doctor_ref(doctor: DoctorProfile) -> s.DoctorRef:
    return s.DoctorRef(name=doctor.display_name, slug=doctor.slug, url=absolute_url(doctor.get_absolute_url()),
                       department=_department(doctor.department))


def _summary(question) -> s.ThreadSummary:
    answer = question.visible_answers[0] if question.visible_answers else None
    return s.ThreadSummary(
        id=question.pk, language=question.language, title=question.title,
        url=absolute_url(question.get_absolute_url()), excerpt=question.excerpt, published_at=question.published_at,
        department=_department(question.department), topics=_topics(question.tags.all()),
        answered_by=_doctor_ref(answer.doctor) if answer else None, reply_summary=answer.summary if answer else "",
    )


def _by_slug(queryset, slug: str | None, what: str):
    if not slug:
        return None
    found = queryset.filter(slug=slug).first()
    return found if found is not None else _not_found(what)


# --- Threads -------------------------------------------------------------------------------

class ThreadFilters(BaseModel):
    topic: str | None = Field(None, pattern=r"^[-a-zA-Z0-9_]{1,100}$", description="a topic's slug")
    department: str | None = Field(None, pattern=r"^[-a-zA-Z0-9_]{1,100}$", description="a department's slug")
    language: Language | None = Field(None, description="the language threads are written in")
    cursor: str | None = Field(None, max_length=40, description="`next_cursor` of the previous page")
    limit: int = Field(20, ge=1, le=50)


@v1.get("/threads", response={200: s.ThreadPage, **MISSING}, tags=["threads"])
def threads(request, filters: Query[ThreadFilters]):
    """Answered threads, newest first, in pages walked by `next_cursor` (keyset pagination on the
    publication time and id: stable while threads are published, no page skipped or repeated).
    Filter by topic and department (slugs) and by the language the question is written in."""

    def build():
        tag = _by_slug(Tag.objects.all(), filters.topic, "topic")
        department = _by_slug(Department.objects.all(), filters.department, "department")
        rows = selectors.published_questions(department=department, tag=tag)
        if filters.language:
            rows = rows.filter(language=filters.language)
        page = keyset_page(rows, before=filters.cursor, size=filters.limit)
        following = None
        if page.older:
            query = {k: v for k, v in filters.model_dump().items() if v is not None and k != "cursor"}
            following = absolute_url(f"{request.path}?{urlencode({**query, 'cursor': page.older})}")
        return s.ThreadPage(items=[_summary(q) for q in page.items], next_cursor=page.older, next=following)

    return _cached(request, build, params=("topic", "department", "language", "cursor", "limit"))


@v1.get("/threads/{int:thread_id}", response={200: s.ThreadDetail, **MISSING}, tags=["threads"])
def thread(request, thread_id: int):
    """One answered thread: the question (public copy), the reply of its verified doctor (HTML and
    Markdown, More Info, dates) and its Similar Q&A with the topics each shares. Anything not
    published is a 404."""

    def build():
        question = selectors.question_for_thread(thread_id)
        if question is None:
            _not_found("thread")
        prefetch_related_objects([question], "tags", selectors.visible_answers_prefetch())
        answer = question.visible_answers[0] if question.visible_answers else None
        similar = selectors.similar_questions(question, limit=settings.QA_SIMILAR_LIMIT)
        return s.ThreadDetail(
            id=question.pk, language=question.language, title=question.title,
            url=absolute_url(question.get_absolute_url()), body=question.body, tried=question.tried,
            asker=question.asker_label,
            published_at=question.published_at, department=_department(question.department),
            topics=_topics(question.tags.all()),
            answer=s.AnswerOut(
                doctor=_doctor_ref(answer.doctor), body=answer.body, body_html=answer.body_html,
                more_info=answer.more_info, more_info_html=answer.more_info_html, summary=answer.summary,
                language=answer.language, answered_at=answer.answered_at, updated_at=answer.updated_at,
            ) if answer else None,
            similar=[s.SimilarThread(
                id=card.pk, title=card.title, url=absolute_url(card.url), excerpt=card.excerpt,
                shared_topics=list(card.shared_topics), doctor_name=card.doctor_name,
                doctor_url=absolute_url(card.doctor_url) if card.doctor_url else "",
                doctor_department=card.doctor_department, reply_excerpt=card.reply_excerpt,
            ) for card in similar],
        )

    return _cached(request, build, thread_pk=thread_id)


# --- Topics --------------------------------------------------------------------------------

@v1.get("/topics", response={200: s.TopicList, **LIMITED}, tags=["topics"])
def topics(request):
    """Every topic with its number of answered threads, by name."""
    return _cached(request, lambda: s.TopicList(items=[
        s.Topic(slug=tag.slug, name=tag.name, name_zh=tag.name_zh,
                aliases=[alias.name for alias in tag.aliases.all()], description=tag.description,
                published_threads=tag.num_published, url=absolute_url(tag.get_absolute_url()))
        for tag in selectors.tags_with_counts().prefetch_related("aliases")
    ]))


# --- Departments ---------------------------------------------------------------------------

@v1.get("/departments", response={200: s.DepartmentList, **LIMITED}, tags=["departments"])
def departments(request):
    """Every department, in the site's order: the slugs the thread list and search filter by."""
    return _cached(request, lambda: s.DepartmentList(items=[
        s.Department(slug=department.slug, name=department.name, description=department.description,
                     url=absolute_url(department.get_absolute_url()))
        for department in doctor_selectors.departments()
    ]))


# --- FAQ -----------------------------------------------------------------------------------

def _article_fields(article: Article) -> dict:
    return {
        "slug": article.slug, "language": article.language, "title": article.title, "summary": article.summary,
        "url": absolute_url(article.get_absolute_url()), "department": _department(article.department),
        "topics": _topics(article.tags.all()), "last_reviewed_on": article.last_reviewed_on,
    }


@v1.get("/faq", response={200: s.ArticleList, **LIMITED}, tags=["faq"])
def articles(request):
    """Published FAQ articles, by title."""
    return _cached(request, lambda: s.ArticleList(items=[
        s.ArticleSummary(**_article_fields(article))
        for article in Article.objects.published().select_related("department").prefetch_related("tags")
        .order_by("title", "pk")
    ]))


@v1.get("/faq/{slug:slug}", response={200: s.ArticleDetail, **MISSING}, tags=["faq"])
def article(request, slug: str):
    """One published FAQ article with its sections (Markdown and sanitized HTML), references and
    reviewing doctor (when verified). A draft is a 404."""

    def build():
        found = faq_selectors.article_for_page(slug)
        if found is None:
            _not_found("article")
        reviewer = found.reviewed_by
        return s.ArticleDetail(
            **_article_fields(found),
            reviewed_by=_doctor_ref(reviewer) if reviewer and reviewer.status == DoctorProfile.Status.VERIFIED
            else None,
            sections=[s.SectionOut(kind=section.kind, heading=section.heading, body=section.body,
                                   body_html=section.body_html) for section in found.sections.all()],
            references=[s.ReferenceOut(title=ref.title, url=ref.url) for ref in found.references.all()],
        )

    return _cached(request, build)


# --- Doctors -------------------------------------------------------------------------------

def _doctor(doctor: DoctorProfile) -> dict:
    return {
        "slug": doctor.slug, "name": doctor.display_name, "url": absolute_url(doctor.get_absolute_url()),
        "department": _department(doctor.department), "hospital": doctor.hospital, "bio": doctor.bio,
        "published_answers": doctor.num_published_answers,
    }


@v1.get("/doctors", response={200: s.DoctorList, **LIMITED}, tags=["doctors"])
def doctors(request):
    """Verified doctors by department, then name. Never an email address, a username or a licence number."""
    return _cached(request, lambda: s.DoctorList(
        items=[s.Doctor(**_doctor(doctor)) for doctor in doctor_selectors.public_doctors()]))


@v1.get("/doctors/{slug:slug}", response={200: s.DoctorDetail, **MISSING}, tags=["doctors"])
def doctor(request, slug: str):
    """A verified doctor with their latest replies. Any other doctor is a 404."""

    def build():
        found = doctor_selectors.public_doctor(slug)
        if found is None:
            _not_found("doctor")
        latest = selectors.latest_public_answers(found, limit=10)
        return s.DoctorDetail(**_doctor(found), latest_answers=[
            s.DoctorAnswer(thread_id=answer.question.pk, title=answer.question.title,
                           url=absolute_url(answer.question.get_absolute_url()), answered_at=answer.answered_at)
            for answer in latest
        ])

    return _cached(request, build)


# --- Search --------------------------------------------------------------------------------

class SearchFilters(BaseModel):
    q: str = Field("", max_length=200, description="words to find (on PostgreSQL, web search syntax)")
    topic: str | None = Field(None, pattern=r"^[-a-zA-Z0-9_]{1,100}$")
    department: str | None = Field(None, pattern=r"^[-a-zA-Z0-9_]{1,100}$")
    page: int = Field(1, ge=1, le=100)


@v1.get("/search", response={200: s.SearchPage, **MISSING}, tags=["search"])
def search_threads(request, filters: Query[SearchFilters]):
    """Answered threads matching `q`, best first, 20 a page, with the matches highlighted."""

    def build():
        tag = _by_slug(Tag.objects.all(), filters.topic, "topic")
        department = _by_slug(Department.objects.all(), filters.department, "department")
        results = search.search_threads(filters.q, department=department, tag=tag, page=filters.page)
        return s.SearchPage(
            query=results.query, total=results.total, capped=results.capped, page=results.page,
            pages=results.pages, results=[s.SearchHit(
                id=hit.question.pk, title=hit.question.title, url=absolute_url(hit.question.get_absolute_url()),
                published_at=hit.question.published_at, department=_department(hit.question.department),
                title_html=str(hit.title_html), excerpt_html=str(hit.excerpt_html),
            ) for hit in results.hits],
        )

    return _cached(request, build, params=("q", "topic", "department", "page"))


api.add_router("/v1/", v1)
