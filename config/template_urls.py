"""Django's ``{% url %}`` tag, remembering the addresses that take no arguments (a builtin of the
templates, so every template uses it unchanged).

A page's frame names about twenty fixed addresses (the header, the menu, the footer), and
``reverse()`` costs tens of microseconds each: on a thread page rendered from its stored parts that
was a fifth of the rendering. A fixed address depends only on the URLconf, the script prefix, the
language (its /zh-hant/ prefix) and the current application namespace, so it is computed once per
process for each of those.
"""

from __future__ import annotations

from django import template
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.translation import get_language

register = template.Library()

_fixed: dict[tuple, str] = {}


class FixedURLNode(URLNode):
    def render(self, context):
        if self.args or self.kwargs or self.asvar:
            return super().render(context)
        view_name = self.view_name.resolve(context)
        request = getattr(context, "request", None)
        current_app = getattr(request, "current_app", None)
        if current_app is None:
            current_app = getattr(getattr(request, "resolver_match", None), "namespace", None)
        key = (view_name, current_app, get_script_prefix(), get_urlconf(), get_language())
        url = _fixed.get(key)
        if url is None:
            url = _fixed[key] = reverse(view_name, current_app=current_app)  # NoReverseMatch as {% url %}
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token):
    node = django_url(parser, token)
    return FixedURLNode(node.view_name, node.args, node.kwargs, node.asvar)

