from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from doctors.models import DoctorProfile
from doctors.services import doctor_verify


@admin.register(DoctorProfile)
class DoctorProfileAdmin(admin.ModelAdmin):
    list_display = ("display_name", "department", "hospital", "status", "applied_at", "verified_at")
    list_filter = ("status", "department")
    search_fields = ("display_name", "hospital", "licence_number", "user__email")
    prepopulated_fields = {"slug": ("display_name",)}
    raw_id_fields = ("user",)
    # Verification changes only through doctors.services, which records who and when.
    readonly_fields = ("status", "verified_at", "verified_by")
    list_select_related = ("department",)
    actions = ["verify_selected"]

    @admin.action(description="Verify the selected applicants")
    def verify_selected(self, request, queryset):
        verified = 0
        for profile in queryset:
            try:
                doctor_verify(profile=profile, verified_by=request.user)
                verified += 1
            except ValidationError as error:
                self.message_user(request, f"{profile}: {' '.join(error.messages)}", messages.WARNING)
        if verified:
            self.message_user(request, f"{verified} doctor(s) verified.", messages.SUCCESS)
