"""The account page (public name), data export and deletion. Sign-up, confirmation, sign-in,
password, two-factor and sessions are django-allauth's pages (accounts/templates overrides them)."""

from __future__ import annotations

import io
import json
import zipfile

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views import View
from django.views.generic import FormView

from accounts import services
from accounts.forms import AccountDeleteForm, ProfileForm


class AccountView(LoginRequiredMixin, FormView):
    template_name = "accounts/account.html"
    form_class = ProfileForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("delete_form", AccountDeleteForm(user=self.request.user))
        return context

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        form.save()
        messages.success(self.request, gettext("Saved. Questions you ask from now on show this public name."))
        return redirect("accounts:account")


class ExportView(LoginRequiredMixin, View):
    """Download everything the forum holds about the signed-in user: a zip with ``my-data.json``
    and the files (their photos, under ``photos/``)."""

    def get(self, request):
        data = services.account_export(user=request.user)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("my-data.json", json.dumps(data, indent=2, ensure_ascii=False))
            for name, open_file in services.account_export_files(user=request.user):
                with open_file() as source:
                    archive.writestr(name, source.read(), compress_type=zipfile.ZIP_STORED)  # JPEG: compressed
        response = HttpResponse(buffer.getvalue(), content_type="application/zip")
        stamp = timezone.now().strftime("%Y%m%d")
        response["Content-Disposition"] = f'attachment; filename="my-data-{stamp}.zip"'
        response["Cache-Control"] = "no-store"
        return response


class DeleteAccountView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        form = AccountDeleteForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                services.account_delete(user=request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                logout(request)
                messages.success(request, gettext("Your account and your unpublished questions have been deleted."))
                return redirect(settings.LOGOUT_REDIRECT_URL)
        context = {"form": ProfileForm(instance=request.user), "delete_form": form}
        return render(request, AccountView.template_name, context, status=400)
