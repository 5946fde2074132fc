"""Staff pages of qa: reports on threads and the audit log (verifying doctors is doctors' page)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from accounts.models import SecurityEvent
from doctors.models import VerificationEvent
from doctors.permissions import StaffRequiredMixin
from qa import selectors, services
from qa.forms import AuditFilterForm
from qa.models import QuestionEvent, Report
from qa.pagination import page_number


class ReportListView(StaffRequiredMixin, TemplateView):
    template_name = "qa/staff_reports.html"

    def get_context_data(self, **kwargs):
        show = "all" if self.request.GET.get("show") == "all" else "open"
        page = Paginator(selectors.reports(show=show), 50).get_page(page_number(self.request.GET.get("page")))
        return super().get_context_data(page_obj=page, show=show, **kwargs)


class ReportDecisionView(StaffRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk, action):
        report = get_object_or_404(Report.objects.select_related("question"), pk=pk)
        try:
            if action == "unpublish":
                services.report_unpublish(report=report, by=request.user)
                messages.success(request, gettext("Unpublished: %(title)s") % {"title": report.question.title})
            elif action == "dismiss":
                services.report_dismiss(report=report, by=request.user)
                messages.success(request, gettext("Report dismissed."))
            else:
                return render(request, "400.html", {"message": gettext("Unknown action.")}, status=400)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("qa:staff_reports")


class AuditLogView(StaffRequiredMixin, TemplateView):
    template_name = "qa/staff_audit.html"

    def get(self, request, *args, **kwargs):
        form = AuditFilterForm(request.GET or None)
        filters = {}
        if form.is_bound and form.is_valid():
            filters = {"action": form.cleaned_data["action"], "actor": form.cleaned_data["actor"],
                       "question_id": form.cleaned_data["question"]}
        page = Paginator(selectors.audit_events(**filters), 50).get_page(page_number(request.GET.get("page")))
        labels = dict([*QuestionEvent.Action.choices, *VerificationEvent.Action.choices, *SecurityEvent.Action.choices])
        events = [{**row, "action_label": labels.get(row["action"], row["action"])} for row in page]
        status = 400 if form.is_bound and form.errors else 200
        # The pages' links keep the filters.
        kept = request.GET.copy()
        kept.pop("page", None)
        filters = f"{kept.urlencode()}&" if kept else ""
        context = self.get_context_data(form=form, page_obj=page, events=events, filters=filters)
        return self.render_to_response(context, status=status)
