from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Layout, Submit
from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import RegexValidator

pseudonym_validator = RegexValidator(
    r"^[^\W\d_][\w .'-]*$",
    message="Use letters, spaces, dots, hyphens or apostrophes, starting with a letter.",
    code="invalid_pseudonym",
)


def submit_helper(label: str) -> FormHelper:
    helper = FormHelper()
    helper.add_input(Submit("submit", label))
    return helper


class SignUpForm(forms.Form):
    error_messages = {
        "email_taken": "An account with this email address already exists. Sign in, or reset your password.",
        "password_mismatch": "The two passwords do not match.",
        "bot": "We could not create the account. Please try again.",
    }

    email = forms.EmailField(max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    password1 = forms.CharField(
        label="Password", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label="Password again", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    pseudonym = forms.CharField(
        label="Public name (optional)", max_length=40, required=False, validators=[pseudonym_validator],
        help_text="Shown with your answered questions. Leave empty to appear only as your age range and sex.",
    )
    # Honeypot: hidden from people (and from assistive technology); bots fill every field.
    website = forms.CharField(
        required=False, label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = submit_helper("Create account")
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            "email", "password1", "password2", "pseudonym",
            Div("website", css_class="d-none", aria_hidden="true"),
        )

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(self.error_messages["email_taken"], code="email_taken")
        return email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(self.error_messages["bot"], code="bot")
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", forms.ValidationError(self.error_messages["password_mismatch"],
                                                              code="password_mismatch"))
        elif p1:
            probe = get_user_model()(email=cleaned.get("email") or "")
            try:
                password_validation.validate_password(p1, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.CharField(
        label="Email", max_length=254, widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"})
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "That email and password do not match an account. Check both and try again.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = submit_helper("Sign in")


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["pseudonym"]
        labels = {"pseudonym": "Public name (optional)"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pseudonym"].validators.append(pseudonym_validator)
        self.helper = submit_helper("Save")


class AccountDeleteForm(forms.Form):
    error_messages = {"wrong_password": "That is not your current password."}

    password = forms.CharField(
        label="Your password", strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.helper = submit_helper("Delete my account")
        self.helper.inputs[0].field_classes = "btn btn-danger"

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(self.error_messages["wrong_password"], code="wrong_password")
        return password
