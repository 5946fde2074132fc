from django.core.management.base import BaseCommand
from django.db import connection, transaction

from qa.bulk import rebuild_similar_sql
from qa.cache import bump_archive_generation
from qa.models import Question
from qa.similarity import refresh_similar


class Command(BaseCommand):
    help = "Recompute the Similar Q&A of every published thread (after bulk imports, or nightly)."

    def add_arguments(self, parser):
        parser.add_argument("--per-tag", type=int, default=50,
                            help="PostgreSQL: candidates per tag (its most recent threads).")
        parser.add_argument("--python", action="store_true",
                            help="Recompute thread by thread (with text similarity) even on PostgreSQL.")

    def handle(self, *args, per_tag, python, **options):
        if connection.vendor == "postgresql" and not python:
            with transaction.atomic():
                rows = rebuild_similar_sql(per_tag=per_tag)
            bump_archive_generation()
            self.stdout.write(self.style.SUCCESS(f"Similar Q&A rebuilt in SQL: {rows} rows."))
            return
        total = 0
        for total, question in enumerate(Question.objects.published().order_by("pk").iterator(chunk_size=1000), 1):
            refresh_similar(question)
            if total % 1000 == 0:
                self.stdout.write(f"{total} threads…")
        bump_archive_generation()
        self.stdout.write(self.style.SUCCESS(f"Similar Q&A rebuilt for {total} threads."))
