"""The labelled corpus: its shape, and the targets the engine must meet on it."""

from pathlib import Path

import pytest

from qa.triage.corpus import CALM, FALSE_ALARM_LIMIT, RECALL_TARGET, CorpusError, evaluate, load

CORPUS = Path(__file__).with_name("corpus.tsv")


@pytest.fixture(scope="module")
def items():
    return load(CORPUS)


@pytest.fixture(scope="module")
def report(items):
    return evaluate(items)


def test_the_corpus_is_large_bilingual_and_mostly_realistic(items):
    chinese = [item for item in items if item.lang == "zh"]
    calm = [item for item in items if item.tier == CALM]
    assert len(items) >= 250
    assert len(chinese) >= len(items) / 3
    assert len(calm) >= 0.4 * len(items)
    assert len({item.text for item in items}) == len(items), "duplicate phrasings"


def test_the_corpus_covers_every_condition_in_both_languages(items, report):
    from qa.triage.engine import rule_codes

    for code in rule_codes():
        langs = {item.lang for item in items if item.code == code}
        assert langs == {"en", "zh"}, code
    assert set(report.by_condition) == {*rule_codes(), CALM}


def test_recall_on_urgent_or_worse_items_meets_the_target(report):
    misses = [f"line {r.item.line}: {r.item.text}" for r in report.results if r.item.tier != CALM and not r.caught]
    assert report.overall.recall >= RECALL_TARGET, "\n".join(misses)


def test_false_alarms_on_calm_items_stay_under_the_limit(report):
    alarms = [f"line {r.item.line}: {r.item.text} -> {r.assessment.codes}" for r in report.results if r.false_alarm]
    assert report.overall.false_alarm_rate <= FALSE_ALARM_LIMIT, "\n".join(alarms)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_language_meets_the_targets_on_its_own(report, lang):
    tally = report.by_language[lang]
    assert tally.recall >= RECALL_TARGET
    assert tally.false_alarm_rate <= FALSE_ALARM_LIMIT


def test_caught_items_name_the_expected_condition(report):
    caught = [r for r in report.results if r.caught]
    assert sum(r.on_target for r in caught) >= 0.95 * len(caught)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("lang\tage\ttier\tcode\n", "header"),
        ("language\tage\ttier\tcode\ttext\n", "header"),
        ("lang\tage\ttier\tcode\ttext\nen\t\temergency\tairway\n", "cells"),
        ("lang\tage\ttier\tcode\ttext\nfr\t\tcalm\tcalm\tbonjour\n", "lang"),
        ("lang\tage\ttier\tcode\ttext\nen\t\tsevere\tairway\thelp\n", "tier"),
        ("lang\tage\ttier\tcode\ttext\nen\t\tcalm\tairway\thelp\n", "code"),
        ("lang\tage\ttier\tcode\ttext\nen\t\turgent\tno_such_rule\thelp\n", "code"),
        ("lang\tage\ttier\tcode\ttext\nen\t\tcalm\tcalm\t \n", "empty"),
    ],
)
def test_a_malformed_corpus_is_refused(tmp_path, content, message):
    path = tmp_path / "corpus.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load(path)
