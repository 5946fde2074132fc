"""The one place that turns user text into HTML.

This is the only module that imports bleach. Text is rendered and sanitized when it is
saved; templates render only the stored ``*_html`` fields with ``|safe``. Any other user
text is escaped by the template engine as usual.
"""

from __future__ import annotations

from functools import partial
from html import unescape

import bleach
import markdown
from bleach.linkifier import LinkifyFilter
from django.utils.html import strip_tags
from django.utils.text import Truncator

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre",
     "h3", "h4", "h5", "hr", "a"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


def _nofollow(attrs, new=False):
    # Links in user text must not pass ranking to, or open a window for, outside sites.
    attrs[(None, "rel")] = "nofollow noopener"
    return attrs


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_nofollow], parse_email=False)],
)


def clean_html(html: str) -> str:
    """Remove every tag, attribute and URL scheme outside the allow-lists."""
    return _cleaner.clean(html)


def render_markdown(text: str) -> str:
    """Markdown to sanitized HTML, ready to store and render with ``|safe``."""
    html = markdown.markdown(text or "", extensions=["sane_lists"], output_format="html")
    return clean_html(html)


def html_excerpt(html: str, length: int = 220) -> str:
    """Plain-text excerpt of stored HTML (entities decoded; the template escapes it)."""
    text = " ".join(unescape(strip_tags(html)).split())
    return Truncator(text).chars(length)
