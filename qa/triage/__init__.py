"""Triage of a patient's question: does it describe an emergency, a crisis, or something to see a
doctor about today?

Use :func:`assess`; the rules themselves, as data for doctors to review, are in
:mod:`qa.triage.rules`.
"""

from qa.triage.engine import (
    CHECKBOX_CHOICES,
    CHECKBOX_CHOICES_ZH,
    Assessment,
    Finding,
    Notice,
    affirmed,
    assess,
    checkbox_choices,
    is_chinese_page,
)
from qa.triage.schema import CRISIS, EMERGENCY, TIERS, URGENT

__all__ = [
    "CHECKBOX_CHOICES",
    "CHECKBOX_CHOICES_ZH",
    "CRISIS",
    "EMERGENCY",
    "TIERS",
    "URGENT",
    "Assessment",
    "Finding",
    "Notice",
    "affirmed",
    "assess",
    "checkbox_choices",
    "is_chinese_page",
]
