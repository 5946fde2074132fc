from django.apps import AppConfig


class DoctorsConfig(AppConfig):
    name = "doctors"
    verbose_name = "Doctors"

    def ready(self):
        from django.db.models.signals import post_save

        from doctors.models import DoctorProfile
        from qa.cache import bump_archive_generation

        # A suspension hides the doctor's answers from every sidebar.
        post_save.connect(bump_archive_generation, sender=DoctorProfile, dispatch_uid="doctors-cache-profile")
