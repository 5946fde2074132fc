"""Simplified Chinese read as Traditional Chinese, one character for one.

Patients in Taiwan write Traditional Chinese, but some type Simplified (an input method's setting,
text copied from elsewhere). Triage, the personal-detail detector (and search) are written for
Traditional Chinese; they read Simplified text through :func:`to_traditional` (OpenCC's "s2tw"
conversion: Simplified to Traditional with Taiwan's standard characters).
"""

from __future__ import annotations

import functools
import re

import opencc

from accounts.languages import HAN_CLASS

_CJK = re.compile(f"[{HAN_CLASS}]")


@functools.cache
def converter() -> opencc.OpenCC:
    """OpenCC's "s2tw" converter (loaded once per process: its dictionaries take about a second)."""
    return opencc.OpenCC("s2tw")


def to_traditional(text: str) -> str:
    """``text`` with Simplified characters in Traditional form, the same length as ``text`` (if a
    conversion would change the length, the text is returned as it is: callers rely on offsets)."""
    if not _CJK.search(text):
        return text
    converted = converter().convert(text)
    return converted if len(converted) == len(text) else text
