from django.core.management.base import BaseCommand

from qa.services import photo_files_remove_orphans, photos_purge


class Command(BaseCommand):
    help = (
        "Remove the photos nobody needs any more: those of questions declined more than "
        "PHOTOS_DECLINED_KEEP_DAYS ago, those uploaded on a preview and never sent (after a day), and files "
        "of the photo storage that no photo row names. Run daily from cron or a timer."
    )

    def handle(self, *args, **options):
        counts = photos_purge()
        files = photo_files_remove_orphans()
        self.stdout.write(
            f"{counts['declined']} photo(s) of declined questions, {counts['unsent']} never-sent photo(s) and "
            f"{files} orphaned file(s) removed."
        )
