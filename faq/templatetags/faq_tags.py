"""FAQ lists for the pages portal assembles (home, a thread, a topic, search). Loaded only by
templates of faq and of the layer above it (docs/ARCHITECTURE.md)."""

import re
from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from accounts.paths import path_builder
from faq import selectors
from qa.search import query_terms

register = template.Library()


@register.inclusion_tag("faq/partials/tag_articles.html")
def faq_for_tag(tag):
    """The FAQ articles filed under one tag, for the tag page (those in the page's language first),
    each with its ``path`` (a popular topic lists many: one path builder for all rather than a
    ``reverse()`` each)."""
    articles = list(selectors.articles_for_tag(tag, language=get_language()))
    path = path_builder("faq:article_detail", slug="article-slug")
    for article in articles:
        article.path = path(slug=article.slug)
    return {"tag": tag, "articles": articles}


@register.inclusion_tag("faq/partials/topics.html")
def faq_topics():
    """FAQ topics by department, for the home page."""
    return {"departments": selectors.departments_with_articles()}


@register.inclusion_tag("faq/partials/search_results.html")
def faq_search_results(query):
    """FAQ articles matching a search, with the matched words highlighted."""
    terms = query_terms(query or "")
    articles = selectors.search_articles(terms)
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE) if terms else None

    def mark(text):
        # Match on the raw text and escape every piece, so a term can never split an entity.
        pieces, last = [], 0
        for match in pattern.finditer(text) if pattern else ():
            pieces += [escape(text[last:match.start()]), f"<mark>{escape(match.group(0))}</mark>"]
            last = match.end()
        pieces.append(escape(text[last:]))
        return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped

    return {"results": [(a, mark(a.title), mark(a.summary)) for a in articles], "query": query}
