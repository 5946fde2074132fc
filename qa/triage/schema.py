"""The shapes of the triage data: what a concept, a rule, a notice and a checkbox are.

Kept apart from :mod:`qa.triage.rules` so that the rules file holds nothing but the data a
doctor reviews, and apart from :mod:`qa.triage.engine` so that the data never depends on how
it is matched.
"""

from __future__ import annotations

from dataclasses import dataclass

EMERGENCY = "emergency"
CRISIS = "crisis"
URGENT = "urgent"
# Most pressing first: the order in which notices are shown and findings are listed.
TIERS = (EMERGENCY, CRISIS, URGENT)

# When a sign counts (Concept.timing).
NOW = "now"  # only if happening now: not if it has gone, or was months or years ago
RECENT = "recent"  # unless it was years ago (a medicine started "two months ago" still counts)
ANY_TIME = "any"  # whenever it was (an age, a place on the body)


@dataclass(frozen=True)
class Words:
    """A named list of phrasings shared by several concepts, written ``{name}`` in a phrasing."""

    name: str
    en: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class Concept:
    """One thing a patient may describe, however they word it.

    ``en`` and ``zh`` are phrasings in the little language described in the rules module;
    any one of them, not negated and (per ``timing``) current, makes the concept present.
    ``unless`` lists look-alikes, in either language: a phrasing found in the same part of a
    sentence cancels the match there ("hay fever", "fever blister").
    """

    code: str
    label: str  # short English name, shown to doctors in "what matched"
    label_zh: str
    en: tuple[str, ...]
    zh: tuple[str, ...]
    unless: tuple[str, ...] = ()
    timing: str = NOW


@dataclass(frozen=True)
class Rule:
    """A condition worth a notice, and the combinations of concepts that point to it.

    ``when`` is a tuple of combinations; the rule fires when any one combination is met.
    A combination is a tuple of groups that must all be met; a group is a string of concept
    codes separated by ``|`` (any one will do). ``age 0-9`` in a group is met by the age
    bracket chosen on the form.
    """

    code: str
    condition: str  # English label for the doctors' queue
    condition_zh: str
    tier: str
    when: tuple[tuple[str, ...], ...]
    advice: str  # shown to the patient under the tier's notice
    advice_zh: str


@dataclass(frozen=True)
class TierNotice:
    """The heading and advice shown for a tier, in English and Traditional Chinese."""

    tier: str
    heading: str
    advice: str
    heading_zh: str
    advice_zh: str
    # (English name, Chinese name, number) of the lines to call, for the crisis tier.
    contacts: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Checkbox:
    """An emergency sign the patient can tick on the form; ticking it fires ``rule``."""

    code: str
    label: str
    label_zh: str
    rule: str


def all_of(*groups: str) -> tuple[str, ...]:
    """A combination: every group must be met (reads better in the rules than a bare tuple)."""
    return groups
