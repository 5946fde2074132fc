from __future__ import annotations

from django.http import Http404
from django.views.generic import TemplateView

from doctors import selectors


class DoctorListView(TemplateView):
    public_page_cache = True  # anonymous visitors may get it from the page cache
    template_name = "doctors/doctor_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(doctors=selectors.public_doctors(), **kwargs)


class DoctorProfileView(TemplateView):
    """A verified doctor's public profile. Others (applied, rejected, suspended) are a 404."""
    public_page_cache = True  # anonymous visitors may get it from the page cache

    template_name = "doctors/doctor_profile.html"

    def get_context_data(self, **kwargs):
        doctor = selectors.public_doctor(kwargs["slug"])
        if doctor is None:
            raise Http404("No such doctor.")
        return super().get_context_data(
            doctor=doctor,
            latest_answers=selectors.latest_public_answers(doctor, limit=10),
            **kwargs,
        )
