"""manage.py triage_report: the corpus figures, and a non-zero exit when the targets are missed."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

HEADER = "lang\tage\ttier\tcode\ttext\n"


def run(*args):
    out = StringIO()
    call_command("triage_report", *args, stdout=out)
    return out.getvalue()


def test_the_report_on_the_corpus_meets_the_targets():
    output = run()
    assert "Targets met" in output
    for heading in ("airway", "meningococcal", "self_harm", "calm", "en", "zh", "all"):
        assert f"\n{heading} " in output


def test_missed_targets_make_the_command_fail(tmp_path):
    corpus = tmp_path / "corpus.tsv"
    corpus.write_text(
        HEADER
        + "en\t\temergency\tairway\tmy throat is closing\n"
        + "en\t\temergency\tmeningococcal\tsomething vague happened\n"
        + "en\t\tcalm\tcalm\tacne on my chin\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="targets missed"):
        run("--corpus", str(corpus), "--misses")


def test_false_alarms_make_the_command_fail_and_are_listed(tmp_path):
    corpus = tmp_path / "corpus.tsv"
    corpus.write_text(HEADER + "en\t\tcalm\tcalm\tmy throat is closing\n", encoding="utf-8")
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("triage_report", "--corpus", str(corpus), "--misses", stdout=out)
    assert "false alarm: my throat is closing" in out.getvalue()


def test_an_unreadable_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        run("--corpus", str(tmp_path / "missing.tsv"))
