"""Small helpers shared by the triage tests."""

import pytest

from qa.triage import assess


def codes(text, **kwargs):
    return assess(text, **kwargs).codes


def tier(text, **kwargs):
    return assess(text, **kwargs).tier


def cases(rows):
    """Parametrize (text, expected) rows, each row's id being the start of its text."""
    return pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=t[:50]) for t, e in rows])
