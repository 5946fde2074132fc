"""Paths for many rows without a ``reverse()`` each (it costs tens of microseconds): the sitemaps'
50,000 threads a file, the Similar Q&A cards of every thread page. In the bottom layer, so that
every app may use it."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

_builders: dict[tuple, Callable[..., str]] = {}


def path_builder(name: str | Callable[..., str], **sample: int | str) -> Callable[..., str]:
    """The paths of URL ``name`` (or of what the function ``name`` returns for keyword values,
    such as a model's ``get_absolute_url``) for many rows: made once per process, script prefix and
    language (the /zh-hant/ prefix) with ``sample`` values, then each row's values put where the sample's were:
    ``path_builder("portal:tag", slug="tag-slug")(slug="acne")``. For values that need no quoting
    in a path (ids, slugs), and samples that occur nowhere else in the path."""
    key = (name, tuple(sample.items()), get_script_prefix(), get_urlconf(), get_language())
    build = _builders.get(key)
    if build is None:
        template = name(**sample) if callable(name) else reverse(name, kwargs=sample)
        for arg, value in sample.items():
            template = template.replace(str(value), f"{{{arg}}}", 1)
        build = _builders[key] = template.format
    return build
