from django.contrib import admin

from qa.models import Answer, Department, Question, Tag


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "position")
    list_editable = ("position",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "description")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}


class AnswerInline(admin.StackedInline):
    model = Answer
    extra = 0
    autocomplete_fields = ("doctor",)
    readonly_fields = ("answered_at", "updated_at")


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ("title", "status", "department", "age_bracket", "sex", "asked_at", "published_at")
    list_filter = ("status", "department", "age_bracket", "sex", "tags")
    search_fields = ("title", "body")
    date_hierarchy = "asked_at"
    filter_horizontal = ("tags",)
    raw_id_fields = ("asker",)
    readonly_fields = ("slug", "updated_at")
    inlines = [AnswerInline]
    list_select_related = ("department",)


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ("question", "doctor", "answered_at")
    list_filter = ("doctor__department", "answered_at")
    search_fields = ("question__title", "body", "doctor__display_name")
    autocomplete_fields = ("doctor",)
    raw_id_fields = ("question",)
    list_select_related = ("question", "doctor")
