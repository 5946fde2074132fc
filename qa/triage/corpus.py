"""Scoring the engine against a labelled corpus of patient phrasings.

Shared by the tests and by ``manage.py triage_report`` so that both count the same way:

* an **alarm** item (tier emergency, urgent or crisis) is *caught* when the engine gives its
  tier or a more pressing one: emergency for an emergency item; emergency or urgent for an
  urgent item; crisis for a crisis item (a crisis is not a medical tier, so nothing else stands
  in for it). It is *on target* when the expected rule is among the findings as well;
* a **calm** item is a *false alarm* when the engine reports anything at all.

The corpus is a tab-separated file: ``lang``, ``age`` (an age bracket, or blank), ``tier``
("emergency", "urgent", "crisis" or "calm"), ``code`` (the rule expected, or "calm") and
``text``. Lines starting with ``#`` are comments; the first other line is the header.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from qa.triage.engine import Assessment, assess, rule_codes
from qa.triage.schema import CRISIS, EMERGENCY, URGENT

CALM = "calm"
COLUMNS = ("lang", "age", "tier", "code", "text")
RECALL_TARGET = 0.98
FALSE_ALARM_LIMIT = 0.03
# The tiers that count as catching an item of each expected tier.
ACCEPTED = {EMERGENCY: {EMERGENCY}, URGENT: {EMERGENCY, URGENT}, CRISIS: {CRISIS}}


@dataclass(frozen=True)
class Item:
    line: int
    lang: str
    age: str
    tier: str
    code: str
    text: str


class CorpusError(ValueError):
    """The corpus file is malformed."""


def load(path: str | Path) -> list[Item]:
    """Items of a corpus file; raises :class:`CorpusError` on the first malformed line."""
    items: list[Item] = []
    header_seen = False
    known_codes = set(rule_codes())
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            if tuple(cells) != COLUMNS:
                raise CorpusError(f"line {number}: the header must be {' / '.join(COLUMNS)}")
            header_seen = True
            continue
        if len(cells) != len(COLUMNS):
            raise CorpusError(f"line {number}: expected {len(COLUMNS)} tab-separated cells, got {len(cells)}")
        lang, age, tier, code, text = (cell.strip() for cell in cells)
        if lang not in ("en", "zh"):
            raise CorpusError(f"line {number}: lang must be en or zh")
        if tier not in (*ACCEPTED, CALM):
            raise CorpusError(f"line {number}: unknown tier {tier!r}")
        if (tier == CALM) != (code == CALM) or (code != CALM and code not in known_codes):
            raise CorpusError(f"line {number}: code {code!r} does not fit tier {tier!r}")
        if not text:
            raise CorpusError(f"line {number}: empty text")
        items.append(Item(number, lang, age, tier, code, text))
    return items


@dataclass
class Tally:
    """Counts for one slice of the corpus (a condition, a language, or everything)."""

    alarms: int = 0
    caught: int = 0
    on_target: int = 0
    calm: int = 0
    false_alarms: int = 0

    @property
    def recall(self) -> float | None:
        return self.caught / self.alarms if self.alarms else None

    @property
    def false_alarm_rate(self) -> float | None:
        return self.false_alarms / self.calm if self.calm else None


@dataclass
class Result:
    item: Item
    assessment: Assessment

    @property
    def caught(self) -> bool:
        if self.item.tier == CALM:
            return False
        return bool(ACCEPTED[self.item.tier] & set(self.assessment.tiers()))

    @property
    def on_target(self) -> bool:
        return self.caught and self.item.code in self.assessment.codes

    @property
    def false_alarm(self) -> bool:
        return self.item.tier == CALM and bool(self.assessment.findings)

    @property
    def ok(self) -> bool:
        return self.caught if self.item.tier != CALM else not self.false_alarm


@dataclass
class Report:
    results: list[Result]
    overall: Tally = field(default_factory=Tally)
    by_condition: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_language: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    @property
    def misses(self) -> list[Result]:
        return [result for result in self.results if not result.ok]

    @property
    def meets_targets(self) -> bool:
        recall, rate = self.overall.recall, self.overall.false_alarm_rate
        return (recall is None or recall >= RECALL_TARGET) and (rate is None or rate <= FALSE_ALARM_LIMIT)


def evaluate(items: list[Item]) -> Report:
    """Run every item through :func:`assess` and count."""
    report = Report(results=[])
    for item in items:
        result = Result(item, assess(item.text, age_bracket=item.age))
        report.results.append(result)
        for tally in (report.overall, report.by_condition[item.code], report.by_language[item.lang]):
            if item.tier == CALM:
                tally.calm += 1
                tally.false_alarms += result.false_alarm
            else:
                tally.alarms += 1
                tally.caught += result.caught
                tally.on_target += result.on_target
    return report
