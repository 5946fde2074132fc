from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.thread_page import store_all


class Command(BaseCommand):
    help = ("Render and store the parts of every published thread page whose stored parts are missing or "
            "stale (portal.thread_page): after bulk imports, or after a change to a doctor, a department, a "
            "topic or an FAQ article, so that visitors never wait for a first render.")

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=1,
                            help="Processes rendering in parallel (default 1; up to the number of cores helps).")
        parser.add_argument("--batch", type=int, default=500, help="Threads per batch (default 500).")
        parser.add_argument("--language", action="append", dest="languages", metavar="CODE",
                            choices=[code for code, _ in settings.LANGUAGES],
                            help="Only this page language (repeatable; default: every language of the site).")

    def handle(self, *args, workers: int, batch: int, languages=None, **options):
        if not 1 <= workers <= 64 or not 1 <= batch <= 10_000:
            raise CommandError("--workers must be 1 to 64, --batch 1 to 10000.")
        stored = store_all(batch=batch, workers=workers, languages=tuple(languages or ()),
                           progress=lambda done, total: self.stdout.write(f"{done} of {total} thread pages…"))
        self.stdout.write(self.style.SUCCESS(f"Thread pages stored: {stored}."))
