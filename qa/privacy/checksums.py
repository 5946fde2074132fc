"""Checksums of Taiwan's identity numbers.

Ten characters with the right shape are common in ordinary text (product codes, order numbers,
lab references), so only a number whose check digit is right counts as an ID: that keeps false
positives to about one shape-alike in ten, and a typo in a real ID number is rare.

Three formats share one weighted sum, the one the Ministry of the Interior publishes:

- national ID (國民身分證): a letter for the place of first registration, 1 or 2 (sex), 8 digits;
- resident certificate, new format from 2021 (新式統一證號): a letter, 8 or 9 (sex), 8 digits;
- resident certificate, old format (舊式統一證號): a letter, then A-D (sex and issuing office), 8 digits.

The first letter becomes a two-digit code (A=10 … Z=33, in the historical order below); its tens
digit has weight 1 and its units digit weight 9; the next eight characters have weights 8 to 1 and
the check digit weight 1. For the old format the second letter counts as the units digit of its own
code. The number is valid when the sum is a multiple of ten.
"""

from __future__ import annotations

import re

# Letter codes: the letters were given out to cities and counties in this order, which is why
# I, O, W, X, Y and Z do not follow alphabetically.
LETTER_CODES = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18,
    "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27,
    "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip
_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
_SHAPE = re.compile(r"[A-Z](?:[1289]|[A-D])\d{8}")


def _digits(number: str) -> list[int]:
    code = LETTER_CODES[number[0]]
    second = LETTER_CODES[number[1]] % 10 if number[1].isalpha() else int(number[1])
    return [code // 10, code % 10, second, *map(int, number[2:])]


def is_valid_id(number: str) -> bool:
    """True for a national ID or a resident certificate number (either format) with a right check digit.

    Letters may be lower case; spaces and hyphens are ignored, as people type them in groups.
    """
    number = re.sub(r"[\s-]", "", number).upper()
    if not _SHAPE.fullmatch(number):
        return False
    return sum(d * w for d, w in zip(_digits(number), _WEIGHTS, strict=True)) % 10 == 0


def check_digit(prefix: str) -> str:
    """The check digit that completes the first nine characters of an ID number (for tests and examples)."""
    prefix = prefix.upper()
    total = sum(d * w for d, w in zip(_digits(prefix + "0"), _WEIGHTS, strict=True))
    return str(-total % 10)
