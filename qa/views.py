"""Public archive pages (GET, read-only), and the form to report a thread."""

from __future__ import annotations

import functools
import re

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View
from django.views.generic import TemplateView

from accounts import throttle
from qa import search, selectors, services
from qa.cache import thread_stamp
from qa.forms import AddInformationForm, ReportForm
from qa.models import Department, Question, Tag
from qa.pagination import keyset_page


class HomeView(TemplateView):
    public_page_cache = True  # anonymous visitors may get it from the page cache
    template_name = "qa/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest_questions"] = selectors.published_questions()[:8]
        context["departments"] = Department.objects.all()
        context["popular_tags"] = selectors.popular_tags(limit=24)
        return context


class QuestionListView(TemplateView):
    """All published threads, newest first, by keyset pages; subclasses narrow by department or tag."""
    public_page_cache = True  # anonymous visitors may get it from the page cache

    template_name = "qa/question_list.html"
    department: Department | None = None
    tag: Tag | None = None

    def get_context_data(self, **kwargs):
        page = keyset_page(
            selectors.published_questions(department=self.department, tag=self.tag),
            before=self.request.GET.get("before"), after=self.request.GET.get("after"),
            size=settings.QA_PAGE_SIZE,
        )
        return super().get_context_data(department=self.department, tag=self.tag, questions=page.items,
                                        page=page, **kwargs)


class DepartmentQuestionListView(QuestionListView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.department = get_object_or_404(Department, slug=kwargs["slug"])


class TagQuestionListView(QuestionListView):
    template_name = "qa/tag_detail.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.tag = get_object_or_404(Tag, slug=kwargs["slug"])


class TagIndexView(TemplateView):
    public_page_cache = True  # anonymous visitors may get it from the page cache
    template_name = "qa/tag_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(tags=selectors.tags_with_counts(), **kwargs)


class QuestionDetailView(TemplateView):
    """A published thread: question, doctors' replies, Similar Q&A and Related FAQ."""
    public_page_cache = True  # anonymous visitors may get it from the page cache
    public_page_cache_per_thread = True  # …stale when this thread or what it shows changes (qa.cache)

    template_name = "qa/question_detail.html"

    def get(self, request, *args, **kwargs):
        question = selectors.question_for_thread(kwargs["pk"])
        if question is None and request.user.is_authenticated:
            # Unpublished: only the asker and verified doctors may open it.
            question = selectors.question_for_viewer(kwargs["pk"], request.user)
            if question is not None:
                if kwargs.get("slug") != question.slug:
                    return redirect(question.get_absolute_url())
                return self.render_private(request, question)
        if question is None:
            # Unpublished and missing look the same to everyone else.
            raise Http404("No such thread.")
        if kwargs.get("slug") != question.slug:
            return HttpResponsePermanentRedirect(question.get_absolute_url())
        self.question = question
        return super().get(request, *args, **kwargs)

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
        return super().get_context_data(
            question=question,
            # Callables: the template calls them only when a cached fragment (the thread's body,
            # its sidebar) is missing; with both cached, the thread itself costs one query.
            thread=functools.cache(lambda: selectors.with_thread_details(question)),
            similar_questions=lambda: selectors.similar_questions(question, limit=settings.QA_SIMILAR_LIMIT),
            stamp=thread_stamp(question.pk),
            fragment_seconds=settings.QA_SIDEBAR_CACHE_SECONDS,
            share_url=self.request.build_absolute_uri(question.get_absolute_url()),
            can_follow_up=self.request.user.is_authenticated
            and question.asker_id == self.request.user.pk
            and not question.follow_ups.exists(),  # one query, for the asker only
            **kwargs,
        )




class ReportThreadView(View):
    """Anyone may report a published thread (GET: the form; POST: the report), a few times an hour."""

    template_name = "qa/report.html"

    def load(self, pk):
        question = Question.objects.published().filter(pk=pk).first()
        if question is None:
            raise Http404("No such thread.")
        return question

    def get(self, request, pk, slug):
        return render(request, self.template_name, {"question": self.load(pk), "form": ReportForm()})

    def post(self, request, pk, slug):
        question = self.load(pk)
        form = ReportForm(request.POST)
        if form.is_valid():
            # At most QA_REPORTS_PER_HOUR reports per account, or per address for visitors.
            sender = f"user:{request.user.pk}" if request.user.is_authenticated else throttle.client_ip(request)
            if throttle.attempts("report", sender) >= settings.QA_REPORTS_PER_HOUR:
                form.add_error(None, "You have sent many reports in the last hour. Please try again later; "
                                     "what you wrote is kept below.")
                return render(request, self.template_name, {"question": question, "form": form}, status=429)
            services.report_create(question=question, reason=form.cleaned_data["reason"],
                                   note=form.cleaned_data["note"], reporter=request.user)
            throttle.record_attempt("report", sender, window=3600)
            messages.success(request, "Thank you. Our staff will look at this thread.")
            return redirect(question.get_absolute_url())
        return render(request, self.template_name, {"question": question, "form": form}, status=400)


_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,100}")


def _by_slug(model, value: str | None):
    """The row with this slug, or None for anything that is not a slug (NUL bytes included)."""
    if not value or not _SLUG.fullmatch(value):
        return None
    return model.objects.filter(slug=value).first()


class SearchView(TemplateView):
    """Search published threads (and, through faq_tags, FAQ articles). Never fails on input."""
    public_page_cache = True  # anonymous visitors may get it from the page cache

    template_name = "qa/search.html"

    def get_context_data(self, **kwargs):
        params = self.request.GET
        department = _by_slug(Department, params.get("department"))
        tag = _by_slug(Tag, params.get("tag"))
        results = search.search_threads(params.get("q"), department=department, tag=tag, page=params.get("page"))
        return super().get_context_data(
            results=results, department=department, tag=tag, departments=Department.objects.all(),
            filter_tags=selectors.popular_tags(limit=30), **kwargs,
        )
