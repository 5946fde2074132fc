from django.contrib import admin
from django.urls import include, path

from config.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("faq/", include("faq.urls")),
    path("", include("doctors.urls")),
    path("", include("qa.urls")),
]
