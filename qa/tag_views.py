"""A topic's other names (aliases): staff and verified doctors see and add them, staff remove them.

Every change goes through qa.services (audited, the topic's pages follow at once); anyone else
gets 403, GET and POST alike, and an unknown topic is a 404 only for those who may edit.
"""

from __future__ import annotations

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View

from accounts.two_factor import two_factor_required_for
from doctors.models import verified_doctor_of
from qa import selectors, services
from qa.forms import TagAliasForm
from qa.models import Tag, TagAlias


class _AliasEditorMixin:
    """Staff, or a verified doctor (``staff_only``: staff), with two-factor authentication."""

    staff_only = False

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        self.is_staff = user.is_authenticated and user.is_staff
        if not (self.is_staff or (not self.staff_only and verified_doctor_of(user) is not None)):
            raise PermissionDenied("This page is for staff and verified doctors.")
        # These pages live under /tags/, outside the paths where the middleware asks for it.
        if two_factor_required_for(user) and not is_mfa_enabled(user):
            messages.warning(request, _("Set up two-factor authentication first: doctors and staff need it "
                                        "to change topics."))
            return redirect("mfa_activate_totp")
        self.tag = get_object_or_404(Tag, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)


class TagAliasesView(_AliasEditorMixin, View):
    """The topic's names and aliases, the form to add one, and (staff) a remove button for each."""

    template_name = "qa/tag_aliases.html"

    def render_page(self, request, form, *, status=200):
        response = render(request, self.template_name, {
            "tag": self.tag, "aliases": selectors.tag_aliases(self.tag), "form": form, "can_remove": self.is_staff,
        }, status=status)
        response["Cache-Control"] = "private, no-store"
        return response

    def get(self, request, slug):
        return self.render_page(request, TagAliasForm())

    def post(self, request, slug):
        form = TagAliasForm(request.POST)
        if form.is_valid():
            try:
                alias = services.tag_alias_add(tag=self.tag, name=form.cleaned_data["name"], by=request.user)
            except ValidationError as error:
                form.add_error("name", error)
            else:
                messages.success(request, _("“%(name)s” now leads to %(topic)s.")
                                 % {"name": alias.name, "topic": self.tag.label})
                return redirect("qa:tag_aliases", slug=self.tag.slug)
        return self.render_page(request, form, status=400)


class TagAliasRemoveView(_AliasEditorMixin, View):
    staff_only = True
    http_method_names = ["post"]

    def post(self, request, slug, pk):
        alias = get_object_or_404(TagAlias, pk=pk, tag=self.tag)
        services.tag_alias_remove(alias=alias, by=request.user)
        messages.success(request, _("“%(name)s” no longer leads to %(topic)s.")
                         % {"name": alias.name, "topic": self.tag.label})
        return redirect("qa:tag_aliases", slug=self.tag.slug)
