"""Sign-up, email confirmation, sign-in, the account page, data export and deletion."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.generic import FormView

from accounts import services, throttle
from accounts.forms import AccountDeleteForm, EmailAuthenticationForm, ProfileForm, SignUpForm


class InvalidFormStatusMixin:
    """Re-render an invalid form with everything typed, answering 400 rather than 200."""

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class SignUpView(InvalidFormStatusMixin, FormView):
    template_name = "accounts/sign_up.html"
    form_class = SignUpForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(settings.LOGIN_REDIRECT_URL)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        user = services.user_sign_up(
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
            pseudonym=form.cleaned_data["pseudonym"],
        )
        services.email_confirmation_send(user=user, base_url=self.request.build_absolute_uri("/")[:-1])
        login(self.request, user, backend="accounts.backends.EmailOrUsernameBackend")
        messages.success(
            self.request,
            "Welcome! We have sent you an email: confirm your address so your questions can reach our doctors.",
        )
        return redirect(self.next_url() or resolve_url(settings.ACCOUNTS_SIGN_UP_REDIRECT_URL))

    def next_url(self) -> str:
        """Where to go after signing up: only a path on this site (no open redirect)."""
        candidate = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if url_has_allowed_host_and_scheme(candidate, allowed_hosts={self.request.get_host()},
                                           require_https=self.request.is_secure()):
            return candidate
        return ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(next_url=self.next_url(), **kwargs)


class ConfirmEmailView(View):
    """GET shows a button; the POST confirms. Mail scanners that follow links change nothing."""

    template_name = "accounts/confirm_email.html"

    def get(self, request, token):
        user = services.user_from_confirmation_token(token)
        status = 200 if user else 400
        return render(request, self.template_name, {"valid": user is not None, "token": token}, status=status)

    def post(self, request, token):
        user = services.user_from_confirmation_token(token)
        if user is None:
            return render(request, self.template_name, {"valid": False, "token": token}, status=400)
        services.email_confirm(user=user)
        messages.success(request, "Your email address is confirmed. Your questions now go to our doctors.")
        if request.user.is_authenticated and request.user.pk == user.pk:
            return redirect(settings.LOGIN_REDIRECT_URL)
        return redirect("accounts:login")


class ResendConfirmationView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        if request.user.has_confirmed_email:
            messages.info(request, "Your email address is already confirmed.")
        else:
            services.email_confirmation_send(user=request.user, base_url=request.build_absolute_uri("/")[:-1])
            messages.success(request, f"We have sent a new confirmation link to {request.user.email}.")
        return redirect("accounts:account")


class SignInView(auth_views.LoginView):
    """Sign-in by email. After ``ACCOUNTS_SIGN_IN_FAILURES`` wrong passwords for one email, that
    email cannot sign in for ``ACCOUNTS_SIGN_IN_LOCK_SECONDS`` (a 429 that keeps what was typed);
    the count is per email, not per address, because behind a proxy every visitor shares one."""

    template_name = "accounts/sign_in.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True
    throttle_scope = "sign-in"

    def email(self) -> str:
        return (self.request.POST.get("username") or "").strip().lower()[:254]

    def post(self, request, *args, **kwargs):
        if throttle.attempts(self.throttle_scope, self.email()) >= settings.ACCOUNTS_SIGN_IN_FAILURES:
            # An unbound form with the email typed: a bound one would check the password.
            form = self.get_form_class()(request, initial={"username": request.POST.get("username", "")[:254]})
            minutes = max(1, settings.ACCOUNTS_SIGN_IN_LOCK_SECONDS // 60)
            locked = (f"Too many wrong passwords for this email. Wait {minutes} minutes and try again, "
                      "or reset your password.")
            return self.render_to_response(self.get_context_data(form=form, locked=locked), status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        throttle.clear(self.throttle_scope, self.email())
        return super().form_valid(form)

    def form_invalid(self, form):
        if self.email():
            throttle.record_attempt(self.throttle_scope, self.email(), window=settings.ACCOUNTS_SIGN_IN_LOCK_SECONDS)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class SignOutView(auth_views.LogoutView):
    """Django's, going to settings.LOGOUT_REDIRECT_URL (read on each request)."""


class AccountView(LoginRequiredMixin, InvalidFormStatusMixin, FormView):
    template_name = "accounts/account.html"
    form_class = ProfileForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("delete_form", AccountDeleteForm(user=self.request.user))
        return context

    def form_valid(self, form):
        form.save()
        messages.success(self.request, "Saved. Questions you ask from now on show this public name.")
        return redirect("accounts:account")


class ExportView(LoginRequiredMixin, View):
    """Download everything the forum holds about the signed-in user, as JSON."""

    def get(self, request):
        data = services.account_export(user=request.user)
        response = HttpResponse(
            json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8"
        )
        stamp = timezone.now().strftime("%Y%m%d")
        response["Content-Disposition"] = f'attachment; filename="my-data-{stamp}.json"'
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
                messages.success(request, "Your account and your unpublished questions have been deleted.")
                return redirect(settings.LOGOUT_REDIRECT_URL)
        context = {"form": ProfileForm(instance=request.user), "delete_form": form}
        return render(request, AccountView.template_name, context, status=400)
