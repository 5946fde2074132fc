from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

import accounts.jobs
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


admin.site.unregister(DBTaskResult)


@admin.register(DBTaskResult)
class JobAdmin(DBTaskResultAdmin):
    """Background jobs (accounts.jobs), read-only as django-tasks-db ships them, with one action:
    staff queue a fresh copy of a job that failed for good, once the cause (a mail server, say) is
    fixed, or of one whose worker was killed while running it (accounts.jobs.retryable). The action
    is audited in the job's history (the admin's log of staff actions), which also keeps a job from
    being retried twice."""

    list_display = ("task_name", "status", "attempt", "enqueued_at", "display_run_after", "finished_at", "error")
    list_filter = ("status", "queue_name")
    actions = ["retry_jobs"]
    RETRIED = "Retried as job "

    @admin.display(description=_("attempt"))
    def attempt(self, obj: DBTaskResult) -> int:
        return (obj.args_kwargs.get("kwargs") or {}).get("attempt", 1)

    @admin.display(description=_("error"))
    def error(self, obj: DBTaskResult) -> str:
        """The exception of a failed job; an attempt that failed and handed on to a retry (accounts.jobs)
        finished without one, and names its error in its return value."""
        if obj.exception_class_path:
            return obj.exception_class_path.rpartition(".")[2]
        if isinstance(obj.return_value, dict) and "retry" in obj.return_value:
            error = str(obj.return_value.get("error", "")).partition(":")[0]
            return gettext("%(error)s (tried again)") % {"error": error}
        return ""

    def _retried(self, job: DBTaskResult) -> bool:
        return LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(DBTaskResult),
                                       object_id=str(job.pk), change_message__startswith=self.RETRIED).exists()

    def has_retry_permission(self, request) -> bool:
        return request.user.is_active and request.user.is_staff

    @admin.action(description=_("Retry selected jobs"), permissions=["retry"])
    def retry_jobs(self, request, queryset) -> None:
        retried, skipped = 0, 0
        for pk in queryset.order_by("enqueued_at").values_list("pk", flat=True):
            with transaction.atomic():
                job = DBTaskResult.objects.select_for_update().get(pk=pk)  # two clicks at once: one retry
                if not accounts.jobs.retryable(job) or self._retried(job):
                    skipped += 1
                    continue
                try:
                    fresh = accounts.jobs.retry(job)
                except (ImportError, SuspiciousOperation):  # its task no longer exists in the code
                    skipped += 1
                    continue
                self.log_change(request, job, f"{self.RETRIED}{fresh.id}")
            retried += 1
        if retried:
            # "job(s)": one English form for every count (gettext, not ngettext), as in Chinese.
            self.message_user(request, gettext("Queued %(count)d job(s) again.") % {"count": retried},
                              messages.SUCCESS)
        if skipped:
            self.message_user(request, gettext("Skipped %(count)d job(s): not failed (nor running for over an "
                                               "hour), retried already, or of a task that no longer exists.")
                              % {"count": skipped}, messages.WARNING)
