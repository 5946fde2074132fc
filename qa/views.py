"""Public archive pages of qa (GET, read-only): the lists, topics, the doctors' directory; and the
form to report a thread. Pages that also show FAQ articles (home, a thread, a topic, search) are
assembled by portal, the layer above."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from accounts import throttle
from accounts.languages import Language, html_lang
from doctors import selectors as doctor_selectors
from doctors.models import Department
from qa import cards, selectors, services
from qa.forms import ReportForm
from qa.models import Question, Tag


class QuestionListView(TemplateView):
    """All published threads, newest first, by keyset pages; subclasses narrow by department or tag,
    and ``?language=`` (``zh-hant``, ``en``) to the threads written in one language (any other
    value: every thread)."""
    public_page_cache = True  # anonymous visitors may get it from the page cache
    public_page_cache_params = ("before", "after", "language")  # the query parameters the page reads

    template_name = "qa/question_list.html"
    department: Department | None = None
    tag: Tag | None = None

    def get_context_data(self, **kwargs):
        # One query for the page's threads with their stored cards (qa.cards); only the cards
        # missing or stale are rendered, and stored for the next visitor.
        written_in = self.request.GET.get("language")
        written_in = written_in if written_in in Language.values else None
        page = cards.page(
            department_id=self.department.pk if self.department else None, tag_id=self.tag.pk if self.tag else None,
            language=written_in, before=self.request.GET.get("before"), after=self.request.GET.get("after"),
            size=settings.QA_PAGE_SIZE,
        )
        return super().get_context_data(department=self.department, tag=self.tag, questions=cards.fill(page.items),
                                        page=page, written_in=written_in,
                                        languages=[(code, name, html_lang(code)) for code, name in Language.choices],
                                        **kwargs)


class DepartmentQuestionListView(QuestionListView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.department = get_object_or_404(Department, slug=kwargs["slug"])


class TagIndexView(TemplateView):
    public_page_cache = True  # anonymous visitors may get it from the page cache
    template_name = "qa/tag_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(tags=selectors.tags_with_counts(), **kwargs)


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
                form.add_error(None, gettext("You have sent many reports in the last hour. Please try again later; "
                                             "what you wrote is kept below."))
                return render(request, self.template_name, {"question": question, "form": form}, status=429)
            services.report_create(question=question, reason=form.cleaned_data["reason"],
                                   note=form.cleaned_data["note"], reporter=request.user)
            throttle.record_attempt("report", sender, window=3600)
            messages.success(request, gettext("Thank you. Our staff will look at this thread."))
            return redirect(question.get_absolute_url())
        return render(request, self.template_name, {"question": question, "form": form}, status=400)


class DoctorListView(TemplateView):
    public_page_cache = True  # anonymous visitors may get it from the page cache
    template_name = "qa/doctor_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(doctors=doctor_selectors.public_doctors(), **kwargs)


class DoctorProfileView(TemplateView):
    """A verified doctor's public profile with their latest answers. Others are a 404."""
    public_page_cache = True  # anonymous visitors may get it from the page cache

    template_name = "qa/doctor_profile.html"

    def get_context_data(self, **kwargs):
        doctor = doctor_selectors.public_doctor(kwargs["slug"])
        if doctor is None:
            raise Http404("No such doctor.")
        return super().get_context_data(
            doctor=doctor, latest_answers=selectors.latest_public_answers(doctor, limit=10),
            better_outcomes=selectors.better_outcomes_count(doctor), **kwargs,
        )
