from django.core.management.base import BaseCommand

from doctors.services import queue_expire_claims


class Command(BaseCommand):
    help = "Return expired claims to the queue (run every minute from cron or a timer)."

    def handle(self, *args, **options):
        count = queue_expire_claims()
        self.stdout.write(f"{count} expired claim(s) returned to the queue.")
