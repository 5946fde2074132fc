from django.apps import AppConfig


class FaqConfig(AppConfig):
    name = "faq"
    verbose_name = "FAQ articles"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from faq.models import Article, Reference, Section
        from qa.cache import bump_archive_generation

        for model in (Article, Section, Reference):
            post_save.connect(bump_archive_generation, sender=model, dispatch_uid=f"faq-cache-{model.__name__}-save")
            post_delete.connect(bump_archive_generation, sender=model,
                                dispatch_uid=f"faq-cache-{model.__name__}-delete")
        m2m_changed.connect(bump_archive_generation, sender=Article.tags.through, dispatch_uid="faq-cache-tags")
