"""Template tags of the private pages: a question's text as typed, with the personal details that
the public copy hides highlighted (qa.models.TypedText, qa.privacy).

Only the asker, the doctors who may see the question and staff see these pages; public pages read
the public copies (``question.title``, ``question.body``…) and never load this library.
"""

from __future__ import annotations

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from qa import selectors

register = template.Library()


@register.simple_tag
def typed_marked(obj, name: str) -> SafeString:
    """The field ``name`` of ``obj`` as typed, escaped, with each hidden detail in a <mark> and each
    detail a doctor kept in a dotted one."""
    text = obj.typed(name)
    keep, hide = selectors.privacy_marks_of(obj)
    hidden, kept = obj.hidden_details(name, keep=keep, hide=hide)
    spans = sorted([(d, True) for d in hidden] + [(d, False) for d in kept], key=lambda s: (s[0].start, -s[0].end))
    pieces, position = [], 0
    kept_title = gettext("Marked as not personal: shown")
    for detail, is_hidden in spans:
        if detail.start < position:  # inside or across one already marked
            continue
        pieces.append(escape(text[position:detail.start]))
        if is_hidden:
            kind = selectors.kind_label(detail.kind)
            pieces.append(format_html(
                '<mark class="personal-detail" title="{}">{}<span class="visually-hidden"> ({})</span></mark>',
                gettext("Hidden on the public page: %(kind)s") % {"kind": kind}, text[detail.start:detail.end],
                gettext("hidden on the public page: %(kind)s") % {"kind": kind}))
        else:
            pieces.append(format_html('<mark class="personal-detail-kept" title="{}">{}</mark>', kept_title,
                                      text[detail.start:detail.end]))
        position = max(position, detail.end)
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece escaped or built by format_html)


@register.simple_tag(name="personal_details")
def personal_details_tag(obj) -> list[dict]:
    """qa.selectors.personal_details, for ``{% personal_details question as details %}``."""
    return selectors.personal_details(obj)
