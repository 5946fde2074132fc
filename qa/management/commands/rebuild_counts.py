from django.core.management.base import BaseCommand
from django.db import transaction

from qa import cache
from qa.publication import recount_all


class Command(BaseCommand):
    help = ("Recount the published threads of every tag (and when its newest was published) and the "
            "published answers of every doctor (after bulk imports such as bench's corpus).")

    def handle(self, *args, **options):
        with transaction.atomic():
            tags, doctors = recount_all()
        cache.archive_changed(stored_pages=False)  # the counts are on cached pages (not in thread bodies)
        self.stdout.write(self.style.SUCCESS(f"Counts rebuilt for {tags} tags and {doctors} doctors."))
