from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "qa"
    verbose_name = "Questions and answers"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from qa import handlers  # also connects the account signal receivers
        from qa.cache import bump_archive_generation
        from qa.models import Answer, Clarification, Department, Question, Tag

        # A change a public page may show makes every cached page and fragment stale (qa.cache).
        changes = [(Question, handlers.question_changed), (Answer, handlers.thread_part_changed),
                   (Clarification, handlers.thread_part_changed),
                   (Tag, bump_archive_generation), (Department, bump_archive_generation)]
        for model, receiver in changes:
            post_save.connect(receiver, sender=model, dispatch_uid=f"qa-cache-{model.__name__}-save")
            post_delete.connect(receiver, sender=model, dispatch_uid=f"qa-cache-{model.__name__}-delete")
        m2m_changed.connect(handlers.question_tags_changed, sender=Question.tags.through, dispatch_uid="qa-cache-tags")
