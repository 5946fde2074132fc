from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "qa"
    verbose_name = "Questions and answers"

    def ready(self):
        from qa import receivers  # noqa: F401 - connects qa's receivers of accounts and doctors signals
