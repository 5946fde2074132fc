"""How search engines find the archive: /robots.txt and the sitemaps (/sitemap.xml and its files).

The sitemap index lists one file per section: the site's fixed pages and departments, FAQ
articles, topics, doctors, and the threads in files of at most ``CHUNK`` URLs. Thread file ``n``
holds the published threads whose primary key falls in the ``n``-th span of ``CHUNK`` keys, so
that finding a file's rows is a range scan of the primary key (no OFFSET, no COUNT) and the index
needs only the highest published key. Every file reads values only, in at most three queries
whatever the archive's size, and is served from the page cache (qa.cache: stale when any public
thread or the archive changes).

Only public rows are listed: published threads, published FAQ articles, topics with published
threads, verified doctors. Addresses are absolute, on SITE_URL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape

from django.conf import settings
from django.db.models import Max, OuterRef, Subquery
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri
from django.views import View

from accounts.paths import path_builder
from doctors.models import Department, DoctorProfile
from faq.models import Article
from qa.models import Answer, Question, Tag, published_q

CHUNK = 50_000  # the sitemap protocol's limit of URLs per file; also the span of keys of a threads file
_MAX_KEY = 2**63 - 1  # a bigint: no span beyond it can hold a thread
_XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

Entry = tuple[str, "datetime | date | None"]  # (path, lastmod)


# --- XML -------------------------------------------------------------------------------------

def _lastmod(*moments: datetime | date | None) -> datetime | date | None:
    """The latest of ``moments`` (dates count as their first instant, UTC), or None."""
    def as_datetime(moment):
        return moment if isinstance(moment, datetime) else datetime.combine(moment, datetime.min.time(), UTC)
    known = [moment for moment in moments if moment is not None]
    return max(known, key=as_datetime) if known else None


def _w3c(moment: datetime | date) -> str:
    """A W3C datetime as the sitemap protocol reads it: a date, or a UTC time to the second."""
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return moment.isoformat()


def _loc(path: str) -> str:
    return escape(settings.SITE_URL + iri_to_uri(path))


def _xml(root: str, element: str, entries: Iterable[Entry]) -> HttpResponse:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<{root} xmlns="{_XMLNS}">']
    for path, lastmod in entries:
        modified = f"<lastmod>{_w3c(lastmod)}</lastmod>" if lastmod is not None else ""
        lines.append(f"<{element}><loc>{_loc(path)}</loc>{modified}</{element}>")
    lines.append(f"</{root}>\n")
    return HttpResponse("\n".join(lines), content_type="application/xml; charset=utf-8")


# --- Sections ----------------------------------------------------------------------------------

def _latest_published(**filters) -> Subquery:
    """The publication time of the newest published thread matching ``filters`` (``OuterRef``s)."""
    return Subquery(Question.objects.published().filter(**filters).order_by("-published_at")
                    .values("published_at")[:1])


def static_entries() -> list[Entry]:
    """Home, the lists, the indexes, and each department's page: three queries."""
    departments = list(Department.objects.order_by("position", "name")
                       .annotate(latest=_latest_published(department=OuterRef("pk"))).values_list("slug", "latest"))
    latest_thread = _lastmod(*(latest for _, latest in departments))
    latest_article = Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]
    latest_doctor = DoctorProfile.objects.verified().aggregate(latest=Max("verified_at"))["latest"]
    department_path = path_builder("qa:department_detail", slug="department-slug")
    return [
        (reverse("portal:home"), _lastmod(latest_thread, latest_article)),
        (reverse("qa:question_list"), latest_thread),
        (reverse("qa:tag_list"), latest_thread),
        (reverse("faq:article_list"), latest_article),
        (reverse("qa:doctor_list"), latest_doctor),
        *((department_path(slug=slug), latest) for slug, latest in departments),
    ]


def faq_entries() -> Iterable[Entry]:
    """Published FAQ articles: one query."""
    path = path_builder("faq:article_detail", slug="article-slug")
    rows = (Article.objects.published().order_by("pk")
            .values_list("slug", "updated_at", "last_reviewed_on")[:CHUNK])
    return ((path(slug=slug), _lastmod(updated, reviewed)) for slug, updated, reviewed in rows)


def topic_entries() -> Iterable[Entry]:
    """Topics with published threads, last changed when a thread joined or left them (kept by
    qa.publication: reading it from the threads would join every tagged thread): one query."""
    path = path_builder("portal:tag", slug="tag-slug")
    rows = Tag.objects.filter(num_published__gt=0).order_by("pk").values_list("slug", "threads_changed_at")[:CHUNK]
    return ((path(slug=slug), changed) for slug, changed in rows)


def doctor_entries() -> Iterable[Entry]:
    """Verified doctors, last changed at their verification or their latest published answer: one query."""
    path = path_builder("qa:doctor_profile", slug="doctor-slug")
    latest_answer = Subquery(Answer.objects.filter(published_q("question__"), doctor=OuterRef("pk"))
                             .order_by("-answered_at").values("answered_at")[:1])
    rows = (DoctorProfile.objects.verified().order_by("pk").annotate(latest=latest_answer)
            .values_list("slug", "verified_at", "latest")[:CHUNK])
    return ((path(slug=slug), _lastmod(verified, latest)) for slug, verified, latest in rows)


def thread_files() -> int:
    """How many thread files the index lists: the spans of ``CHUNK`` keys up to the highest
    published thread's (one query, the primary key's index read from its end)."""
    highest = Question.objects.published().order_by("-pk").values_list("pk", flat=True).first()
    return 0 if highest is None else (highest - 1) // CHUNK + 1


def thread_entries(n: int) -> list[Entry]:
    """Thread file ``n`` (from 1): the published threads with keys in its span, each last changed
    at the latest of its publication, its last edit and its reply's (one query; a second to tell
    an empty span from one past the last file). Past the last file: ``Http404``."""
    low, high = (n - 1) * CHUNK + 1, n * CHUNK
    if n < 1 or high > _MAX_KEY:
        raise Http404("No such sitemap.")
    rows = list(Question.objects.published().filter(pk__range=(low, high)).order_by("pk")
                .values_list("pk", "slug", "published_at", "updated_at", "answers__updated_at"))
    if not rows and n > thread_files():
        raise Http404("No such sitemap.")
    path = path_builder("portal:thread", pk=987654321, slug="thread-slug")
    return [(path(pk=pk, slug=slug), _lastmod(*moments)) for pk, slug, *moments in rows]


SECTIONS: dict[str, Callable[[], Iterable[Entry]]] = {
    "static": static_entries, "faq": faq_entries, "topics": topic_entries, "doctors": doctor_entries,
}


# --- Views ----------------------------------------------------------------------------------------

class SitemapIndexView(View):
    """/sitemap.xml: the sections' files, then the thread files."""

    public_page_cache = True  # anonymous visitors (crawlers) get it from the page cache

    def get(self, request):
        files = [reverse("portal:sitemap_section", kwargs={"section": name}) for name in SECTIONS]
        files += [reverse("portal:sitemap_threads", kwargs={"n": n}) for n in range(1, thread_files() + 1)]
        return _xml("sitemapindex", "sitemap", ((path, None) for path in files))


class SitemapSectionView(View):
    """/sitemaps/<section>.xml: the fixed pages, FAQ articles, topics or doctors."""

    public_page_cache = True

    def get(self, request, section: str):
        if section not in SECTIONS:
            raise Http404("No such sitemap.")
        return _xml("urlset", "url", SECTIONS[section]())


class ThreadSitemapView(View):
    """/sitemaps/threads-<n>.xml: the published threads of the ``n``-th span of keys."""

    public_page_cache = True

    def get(self, request, n: int):
        return _xml("urlset", "url", thread_entries(n))


def _language_prefixes() -> list[str]:
    """The address prefix of each page language: "" for the default, "/zh-hant" for Chinese."""
    return ["" if code == settings.LANGUAGE_CODE else f"/{code}" for code, _name in settings.LANGUAGES]


def robots_txt(request) -> HttpResponse:
    """/robots.txt: crawl the public archive, not the private areas, forms or search results, in
    every language; the sitemap index of each language, by its absolute address."""
    with translation.override(settings.LANGUAGE_CODE):
        pages = ["/my/", "/doctor/", "/staff/", "/accounts/", reverse("qa:ask"), reverse("portal:search")]
    private = ["/admin/", "/api/"]  # the JSON API repeats the public pages as data
    private += [f"{prefix}{path}" for prefix in _language_prefixes() for path in pages]
    sitemaps = []
    for code, _name in settings.LANGUAGES:  # each language's pages, in a sitemap index of their own
        with translation.override(code):
            sitemaps.append(f"Sitemap: {settings.SITE_URL}{reverse('portal:sitemap_index')}")
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in private), "", *sitemaps, ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
