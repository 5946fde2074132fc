from django.apps import AppConfig


class DoctorsConfig(AppConfig):
    name = "doctors"
    verbose_name = "Doctors"

    def ready(self):
        from django.db.models.signals import post_save

        from doctors.models import DoctorProfile
        from doctors.services import count_published_answers
        from qa.cache import bump_archive_generation
        from qa.signals import thread_publication_changed

        def profile_saved(sender, instance, created, **kwargs):
            # A suspension hides the doctor's answers from every sidebar; a verification, a renaming
            # show on public pages. A new application shows nowhere: the cached pages stay.
            if created and instance.status != DoctorProfile.Status.VERIFIED:
                return
            bump_archive_generation()

        post_save.connect(profile_saved, sender=DoctorProfile, dispatch_uid="doctors-cache-profile", weak=False)
        thread_publication_changed.connect(count_published_answers, dispatch_uid="doctors-answer-counts")
