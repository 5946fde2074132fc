from django.core.management.base import BaseCommand

from qa.similarity import rebuild_all


class Command(BaseCommand):
    help = "Recompute the Similar Q&A of every published thread (after bulk imports, and nightly)."

    def handle(self, *args, **options):
        rows = rebuild_all(progress=lambda done, total: self.stdout.write(f"{done} of {total} threads…"))
        self.stdout.write(self.style.SUCCESS(f"Similar Q&A rebuilt: {rows} rows."))
