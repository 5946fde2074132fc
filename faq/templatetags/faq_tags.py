"""FAQ lists shown on qa pages. qa templates load these; qa code never imports faq."""

from django import template
from django.conf import settings

from faq import selectors

register = template.Library()


@register.inclusion_tag("faq/partials/related_faq.html")
def related_faq(question):
    """The "Related FAQ" list of a thread. Reads ``question.tags.all()``: prefetch the tags."""
    tag_ids = [tag.pk for tag in question.tags.all()]
    return {"articles": selectors.related_articles(tag_ids, limit=settings.FAQ_RELATED_LIMIT)}


@register.inclusion_tag("faq/partials/tag_articles.html")
def faq_for_tag(tag):
    """The FAQ articles filed under one tag, for the tag page."""
    return {"tag": tag, "articles": selectors.articles_for_tag(tag)}


@register.inclusion_tag("faq/partials/topics.html")
def faq_topics():
    """FAQ topics by department, for the home page."""
    return {"departments": selectors.departments_with_articles()}
