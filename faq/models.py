"""FAQ articles: reviewed health articles linked to questions by shared tags.

The fourth layer (docs/ARCHITECTURE.md): faq depends on qa, doctors and accounts; only portal
depends on faq.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.languages import Language, detect, html_lang
from doctors.models import Department, DoctorProfile
from qa.models import MarkdownBody, Tag


class ArticleQuerySet(models.QuerySet):
    def published(self) -> ArticleQuerySet:
        return self.filter(is_published=True)


class Article(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="faq_articles",
                                   verbose_name=_("department"))
    summary = models.CharField(_("summary"), max_length=300)
    language = models.CharField(
        _("language"), max_length=7, choices=Language.choices, default=Language.ENGLISH,
        help_text=_("The language the article is written in."),
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="faq_articles", verbose_name=_("tags"))
    reviewed_by = models.ForeignKey(
        DoctorProfile,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_articles",
        verbose_name=_("reviewed by"),
    )
    last_reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    is_published = models.BooleanField(_("is published"), default=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        indexes = [models.Index(fields=["is_published", "department"], name="faq_published_dept")]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("faq:article_detail", kwargs={"slug": self.slug})

    @property
    def lang(self) -> str:
        """The BCP 47 tag of the article's language, for the ``lang`` attribute of its text."""
        return html_lang(self.language)

    @property
    def needs_review(self) -> bool:
        """Not reviewed by a doctor for over a year (or never)."""
        if self.last_reviewed_on is None:
            return True
        return (timezone.localdate() - self.last_reviewed_on).days > 365


class Section(MarkdownBody):
    """One part of an article, in the shape of a health page: causes, symptoms, treatment…"""

    class Kind(models.TextChoices):
        OVERVIEW = "overview", _("overview")
        CAUSE = "cause", _("cause")
        SYMPTOMS = "symptoms", _("symptoms")
        TREATMENT = "treatment", _("treatment")
        PREVENTION = "prevention", _("prevention and self-care")
        URGENT = "urgent", _("when to seek urgent help")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sections", verbose_name=_("article"))
    position = models.PositiveSmallIntegerField(_("position"))
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    heading = models.CharField(_("heading"), max_length=200)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="faq_section_unique_position"),
        ]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self) -> str:
        return self.heading

    @property
    def is_urgent(self) -> bool:
        return self.kind == self.Kind.URGENT


class Reference(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="references",
                                verbose_name=_("article"))
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(_("url"), max_length=500)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="faq_reference_unique_position"),
        ]
        verbose_name = _("reference")
        verbose_name_plural = _("references")

    def __str__(self) -> str:
        return self.title

    @property
    def lang(self) -> str:
        """The BCP 47 tag of the language of the cited title (a Chinese article may cite English sources)."""
        return html_lang(detect(self.title))
