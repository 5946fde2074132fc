"""The root URLconf: each app's pages under its namespace. Paths do not overlap; portal's are the
pages that combine apps (home, a thread, a topic, search)."""

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from config.views import favicon, healthz, readyz
from portal.api import api

# The admin's sign-in is allauth's (limits, two-factor authentication), not a second door.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("favicon.ico", favicon, name="favicon"),
    path("admin/", admin.site.urls),
    path("api/", api.urls),  # the read-only JSON API: /api/v1/…, /api/openapi.json, /api/docs
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),  # sign-in, sign-up, password, 2fa/, sessions/
    path("faq/", include("faq.urls")),
    path("", include("portal.urls")),
    path("", include("doctors.urls")),
    path("", include("qa.urls")),
]
