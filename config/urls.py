from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("faq/", include("faq.urls")),
    path("", include("doctors.urls")),
    path("", include("qa.urls")),
]
