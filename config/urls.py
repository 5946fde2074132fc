"""The root URLconf: each app's pages under its namespace. Paths do not overlap; portal's are the
pages that combine apps (home, a thread, a topic, search).

Pages are in two languages: English at unprefixed addresses, Traditional Chinese under /zh-hant/
(``i18n_patterns``; config/languages.py), the sitemaps of each language too. The API, the admin,
the health checks and the switcher have one address.
"""

from allauth.account.decorators import secure_admin_login
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from config.languages import set_language
from config.views import favicon, healthz, readyz
from portal.api import api

# The admin's sign-in is allauth's (limits, two-factor authentication), not a second door.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("favicon.ico", favicon, name="favicon"),
    path("language/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
    path("api/", api.urls),  # the read-only JSON API: /api/v1/…, /api/openapi.json, /api/docs
]
urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),  # sign-in, sign-up, password, 2fa/, sessions/
    path("faq/", include("faq.urls")),
    path("", include("portal.urls")),
    path("", include("doctors.urls")),
    path("", include("qa.urls")),
    prefix_default_language=False,
)
