from django.contrib import admin

from qa.models import Answer, Clarification, Department, Notification, Question, QuestionBodySite, Tag


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "position")
    list_editable = ("position",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "num_published", "description")
    search_fields = ("name", "slug", "description", "keywords")
    prepopulated_fields = {"slug": ("name",)}


class AnswerInline(admin.StackedInline):
    """Staff may correct an answer's text here; new answers come from doctors, through services."""

    model = Answer
    extra = 0
    can_delete = False
    readonly_fields = ("doctor", "answered_at", "updated_at")

    def has_add_permission(self, request, obj=None):
        return False


class BodySiteInline(admin.TabularInline):
    model = QuestionBodySite
    extra = 0


class ClarificationInline(admin.StackedInline):
    model = Clarification
    extra = 0
    can_delete = False
    readonly_fields = ("kind", "doctor", "body", "created_at")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("kind", "user", "question", "created_at", "read_at")
    list_filter = ("kind",)
    raw_id_fields = ("user", "question")
    date_hierarchy = "created_at"


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ("title", "status", "department", "age_bracket", "sex", "asked_at", "published_at")
    list_filter = ("status", "is_urgent", "department", "age_bracket", "sex", "tags")
    search_fields = ("title", "body")
    date_hierarchy = "asked_at"
    # A status, and the topics that counts and sidebars follow, change only through services.
    readonly_fields = ("tags", "slug", "status", "published_at", "updated_at", "red_flags", "is_urgent",
                       "publish_consent_at", "decline_reason", "decline_note", "duplicate_of")
    raw_id_fields = ("asker", "follow_up_of")
    inlines = [BodySiteInline, ClarificationInline, AnswerInline]
    list_select_related = ("department",)


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ("question", "doctor", "answered_at")
    list_filter = ("doctor__department", "answered_at")
    search_fields = ("question__title", "body", "doctor__display_name")
    readonly_fields = ("question", "doctor", "answered_at", "updated_at")
    list_select_related = ("question", "doctor")

    def has_add_permission(self, request):
        return False
