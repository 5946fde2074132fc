"""The labelled corpus (corpus.tsv): its shape, and the detection rate the detector must reach on it."""

import pytest

from qa.privacy import KINDS
from tests.qa.privacy.helpers import evaluate, load

TARGET = 0.95  # share of the labelled details of each kind that must be found


@pytest.fixture(scope="module")
def items():
    return load()


@pytest.fixture(scope="module")
def report(items):
    return evaluate(items)


def test_the_corpus_has_thirty_details_of_each_kind_in_both_languages_and_many_negatives(items):
    for kind in KINDS:
        labelled = [item for item in items for found_kind, _ in item.expected if found_kind == kind]
        assert len(labelled) >= 30, kind
        assert {item.lang for item in labelled} == {"en", "zh"}, kind
    negatives = [item for item in items if not item.expected]
    assert len(negatives) >= 60
    assert {item.lang for item in negatives} == {"en", "zh"}
    assert len({item.text for item in items}) == len(items), "duplicate texts"


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_is_found_at_least_95_percent_of_the_time(report, kind):
    misses = [miss for miss in report.misses if f": {kind} " in miss]
    assert report.rate(kind) >= TARGET, "\n".join(misses)


def test_nothing_is_found_in_the_negatives(items):
    negatives = evaluate([item for item in items if not item.expected])
    assert negatives.false_positives == []


def test_nothing_but_the_labelled_details_is_found_in_the_positives(report):
    assert report.false_positives == []
