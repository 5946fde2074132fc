from django.core.management.base import BaseCommand
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from doctors.services import rebuild_published_answer_counts
from qa.cache import bump_archive_generation
from qa.models import Question, Tag


class Command(BaseCommand):
    help = ("Recount the published threads of every tag and the published answers of every doctor "
            "(after bulk imports such as generate_corpus).")

    def handle(self, *args, **options):
        counts = (
            Question.objects.published().filter(tags=OuterRef("pk")).order_by()
            .values("tags").annotate(n=Count("pk")).values("n")
        )
        tags = Tag.objects.update(num_published=Coalesce(Subquery(counts), 0))
        doctors = rebuild_published_answer_counts()
        bump_archive_generation()  # the counts are on cached pages
        self.stdout.write(self.style.SUCCESS(f"Counts rebuilt for {tags} tags and {doctors} doctors."))
