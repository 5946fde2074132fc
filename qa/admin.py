"""Admin for qa. A question's state, its topics and its answers change only through qa.services,
so that every change is audited and its side effects follow (docs/ARCHITECTURE.md): the question
pages are read-only, and an answer edited here is saved by ``answer_edit`` (a revision, an audit
entry, the search document and the cached pages)."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from accounts.admin import ReadOnlyAdmin
from qa import lifecycle, publication, services
from qa.lifecycle import Action
from qa.models import (
    Answer,
    AnswerRevision,
    Clarification,
    Notification,
    Outcome,
    Photo,
    Question,
    QuestionBodySite,
    QuestionEvent,
    Tag,
    TagAlias,
)


class TagAliasInline(admin.TabularInline):
    """A topic's other names, read-only: they are added and removed on the topic's own page for
    editors (qa.tag_views), where qa.services audits each change."""

    model = TagAlias
    extra = 0
    fields = readonly_fields = ("name", "language", "added_by", "created_at")
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    """Staff create and describe topics; every page may show them."""

    list_display = ("name", "slug", "num_published", "description")
    search_fields = ("name", "name_zh", "slug", "description", "aliases__name")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [TagAliasInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        publication.archive_changed()

    def has_delete_permission(self, request, obj=None):
        return False  # threads and articles are linked by their topics


class BodySiteInline(admin.TabularInline):
    model = QuestionBodySite
    extra = 0


class ClarificationInline(admin.StackedInline):
    model = Clarification
    extra = 0


class PhotoInline(admin.TabularInline):
    """A question's photos, read-only: staff open each through the same permission-checked view as
    doctors (qa.photo_views). The file fields are never shown: photos have no storage URL."""

    model = Photo
    extra = 0
    can_delete = False
    fields = readonly_fields = ("photo", "body_site", "caption", "original_caption", "width", "height", "created_at")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="photo")
    def photo(self, obj):
        return format_html('<a href="{}" target="_blank" rel="noopener noreferrer">open</a>',
                           reverse("qa:photo", args=[obj.key]))


@admin.register(Question)
class QuestionAdmin(ReadOnlyAdmin):
    list_display = ("title", "status", "department", "age_bracket", "sex", "asked_at", "published_at")
    list_filter = ("status", "triage_priority", "department", "age_bracket", "sex")
    search_fields = ("title", "body")
    date_hierarchy = "asked_at"
    inlines = [BodySiteInline, ClarificationInline, PhotoInline]
    list_select_related = ("department",)


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    """Staff may correct an answer's text; the change is saved as the doctor's own edits are."""

    list_display = ("question", "doctor", "answered_at")
    list_filter = ("doctor__department", "answered_at")
    search_fields = ("question__title", "body", "doctor__display_name")
    fields = ("question", "doctor", "answered_at", "updated_at", "body", "more_info")
    readonly_fields = ("question", "doctor", "answered_at", "updated_at")
    list_select_related = ("question", "doctor")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        # Only the answer of a public thread can be edited (qa.lifecycle): others are shown read-only.
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or lifecycle.allows(Action.EDIT_ANSWER, obj.question.status))

    def get_object(self, request, object_id, from_field=None):
        """The answer with its text as the doctor typed it, for the form: the public copy would
        otherwise become the typed text on save (answer_edit redacts it again)."""
        answer = super().get_object(request, object_id, from_field)
        if answer is not None:
            answer.body, answer.more_info = answer.typed("body"), answer.typed("more_info")
        return answer

    def save_model(self, request, obj, form, change):
        services.answer_edit(answer=obj, by=request.user, body=form.cleaned_data["body"],
                             more_info=form.cleaned_data["more_info"])


@admin.register(AnswerRevision)
class AnswerRevisionAdmin(ReadOnlyAdmin):
    list_display = ("answer", "editor_name", "created_at")


@admin.register(QuestionEvent)
class QuestionEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "actor_name", "action", "question", "doctor")
    list_filter = ("action",)
    raw_id_fields = ("question",)


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ("kind", "user", "question", "created_at", "read_at")
    list_filter = ("kind",)
    date_hierarchy = "created_at"


@admin.register(Outcome)
class OutcomeAdmin(ReadOnlyAdmin):
    """The askers' updates: staff show them on the thread or not, as doctors do (qa.services)."""

    list_display = ("question", "result", "review", "reported_at", "reviewed_at")
    list_filter = ("review", "result")
    list_select_related = ("question",)
    actions = ["approve", "reject"]

    def has_change_permission(self, request, obj=None):
        return obj is None and super(ReadOnlyAdmin, self).has_change_permission(request, obj)  # the actions only

    def _review(self, request, queryset, *, approve: bool) -> None:
        for outcome in queryset.select_related("question"):
            services.outcome_review(outcome=outcome, by=request.user, approve=approve)
        shown = "shown on their threads" if approve else "not shown"
        self.message_user(request, f"{queryset.count()} update(s) {shown}.")

    @admin.action(description="Show on the thread")
    def approve(self, request, queryset):
        self._review(request, queryset, approve=True)

    @admin.action(description="Do not show")
    def reject(self, request, queryset):
        self._review(request, queryset, approve=False)
