from django.core.management.base import BaseCommand

from portal.demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Fill the database with the demo archive: departments, tags, verified doctors, answered "
        "threads, pending questions and FAQ articles. Safe to run again: it only adds what is missing."
    )

    def handle(self, *args, **options):
        report = load_demo()
        if report.total == 0:
            self.stdout.write("Demo archive already loaded; nothing changed.")
            return
        summary = ", ".join(f"{count} {kind}" for kind, count in report.created.items() if count)
        self.stdout.write(self.style.SUCCESS(f"Demo archive loaded: {summary}."))
