from django.apps import AppConfig


class DoctorsConfig(AppConfig):
    name = "doctors"
    verbose_name = "Doctors"

    def ready(self):
        from django.db.models.signals import post_save

        from doctors.models import DoctorProfile
        from doctors.services import count_published_answers, profile_saved
        from qa.signals import thread_publication_changed

        post_save.connect(profile_saved, sender=DoctorProfile, dispatch_uid="doctors-cache-profile")
        thread_publication_changed.connect(count_published_answers, dispatch_uid="doctors-answer-counts")
