"""Further reading that a doctor attaches to an answer ("Read more in our FAQ").

The reading belongs to a higher layer (the FAQ articles), which qa does not know: the setting
``QA_FURTHER_READING`` names a callable taking the question's tag ids (and ``limit``, and
``language``: the question's, whose articles come first) and returning what may be attached, as
``(key, title)`` pairs, best first. qa offers those on the answer form and stores the
chosen keys on the answer (``Answer.reading``); the page that shows the thread turns the keys into
links, and drops any that are no longer published.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.utils.module_loading import import_string

MAX_ATTACHED = 3
OFFERED = 8  # at most this many are offered on the answer form


def offered(tag_ids: Iterable[int], *, language: str | None = None) -> list[tuple[int, str]]:
    """What may be attached to an answer of a question with these tags, written in ``language``
    (what is written in it first): ``(key, title)`` pairs."""
    provider = getattr(settings, "QA_FURTHER_READING", "")
    if not provider:
        return []
    return list(import_string(provider)(list(tag_ids), limit=OFFERED, language=language))
