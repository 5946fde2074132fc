from __future__ import annotations

import re

from django import forms

from doctors.models import AuditEvent
from qa.models import AgeBracket, BodySite, DeclineReason, Department, Question, Tag

MAX_ANSWER = 10_000


class ApplyForm(forms.Form):
    full_name = forms.CharField(max_length=110, help_text="As on your medical licence.")
    department = forms.ModelChoiceField(queryset=Department.objects.all(), empty_label=None)
    licence_number = forms.CharField(max_length=64, help_text="Checked by our staff; never shown publicly.")
    hospital = forms.CharField(label="Hospital or clinic", max_length=200)
    bio = forms.CharField(label="Short bio", max_length=1000, required=False,
                          widget=forms.Textarea(attrs={"rows": 4}))


class QueueFilterForm(forms.Form):
    tag = forms.ModelChoiceField(queryset=Tag.objects.order_by("name"), required=False, to_field_name="slug",
                                 empty_label="All topics")
    body_site = forms.ChoiceField(choices=[("", "All body sites"), *BodySite.choices], required=False)
    age = forms.ChoiceField(label="Age", choices=[("", "All ages"), *AgeBracket.choices], required=False)


class AnswerForm(forms.Form):
    """The reply, with optional sections that become headed parts of the Markdown answer."""

    SECTIONS = (("likely_causes", "Likely causes"), ("what_now", "What you can do now"),
                ("see_in_person", "When to see a doctor in person"))

    body = forms.CharField(label="Your reply", max_length=MAX_ANSWER, widget=forms.Textarea(attrs={"rows": 8}),
                           help_text="Markdown: **bold**, *italic*, lists with “- ”. HTML is removed.")
    likely_causes = forms.CharField(label="Likely causes (optional)", max_length=3000, required=False,
                                    widget=forms.Textarea(attrs={"rows": 3}))
    what_now = forms.CharField(label="What you can do now (optional)", max_length=3000, required=False,
                               widget=forms.Textarea(attrs={"rows": 3}))
    see_in_person = forms.CharField(label="When to see a doctor in person (optional)", max_length=3000,
                                    required=False, widget=forms.Textarea(attrs={"rows": 3}))
    tags = forms.ModelMultipleChoiceField(queryset=Tag.objects.order_by("name"), required=False,
                                          widget=forms.CheckboxSelectMultiple, label="Topics",
                                          help_text="Shared topics link this thread to similar ones and to FAQ.")

    def markdown(self) -> str:
        """The whole reply as Markdown: the body, then each filled-in section under a heading."""
        parts = [self.cleaned_data["body"].strip()]
        for name, heading in self.SECTIONS:
            text = self.cleaned_data.get(name, "").strip()
            if text:
                parts.append(f"### {heading}\n\n{text}")
        return "\n\n".join(parts)


class RequestInfoForm(forms.Form):
    message = forms.CharField(label="What do you need to know?", max_length=3000,
                              widget=forms.Textarea(attrs={"rows": 3}))


class DeclineForm(forms.Form):
    error_messages = {
        "duplicate_missing": "Give the link or number of the published thread that already answers this.",
        "duplicate_unknown": "No published thread has that link or number.",
    }

    reason = forms.ChoiceField(choices=DeclineReason.choices, widget=forms.RadioSelect)
    note = forms.CharField(label="Note to the patient (optional)", max_length=2000, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    duplicate = forms.CharField(label="Published thread (link or number), for a duplicate", max_length=300,
                                required=False)

    def clean(self):
        cleaned = super().clean()
        cleaned["duplicate_of"] = None
        if cleaned.get("reason") == DeclineReason.DUPLICATE:
            raw = (cleaned.get("duplicate") or "").strip()
            match = re.search(r"(?:^|/questions/)(\d+)(?:/|$)", raw)
            if not raw:
                self.add_error("duplicate", forms.ValidationError(self.error_messages["duplicate_missing"],
                                                                  code="duplicate_missing"))
            elif match is None or not (
                original := Question.objects.published().filter(pk=int(match.group(1))).first()
            ):
                self.add_error("duplicate", forms.ValidationError(self.error_messages["duplicate_unknown"],
                                                                  code="duplicate_unknown"))
            else:
                cleaned["duplicate_of"] = original
        return cleaned


class EditAnswerForm(forms.Form):
    # Room for the optional sections, which were merged into the body when it was published.
    body = forms.CharField(label="Your reply", max_length=2 * MAX_ANSWER, widget=forms.Textarea(attrs={"rows": 14}))


class DecisionForm(forms.Form):
    reason = forms.CharField(label="Reason (shown to the doctor)", max_length=2000, required=False,
                             widget=forms.Textarea(attrs={"rows": 2}))


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(choices=[("", "All actions"), *AuditEvent.Action.choices], required=False)
    actor = forms.CharField(label="Who", max_length=100, required=False)
    question = forms.IntegerField(label="Question number", min_value=1, required=False)
