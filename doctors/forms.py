from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts import inputs
from doctors.models import Department


class ApplyForm(forms.Form):
    full_name = inputs.OneLineField(label=_("Full name"), max_length=110, help_text=_("As on your medical licence."))
    department = inputs.ModelChoiceField(label=_("Department"), queryset=Department.objects.all(), empty_label=None)
    licence_number = inputs.OneLineField(label=_("Licence number"), max_length=64,
                                        help_text=_("Checked by our staff; never shown publicly."))
    hospital = inputs.OneLineField(label=_("Hospital or clinic"), max_length=200)
    bio = forms.CharField(label=_("Short bio"), max_length=1000, required=False,
                          widget=forms.Textarea(attrs={"rows": 4}))


class DecisionForm(forms.Form):
    reason = forms.CharField(label=_("Reason (shown to the doctor)"), max_length=2000, required=False,
                             widget=forms.Textarea(attrs={"rows": 2}))
