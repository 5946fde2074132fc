"""The public pages that combine apps: qa's threads with faq's articles. Each view asks each app's
selectors for its part and renders one page; the parts that every visitor shares are cached as
fragments through qa.cache."""

from __future__ import annotations

import functools
import re

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.generic import TemplateView

from doctors.selectors import departments
from doctors.structured_data import absolute_url
from faq import selectors as faq_selectors
from portal.structured_data import thread_json_ld
from qa import cache, search, selectors, services
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
    it does not exist (404)."""

    public_page_cache = True  # anonymous visitors may get it from the page cache…
    public_page_cache_per_thread = True  # …stale when this thread or what it shows changes (qa.cache)
    template_name = "portal/thread.html"

    def get(self, request, *args, **kwargs):
        question = selectors.question_for_thread(kwargs["pk"])
        if question is None and request.user.is_authenticated:
            question = selectors.question_for_viewer(kwargs["pk"], request.user)
            if question is not None:
                if kwargs.get("slug") != question.slug:
                    return redirect(question.get_absolute_url())
                self.asker_opened(request, question)
                return self.render_private(request, question)
        if question is None:
            raise Http404("No such thread.")  # unpublished and missing look the same
        if kwargs.get("slug") != question.slug:
            return HttpResponsePermanentRedirect(question.get_absolute_url())
        self.asker_opened(request, question)
        self.question = question
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
        question = self.question
        # Rendered only when its cached fragment is missing: with both cached, the thread costs one query.
        detailed = functools.cache(lambda: selectors.with_thread_details(question))

        def body() -> str:
            thread = detailed()
            attached = faq_selectors.published_by_id({key for answer in thread.visible_answers
                                                      for key in answer.reading})
            for answer in thread.visible_answers:  # "Read more in our FAQ" under each reply
                answer.reading_links = [attached[key] for key in answer.reading if key in attached]
            return render_to_string("qa/partials/thread_body.html", {"question": thread})

        def sidebar() -> str:
            similar = selectors.similar_questions(question, limit=settings.QA_SIMILAR_LIMIT)
            return render_to_string("portal/partials/thread_sidebar.html",
                                    {"question": detailed(), "similar_questions": similar})

        user = self.request.user
        return super().get_context_data(
            question=question,
            thread_body=cache.thread_fragment("thread_body", question.pk, body),
            thread_sidebar=cache.thread_fragment("thread_sidebar", question.pk, sidebar),
            structured_data=cache.thread_fragment("thread_json_ld", question.pk,
                                                  lambda: thread_json_ld(detailed())),
            share_url=absolute_url(question.get_absolute_url()),  # on SITE_URL, as its canonical address
            can_follow_up=user.is_authenticated and question.asker_id == user.pk
            and not question.follow_ups.exists(),  # one query, for the asker only
            # The asker was asked how it is now (qa.services.outcomes_request) and has not told yet.
            can_report_outcome=user.is_authenticated and question.asker_id == user.pk
            and question.outcome_requested_at is not None and not hasattr(question, "outcome"),
            **kwargs,
        )


class TagView(QuestionListView):
    """A topic: its threads (qa's list) beside its FAQ articles (faq_tags)."""

    template_name = "portal/tag_detail.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.tag = get_object_or_404(Tag, slug=kwargs["slug"])


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
