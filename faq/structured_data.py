"""JSON-LD of an FAQ article's page: a schema.org ``MedicalWebPage`` and its ``BreadcrumbList``."""

from __future__ import annotations

from django.conf import settings
from django.urls import get_script_prefix, reverse
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from doctors.structured_data import CONTEXT, absolute_url, breadcrumb_list, iso, json_ld_script, physician
from faq.models import Article


def article_trail(article: Article) -> list[tuple[str, str]]:
    """Home › FAQ › Article: ``(name, path)`` pairs, for the page's breadcrumbs and their JSON-LD.
    Home is the site's root (portal's page, which faq does not name)."""
    return [
        (gettext("Home"), get_script_prefix()),
        (gettext("FAQ"), reverse("faq:article_list")),
        (article.title, article.get_absolute_url()),
    ]


def medical_web_page(article: Article) -> dict:
    """The ``MedicalWebPage`` of a published article (``faq.selectors.article_for_page``: its
    reviewer and tags loaded). The reviewer is named only while they are a verified doctor, as on
    the page; the date of the last review only if there was one."""
    page = {
        "@type": "MedicalWebPage",
        "name": article.title,
        "headline": article.title,
        "description": article.summary,
        "url": absolute_url(article.get_absolute_url()),
        "inLanguage": "en",
        "dateModified": iso(article.updated_at),
        "isPartOf": {"@type": "WebSite", "name": settings.SITE_NAME, "url": absolute_url(get_script_prefix())},
    }
    if topics := [{"@type": "Thing", "name": tag.name} for tag in article.tags.all()]:
        page["about"] = topics
    if article.last_reviewed_on is not None:
        page["lastReviewed"] = iso(article.last_reviewed_on)
    reviewer = article.reviewed_by
    if reviewer is not None and reviewer.is_verified:
        page["reviewedBy"] = physician(reviewer)
    return page


def article_json_ld(article: Article) -> SafeString:
    """The article page's ``<script type="application/ld+json">`` blocks: the page, then the
    breadcrumbs."""
    return SafeString(
        json_ld_script({"@context": CONTEXT, **medical_web_page(article)})
        + json_ld_script({"@context": CONTEXT, **breadcrumb_list(article_trail(article))})
    )
