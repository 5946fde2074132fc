from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "qa"
    verbose_name = "Questions and answers"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from qa import handlers  # noqa: F401 - connects the account signal receivers
        from qa.cache import bump_archive_generation
        from qa.models import Answer, Department, Question, Tag

        # Any change a public page may show makes every cached fragment stale.
        for model in (Question, Answer, Tag, Department):
            post_save.connect(bump_archive_generation, sender=model, dispatch_uid=f"qa-cache-{model.__name__}-save")
            post_delete.connect(bump_archive_generation, sender=model,
                                dispatch_uid=f"qa-cache-{model.__name__}-delete")
        m2m_changed.connect(bump_archive_generation, sender=Question.tags.through, dispatch_uid="qa-cache-tags")
