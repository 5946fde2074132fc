from django.core.management.base import BaseCommand

from qa.models import Question
from qa.similarity import refresh_similar


class Command(BaseCommand):
    help = "Recompute the Similar Q&A of every published thread (after bulk imports, or nightly)."

    def handle(self, *args, **options):
        total = 0
        for total, question in enumerate(Question.objects.published().order_by("pk").iterator(chunk_size=1000), 1):
            refresh_similar(question)
            if total % 1000 == 0:
                self.stdout.write(f"{total} threads…")
        self.stdout.write(self.style.SUCCESS(f"Similar Q&A rebuilt for {total} threads."))
