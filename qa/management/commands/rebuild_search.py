from django.core.management.base import BaseCommand
from django.db import connection, transaction

from qa.bulk import rebuild_search_sql
from qa.models import Question, SearchDocument
from qa.search import document_values


class Command(BaseCommand):
    help = "Rebuild the search index of published threads (after bulk imports such as generate_corpus)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=2000)

    def handle(self, *args, batch, **options):
        if connection.vendor == "postgresql":
            with transaction.atomic():
                total = rebuild_search_sql()
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {total} threads."))
            return
        with transaction.atomic():
            SearchDocument.objects.all().delete()
            published = Question.objects.published().prefetch_related("answers", "clarifications").order_by("pk")
            buffer, total = [], 0
            for question in published.iterator(chunk_size=batch):
                buffer.append(SearchDocument(question_id=question.pk, **document_values(question)))
                if len(buffer) >= batch:
                    SearchDocument.objects.bulk_create(buffer)
                    total += len(buffer)
                    buffer = []
                    self.stdout.write(f"{total} threads indexed…")
            SearchDocument.objects.bulk_create(buffer)
            total += len(buffer)
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {total} threads."))
