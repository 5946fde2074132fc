"""Load a labelled corpus of questions and score the detector on it (shared by the tests)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from qa.privacy import KINDS, Detail, find

CORPUS = Path(__file__).with_name("corpus.tsv")
HEADER = ["lang", "expected", "text"]
# A detection may run a little past the labelled substring (a word before a street name, a
# trailing unit), but a detection that swallows the sentence around a detail does not count.
SLACK = 4


@dataclass(frozen=True)
class Item:
    line: int
    lang: str
    expected: tuple[tuple[str, str], ...]  # (kind, substring)
    text: str


def load(path: Path = CORPUS) -> list[Item]:
    """Items of a corpus file; a malformed line raises ValueError naming the line."""
    items, header = [], None
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if header is None:
            header = columns
            if header != HEADER:
                raise ValueError(f"{path}:{number}: expected the header {HEADER}")
            continue
        if len(columns) != 3 or columns[0] not in ("en", "zh"):
            raise ValueError(f"{path}:{number}: expected lang, expected details and text, separated by tabs")
        lang, expected, text = columns
        text = text.replace("\\n", "\n")
        details = []
        for part in [] if expected == "-" else expected.split(" | "):
            kind, _, substring = part.partition(": ")
            if kind not in KINDS or not substring or substring not in text:
                raise ValueError(f"{path}:{number}: {part!r} is no 'kind: substring of the text'")
            details.append((kind, substring))
        items.append(Item(number, lang, tuple(details), text))
    return items


def _covers(detail: Detail, kind: str, start: int, end: int) -> bool:
    return detail.kind == kind and start - SLACK <= detail.start <= start and end <= detail.end <= end + SLACK


@dataclass
class Report:
    expected: Counter = field(default_factory=Counter)  # kind -> details labelled
    found: Counter = field(default_factory=Counter)  # kind -> of those, found
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)  # detections that match no labelled detail

    def rate(self, kind: str) -> float:
        return self.found[kind] / self.expected[kind] if self.expected[kind] else 1.0

    def summary(self) -> str:
        rows = [f"{kind:12} {self.found[kind]:3}/{self.expected[kind]:3}  {self.rate(kind):.1%}" for kind in KINDS]
        return "\n".join([*rows, f"false positives: {len(self.false_positives)}"])


def evaluate(items: list[Item]) -> Report:
    report = Report()
    for item in items:
        details = find(item.text)
        spans = []
        for kind, substring in item.expected:
            start = item.text.index(substring)
            spans.append((start, start + len(substring)))
            report.expected[kind] += 1
            if any(_covers(detail, kind, start, start + len(substring)) for detail in details):
                report.found[kind] += 1
            else:
                got = [(d.kind, d.text) for d in details]
                report.misses.append(f"line {item.line}: {kind} {substring!r} not found; found {got}")
        for detail in details:
            if not any(detail.start < end and start < detail.end for start, end in spans):
                report.false_positives.append(f"line {item.line}: {detail.kind} {detail.text!r} in {item.text!r}")
    return report
