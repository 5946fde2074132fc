from django.core.management.base import BaseCommand

from doctors.models import DoctorProfile
from portal.demo.loader import DEMO_EMAIL_DOMAIN, load_demo


class Command(BaseCommand):
    help = (
        "Fill the database with the demo archive: departments, tags, verified doctors, answered "
        "threads, pending questions and FAQ articles. Safe to run again: it only adds what is missing."
    )

    def handle(self, *args, **options):
        report = load_demo()
        if report.total == 0:
            self.stdout.write("Demo archive already loaded; nothing changed.")
        else:
            summary = ", ".join(f"{count} {kind}" for kind, count in report.created.items() if count)
            self.stdout.write(self.style.SUCCESS(f"Demo archive loaded: {summary}."))
        self.how_to_sign_in_as_a_doctor()

    def how_to_sign_in_as_a_doctor(self) -> None:
        """Demo accounts have no password. Giving one a password is an operator's act, and the doctor
        then meets the same two-factor set-up as any verified doctor: nothing is weaker for the demo."""
        doctor = (DoctorProfile.objects.verified().filter(user__email__endswith=f"@{DEMO_EMAIL_DOMAIN}")
                  .select_related("user").order_by("pk").first())
        if doctor is None:
            return
        self.stdout.write(
            f"To try the doctors' side as {doctor.display_name}: python manage.py changepassword "
            f"{doctor.user.username}, then sign in as {doctor.user.email} and set up two-factor "
            "authentication with an authenticator app when the queue asks for it."
        )
