from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from doctors.models import verified_doctor_of
from faq import selectors, services
from faq.models import Article
from faq.structured_data import article_json_ld, article_trail
from qa.selectors import questions_sharing_tags


class ArticleIndexView(TemplateView):
    public_page_cache = True  # anonymous visitors may get it from the page cache
    template_name = "faq/article_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(departments=selectors.departments_with_articles(), **kwargs)


class ArticleDetailView(TemplateView):
    """A published FAQ article with the threads that share its tags. Drafts are a 404."""
    public_page_cache = True  # anonymous visitors may get it from the page cache

    template_name = "faq/article_detail.html"

    def get_context_data(self, **kwargs):
        article = selectors.article_for_page(kwargs["slug"])
        if article is None:
            raise Http404("No such article.")
        related = questions_sharing_tags(
            [tag.pk for tag in article.tags.all()], limit=settings.QA_SIMILAR_LIMIT
        )
        return super().get_context_data(article=article, related_questions=related,
                                        structured_data=article_json_ld(article), breadcrumbs=article_trail(article),
                                        can_review=reviewing_doctor(self.request, article) is not None, **kwargs)


def reviewing_doctor(request, article):
    """The signed-in verified doctor of the article's department, or None."""
    profile = verified_doctor_of(request.user)
    return profile if profile is not None and profile.department_id == article.department_id else None


class ArticleReviewedView(View):
    """POST: a verified doctor of the department marks the article as reviewed today.

    The permission is checked before the method, so everyone else gets 403 on GET and POST.
    """

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        self.article = get_object_or_404(Article.objects.published(), slug=kwargs["slug"])
        self.doctor = reviewing_doctor(request, self.article)
        if self.doctor is None:
            raise PermissionDenied(gettext("Only a verified doctor of this department can review this article."))
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, slug):
        article = self.article
        services.article_mark_reviewed(article=article, doctor=self.doctor)
        messages.success(request, gettext("Thank you: the article is marked as reviewed today."))
        return redirect(article.get_absolute_url())
