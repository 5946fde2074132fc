"""The translation catalogues: complete, compiled as committed, and faithful to their placeholders.

Serving needs no GNU gettext: the compiled ``.mo`` files are committed (``make messages`` compiles
them in Python). These tests fail when a catalogue has an untranslated or fuzzy entry, when the
committed ``.mo`` is not the compilation of its ``.po``, or when a translation drops or invents a
placeholder (which would raise or show raw text at run time).
"""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(p for folder in settings.LOCALE_PATHS for p in Path(folder).glob("*/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def test_every_language_of_the_site_but_english_has_a_catalogue():
    languages = {p.parent.parent.name for p in CATALOGUES}
    assert languages == {"zh_Hant"}
    assert len(settings.LANGUAGES) == len(languages) + 1


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_every_entry_is_translated_and_none_is_fuzzy(path):
    catalogue = polib.pofile(str(path))
    assert len(catalogue) > 500
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert [e.msgid for e in catalogue.obsolete_entries()] == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_the_committed_mo_is_the_compiled_po(path):
    def entries(catalogue):
        return {(e.msgctxt, e.msgid, e.msgid_plural): (e.msgstr, tuple(sorted(e.msgstr_plural.items())))
                for e in catalogue if e.msgid and not e.obsolete}

    compiled = path.with_suffix(".mo")
    assert compiled.exists(), f"{compiled} is missing: run `make messages`"
    assert entries(polib.mofile(str(compiled))) == entries(polib.pofile(str(path))), "run `make messages`"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_translations_keep_their_placeholders(path):
    wrong = []
    for entry in polib.pofile(str(path)):
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        expected = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        named = sorted(p for p in expected if p.startswith("%("))
        for text in translations:
            found = sorted(PLACEHOLDER.findall(text))
            # plural forms may leave out a bare count; named placeholders must all stay
            if (found != expected and not entry.msgid_plural) or not set(named) <= set(found):
                wrong.append((entry.msgid, text))
    assert wrong == []
