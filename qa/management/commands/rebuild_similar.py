from django.core.management.base import BaseCommand, CommandError

from qa.similarity import rebuild_all


class Command(BaseCommand):
    help = "Recompute the Similar Q&A of every published thread (after bulk imports, and nightly)."

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=1,
                            help="Processes ranking in parallel (default 1; up to the number of cores helps).")
        parser.add_argument("--batch", type=int, default=5000, help="Threads per transaction (default 5000).")

    def handle(self, *args, workers: int, batch: int, **options):
        if not 1 <= workers <= 64 or not 1 <= batch <= 100_000:
            raise CommandError("--workers must be 1 to 64, --batch 1 to 100000.")
        rows = rebuild_all(batch=batch, workers=workers, progress=lambda done, total, changed: self.stdout.write(
            f"{done} of {total} threads… ({changed} sidebars changed)"))
        self.stdout.write(self.style.SUCCESS(f"Similar Q&A rebuilt: {rows} rows."))
