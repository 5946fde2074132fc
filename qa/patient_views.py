"""The patient's pages: asking (with preview), my questions, editing, withdrawing, adding
information, notifications. Every view checks on the server who may act; every change is a POST."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from accounts.inputs import parse_int
from qa import selectors, services, triage
from qa.forms import AddInformationForm, AskForm, OutcomeForm, PhotosForm
from qa.models import AgeBracket, Notification, Outcome, Photo, Question
from qa.privacy.text import is_chinese


def own_question(request, pk: int) -> Question:
    """The signed-in user's own question, or 404 (whoever else asks, it does not exist)."""
    return get_object_or_404(Question.objects.select_related("department"), pk=pk, asker=request.user)


def text_language(text: str) -> str:
    """The language of the triage notices for a text the patient wrote: Traditional Chinese when the
    page is in Chinese or the text reads as Chinese (an emergency notice must be read), else English."""
    return "zh-hant" if triage.is_chinese_page() or is_chinese(text) else "en"


def assess_form(form) -> triage.Assessment:
    """Triage of what the (valid) ask form holds: the same reading the submission will store."""
    data = form.cleaned_data
    return services.triage_of(title=data.get("title", ""), body=data.get("body", ""), tried=data.get("tried", ""),
                              age_bracket=data.get("age_bracket", ""), ticked_signs=data.get("warning_signs", ()))


def limit_response(request, error: services.QuestionLimitReached, form: AskForm | None = None,
                   assessment: triage.Assessment | None = None):
    """429 with a friendly page that still shows what the patient typed, and any emergency advice."""
    notices = assessment.notices(text_language(form.text)) if assessment is not None and form is not None else []
    response = render(request, "qa/limit_reached.html", {"error": error, "form": form, "notices": notices},
                      status=429)
    response["Retry-After"] = str(error.retry_after)
    return response


class AskView(View):
    """GET: the form (or, signed out, how asking works). POST: preview, edit again, or submit.

    Submitting is refused until the patient has seen every red-flag notice that applies: a
    submission whose text raises a flag not yet shown goes back to the preview with the notice.
    """

    template_name = "qa/ask.html"

    def follow_up_of(self, request) -> Question | None:
        """The asker's own question this one follows up, from the form or ``?follow_up=``."""
        pk = parse_int(request.POST.get("follow_up_of") or request.GET.get("follow_up") or "", minimum=1)
        if pk is None or not request.user.is_authenticated:
            return None
        return Question.objects.filter(pk=pk, asker=request.user).first()

    def render_form(self, request, form, *, status=200, pending=(), photos_form=None, **extra):
        """The form (and the preview, if any). A limit on asking never hides it: the patient can
        still write, preview and read the emergency advice; only sending waits (``submit``)."""
        try:
            services.question_limit_check(asker=request.user)
            limit = None
        except services.QuestionLimitReached as error:
            limit = error
        if photos_form is None:
            photos_form = PhotosForm(slots=services.photos_left(asker=request.user, pending=len(pending)))
        context = {"form": form, "follow_up_of": self.follow_up_of(request), "limit": limit,
                   "photos_form": photos_form, "pending_photos": pending, **extra}
        return render(request, self.template_name, context, status=status)

    def take_photos(self, request) -> tuple[list[Photo], PhotosForm | None]:
        """The photos of this POST: those kept from an earlier preview (less any the patient
        removed), and the new files, processed and stored as pending (services.photo_stage) so that
        they survive the next preview. Returns them, and the photo form if a file was refused (its
        errors are shown next to each file field; the text is kept)."""
        keys = request.POST.getlist("pending_photos")[: settings.PHOTOS_PER_QUESTION]
        remove = set(request.POST.getlist("remove_photos"))
        pending = list(Photo.objects.pending_of(request.user).filter(key__in=keys))
        if remove:
            services.photos_delete(photos=[p for p in pending if p.key in remove])
            pending = [p for p in pending if p.key not in remove]
        slots = services.photos_left(asker=request.user, pending=len(pending))
        photos_form = PhotosForm(request.POST, request.FILES, slots=slots)
        valid = photos_form.is_valid()
        for processed, site, caption in photos_form.cleaned_data.get("photos", []):
            try:
                pending.append(services.photo_stage(uploader=request.user, photo=processed, body_site=site,
                                                    caption=caption))
            except ValidationError as error:
                photos_form.add_error(None, error)
                valid = False
        return pending, (None if valid else photos_form)

    def get(self, request):
        if not request.user.is_authenticated:
            return render(request, self.template_name, {})
        parent = self.follow_up_of(request)
        initial = {"follow_up_of": parent.pk} if parent else {}
        if parent:
            initial |= {"age_bracket": parent.age_bracket, "sex": parent.sex, "department": parent.department_id,
                        "tags": [t.pk for t in parent.tags.all()]}
        return self.render_form(request, AskForm(initial=initial))

    def post(self, request):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        form = AskForm(request.POST)
        action = request.POST.get("action", "preview")
        pending, refused = self.take_photos(request)
        if not form.is_valid() or refused is not None:
            return self.render_form(request, form, status=400, pending=pending, photos_form=refused)
        if form.cleaned_data["submission_token"] is None:
            form.data = form.data.copy()
            form.data["submission_token"] = str(uuid.uuid4())
            form.cleaned_data["submission_token"] = uuid.UUID(form.data["submission_token"])
        assessment = assess_form(form)
        shown = {finding.code for finding in assessment.findings}
        acknowledged = set(request.POST.getlist("acknowledged_flags"))
        if action == "submit" and shown <= acknowledged:
            return self.submit(request, form, assessment, pending)
        suggested = [t for t in selectors.suggest_tags(form.text) if t not in form.cleaned_data["tags"]]
        form.offer_topics(extra=[*form.cleaned_data["tags"], *suggested])  # so they can be ticked below
        similar = selectors.similar_to_draft(
            text=form.cleaned_data["title"] + " " + form.cleaned_data["body"],
            tag_ids=[t.pk for t in form.cleaned_data["tags"]],
        )
        draft = form.instance  # built from the cleaned data by ModelForm; never saved here
        draft.asker_pseudonym = request.user.pseudonym
        return self.render_form(
            request, form, draft=draft, draft_tags=form.cleaned_data["tags"], assessment=assessment,
            notices=assessment.notices(text_language(form.text)), suggested_tags=suggested, similar_questions=similar,
            pending=pending,
        )

    def submit(self, request, form, assessment, pending):
        try:
            question, created = services.question_submit(
                asker=request.user,
                ticked_signs=form.cleaned_data["warning_signs"],
                submission_token=form.cleaned_data["submission_token"],
                follow_up_of=self.follow_up_of(request),
                photos=pending,
                **form.service_kwargs(),
            )
        except services.QuestionLimitReached as error:
            return limit_response(request, error, form, assessment)
        except ValidationError as error:
            form.add_error(None, error)
            return self.render_form(request, form, status=400, pending=pending)
        if created:
            if question.status == Question.Status.DRAFT:
                messages.warning(request, gettext("Your question is saved. Confirm your email address (see the "
                                                  "email we sent you) and it goes to our doctors."))
            else:
                messages.success(request, gettext("Your question has been sent to our doctors. We will email you "
                                                  "when there is a reply."))
        return redirect(question.get_absolute_url())


class TriageView(LoginRequiredMixin, View):
    """POST the ask form's fields, get the emergency notice for them (JSON with its HTML): the
    page shows it while the patient types. Computed on the server, as at preview and on send."""

    http_method_names = ["post"]

    def post(self, request):
        # The fields are read as they are, not through AskForm: an unfinished form is normal here,
        # and this runs as the patient types, so it should not query the topics the form offers.
        data = request.POST
        texts = {name: (data.get(name) or "")[:MAX_TRIAGE_TEXT] for name in ("title", "body", "tried")}
        age = data.get("age_bracket", "")
        assessment = services.triage_of(
            **texts, age_bracket=age if age in AgeBracket.values else "",
            ticked_signs=[code for code in data.getlist("warning_signs") if code in _SIGN_CODES],
        )
        notices = assessment.notices(text_language("\n".join(texts.values())))
        html = render_to_string("qa/partials/triage_notice.html", {"notices": notices}, request=request)
        return JsonResponse({"tier": assessment.tier, "html": html})


MAX_TRIAGE_TEXT = 20_000
_SIGN_CODES = frozenset(code for code, _ in triage.CHECKBOX_CHOICES)


class SimilarTitleView(View):
    """JSON for the live "may already be answered" list while typing a title (enhancement only)."""

    def get(self, request):
        title = request.GET.get("title", "")[:200].replace("\x00", "")
        if len(title.strip()) < 8:
            return JsonResponse({"results": []})
        results = selectors.similar_to_draft(text=title)
        return JsonResponse({"results": [{"title": q.title, "url": q.get_absolute_url()} for q in results]})


class MyQuestionsView(LoginRequiredMixin, TemplateView):
    template_name = "qa/my_questions.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(questions=selectors.my_questions(self.request.user), **kwargs)


class QuestionEditView(LoginRequiredMixin, View):
    template_name = "qa/question_edit.html"

    def get(self, request, pk):
        question = own_question(request, pk)
        if not question.is_editable:
            messages.info(request, gettext("A doctor is already working on this question, so it can no longer be "
                                            "edited."))
            return redirect(question.get_absolute_url())
        initial = {"body_sites": [s.site for s in question.body_sites.all()],
                   **{name: question.typed(name) for name in question.PUBLIC_TEXT}}  # as typed, not the public copy
        form = AskForm(instance=question, initial=initial, with_consent=False)
        return render(request, self.template_name, {"form": form, "question": question})

    def post(self, request, pk):
        question = own_question(request, pk)
        form = AskForm(request.POST, instance=Question.objects.get(pk=question.pk), with_consent=False)
        if form.is_valid():
            try:
                services.question_update(question=question, asker=request.user, **form.service_kwargs())
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Your question has been updated."))
                return redirect(question.get_absolute_url())
        return render(request, self.template_name, {"form": form, "question": question}, status=400)


class QuestionWithdrawView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        question = own_question(request, pk)
        try:
            services.question_withdraw(question=question, asker=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(question.get_absolute_url())
        messages.success(request, gettext("Your question has been withdrawn. Doctors will not see it any more."))
        return redirect("qa:my_questions")


class AddInformationView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        question = own_question(request, pk)
        form = AddInformationForm(request.POST)
        photos_form = PhotosForm(request.POST, request.FILES,
                                 slots=services.photos_left(asker=request.user, question=question))
        if form.is_valid() and photos_form.is_valid():
            try:
                with transaction.atomic():
                    staged = [services.photo_stage(uploader=request.user, photo=processed, body_site=site,
                                                   caption=caption)
                              for processed, site, caption in photos_form.cleaned_data["photos"]]
                    services.question_add_information(question=question, asker=request.user,
                                                      body=form.cleaned_data["body"], photos=staged)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Thank you. Your question is back with our doctors."))
                return redirect(question.get_absolute_url())
        photos_form.is_valid()  # validated once: its errors exist before one is added
        if photos_form.chosen:
            photos_form.add_error(None, gettext("Nothing was sent yet: a browser cannot send the same files twice, "
                                                "so choose your photos again before sending."))
        question = selectors.question_for_viewer(pk, request.user)
        return render(request, "qa/question_private.html",
                      {"question": question, "answers": question.visible_answers, "info_form": form,
                       "is_asker": True, "photos_form": photos_form}, status=400)


class PhotoRemoveView(LoginRequiredMixin, View):
    """The asker removes a photo of their own question (POST), while they may still edit it."""

    http_method_names = ["post"]

    def post(self, request, key):
        photo = Photo.objects.filter(key=key, question__asker=request.user).select_related("question").first()
        if photo is None:
            raise Http404("No such photo.")
        try:
            services.photo_remove(photo=photo, asker=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, gettext("The photo has been removed."))
        return redirect(photo.question.get_absolute_url())


class NotificationListView(LoginRequiredMixin, TemplateView):
    template_name = "qa/notifications.html"

    def get_context_data(self, **kwargs):
        notifications = Notification.objects.filter(user=self.request.user).select_related("question")[:100]
        return super().get_context_data(notifications=notifications, **kwargs)


class NotificationOpenView(LoginRequiredMixin, View):
    """Mark one notification read (POST), then go to its question."""

    http_method_names = ["post"]

    def post(self, request, pk):
        notification = Notification.objects.filter(pk=pk, user=request.user).select_related("question").first()
        if notification is None:
            raise Http404("No such notification.")
        services.notifications_mark_read(user=request.user, notification_id=notification.pk)
        if notification.kind == Notification.Kind.OUTCOME:
            return redirect("qa:question_outcome", pk=notification.question_id)
        return redirect(notification.question.get_absolute_url())


class NotificationReadAllView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request):
        services.notifications_mark_read(user=request.user)
        return redirect("qa:notifications")


class OutcomeView(LoginRequiredMixin, View):
    """The asker tells how it is now, for other readers of their answered question."""

    template_name = "qa/outcome_form.html"

    def load(self, request, pk) -> Question:
        question = own_question(request, pk)
        if not question.is_published:
            raise Http404("Only an answered question can have an update.")
        return question

    def render_form(self, request, question, form, status=200):
        outcome = Outcome.objects.filter(question=question).first()
        return render(request, self.template_name, {"question": question, "form": form, "outcome": outcome},
                      status=status)

    def get(self, request, pk):
        question = self.load(request, pk)
        return self.render_form(request, question, OutcomeForm())

    def post(self, request, pk):
        question = self.load(request, pk)
        form = OutcomeForm(request.POST)
        if form.is_valid():
            try:
                services.outcome_report(question=question, asker=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Thank you. A doctor will read your update before it is shown on "
                                                  "the thread."))
                return redirect(question.get_absolute_url())
        return self.render_form(request, question, form, status=400)
