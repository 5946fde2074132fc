"""The triage engine: compiles the rules once, at import, and assesses a patient's question.

Generic, and knows no medicine: everything medical lives in :mod:`qa.triage.rules`. For each
concept a rule asks about, the engine looks for a match (compiled by :mod:`qa.triage.phrases`)
that is not negated, not cancelled by a look-alike nearby in the same clause and, where the
concept asks for it, not over or long past (read by :mod:`qa.triage.reading`); it fires the
rules whose combinations are all met, or whose checkbox the patient ticked, and builds the
:class:`Assessment`. Each concept is searched at most once per question, and the text is
scanned a bounded number of times, so time grows linearly with its length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.utils.translation import get_language

from qa.triage import reading
from qa.triage import rules as _data
from qa.triage.phrases import Compiler
from qa.triage.schema import ANY_TIME, EMERGENCY, NOW, RECENT, TIERS, URGENT, Concept, Rule, TierNotice

# --------------------------------------------------------------------------------------
# Compiled data
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CompiledConcept:
    concept: Concept
    regexes: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None


def _validate(concepts: Mapping[str, Concept], rules: Iterable[Rule]) -> None:
    for concept in concepts.values():
        if not (concept.en and concept.zh):
            raise ValueError(f"concept {concept.code!r} needs English and Chinese phrasings")
        if concept.timing not in (NOW, RECENT, ANY_TIME):
            raise ValueError(f"concept {concept.code!r}: unknown timing {concept.timing!r}")
    for rule in rules:
        if rule.tier not in TIERS:
            raise ValueError(f"rule {rule.code!r}: unknown tier {rule.tier!r}")
        if not rule.when:
            raise ValueError(f"rule {rule.code!r} has no combinations")
        for combination in rule.when:
            for group in combination:
                for option in _options(group):
                    if not option.startswith("age ") and option not in concepts:
                        raise ValueError(f"rule {rule.code!r}: unknown concept {option!r}")


def _options(group: str) -> list[str]:
    return [option.strip() for option in group.split("|") if option.strip()]


_SPELLINGS = {wrong: right for right, wrongs in _data.SPELLINGS.items() for wrong in wrongs.split()}
_WORDS = {words.name: {"en": words.en, "zh": words.zh} for words in _data.WORDS}
_CONCEPTS: dict[str, Concept] = {concept.code: concept for concept in _data.CONCEPTS}
if len(_CONCEPTS) != len(_data.CONCEPTS):
    raise ValueError("two concepts share a code")
_RULES: tuple[Rule, ...] = tuple(_data.RULES)
_RULE_BY_CODE = {rule.code: rule for rule in _RULES}
if len(_RULE_BY_CODE) != len(_RULES):
    raise ValueError("two rules share a code")
_validate(_CONCEPTS, _RULES)
_COMPILER = Compiler(_WORDS)
_COMPILED = {
    code: _CompiledConcept(concept, _COMPILER.concept(concept), _COMPILER.loose(concept.unless))
    for code, concept in _CONCEPTS.items()
}
_NOTICES: dict[str, TierNotice] = {notice.tier: notice for notice in _data.NOTICES}
if set(_NOTICES) != set(TIERS):
    raise ValueError("every tier needs a notice")
_CHECKBOXES = {box.code: box for box in _data.CHECKBOXES}
for _box in _CHECKBOXES.values():
    if _box.rule not in _RULE_BY_CODE:
        raise ValueError(f"checkbox {_box.code!r} names no rule")

CHECKBOX_CHOICES: list[tuple[str, str]] = [(box.code, box.label) for box in _data.CHECKBOXES]
CHECKBOX_CHOICES_ZH: list[tuple[str, str]] = [(box.code, box.label_zh) for box in _data.CHECKBOXES]


def is_chinese_page() -> bool:
    """Whether the current page (the active Django language) is in Chinese."""
    return (get_language() or "").lower().startswith("zh")


def checkbox_choices() -> list[tuple[str, str]]:
    """The signs to tick, labelled in the page's language. The wording of both languages lives
    with the rules (reviewed with them), not in the translation catalogue; pass this function, not
    its result, as a form field's choices so that each page calls it."""
    return CHECKBOX_CHOICES_ZH if is_chinese_page() else CHECKBOX_CHOICES


# --------------------------------------------------------------------------------------
# Finding concepts in a text
# --------------------------------------------------------------------------------------


class _Reader:
    """Finds concepts in one document, each at most once."""

    def __init__(self, document: reading.Document) -> None:
        self.doc = document
        self.found: dict[str, str | None] = {}

    def excerpt(self, code: str) -> str | None:
        """The words that mention ``code``, or None when it is not (currently, positively) there."""
        if code not in self.found:
            self.found[code] = self._search(_COMPILED[code])
        return self.found[code]

    def _clause(self, position: int) -> tuple[int, int, int]:
        index = bisect_right(self.doc.starts, position) - 1
        return index, self.doc.starts[index], self.doc.ends[index]

    def _search(self, compiled: _CompiledConcept) -> str | None:
        for regex in compiled.regexes:
            if (found := self._first(regex, compiled)) is not None:
                return found
        return None

    def _first(self, regex: re.Pattern[str], compiled: _CompiledConcept) -> str | None:
        """The first match of ``regex`` that counts, as an excerpt."""
        text, position = self.doc.text, 0
        while (match := regex.search(text, position)) is not None:
            start, end = match.span()
            position = max(end, start + 1)
            if start > 0 and reading.is_ascii_word_char(text[start]) and reading.is_ascii_word_char(text[start - 1]):
                position = start + 1
                continue
            index, clause_start, clause_end = self._clause(start)
            # A clause may be huge (no punctuation): look only this far around the match.
            low, high = max(clause_start, start - reading.WINDOW), min(clause_end, end + reading.WINDOW)
            if compiled.unless is not None and compiled.unless.search(text, low, high):
                continue
            before, after = text[max(clause_start, start - reading.LOOKBACK) : start], text[end:high]
            if not (reading.negated(self.doc, index, before, after)
                    or reading.over(self.doc, index, compiled.concept.timing, before, after)
                    or (compiled.concept.timing == NOW and reading.hypothetical(self.doc, index, before))):
                return reading.excerpt(text, low, start, end, high)
        return None


# --------------------------------------------------------------------------------------
# The result
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A rule that fired: what it points to, and what in the question made it fire."""

    code: str
    condition: str
    condition_zh: str
    tier: str
    matched: list[str] = field(default_factory=list)  # "non-blanching spots + fever", "ticked: ..."
    evidence: list[str] = field(default_factory=list)  # the patient's words behind each match
    advice: str = ""
    advice_zh: str = ""


@dataclass(frozen=True)
class Notice:
    """What to show for one tier, in one language."""

    tier: str
    lang: str  # "en" or "zh-hant"
    heading: str
    advice: str
    points: list[str]  # the advice of each finding of this tier
    contacts: list[tuple[str, str]]  # (name, number): crisis lines


@dataclass(frozen=True)
class Assessment:
    """The outcome for one question: the most pressing tier ("" if none) and every finding."""

    tier: str
    findings: list[Finding]

    def __bool__(self) -> bool:
        return bool(self.findings)

    @property
    def codes(self) -> list[str]:
        return [finding.code for finding in self.findings]

    def tiers(self) -> list[str]:
        """Tiers with at least one finding, most pressing first."""
        present = {finding.tier for finding in self.findings}
        return [tier for tier in TIERS if tier in present]

    def notice(self, tier: str, lang: str = "en") -> Notice | None:
        """The notice for ``tier`` in ``lang`` ("en" or "zh-hant"; other "zh" forms read as
        Traditional Chinese, anything else as English). None for the empty tier."""
        if not tier:
            return None
        if tier not in _NOTICES:
            raise ValueError(f"unknown tier {tier!r}")
        text = _NOTICES[tier]
        zh = lang.lower().replace("_", "-").startswith("zh")
        points = [finding.advice_zh if zh else finding.advice for finding in self.findings if finding.tier == tier]
        return Notice(
            tier=tier,
            lang="zh-hant" if zh else "en",
            heading=text.heading_zh if zh else text.heading,
            advice=text.advice_zh if zh else text.advice,
            points=list(dict.fromkeys(points)),
            contacts=[(name_zh if zh else name, number) for name, name_zh, number in text.contacts],
        )

    def notices(self, lang: str = "en") -> list[Notice]:
        """The notices to show, in order: emergency, then crisis (alongside), then urgent unless
        an emergency notice already sends the patient to hospital."""
        tiers = self.tiers()
        if EMERGENCY in tiers and URGENT in tiers:
            tiers.remove(URGENT)
        return [notice for tier in tiers if (notice := self.notice(tier, lang)) is not None]


def assess(text: str, *, age_bracket: str = "", selected: Iterable[str] = ()) -> Assessment:
    """Read a patient's question (and the ticked signs, and the age bracket) against the rules.

    ``selected`` holds codes from :data:`CHECKBOX_CHOICES` (rule codes are accepted too);
    unknown codes are ignored, so a stale form never breaks asking.
    """
    if isinstance(selected, str):
        selected = (selected,)
    ticked: dict[str, list[str]] = {}
    for code in selected or ():
        if code in _CHECKBOXES:
            box = _CHECKBOXES[code]
            ticked.setdefault(box.rule, []).append(f"ticked: {box.label}")
        elif code in _RULE_BY_CODE:
            ticked.setdefault(code, []).append(f"ticked: {_RULE_BY_CODE[code].condition}")
    reader = _Reader(reading.read(text or "", _SPELLINGS))
    bracket = (age_bracket or "").strip()
    findings = []
    for rule in _RULES:
        matched = list(dict.fromkeys(ticked.get(rule.code, [])))
        evidence: list[str] = []
        for combination in rule.when:
            met = _met(combination, reader, bracket)
            if met is not None:
                labels, excerpts = met
                description = " + ".join(labels)
                if description not in matched:
                    matched.append(description)
                evidence.extend(excerpt for excerpt in excerpts if excerpt not in evidence)
        if matched:
            findings.append(
                Finding(
                    code=rule.code,
                    condition=rule.condition,
                    condition_zh=rule.condition_zh,
                    tier=rule.tier,
                    matched=matched,
                    evidence=evidence,
                    advice=rule.advice,
                    advice_zh=rule.advice_zh,
                )
            )
    findings.sort(key=lambda finding: TIERS.index(finding.tier))
    return Assessment(tier=findings[0].tier if findings else "", findings=findings)


_TEXT_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def affirmed(text: str) -> str:
    """The words of ``text`` that it does not negate, read as triage reads them (clause by
    clause, English and Chinese negation, "fever: none"): "a rash on my legs, no fever" gives
    "a rash on my legs no". Lower case, spelling mistakes corrected; for matching, not display."""
    doc = reading.read(text or "", _SPELLINGS)
    kept = []
    for index, (start, end) in enumerate(zip(doc.starts, doc.ends, strict=True)):
        clause = doc.text[start:end]
        for word in _TEXT_WORD.finditer(clause):
            before = clause[max(0, word.start() - reading.LOOKBACK) : word.start()]
            if not reading.negated(doc, index, before, clause[word.end():]):
                kept.append(word.group())
    return " ".join(kept)


def _met(combination: tuple[str, ...], reader: _Reader, bracket: str) -> tuple[list[str], list[str]] | None:
    """(labels, excerpts) when every group of ``combination`` is met, else None."""
    labels, excerpts = [], []
    for group in combination:
        for option in _options(group):
            if option.startswith("age "):
                if bracket and bracket == option[4:].strip():
                    labels.append(f"age {bracket}")
                    break
            elif (excerpt := reader.excerpt(option)) is not None:
                labels.append(_CONCEPTS[option].label)
                excerpts.append(excerpt)
                break
        else:
            return None
    return labels, excerpts


def rule_codes() -> list[str]:
    """Every rule's code, in the rules' order."""
    return [rule.code for rule in _RULES]
