"""Forms of the patient's side: asking, editing, adding information."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from accounts import inputs, languages
from accounts.inputs import parse_int
from accounts.languages import Language
from accounts.models import SecurityEvent
from doctors.models import Department, VerificationEvent
from qa import images, selectors, triage
from qa.models import AgeBracket, BodySite, DeclineReason, Outcome, Question, QuestionEvent, Report, Tag
from qa.reading import MAX_ATTACHED

MAX_BODY = 5000
MAX_TRIED = 2000
MAX_ADDITION = 3000
MAX_MORE_INFO = 8000
TOPICS_OFFERED = 30  # topics offered as checkboxes: the most used, plus any chosen or suggested
MAX_TOPIC_NAMES = 10


class AskForm(forms.ModelForm):
    """The question form. Saving goes through qa.services; this only validates."""

    error_messages = {
        "too_many_tags": _("Choose at most %(max)d topics."),
        "unknown_topics": _("We have no topic called %(names)s. Check the spelling on the Topics page, or leave "
                            "it out: a doctor will add the right topics when answering."),
        "consent_required": _("Please agree to anonymous publication: answered questions join the public archive."),
    }

    body = forms.CharField(
        label=_("Describe the problem"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What it looks like, where it started, whether it changes. Do not include your name, "
                    "phone number or other details that identify you."),
    )
    department = inputs.ModelChoiceField(label=_("Department"), queryset=Department.objects.all(), empty_label=None)
    body_sites = forms.MultipleChoiceField(
        label=_("Where is it?"), choices=BodySite.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    tried = forms.CharField(
        label=_("What have you tried already?"), max_length=MAX_TRIED, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Creams, tablets, changes of soap… and whether they helped."),
    )
    tags = inputs.ModelMultipleChoiceField(
        label=_("Topics (up to 5)"), queryset=Tag.objects.order_by("name"), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Topics link your question to similar answered questions and FAQ articles."),
    )
    more_tags = inputs.OneLineField(
        label=_("Other topics"), required=False, max_length=300,
        help_text=_("Not in the list? Type topic names as they appear on the Topics page, separated by commas."),
    )
    warning_signs = forms.MultipleChoiceField(
        label=_("Do you have any of these right now?"), choices=triage.checkbox_choices, required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_("I agree that, once answered, my question may be published without my name, showing only my "
                "age range and sex (and my public name, if I chose one)."),
        required=True,
        error_messages={"required": _("Please agree to anonymous publication: answered questions join the public "
                                      "archive.")},
    )
    # Hidden bookkeeping: a malformed value is dropped (and replaced), never an error the
    # patient cannot see or fix.
    language = forms.ChoiceField(
        label=_("Language of your question"), required=False,
        choices=[("", _("As I write it (detected)")), *Language.choices],
        help_text=_("Doctors answer in this language."),
    )
    submission_token = forms.CharField(widget=forms.HiddenInput, required=False)
    follow_up_of = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Question
        fields = ["title", "body", "age_bracket", "sex", "department", "duration", "itch", "pain", "tried", "tags"]
        labels = {"title": _("Your question in one sentence"), "age_bracket": _("Age"), "sex": _("Sex"),
                  "duration": _("How long has it lasted?"), "itch": _("Does it itch?"), "pain": _("Does it hurt?")}
        widgets = {"itch": forms.RadioSelect, "pain": forms.RadioSelect}
        help_texts = {"title": _("For example: “Red, scaly patches on both elbows for three months”.")}
        field_classes = {"title": inputs.OneLineField}

    def __init__(self, *args, with_consent: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].widget.attrs.update({"autocomplete": "off", "data-similar-source": "title"})
        self.fields["duration"].required = True
        for name in ("age_bracket", "sex", "duration"):  # one wording for every empty choice
            self.fields[name].choices = [("", gettext("Choose…")), *self.fields[name].choices[1:]]
        if not with_consent:
            del self.fields["consent"]
            del self.fields["warning_signs"]
        if not self.is_bound and not self.initial.get("submission_token"):
            self.initial["submission_token"] = uuid.uuid4()
        self.offer_topics()
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        about_you = ["age_bracket", "sex"]
        details = ["department", "body_sites", "duration", "itch", "pain", "tried", "tags", "more_tags"]
        tail = ["warning_signs", "consent"] if with_consent else []
        self.helper.layout = Layout(
            Fieldset(gettext("Your question"), "title", "body", "language"),
            Fieldset(gettext("About you"), *about_you),
            Fieldset(gettext("Details"), *details),
            *([Fieldset(gettext("Before you send"), *tail)] if tail else []),
            "submission_token", "follow_up_of",
        )

    def clean_submission_token(self) -> uuid.UUID | None:
        try:
            return uuid.UUID(self.cleaned_data["submission_token"])
        except ValueError:
            return None

    def clean_follow_up_of(self) -> int | None:
        return parse_int(self.cleaned_data["follow_up_of"], minimum=1)

    def offer_topics(self, extra: Iterable[Tag] = ()) -> None:
        """Offer as checkboxes the most used topics, the ones already chosen and ``extra`` (the
        suggested ones): never every topic, there may be thousands. Any topic is still accepted,
        by checkbox or by name (``more_tags``)."""
        if self.is_bound:
            chosen = self.data.getlist("tags") if hasattr(self.data, "getlist") else self.data.get("tags", [])
        else:
            chosen = self.initial.get("tags") or []
        chosen_ids = {str(getattr(tag, "pk", tag)) for tag in chosen}
        wanted = {parse_int(pk, minimum=1) for pk in chosen_ids} - {None} | {tag.pk for tag in extra}
        popular = Tag.objects.order_by("-num_published", "name").values("pk")[:TOPICS_OFFERED]
        offered = Tag.objects.filter(Q(pk__in=wanted) | Q(pk__in=popular)).order_by("name")
        self.fields["tags"].widget.choices = [(tag.pk, tag.label) for tag in offered]

    def clean_more_tags(self) -> list[Tag]:
        names = list(dict.fromkeys(n.strip() for n in self.cleaned_data["more_tags"].split(",") if n.strip()))
        if not names:
            return []
        if len(names) > MAX_TOPIC_NAMES:
            raise forms.ValidationError(self.error_messages["too_many_tags"], code="too_many_tags",
                                        params={"max": settings.QA_MAX_TAGS})
        # Any name of a topic: English, Chinese, an alias ("hives", "風疹塊"), its slug.
        named = {name: selectors.tag_named(name) for name in names}
        found = list(dict.fromkeys(tag for tag in named.values() if tag is not None))
        unknown = [name for name, tag in named.items() if tag is None]
        if unknown:
            raise forms.ValidationError(self.error_messages["unknown_topics"], code="unknown_topics",
                                        params={"names": ", ".join(f"“{name}”" for name in unknown)})
        return found

    def clean(self):
        cleaned = super().clean()
        if "tags" in cleaned and "more_tags" in cleaned:
            tags = list(dict.fromkeys([*cleaned["tags"], *cleaned["more_tags"]]))
            if len(tags) > settings.QA_MAX_TAGS:
                self.add_error("tags", forms.ValidationError(
                    self.error_messages["too_many_tags"], code="too_many_tags", params={"max": settings.QA_MAX_TAGS}))
            else:
                cleaned["tags"] = tags
        return cleaned

    @property
    def text(self) -> str:
        """Everything the patient wrote, for suggestions."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        return "\n".join(str(data.get(name) or "") for name in ("title", "body", "tried"))

    def service_kwargs(self) -> dict:
        """The cleaned data as keyword arguments for qa.services."""
        d = self.cleaned_data
        return {
            "title": d["title"], "body": d["body"], "age_bracket": d["age_bracket"], "sex": d["sex"],
            "department": d["department"], "tags": list(d["tags"]), "body_sites": d["body_sites"],
            "duration": d["duration"], "itch": d["itch"], "pain": d["pain"], "tried": d["tried"],
            "language": d.get("language") or None,
        }


class PhotosForm(forms.Form):
    """Up to ``slots`` photos, each with an optional body site and caption. Each file is processed
    (qa.images) while the form is cleaned: a refused file gets its reason next to its own field, and
    ``cleaned_data["photos"]`` holds the accepted ones as ``(ProcessedPhoto, body_site, caption)``.
    Storing them is qa.services' (photo_stage); this form never touches the storage."""

    ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif"

    def __init__(self, *args, slots: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.slots = max(0, slots)
        for n in range(1, self.slots + 1):
            self.fields[f"photo_{n}"] = forms.FileField(
                label=gettext("Photo %(n)s") % {"n": n}, required=False, allow_empty_file=True,
                widget=forms.ClearableFileInput(attrs={"accept": self.ACCEPT}),
                error_messages={"invalid": gettext("This is not a file we can read. Choose the photo again.")},
            )
            self.fields[f"site_{n}"] = forms.ChoiceField(
                label=gettext("Where on the body (photo %(n)s)") % {"n": n}, required=False,
                choices=[("", "—"), *BodySite.choices],
                widget=forms.Select(attrs={"class": "form-select"}))
            self.fields[f"caption_{n}"] = inputs.OneLineField(
                label=gettext("Caption (photo %(n)s, optional)") % {"n": n}, required=False, max_length=300,
                widget=forms.TextInput(attrs={"class": "form-control"}))

    def rows(self):
        """The fields of each photo, for the template: ``[(file, site, caption), …]``."""
        return [(self[f"photo_{n}"], self[f"site_{n}"], self[f"caption_{n}"]) for n in range(1, self.slots + 1)]

    @property
    def chosen(self) -> int:
        """How many files were sent (accepted or not)."""
        return sum(1 for n in range(1, self.slots + 1) if self.files.get(f"photo_{n}") is not None)

    def clean(self):
        cleaned = super().clean()
        accepted = []
        for n in range(1, self.slots + 1):
            upload = cleaned.get(f"photo_{n}")  # a zero-byte file too (allow_empty_file): refused with its reason
            if not upload:
                continue
            try:
                if upload.size > images.MAX_BYTES:  # not read into memory at all
                    raise images.PhotoRejected(images.too_large_message())
                upload.seek(0)
                processed = images.process(upload.read())
            except images.PhotoRejected as error:
                self.add_error(f"photo_{n}", forms.ValidationError(str(error), code="photo_rejected"))
                continue
            accepted.append((processed, cleaned.get(f"site_{n}", ""), cleaned.get(f"caption_{n}", "")))
        beyond = [name for name in self.files if name.startswith("photo_") and name not in self.fields]
        if beyond:  # a page opened before the last photos were added, or a crafted request
            message = gettext("No more photos can be added: a question holds up to %(per_question)s, and an account "
                              "can send %(per_day)s a day.") % {"per_question": settings.PHOTOS_PER_QUESTION,
                                                                "per_day": settings.PHOTOS_PER_DAY}
            refused = ngettext("%(count)s photo was not added.", "%(count)s photos were not added.",
                               len(beyond)) % {"count": len(beyond)}
            self.add_error(None, forms.ValidationError(f"{message} {refused}", code="photo_limit"))
        cleaned["photos"] = accepted
        return cleaned


class AddInformationForm(forms.Form):
    body = forms.CharField(
        label=_("Your answer to the doctor"), max_length=MAX_ADDITION, widget=forms.Textarea(attrs={"rows": 5})
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(choices=Report.Reason.choices, widget=forms.RadioSelect,
                               label=_("What is wrong with this thread?"))
    note = forms.CharField(label=_("Anything we should know (optional)"), max_length=2000, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))


# --- The doctors' workspace and the staff pages ---------------------------------------------

MAX_ANSWER = 10_000


class QueueFilterForm(forms.Form):
    tag = inputs.ModelChoiceField(label=_("Tag"), queryset=Tag.objects.order_by("name"), required=False,
                                 to_field_name="slug",
                                 empty_label=_("All topics"))
    body_site = forms.ChoiceField(label=_("Body site"), choices=[("", _("All body sites")), *BodySite.choices],
                                  required=False)
    age = forms.ChoiceField(label=_("Age"), choices=[("", _("All ages")), *AgeBracket.choices], required=False)


class AnswerForm(forms.Form):
    """The reply, with optional sections that become headed parts of the Markdown answer."""

    # Headings written into the answer's Markdown, in the doctor's page language when they publish it.
    SECTIONS = (("likely_causes", _("Likely causes")), ("what_now", _("What you can do now")),
                ("see_in_person", _("When to see a doctor in person")))

    body = forms.CharField(label=_("Your reply"), max_length=MAX_ANSWER, widget=forms.Textarea(attrs={"rows": 8}),
                           help_text=_("Markdown: **bold**, *italic*, lists with “- ”. HTML is removed."))
    likely_causes = forms.CharField(label=_("Likely causes (optional)"), max_length=3000, required=False,
                                    widget=forms.Textarea(attrs={"rows": 3}))
    what_now = forms.CharField(label=_("What you can do now (optional)"), max_length=3000, required=False,
                               widget=forms.Textarea(attrs={"rows": 3}))
    see_in_person = forms.CharField(label=_("When to see a doctor in person (optional)"), max_length=3000,
                                    required=False, widget=forms.Textarea(attrs={"rows": 3}))
    more_info = forms.CharField(
        label=_("More Info (optional)"), max_length=MAX_MORE_INFO, required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("A longer, patient explanation shown under your reply as “More Info”: what the condition is, "
                    "why it happens, how treatment works. Markdown too."),
    )
    language = forms.ChoiceField(
        label=_("Language of your reply"), required=False,
        choices=[("", _("As I write it (detected)")), *Language.choices],
    )
    question_language = forms.ChoiceField(
        label=_("Language of the question"), required=False, choices=[("", "—"), *Language.choices],
        help_text=_("Correct it if it was detected wrongly: it decides how the thread is read out and filtered."),
    )
    tags = inputs.ModelMultipleChoiceField(queryset=Tag.objects.order_by("name"), required=False,
                                           widget=forms.CheckboxSelectMultiple, label=_("Topics"),
                                           help_text=_("Shared topics link this thread to similar ones and to FAQ."))
    reading = forms.TypedMultipleChoiceField(
        label=_("Read more in our FAQ (up to 3)"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple,
        help_text=_("Articles that share the question's topics; those you tick are linked under your reply."),
    )

    def __init__(self, *args, reading: list[tuple[int, str]] = (), **kwargs):
        super().__init__(*args, **kwargs)
        if reading:
            self.fields["reading"].choices = list(reading)
        else:
            del self.fields["reading"]  # nothing shares the question's topics

    def clean_reading(self) -> list[int]:
        chosen = self.cleaned_data["reading"]
        if len(chosen) > MAX_ATTACHED:
            raise forms.ValidationError(
                ngettext("Choose at most %(max)s article.", "Choose at most %(max)s articles.", MAX_ATTACHED),
                code="too_much_reading", params={"max": MAX_ATTACHED})
        return chosen

    def reply_language(self) -> str:
        """The language of the reply: as chosen, else as written."""
        return self.cleaned_data.get("language") or languages.detect(self.cleaned_data["body"])

    def markdown(self) -> str:
        """The whole reply as Markdown: the body, then each filled-in section under a heading in
        the reply's language."""
        parts = [self.cleaned_data["body"].strip()]
        with translation.override(self.reply_language()):
            for name, heading in self.SECTIONS:
                text = self.cleaned_data.get(name, "").strip()
                if text:
                    parts.append(f"### {heading}\n\n{text}")
        return "\n\n".join(parts)


class OutcomeForm(forms.Form):
    """The asker's update: how it is now, some time after the answer."""

    result = forms.ChoiceField(label=_("How is it now?"), choices=Outcome.Result.choices, widget=forms.RadioSelect)
    diagnosis = inputs.OneLineField(
        label=_("What did a doctor say it was? (optional)"), max_length=200, required=False,
        help_text=_("Only if you saw a doctor in person."),
    )
    note = forms.CharField(
        label=_("Anything that helped, or did not (optional)"), max_length=2000, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the thread after a doctor has read it, without your name. Do not include your name, "
                    "phone number or other details that identify you."),
    )


class RequestInfoForm(forms.Form):
    message = forms.CharField(label=_("What do you need to know?"), max_length=3000,
                              widget=forms.Textarea(attrs={"rows": 3}))


class DeclineForm(forms.Form):
    error_messages = {
        "duplicate_missing": _("Give the link or number of the published thread that already answers this."),
        "duplicate_unknown": _("No published thread has that link or number."),
    }

    reason = forms.ChoiceField(label=_("Reason"), choices=DeclineReason.choices, widget=forms.RadioSelect)
    note = forms.CharField(label=_("Note to the patient (optional)"), max_length=2000, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    duplicate = inputs.OneLineField(label=_("Published thread (link or number), for a duplicate"), max_length=300,
                                    required=False)

    def clean(self):
        cleaned = super().clean()
        cleaned["duplicate_of"] = None
        if cleaned.get("reason") == DeclineReason.DUPLICATE:
            raw = (cleaned.get("duplicate") or "").strip()
            match = re.search(r"(?:^|/questions/)([0-9]{1,18})(?:/|$)", raw)
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


class PrivacyReviewForm(forms.Form):
    """A doctor's review of the personal details found in a question: which found ones are not
    personal (``keep``, offered as checkboxes), and phrases to hide that were missed."""

    MAX_PHRASE = 200

    keep = forms.MultipleChoiceField(label=_("Found, but not personal: show these"), required=False,
                                     widget=forms.CheckboxSelectMultiple)
    hide = forms.CharField(
        label=_("Also hide (one phrase per line)"), required=False, max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Names, places or anything else that identifies the patient. Every occurrence is hidden."),
    )

    def __init__(self, *args, found: list[str] = (), **kwargs):
        super().__init__(*args, **kwargs)
        if found:
            self.fields["keep"].choices = [(text, text) for text in dict.fromkeys(found)]
        else:
            del self.fields["keep"]  # nothing found: only phrases to hide

    def clean_hide(self) -> list[str]:
        lines = [inputs.one_line(line).strip() for line in self.cleaned_data["hide"].splitlines()]
        phrases = list(dict.fromkeys(line for line in lines if line))
        if any(len(phrase) < 2 or len(phrase) > self.MAX_PHRASE for phrase in phrases):
            raise forms.ValidationError(gettext("Each phrase needs 2 to %(max)s characters."), code="phrase_length",
                                        params={"max": self.MAX_PHRASE})
        return phrases


class EditAnswerForm(forms.Form):
    # Room for the optional sections, which were merged into the body when it was published.
    body = forms.CharField(label=_("Your reply"), max_length=2 * MAX_ANSWER, widget=forms.Textarea(attrs={"rows": 14}))
    more_info = forms.CharField(label=_("More Info (optional)"), max_length=MAX_MORE_INFO, required=False,
                                widget=forms.Textarea(attrs={"rows": 8}))
    language = forms.ChoiceField(label=_("Language of your reply"), required=False,
                                 choices=[("", _("As I write it (detected)")), *Language.choices])


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(label=_("Action"), choices=[("", _("All actions")), *QuestionEvent.Action.choices,
                                        *VerificationEvent.Action.choices, *SecurityEvent.Action.choices],
                               required=False)
    actor = inputs.OneLineField(label=_("Who"), max_length=100, required=False)
    question = inputs.IntegerField(label=_("Question number"), min_value=1, max_value=inputs.MAX_ID, required=False)


class TagAliasForm(forms.Form):
    """Another name for a topic; qa.services.tag_alias_add decides whether it may be added."""

    name = inputs.OneLineField(
        label=_("Another name"), max_length=60,
        help_text=_("A word patients use, in English or Chinese: “hives”, “風疹塊”."),
    )
