"""The account page, data export and deletion. allauth's pages (sign-in, sign-up, confirmation,
password, two-factor, sessions) are mounted beside these by config/urls.py; the addresses of the
old sign-in and sign-up pages lead to allauth's."""

from django.urls import path, reverse_lazy
from django.views.generic import RedirectView

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.AccountView.as_view(), name="account"),
    path("export/", views.ExportView.as_view(), name="export"),
    path("delete/", views.DeleteAccountView.as_view(), name="delete"),
    # Bookmarks and emails sent before django-allauth: sign in again to get a new confirmation link.
    path("sign-in/", RedirectView.as_view(pattern_name="account_login", query_string=True, permanent=True)),
    path("sign-up/", RedirectView.as_view(pattern_name="account_signup", query_string=True, permanent=True)),
    path("confirm/<str:token>/", RedirectView.as_view(url=reverse_lazy("account_login"), permanent=False)),
]
