from django.core.management.base import BaseCommand
from django.db import transaction

from qa import cache, search


class Command(BaseCommand):
    help = "Rebuild the search index of published threads (after bulk imports such as bench's corpus)."

    def handle(self, *args, **options):
        with transaction.atomic():
            total = search.rebuild_index(progress=lambda n: self.stdout.write(f"{n} threads indexed…"))
        cache.archive_changed(stored_pages=False)  # search pages are cached
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {total} threads."))
