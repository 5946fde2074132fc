"""The verified doctor's workspace: the queue, a question's decisions, their own work.

Permission in dispatch (VerifiedDoctorRequiredMixin); a question outside the doctor's
department is a 404; every change is a POST through qa.services.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from doctors.permissions import VerifiedDoctorRequiredMixin
from qa import privacy, reading, selectors, services
from qa.forms import AnswerForm, DeclineForm, EditAnswerForm, PrivacyReviewForm, QueueFilterForm, RequestInfoForm
from qa.models import DOCTOR_TEXT_KINDS, Answer
from qa.pagination import page_number
from qa.sanitize import render_markdown
from qa.selectors import personal_details


class QueueView(VerifiedDoctorRequiredMixin, TemplateView):
    template_name = "qa/queue.html"

    def get(self, request, *args, **kwargs):
        form = QueueFilterForm(request.GET or None)
        filters = {}
        if form.is_bound and form.is_valid():
            filters = {"tag": form.cleaned_data["tag"], "body_site": form.cleaned_data["body_site"],
                       "age_bracket": form.cleaned_data["age"]}
        context = self.get_context_data(
            form=form, questions=selectors.queue(self.doctor, **filters),
            counts=selectors.queue_counts(self.doctor), doctor=self.doctor,
        )
        return self.render_to_response(context, status=400 if form.is_bound and form.errors else 200)


class QuestionWorkView(VerifiedDoctorRequiredMixin, View):
    """One question for a doctor: details, the claim, and the decision forms."""

    template_name = "qa/question_work.html"

    def load(self, pk):
        question = selectors.question_for_doctor(self.doctor, pk)
        if question is None:
            raise Http404("No such question in your department.")
        return question

    def render_work(self, request, question, *, status=200, **forms):
        owns_claim = question.claimed_by_id == self.doctor.pk and question.claim_is_live()
        context = {
            "question": question, "doctor": self.doctor, "owns_claim": owns_claim,
            "answer_form": forms.get("answer_form") or AnswerForm(
                initial={"tags": list(question.tags.all()), "question_language": question.language},
                reading=reading_for(question)),
            "info_form": forms.get("info_form") or RequestInfoForm(),
            "decline_form": forms.get("decline_form") or DeclineForm(),
            "privacy_form": forms.get("privacy_form") or privacy_form_of(question),
            "preview_html": forms.get("preview_html"), "claim_minutes": settings.QA_CLAIM_MINUTES,
            "preview_hidden": forms.get("preview_hidden", []),
            "preview_more_info_html": forms.get("preview_more_info_html", ""),
        }
        return render(request, self.template_name, context, status=status)

    def get(self, request, pk):
        return self.render_work(request, self.load(pk))


class ClaimView(QuestionWorkView):
    http_method_names = ["post"]

    def post(self, request, pk):
        question = self.load(pk)
        try:
            services.question_claim(question=question, doctor=self.doctor)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("qa:queue")
        messages.success(request, gettext("The question is yours for the next %(minutes)s minutes. Answer, ask for "
                                          "information, decline, or release it.")
                         % {"minutes": settings.QA_CLAIM_MINUTES})
        return redirect("qa:question_work", pk=question.pk)


class ReleaseView(QuestionWorkView):
    http_method_names = ["post"]

    def post(self, request, pk):
        question = self.load(pk)
        try:
            services.question_release(question=question, doctor=self.doctor)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, gettext("Released: the question is back in the queue."))
        return redirect("qa:queue")


class AnswerView(QuestionWorkView):
    """POST ``action=preview`` shows the sanitized reply; ``action=publish`` publishes it."""

    http_method_names = ["post"]

    def post(self, request, pk):
        question = self.load(pk)
        form = AnswerForm(request.POST, reading=reading_for(question))
        if not form.is_valid():
            return self.render_work(request, question, status=400, answer_form=form)
        more_info = form.cleaned_data["more_info"]
        if request.POST.get("action") != "publish":
            # The preview is what will be published: personal details replaced, and listed.
            hidden = [detail for text in (form.markdown(), more_info)
                      for detail in privacy.review(text, kinds=DOCTOR_TEXT_KINDS)[0]]
            public = [privacy.public_copy(text, kinds=DOCTOR_TEXT_KINDS) for text in (form.markdown(), more_info)]
            return self.render_work(request, question, answer_form=form, preview_html=render_markdown(public[0]),
                                    preview_more_info_html=render_markdown(public[1]) if more_info.strip() else "",
                                    preview_hidden=hidden)
        try:
            services.answer_publish(question=question, doctor=self.doctor, body=form.markdown(), more_info=more_info,
                                    reading=form.cleaned_data.get("reading", []),
                                    tags=form.cleaned_data["tags"], language=form.reply_language(),
                                    question_language=form.cleaned_data["question_language"] or None)
        except ValidationError as error:
            form.add_error(None, error)
            return self.render_work(request, self.load(pk), status=409, answer_form=form)
        messages.success(request, gettext("Your answer is published."))
        return redirect(question.get_absolute_url())


class RequestInfoView(QuestionWorkView):
    http_method_names = ["post"]

    def post(self, request, pk):
        question = self.load(pk)
        form = RequestInfoForm(request.POST)
        if form.is_valid():
            try:
                services.question_request_information(question=question, doctor=self.doctor,
                                                      body=form.cleaned_data["message"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Sent. The question leaves the queue until the patient replies."))
                return redirect("qa:queue")
        return self.render_work(request, question, status=400, info_form=form)


class DeclineView(QuestionWorkView):
    http_method_names = ["post"]

    def post(self, request, pk):
        question = self.load(pk)
        form = DeclineForm(request.POST)
        if form.is_valid():
            try:
                services.question_decline(question=question, doctor=self.doctor, reason=form.cleaned_data["reason"],
                                          note=form.cleaned_data["note"],
                                          duplicate_of=form.cleaned_data["duplicate_of"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Declined. The patient sees your reason."))
                return redirect("qa:queue")
        return self.render_work(request, question, status=400, decline_form=form)


def reading_for(question) -> list[tuple[int, str]]:
    """The further reading a doctor may attach to their answer (qa.reading)."""
    return reading.offered((tag.pk for tag in question.tags.all()), language=question.language)


def privacy_form_of(question, data=None) -> PrivacyReviewForm:
    found = [row["text"] for row in personal_details(question)]
    initial = {"keep": question.privacy_keep, "hide": "\n".join(question.privacy_hide)}
    return PrivacyReviewForm(data, found=found, initial=initial)


class PrivacyReviewView(QuestionWorkView):
    """The doctor marks found details as not personal, or phrases to hide (qa.services)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        question = self.load(pk)
        form = privacy_form_of(question, request.POST)
        if form.is_valid():
            try:
                services.question_review_privacy(question=question, by=request.user,
                                                 keep=form.cleaned_data.get("keep", []), hide=form.cleaned_data["hide"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Saved: the public copy of this question follows your review."))
                return redirect("qa:question_work", pk=question.pk)
        return self.render_work(request, question, status=400, privacy_form=form)


class MyWorkView(VerifiedDoctorRequiredMixin, TemplateView):
    """The doctor's claims, answers and median time to answer."""

    template_name = "qa/my_work.html"

    def get_context_data(self, **kwargs):
        page = Paginator(selectors.my_answers(self.doctor), 25).get_page(page_number(self.request.GET.get("page")))
        return super().get_context_data(
            doctor=self.doctor, claims=selectors.my_claims(self.doctor), page_obj=page,
            median_minutes=selectors.median_minutes_to_answer(self.doctor), outcomes=selectors.outcomes_of(self.doctor),
            **kwargs,
        )


class OutcomeListView(VerifiedDoctorRequiredMixin, TemplateView):
    """The askers' updates on the department's threads, waiting for a doctor to read them."""

    template_name = "qa/outcomes.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(doctor=self.doctor, outcomes=selectors.outcomes_to_review(self.doctor),
                                        **kwargs)


class OutcomeReviewView(VerifiedDoctorRequiredMixin, View):
    """Show an update on the thread (``approve``) or not (``reject``)."""

    http_method_names = ["post"]
    DECISIONS = {"approve": True, "reject": False}

    def post(self, request, pk, decision):
        outcome = selectors.outcome_for_doctor(self.doctor, pk)
        if outcome is None or decision not in self.DECISIONS:
            raise Http404("No such update in your department.")
        try:
            services.outcome_review(outcome=outcome, by=request.user, approve=self.DECISIONS[decision])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            shown = self.DECISIONS[decision]
            messages.success(request, gettext("Shown on the thread.") if shown else gettext("Not shown."))
        return redirect("qa:outcomes")


class EditAnswerView(VerifiedDoctorRequiredMixin, View):
    template_name = "qa/answer_edit.html"

    def load(self, pk) -> Answer:
        answer = Answer.objects.filter(pk=pk, doctor=self.doctor).select_related("question").first()
        if answer is None:
            raise Http404("No such answer of yours.")
        return answer

    def get(self, request, pk):
        answer = self.load(pk)
        form = EditAnswerForm(initial={"body": answer.typed("body"), "more_info": answer.typed("more_info"),
                                       "language": answer.language})
        context = {"answer": answer, "form": form, "revisions": answer.revisions.all()}
        return render(request, self.template_name, context)

    def post(self, request, pk):
        answer = self.load(pk)
        form = EditAnswerForm(request.POST)
        if form.is_valid():
            try:
                services.answer_edit(answer=answer, by=request.user, body=form.cleaned_data["body"],
                                     more_info=form.cleaned_data["more_info"],
                                     language=form.cleaned_data["language"] or None)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, gettext("Your answer is updated; the previous text is kept as a revision."))
                return redirect(answer.question.get_absolute_url())
        return render(request, self.template_name, {"answer": answer, "form": form,
                                                    "revisions": answer.revisions.all()}, status=400)
