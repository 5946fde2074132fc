"""Staff pages: verifying doctors, reports on threads, the audit log."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView

from doctors import selectors, services
from doctors.forms import AuditFilterForm, DecisionForm
from doctors.models import DoctorProfile
from doctors.permissions import StaffRequiredMixin
from qa.models import Report


class DoctorAdminListView(StaffRequiredMixin, TemplateView):
    template_name = "doctors/staff_doctors.html"

    def get_context_data(self, **kwargs):
        status = self.request.GET.get("status", DoctorProfile.Status.APPLIED)
        if status not in DoctorProfile.Status.values and status != "all":
            status = DoctorProfile.Status.APPLIED
        doctors = DoctorProfile.objects.select_related("department", "user").order_by("applied_at")
        if status != "all":
            doctors = doctors.filter(status=status)
        return super().get_context_data(doctors=doctors, status=status, statuses=DoctorProfile.Status.choices,
                                        form=DecisionForm(), **kwargs)


class DoctorDecisionView(StaffRequiredMixin, View):
    """POST verify / reject / suspend / reinstate one doctor."""

    http_method_names = ["post"]
    ACTIONS = {
        "verify": lambda profile, by, reason: services.doctor_verify(profile=profile, verified_by=by),
        "reject": lambda profile, by, reason: services.doctor_reject(profile=profile, by=by, reason=reason),
        "suspend": lambda profile, by, reason: services.doctor_suspend(profile=profile, by=by, reason=reason),
        "reinstate": lambda profile, by, reason: services.doctor_reinstate(profile=profile, by=by),
    }

    def post(self, request, pk, action):
        profile = get_object_or_404(DoctorProfile, pk=pk)
        if action not in self.ACTIONS:
            return render(request, "400.html", {"message": "Unknown action."}, status=400)
        form = DecisionForm(request.POST)
        reason = form.cleaned_data["reason"] if form.is_valid() else ""
        try:
            self.ACTIONS[action](profile, request.user, reason)
        except ValidationError as error:
            messages.error(request, f"{profile.display_name}: {' '.join(error.messages)}")
        else:
            messages.success(request, f"{profile.display_name}: {profile.get_status_display()}.")
        return redirect(f"{reverse('doctors:staff_doctors')}?status={profile.status}")


class ReportListView(StaffRequiredMixin, TemplateView):
    template_name = "doctors/staff_reports.html"

    def get_context_data(self, **kwargs):
        show = "all" if self.request.GET.get("show") == "all" else "open"
        reports = Report.objects.select_related("question", "resolved_by").order_by("-created_at")
        if show == "open":
            reports = reports.filter(resolution="")
        page = Paginator(reports, 50).get_page(self.request.GET.get("page"))
        return super().get_context_data(page_obj=page, show=show, **kwargs)


class ReportDecisionView(StaffRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk, action):
        report = get_object_or_404(Report.objects.select_related("question"), pk=pk)
        try:
            if action == "unpublish":
                services.report_unpublish(report=report, by=request.user)
                messages.success(request, f"Unpublished: {report.question.title}")
            elif action == "dismiss":
                services.report_dismiss(report=report, by=request.user)
                messages.success(request, "Report dismissed.")
            else:
                return render(request, "400.html", {"message": "Unknown action."}, status=400)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("doctors:staff_reports")


class AuditLogView(StaffRequiredMixin, TemplateView):
    template_name = "doctors/staff_audit.html"

    def get(self, request, *args, **kwargs):
        form = AuditFilterForm(request.GET or None)
        filters = {}
        if form.is_bound and form.is_valid():
            filters = {"action": form.cleaned_data["action"], "actor": form.cleaned_data["actor"],
                       "question_id": form.cleaned_data["question"]}
        page = Paginator(selectors.audit_events(**filters), 50).get_page(request.GET.get("page"))
        status = 400 if form.is_bound and form.errors else 200
        return self.render_to_response(self.get_context_data(form=form, page_obj=page), status=status)
