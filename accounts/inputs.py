"""What users type, read strictly: integers and one-line text. The lowest layer, so that every
app's forms and views read input the same way.

Integers: ASCII digits only. Python's ``int()`` also reads "١٢" (Arabic-Indic) and "１２" (full
width), and ``str.isdigit()`` is true for "²", which ``int()`` then refuses with an error: a
number from a form or a query string is either plain ASCII digits within range, or not a number.

One-line text (a title, a name): control characters (CR and LF included, which could forge lines
in emails and logs) and the bidirectional overrides (which can make text read backwards) become
spaces; spaces collapse.

Email addresses: NFKC, then case-folded (``normalize_email``), by the sign-in adapter and the
user model alike, so that lookups and the limits on failed sign-ins count one string.
"""

from __future__ import annotations

import re
import unicodedata

from django import forms

MAX_ID = 2**63 - 1  # the largest primary key of a BigAutoField
_ASCII_INTEGER = re.compile(r"[0-9]{1,19}")
_NOT_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]")


def parse_int(raw, *, minimum: int = 0, maximum: int = MAX_ID) -> int | None:
    """The integer written in ``raw`` (surrounding spaces allowed), or None when it is not plain
    ASCII digits or lies outside ``minimum``..``maximum``."""
    if not isinstance(raw, str):
        return None
    raw = raw.strip()
    if not _ASCII_INTEGER.fullmatch(raw):
        return None
    value = int(raw)
    return value if minimum <= value <= maximum else None


def one_line(text: str) -> str:
    """``text`` on one line: control and bidi-override characters as spaces, spaces collapsed."""
    return " ".join(_NOT_ONE_LINE.sub(" ", text or "").split())


class IntegerField(forms.IntegerField):
    """Django's IntegerField reading only ASCII digits (see the module docstring)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = parse_int(str(value), minimum=-MAX_ID - 1)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class OneLineField(forms.CharField):
    """A CharField for one line of text (see ``one_line``)."""

    def to_python(self, value):
        return one_line(super().to_python(value))


def _check_id(field, value) -> None:
    """Refuse, as Django's own message does, a primary key that is not plain ASCII digits in range:
    the database would fail on a number too large for it."""
    if field.to_field_name is None and value not in field.empty_values and parse_int(str(value)) is None:
        raise forms.ValidationError(field.error_messages["invalid_choice"], code="invalid_choice",
                                    params={"value": value})


def _choice_label(obj) -> str:
    """How a row is named in a list of choices: in the page's language when it has a name in it
    (a department's or a topic's ``label``), else as it names itself."""
    return str(getattr(obj, "label", None) or obj)


class ModelChoiceField(forms.ModelChoiceField):
    """Django's ModelChoiceField, reading the chosen id strictly; choices named in the page's language."""

    def label_from_instance(self, obj) -> str:
        return _choice_label(obj)

    def to_python(self, value):
        _check_id(self, value)
        return super().to_python(value)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's ModelMultipleChoiceField, reading each chosen id strictly; choices named in the page's language."""

    def label_from_instance(self, obj) -> str:
        return _choice_label(obj)

    def clean(self, value):
        if self.to_field_name is None and isinstance(value, (list, tuple)):
            for pk in value:
                if parse_int(str(pk)) is None:
                    raise forms.ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                                                params={"pk": pk})
        return super().clean(value)


def normalize_email(value: str) -> str:
    """An email address as stored and compared: NFKC, then case-folded, without surrounding space.

    ``ſ`` (U+017F) becomes ``s`` and ``ß`` becomes ``ss``; ``ı`` (U+0131) stays ``ı``: a different
    address, which matches no account rather than someone else's.
    """
    return unicodedata.normalize("NFKC", (value or "").strip()).casefold()
