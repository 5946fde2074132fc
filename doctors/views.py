"""Applying to answer as a doctor, and the staff's verification of doctors.

Permission in dispatch; every change is a POST through doctors.services.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import reverse
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from doctors import selectors, services
from doctors.forms import ApplyForm, DecisionForm
from doctors.models import DoctorProfile
from doctors.permissions import SignedInRequiredMixin, StaffRequiredMixin


class ApplyView(SignedInRequiredMixin, View):
    """Apply to answer as a doctor, or see where the application stands. Signed out: how applying
    works (the page every "For doctors" link leads to); applying itself needs an account."""

    template_name = "doctors/apply.html"

    def dispatch(self, request, *args, **kwargs):
        if request.method == "GET" and not request.user.is_authenticated:
            return render(request, self.template_name, {"profile": None, "form": None})
        return super().dispatch(request, *args, **kwargs)  # anything else needs an account

    def render_page(self, request, profile, form, status=200):
        # Where a verified doctor works is decided by the project (settings), not by this app.
        workspace_url = resolve_url(settings.DOCTORS_WORKSPACE_URL) if settings.DOCTORS_WORKSPACE_URL else ""
        context = {"profile": profile, "form": form, "workspace_url": workspace_url}
        return render(request, self.template_name, context, status=status)

    def get(self, request):
        profile = DoctorProfile.objects.filter(user=request.user).first()
        return self.render_page(request, profile, None if profile else ApplyForm())

    def post(self, request):
        if DoctorProfile.objects.filter(user=request.user).exists():
            messages.info(request, gettext("You have already applied."))
            return redirect("doctors:apply")
        form = ApplyForm(request.POST)
        if form.is_valid():
            try:
                services.doctor_apply(user=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Thank you. Our staff will check your licence and tell you here."))
                return redirect("doctors:apply")
        return self.render_page(request, None, form, status=400)


class DoctorAdminListView(StaffRequiredMixin, TemplateView):
    template_name = "doctors/staff_doctors.html"

    def get_context_data(self, **kwargs):
        status = self.request.GET.get("status", DoctorProfile.Status.APPLIED)
        if status not in DoctorProfile.Status.values and status != "all":
            status = DoctorProfile.Status.APPLIED
        return super().get_context_data(doctors=selectors.doctors_for_staff(status), status=status,
                                        statuses=DoctorProfile.Status.choices, form=DecisionForm(), **kwargs)


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
            return render(request, "400.html", {"message": gettext("Unknown action.")}, status=400)
        form = DecisionForm(request.POST)
        reason = form.cleaned_data["reason"] if form.is_valid() else ""
        try:
            self.ACTIONS[action](profile, request.user, reason)
        except ValidationError as error:
            messages.error(request, gettext("%(doctor)s: %(problem)s") % {"doctor": profile.display_name,
                                                                           "problem": " ".join(error.messages)})
        else:
            messages.success(request, gettext("%(doctor)s: %(status)s.") % {"doctor": profile.display_name,
                                                                              "status": profile.get_status_display()})
        return redirect(f"{reverse('doctors:staff_doctors')}?status={profile.status}")
