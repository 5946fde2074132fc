"""Admin for departments and doctors: every change goes through doctors.services, so it is
audited and the pages that show it are refreshed."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.admin import ReadOnlyAdmin
from doctors import services
from doctors.models import Department, DoctorProfile, VerificationEvent


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "position")
    list_editable = ("position",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}

    def save_model(self, request, obj, form, change):
        services.department_save(department=obj)

    def has_delete_permission(self, request, obj=None):
        return False  # questions, doctors and articles are filed under departments (PROTECT)


@admin.register(DoctorProfile)
class DoctorProfileAdmin(admin.ModelAdmin):
    list_display = ("display_name", "department", "hospital", "status", "applied_at", "verified_at")
    list_filter = ("status", "department")
    search_fields = ("display_name", "hospital", "licence_number", "user__email")
    prepopulated_fields = {"slug": ("display_name",)}
    raw_id_fields = ("user",)
    # Verification changes only through the staff actions, which record who and when.
    readonly_fields = ("status", "verified_at", "verified_by", "decision_note", "status_changed_at", "applied_at")
    list_select_related = ("department",)
    actions = ["verify_selected"]

    def has_add_permission(self, request):
        return False  # doctors apply at /doctor/apply/

    def has_delete_permission(self, request, obj=None):
        return False  # suspend instead: answers keep their author

    def save_model(self, request, obj, form, change):
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in services.EDITABLE_FIELDS}
        original = DoctorProfile.objects.get(pk=obj.pk)
        services.doctor_update(profile=original, by=request.user, **changes)

    @admin.action(description=_("Verify the selected applicants"))
    def verify_selected(self, request, queryset):
        verified = 0
        for profile in queryset:
            try:
                services.doctor_verify(profile=profile, verified_by=request.user)
                verified += 1
            except ValidationError as error:
                self.message_user(request, gettext("%(doctor)s: %(problem)s") % {"doctor": profile,
                                                                                  "problem": " ".join(error.messages)},
                                  messages.WARNING)
        if verified:
            # "doctor(s)": one English form for every count (gettext, not ngettext), as in Chinese.
            self.message_user(request, gettext("%(count)d doctor(s) verified.") % {"count": verified},
                              messages.SUCCESS)


@admin.register(VerificationEvent)
class VerificationEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "actor_name", "action", "doctor")
    list_filter = ("action",)
