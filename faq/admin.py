from django.contrib import admin
from django.db import models

from faq.models import Article, Reference, Section
from qa import cache


class RefreshesPagesAdmin(admin.ModelAdmin):
    """Every page may show FAQ articles (home, threads, topics, search): a change through the admin
    makes the cached pages stale once it is saved, related rows and tags included."""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        cache.archive_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        cache.archive_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        cache.archive_changed()


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0


# A reference typed without a scheme ("www.nhs.uk/...") is taken as https.
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}


class ReferenceInline(admin.TabularInline):
    model = Reference
    extra = 0
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS


@admin.register(Article)
class ArticleAdmin(RefreshesPagesAdmin):
    list_display = ("title", "department", "is_published", "reviewed_by", "last_reviewed_on")
    list_filter = ("is_published", "department", "tags")
    search_fields = ("title", "summary", "sections__body")
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("tags",)
    autocomplete_fields = ("reviewed_by",)
    inlines = [SectionInline, ReferenceInline]
    list_select_related = ("department", "reviewed_by")


@admin.register(Section)
class SectionAdmin(RefreshesPagesAdmin):
    list_display = ("heading", "article", "kind", "position")
    list_filter = ("kind",)
    search_fields = ("heading", "body", "article__title")
    raw_id_fields = ("article",)


@admin.register(Reference)
class ReferenceAdmin(RefreshesPagesAdmin):
    list_display = ("title", "url", "article")
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    search_fields = ("title", "url", "article__title")
    raw_id_fields = ("article",)
