from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The top layer: pages that combine apps (home, a thread with both sidebars, a topic, search),
    the anonymous page cache, and the demo archive. Nothing imports portal."""

    name = "portal"
    verbose_name = _("Public pages")

    def ready(self):
        from portal import checks  # noqa: F401 - registers the database check
