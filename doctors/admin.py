from django.contrib import admin

from doctors.models import DoctorProfile


@admin.register(DoctorProfile)
class DoctorProfileAdmin(admin.ModelAdmin):
    list_display = ("display_name", "department", "hospital", "status", "applied_at", "verified_at")
    list_filter = ("status", "department")
    search_fields = ("display_name", "hospital", "licence_number", "user__email")
    prepopulated_fields = {"slug": ("display_name",)}
    raw_id_fields = ("user", "verified_by")
    list_select_related = ("department",)
