"""Find personal details in a patient's text, and make the redacted copy that the site publishes.

Pure Python, no database: the caller keeps the original text private and stores or shows what
:func:`redact` returns. :func:`find` is separate so that a doctor can review the details first
and pass back the spans that are not personal (``keep``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from qa.privacy.detectors import DETECTORS
from qa.privacy.kinds import (
    ADDRESS,
    BIRTH_DATE,
    EMAIL,
    HANDLE,
    HEALTH_CARD,
    ID_NUMBER,
    KINDS,
    LINK,
    MARKED,
    MARKED_PLACEHOLDERS,
    NAME,
    PASSPORT,
    PHONE,
    PLACEHOLDERS,
    PLACEHOLDERS_ZH_HANT,
)
from qa.privacy.text import fold, is_chinese


@dataclass(frozen=True)
class Detail:
    """A personal detail found in a text: its kind, where it is (character offsets), and the text itself."""

    kind: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS and self.kind != MARKED:
            raise ValueError(f"unknown kind of detail: {self.kind!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"empty or negative span: {self.start}..{self.end}")


# When two detections overlap, the longer wins; at equal length, the more specific kind (the one
# whose evidence is stronger: a checksum beats a context word, which beats a shape; "ig: amy.diary.tw"
# is an account more than a link).
_SPECIFICITY = {
    kind: rank
    for rank, kind in enumerate(
        (ID_NUMBER, EMAIL, HEALTH_CARD, PASSPORT, PHONE, BIRTH_DATE, ADDRESS, HANDLE, LINK, NAME)
    )
}


def find(text: str) -> list[Detail]:
    """The personal details in text: sorted by start, never overlapping.

    Offsets are into ``text`` as given; full-width forms and invisible characters are folded only
    for matching (see :func:`qa.privacy.text.fold`).
    """
    if not isinstance(text, str):
        raise TypeError(f"find() needs a str, not {type(text).__name__}")
    folded = fold(text)
    candidates = {(kind, start, end) for detector in DETECTORS for kind, start, end in detector(folded)}
    starts: list[int] = []  # the chosen spans, kept sorted and never overlapping
    chosen: list[tuple[int, int, str]] = []
    for kind, start, end in sorted(candidates, key=lambda c: (c[1] - c[2], _SPECIFICITY[c[0]], c[1])):
        at = bisect_right(starts, start)
        if (at == 0 or chosen[at - 1][1] <= start) and (at == len(chosen) or end <= chosen[at][0]):
            starts.insert(at, start)
            chosen.insert(at, (start, end, kind))
    return [Detail(kind, start, end, text[start:end]) for start, end, kind in chosen]


_LANGUAGES = {"en": PLACEHOLDERS, "zh-hant": PLACEHOLDERS_ZH_HANT, "zh-tw": PLACEHOLDERS_ZH_HANT}
_MARKED_LANGUAGE = {"en": "en", "zh-hant": "zh-hant", "zh-tw": "zh-hant"}
_AROUND = 30  # characters on each side that decide the language of a placeholder with lang="auto"


def _around(text: str, start: int, end: int) -> str:
    """The text near a detail that decides its placeholder's language: up to ``_AROUND`` characters
    on each side, within the same line (a patient often switches language from one line to the next)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return text[max(line_start, start - _AROUND) : start] + text[end : min(line_end, end + _AROUND)]


def placeholder(kind: str, lang: str = "en") -> str:
    """The bracketed words that replace a detail of this kind: ``lang`` is "en" or "zh-hant"."""
    try:
        words = _LANGUAGES[lang.lower()]
        return MARKED_PLACEHOLDERS[_MARKED_LANGUAGE[lang.lower()]] if kind == MARKED else words[kind]
    except KeyError:
        raise ValueError(f"no placeholder for kind {kind!r} in language {lang!r}") from None


def redact(
    text: str,
    details: Iterable[Detail] | None = None,
    *,
    keep: Iterable[tuple[int, int]] = (),
    lang: str = "en",
) -> str:
    """The text with each detail replaced by a placeholder (``[phone number removed]``, ``[已移除電話號碼]``).

    ``details`` defaults to :func:`find` on the text. A detail lying within one of the ``keep``
    spans (start, end) stays as it is: a doctor marked it as not personal. A detail that only
    overlaps a kept span is still removed, as the safer choice. Overlapping details are merged into
    the first one's placeholder. ``lang="auto"`` writes each placeholder in the language of the text around it.
    """
    if lang != "auto" and lang.lower() not in _LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: use 'en', 'zh-hant' or 'auto'")
    found = find(text) if details is None else sorted(details, key=lambda d: (d.start, d.end))
    kept = [(int(start), int(end)) for start, end in keep]
    pieces, position = [], 0
    for detail in found:
        if detail.end > len(text):
            raise ValueError(f"detail {detail} lies outside a text of {len(text)} characters")
        if any(start <= detail.start and detail.end <= end for start, end in kept):
            continue
        if detail.start < position:  # overlaps the detail just removed: remove the rest of it too
            position = max(position, detail.end)
            continue
        if lang == "auto":
            words = placeholder(detail.kind, "zh-hant" if is_chinese(_around(text, detail.start, detail.end)) else "en")
        else:
            words = placeholder(detail.kind, lang)
        pieces += [text[position : detail.start], words]
        position = detail.end
    pieces.append(text[position:])
    return "".join(pieces)


MIN_MARKED_LENGTH = 2  # a marked phrase shorter than this would hide letters all over the text


def marked(text: str, phrases: Iterable[str]) -> list[Detail]:
    """Every occurrence in ``text`` of the ``phrases`` a doctor marked as personal, ignoring case:
    :data:`MARKED` details, sorted by start (they may overlap; :func:`redact` merges them)."""
    found = []
    for phrase in {p.strip() for p in phrases}:
        if len(phrase) < MIN_MARKED_LENGTH:
            continue
        for match in re.finditer(re.escape(phrase), text, flags=re.IGNORECASE):
            found.append(Detail(MARKED, match.start(), match.end(), match.group()))
    return sorted(found, key=lambda d: (d.start, d.end))


def review(text: str, *, keep: Iterable[str] = (), hide: Iterable[str] = (),
           kinds: Iterable[str] = KINDS) -> tuple[list[Detail], list[Detail]]:
    """What will be hidden in ``text``, and what was found but kept: ``(hidden, kept)``.

    ``keep`` are texts of details a doctor marked as not personal (every detail with that text is
    kept), ``hide`` phrases they marked as personal, ``kinds`` the kinds looked for (a doctor's
    answer may cite links, for example).
    """
    keep, kinds = {k.strip().casefold() for k in keep}, set(kinds)
    hidden, kept = [], []
    for detail in find(text):
        if detail.kind not in kinds:
            continue
        (kept if detail.text.strip().casefold() in keep else hidden).append(detail)
    hidden += marked(text, hide)
    return sorted(hidden, key=lambda d: (d.start, d.end)), kept


def public_copy(text: str, *, keep: Iterable[str] = (), hide: Iterable[str] = (),
                kinds: Iterable[str] = KINDS) -> str:
    """The text the site may publish: :func:`review`'s hidden details replaced by placeholders,
    each in the language of the text around it."""
    hidden, _kept = review(text, keep=keep, hide=hide, kinds=kinds)
    return redact(text, hidden, lang="auto") if hidden else text
