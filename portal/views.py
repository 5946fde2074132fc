"""The public pages that combine apps: qa's threads with faq's articles. Each view asks each app's
selectors for its part and renders one page; the parts that every visitor shares are cached as
fragments through qa.cache."""

from __future__ import annotations

import functools
import re

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.views.generic import TemplateView

from doctors.models import verified_doctor_of
from doctors.selectors import departments
from doctors.structured_data import absolute_url
from portal import thread_page
from qa import cache, search, selectors, services
from qa.cards import fingerprint
from qa.forms import AddInformationForm
from qa.models import Tag
from qa.views import QuestionListView


class HomeView(TemplateView):
    public_page_cache = True  # anonymous visitors may get it from the page cache
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest_questions=selectors.published_questions()[:8],
            departments=departments(),
            popular_tags=selectors.popular_tags(limit=24),
            **kwargs,
        )


class ThreadView(TemplateView):
    """A published thread with Similar Q&A (qa) and Related FAQ (faq). An unpublished question is
    shown, privately, to its asker and to the verified doctors of its department; to everyone else
    it does not exist (404).

    A cold render costs two queries (portal.thread_page): the thread's head with its stored body,
    JSON-LD and Related FAQ, then its Similar Q&A. The asker's own visit adds what only the asker
    sees."""

    public_page_cache = True  # anonymous visitors may get it from the page cache…
    public_page_cache_per_thread = True  # …stale when this thread or what it shows changes (qa.cache)
    template_name = "portal/thread.html"

    def get(self, request, *args, **kwargs):
        thread = thread_page.head(kwargs["pk"])
        if thread is None and request.user.is_authenticated:
            question = selectors.question_for_viewer(kwargs["pk"], request.user)
            if question is not None:
                if kwargs.get("slug") != question.slug:
                    return redirect(question.get_absolute_url())
                self.asker_opened(request, question)
                return self.render_private(request, question)
        if thread is None:
            raise Http404("No such thread.")  # unpublished and missing look the same
        if kwargs.get("slug") != thread.slug:
            return HttpResponsePermanentRedirect(thread.get_absolute_url())
        self.asker_opened(request, thread)
        self.thread = thread
        return super().get(request, *args, **kwargs)

    @staticmethod
    def asker_opened(request, question) -> None:
        """The asker reading their question has seen what its notifications announce."""
        if request.user.is_authenticated and question.asker_id == request.user.pk:
            services.notifications_mark_read(user=request.user, question_id=question.pk)

    def render_private(self, request, question):
        context = {"question": question, "answers": question.visible_answers,
                   "is_asker": question.asker_id == request.user.pk}
        if question.needs_info and context["is_asker"]:
            context["info_form"] = AddInformationForm()
        response = render(request, "qa/question_private.html", context)
        response["Cache-Control"] = "private, no-store"
        return response

    def get_context_data(self, **kwargs):
        thread = self.thread
        parts = thread_page.parts_of(thread)
        if parts is None:
            raise Http404("No such thread.")  # taken down while this request read it
        user = self.request.user
        asker = user.is_authenticated and thread.asker_id == user.pk
        question = selectors.question_for_thread(thread.pk) if asker else None  # what only the asker sees
        return super().get_context_data(
            thread=thread,
            parts=parts,
            similar=thread_page.similar_html(thread),  # one query: cheaper than two trips to the cache
            share_url=absolute_url(thread.get_absolute_url()),  # on SITE_URL, as its canonical address
            can_follow_up=question is not None and not question.follow_ups.exists(),
            # The asker was asked how it is now (qa.services.outcomes_request) and has not told yet.
            can_report_outcome=question is not None and question.outcome_requested_at is not None
            and not hasattr(question, "outcome"),
            **kwargs,
        )


class TagView(QuestionListView):
    """A topic: its threads (qa's list) beside its FAQ articles (faq_tags), and what else it is
    called. Any other name of the topic in the address (an alias, its English or Chinese name, in
    any case or width: ``/tags/蕁麻疹/``, ``/tags/Hives/``) answers with a permanent redirect to
    its own address; anything else is a 404."""

    template_name = "portal/tag_detail.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # get() rather than first(): no ORDER BY to compile (the slug is unique).
        try:
            self.tag = Tag.objects.get(slug=kwargs["slug"]) if kwargs.get("slug") else None
        except Tag.DoesNotExist:
            self.tag = None

    def get(self, request, *args, **kwargs):
        if self.tag is None:
            tag = selectors.tag_named(kwargs.get("slug") or kwargs.get("name") or "")
            if tag is None:
                raise Http404("No such topic.")
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(tag.get_absolute_url() + (f"?{query}" if query else ""))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        # Signed-in pages are never served from nor stored in the anonymous page cache (their
        # session cookie keeps them out: portal.middleware), so the editors' link stays theirs.
        user = self.request.user
        other_names, faq_list = self.archived_parts()
        return super().get_context_data(
            other_names=other_names, faq_list=faq_list,
            can_edit_aliases=user.is_authenticated and (user.is_staff or verified_doctor_of(user) is not None),
            **kwargs,
        )

    def archived_parts(self) -> tuple[list, str]:
        """What the topic is also called (qa) and its FAQ list rendered (faq): two queries and,
        for a popular topic, a long list to render, which change only with the archive (topics,
        aliases, FAQ articles, departments). So they are cached per topic and page language under
        the archive's stamp (qa.cache), and under the fingerprint of what renders them."""
        language = get_language()
        key = f"topic-parts:{self.tag.pk}:{language}:{_topic_parts_layout()}"
        stamp, parts = cache.archive_fragment_get(key)
        if parts is None:
            aliases = selectors.tag_aliases(self.tag)
            parts = (selectors.tag_other_names(self.tag, aliases, language=language),
                     render_to_string("portal/partials/topic_faq.html", {"tag": self.tag}))
            cache.archive_fragment_set(key, stamp, parts)
        other_names, faq_list = parts
        return other_names, SafeString(faq_list)


@functools.cache
def _topic_parts_layout() -> str:
    """The fingerprint of the templates and code that make a topic's cached parts (once per process):
    a deploy that changes them does not serve the parts made by the one before."""
    return fingerprint(("portal/partials/topic_faq.html", "faq/partials/tag_articles.html"),
                       ("qa.selectors", "faq.selectors", "faq.templatetags.faq_tags"))


_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,100}")


def _by_slug(queryset, value: str | None):
    """The row with this slug, or None for anything that is not a slug (NUL bytes included)."""
    if not value or not _SLUG.fullmatch(value):
        return None
    return queryset.filter(slug=value).first()


class SearchView(TemplateView):
    """Search published threads and FAQ articles. Never fails on input."""

    public_page_cache = True  # anonymous visitors may get it from the page cache
    public_page_cache_params = ("q", "department", "tag", "page")  # the query parameters the page reads
    template_name = "portal/search.html"

    def get_context_data(self, **kwargs):
        params = self.request.GET
        department = _by_slug(departments(), params.get("department"))
        tag = _by_slug(Tag.objects.all(), params.get("tag"))
        results = search.search_threads(params.get("q"), department=department, tag=tag, page=params.get("page"))
        return super().get_context_data(
            results=results, department=department, tag=tag, departments=departments(),
            filter_tags=selectors.popular_tags(limit=30), **kwargs,
        )
