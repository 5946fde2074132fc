from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import RegexValidator
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

pseudonym_validator = RegexValidator(
    r"^[^\W\d_][\w .'-]*$",
    message=_("Use letters, spaces, dots, hyphens or apostrophes, starting with a letter."),
    code="invalid_pseudonym",
)


def submit_helper(label: str, *, action: str, css_class: str = "btn-primary") -> FormHelper:
    """A form of its own (crispy writes the <form> tag and the CSRF token) posting to ``action``."""
    helper = FormHelper()
    helper.form_method = "post"
    helper.form_action = action
    helper.attrs = {"novalidate": ""}
    helper.add_input(Submit("submit", label, css_class=css_class))
    return helper


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["pseudonym"]
        labels = {"pseudonym": _("Public name (optional)")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pseudonym"].validators.append(pseudonym_validator)
        self.helper = submit_helper(gettext("Save"), action=reverse("accounts:account"))


class AccountDeleteForm(forms.Form):
    error_messages = {"wrong_password": _("That is not your current password.")}

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.helper = submit_helper(gettext("Delete my account"), action=reverse("accounts:delete"),
                                    css_class="btn-danger")

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(self.error_messages["wrong_password"], code="wrong_password")
        return password
