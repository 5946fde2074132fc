from django.conf import settings
from django.core.management.base import BaseCommand

from qa.services import outcomes_request


class Command(BaseCommand):
    help = (f"Ask the askers of threads answered {settings.QA_OUTCOME_DAYS} days ago or more how it is now "
            "(on the site and by email), once per thread. Run daily (cron or a systemd timer).")

    def handle(self, *args, **options):
        asked = outcomes_request()
        self.stdout.write(self.style.SUCCESS(f"Asked {asked} askers how it is now."))
