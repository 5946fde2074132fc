from django.core.management.base import BaseCommand

from qa.services import claims_expire


class Command(BaseCommand):
    help = "Return expired claims to the queue (run every minute from cron or a timer)."

    def handle(self, *args, **options):
        count = claims_expire()
        self.stdout.write(f"{count} expired claim(s) returned to the queue.")
