"""Recall and false alarms of the triage engine on a labelled corpus, per condition and language.

Exits with an error when the targets are missed (recall of urgent-or-worse items below 98%, or
false alarms on calm items above 3%), so it can guard a change to the rules in CI.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from qa.triage.corpus import CALM, FALSE_ALARM_LIMIT, RECALL_TARGET, CorpusError, Tally, evaluate, load

DEFAULT_CORPUS = Path("tests") / "qa" / "triage" / "corpus.tsv"


def _percent(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


class Command(BaseCommand):
    help = "Score the triage rules against a labelled corpus (recall and false alarms per condition and language)."

    def add_arguments(self, parser):
        parser.add_argument("--corpus", default="", help=f"corpus file (default: {DEFAULT_CORPUS})")
        parser.add_argument("--misses", action="store_true", help="list every missed item and every false alarm")

    def handle(self, *args, **options):
        path = Path(options["corpus"]) if options["corpus"] else Path(settings.BASE_DIR) / DEFAULT_CORPUS
        try:
            items = load(path)
        except (OSError, CorpusError) as error:
            raise CommandError(f"cannot read the corpus {path}: {error}") from error
        if not items:
            raise CommandError(f"the corpus {path} is empty")
        report = evaluate(items)
        out = self.stdout.write
        chinese = sum(item.lang == "zh" for item in items)
        calm = sum(item.tier == CALM for item in items)
        out(f"Corpus: {path}")
        out(f"{len(items)} phrasings: {chinese} in Chinese ({100 * chinese / len(items):.0f}%), "
            f"{calm} calm ({100 * calm / len(items):.0f}%)")
        out("")
        out(self._header("condition"))
        for code in sorted(report.by_condition, key=lambda code: (code == CALM, code)):
            out(self._row(code, report.by_condition[code]))
        out("")
        out(self._header("language"))
        for lang in sorted(report.by_language):
            out(self._row(lang, report.by_language[lang]))
        out(self._row("all", report.overall))
        out("")
        out("alarms: urgent, emergency or crisis items; caught: flagged at that tier or a more pressing one;")
        out("exact: the expected condition was among the findings too; false: calm items flagged.")
        if options["misses"] and report.misses:
            out("")
            for result in report.misses:
                kind = "false alarm" if result.item.tier == CALM else f"missed {result.item.code}"
                found = ", ".join(f"{f.code} ({'; '.join(f.matched)})" for f in result.assessment.findings) or "nothing"
                out(f"line {result.item.line}: {kind}: {result.item.text}\n    found: {found}")
        overall = report.overall
        summary = (f"recall {_percent(overall.recall).strip()} (target {100 * RECALL_TARGET:.0f}%), "
                   f"false alarms {_percent(overall.false_alarm_rate).strip()} (limit {100 * FALSE_ALARM_LIMIT:.0f}%)")
        if not report.meets_targets:
            raise CommandError(f"targets missed: {summary}")
        out(self.style.SUCCESS(f"Targets met: {summary}"))

    @staticmethod
    def _header(first: str) -> str:
        columns = f"{'alarms':>6} {'caught':>6} {'recall':>7} {'exact':>6}   {'calm':>5} {'false':>5} {'rate':>6}"
        return f"{first:<22} {columns}"

    @staticmethod
    def _row(name: str, tally: Tally) -> str:
        alarms = f"{tally.alarms:>6} {tally.caught:>6} {_percent(tally.recall):>7} {tally.on_target:>6}"
        calm = f"{tally.calm:>5} {tally.false_alarms:>5} {_percent(tally.false_alarm_rate):>6}"
        return f"{name:<22} {alarms}   {calm}"
