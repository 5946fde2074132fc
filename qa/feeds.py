"""RSS and Atom feeds of the latest answered threads: the whole archive, a department, a topic.

Public copy only: an item's title is the thread's public title; its description the public excerpt
of the question and the stored plain-text summary of the doctor's reply. Links are absolute on
SITE_URL. Each feed holds at most ``FEED_ITEMS`` threads, read in one query (plus one for the
department or topic), and is served from the page cache to anonymous readers (``FeedView``).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import OuterRef, QuerySet, Subquery
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext
from django.views import View

from doctors.models import Department
from qa.models import Answer, Question, Tag

FEED_ITEMS = 30


def _absolute(path: str) -> str:
    return settings.SITE_URL + iri_to_uri(path)


def latest_threads(*, department: Department | None = None, tag: Tag | None = None,
                   limit: int = FEED_ITEMS) -> list[Question]:
    """The newest published threads, each with its visible reply's summary and doctor's name
    (``reply_summary``, ``reply_doctor``; empty when the reply is no longer shown), in one query."""
    reply = Answer.objects.visible().filter(question=OuterRef("pk")).order_by("answered_at", "pk")
    qs: QuerySet[Question] = Question.objects.published()
    if department is not None:
        qs = qs.filter(department=department)
    if tag is not None:
        qs = qs.filter(tags=tag)
    return list(
        qs.select_related("department")
        .annotate(reply_summary=Subquery(reply.values("summary")[:1]),
                  reply_doctor=Subquery(reply.values("doctor__display_name")[:1]))
        .order_by("-published_at", "-pk")[:limit]
    )


class LatestThreadsFeed(Feed):
    """RSS 2.0 of the latest answered threads; ``scope`` narrows it to a department or a topic."""

    def __init__(self, *, scope: str = "all", path: str = "/"):
        self.scope = scope  # "all", "department" or "tag": what the URL's slug names
        self.path = path  # the feed's own address

    def get_object(self, request, slug: str | None = None):
        if self.scope == "department":
            return get_object_or_404(Department, slug=slug)
        if self.scope == "tag":
            return get_object_or_404(Tag, slug=slug)
        return None

    def title(self, obj) -> str:
        if obj is None:
            return gettext("%(site)s: latest answered questions") % {"site": settings.SITE_NAME}
        return f"{settings.SITE_NAME}: {obj.label}"

    def description(self, obj) -> str:
        if isinstance(obj, Tag):
            return gettext("The latest questions about %(topic)s answered by verified doctors.") % {"topic": obj.label}
        if obj is not None:
            return gettext("The latest questions in %(department)s answered by verified doctors.") % {
                "department": obj.label}
        return gettext("The latest questions answered by verified doctors.")

    subtitle = description  # Atom's name for it

    def link(self, obj) -> str:
        return _absolute(obj.get_absolute_url() if obj is not None else reverse("qa:question_list"))

    def feed_url(self, obj) -> str:
        return _absolute(self.path)

    def items(self, obj) -> list[Question]:
        return latest_threads(department=obj if isinstance(obj, Department) else None,
                              tag=obj if isinstance(obj, Tag) else None)

    def item_title(self, item: Question) -> str:
        return item.title

    def item_description(self, item: Question) -> str:
        if not item.reply_summary:
            return item.excerpt
        replied = gettext("%(doctor)s replied: %(reply)s") % {"doctor": item.reply_doctor, "reply": item.reply_summary}
        return f"{item.excerpt}\n\n{replied}"

    def item_link(self, item: Question) -> str:
        return _absolute(item.get_absolute_url())

    def item_pubdate(self, item: Question):
        return item.published_at

    def item_author_name(self, item: Question) -> str | None:
        return item.reply_doctor or None

    def item_categories(self, item: Question) -> list[str]:
        return [item.department.label]


class LatestThreadsAtomFeed(LatestThreadsFeed):
    feed_type = Atom1Feed


class FeedView(View):
    """A feed as a view the page cache knows: anonymous readers get it from the cache, stale as soon
    as any public thread changes (the lists stamp, qa.cache), like the lists it follows."""

    public_page_cache = True
    feed_class: type[Feed] = LatestThreadsFeed
    scope = "all"

    def get(self, request, *args, **kwargs):
        return self.feed_class(scope=self.scope, path=request.path)(request, *args, **kwargs)
