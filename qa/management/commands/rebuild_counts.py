from django.core.management.base import BaseCommand
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from qa.models import Question, Tag


class Command(BaseCommand):
    help = "Recount the published threads of every tag (after bulk imports such as generate_corpus)."

    def handle(self, *args, **options):
        counts = (
            Question.objects.published().filter(tags=OuterRef("pk")).order_by()
            .values("tags").annotate(n=Count("pk")).values("n")
        )
        updated = Tag.objects.update(num_published=Coalesce(Subquery(counts), 0))
        self.stdout.write(self.style.SUCCESS(f"Counts rebuilt for {updated} tags."))
