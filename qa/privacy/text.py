"""Text helpers for the detectors: one-to-one folding of look-alike characters, and language.

Patients type on phones with Chinese input methods, so digits, letters and punctuation often come
in their full-width forms (０９１２…, ＠, ：), hyphens come as dashes, and copied text carries
zero-width or control characters. :func:`fold` maps each such character to the ASCII one the
detectors expect. It never changes the length of the text, so a match's offsets in the folded
text are its offsets in the original too, and the original characters are what gets redacted.
"""

from __future__ import annotations

import re

from qa.chinese import to_traditional

# Ideographs: CJK Unified Ideographs, Extension A, and the compatibility block.
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def _fold_table() -> dict[int, int]:
    table = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # full-width ASCII block
    table.update({0x3000: 0x20, 0xA0: 0x20, 0x202F: 0x20, 0xFE6B: ord("@")})
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63":
        table[ord(dash)] = ord("-")
    # Control and invisible characters become spaces: a NUL or a zero-width space typed (or
    # pasted) inside a phone number must not hide it, and a space is what a reader sees there.
    for code in [*range(0x20), 0x7F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]:
        if chr(code) not in "\t\n\r":
            table[code] = 0x20
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """The text with full-width forms, dashes and invisible characters replaced, and Simplified
    Chinese characters in Traditional form (号 is 號, 楼 is 樓), one for one."""
    return to_traditional(text.translate(_FOLD))


_IDEOGRAPH = re.compile(f"[{CJK}]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def is_chinese(text: str) -> bool:
    """Whether text reads as Chinese: it has at least as many ideographs as Latin words.

    A Chinese sentence often holds a few English words (LINE, ID, email), so ideographs are
    weighed against words, not letters.
    """
    ideographs = len(_IDEOGRAPH.findall(text))
    return ideographs > 0 and ideographs >= len(_LATIN_WORD.findall(text))
