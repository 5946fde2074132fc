from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.views.generic import TemplateView

from faq import selectors
from qa.selectors import questions_sharing_tags


class ArticleIndexView(TemplateView):
    template_name = "faq/article_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(departments=selectors.departments_with_articles(), **kwargs)


class ArticleDetailView(TemplateView):
    """A published FAQ article with the threads that share its tags. Drafts are a 404."""

    template_name = "faq/article_detail.html"

    def get_context_data(self, **kwargs):
        article = selectors.article_for_page(kwargs["slug"])
        if article is None:
            raise Http404("No such article.")
        related = questions_sharing_tags(
            [tag.pk for tag in article.tags.all()], limit=settings.QA_SIMILAR_LIMIT
        )
        return super().get_context_data(article=article, related_questions=related, **kwargs)
