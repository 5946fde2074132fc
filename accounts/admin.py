from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from accounts.models import SecurityEvent, User


class ReadOnlyAdmin(admin.ModelAdmin):
    """An admin that only shows: logs and records written by services, never by hand (any app's)."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "email", "is_staff", "is_active", "date_joined", "last_login")
    list_filter = ("is_staff", "is_superuser", "is_active")
    search_fields = ("username", "email", "first_name", "last_name")
    ordering = ("-date_joined",)


@admin.register(SecurityEvent)
class SecurityEventAdmin(ReadOnlyAdmin):
    """The security log: written only by accounts.services, never by hand."""

    list_display = ("created_at", "actor_name", "action", "detail")
    list_filter = ("action",)
    search_fields = ("actor_name",)
