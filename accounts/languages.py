"""The languages of the forum: of its pages (settings.LANGUAGES) and of what people write.

In the bottom layer, so that every app can name a language and detect one. A text's language is
one of ``Language``; Django's language codes are used throughout (``zh-hant``), and
``html_lang`` gives the BCP 47 tag a page's ``lang`` attribute carries (``zh-Hant``).
"""

from __future__ import annotations

import re
import unicodedata

from django.db import models
from django.utils.translation import get_language


class Language(models.TextChoices):
    # Each language is named in itself, as language switchers do: a reader who cannot read the
    # current page can still find their own.
    ENGLISH = "en", "English"
    CHINESE = "zh-hant", "繁體中文"


DEFAULT = Language.ENGLISH

# CJK Unified Ideographs and Extension A, and the compatibility ideographs: the characters that
# make a text Chinese here, and that search cuts into bigrams (qa.search).
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(f"[{HAN_CLASS}]")
_LATIN = re.compile(r"[A-Za-z]")
# A Chinese character carries about as much as an English word of four to five letters.
_LETTERS_PER_HAN = 4


def detect(text: str) -> str:
    """The language a text is written in: Chinese when its Han characters carry more of it than
    its Latin letters, else English (also for text with neither, such as numbers)."""
    han = len(_HAN.findall(text or ""))
    latin = len(_LATIN.findall(text or ""))
    return Language.CHINESE if han and han * _LETTERS_PER_HAN >= latin else Language.ENGLISH


def html_lang(code: str | None) -> str:
    """The BCP 47 tag of a Django language code, for ``lang`` attributes: ``zh-hant`` → ``zh-Hant``."""
    code = (code or DEFAULT).lower()
    if code == Language.CHINESE:
        return "zh-Hant"
    return code.split("-")[0] if code.startswith("en") else code


def supported(code: str | None) -> str:
    """``code`` if it is one of the content languages, else the default."""
    return code if code in Language.values else DEFAULT


def fold(text: str) -> str:
    """How names are compared: case and width folded, spaces single ("Ｈives " = "hives")."""
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def localized(obj, field: str, language: str | None = None) -> str:
    """``obj.<field>`` in a page language (the current one unless given): its Chinese twin
    ``<field>_zh`` on Chinese pages when it is filled, else the field itself (topic and department
    names and descriptions)."""
    if (language or get_language()) == Language.CHINESE:
        translated = getattr(obj, f"{field}_zh", "")
        if translated:
            return translated
    return getattr(obj, field)
