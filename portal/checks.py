"""A database check run by ``migrate``: refuse, with a clear message, a database made before the
migrations were restarted for the layered apps (their old names would be taken as applied). A
deployment check (``check --deploy``): emails link to SITE_URL, which production must set."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder

# Migrations of the history before the restart: none of these exists any more.
_OLD_HISTORY = {("qa", "0010_search_time_index"), ("doctors", "0004_published_answer_counts"),
                ("doctors", "0002_initial")}


@register(Tags.database)
def database_predates_layers(app_configs, databases=None, **kwargs):
    errors = []
    for alias in databases or []:
        recorder = MigrationRecorder(connections[alias])
        if recorder.has_table() and _OLD_HISTORY & set(recorder.applied_migrations()):
            errors.append(Error(
                f"The database {alias!r} was created by an older version whose migrations were restarted.",
                hint="Create a new database (for the demo on SQLite: delete db.sqlite3), then run migrate again; "
                     "see README.md, 'Upgrading'.",
                id="portal.E001",
            ))
    return errors


@register(Tags.security, deploy=True)
def site_url_is_public(app_configs, **kwargs):
    host = urlsplit(settings.SITE_URL).hostname or ""
    if host in {"", "localhost", "127.0.0.1", "::1"} or not settings.SITE_URL.startswith("https://"):
        return [Warning(
            f"SITE_URL is {settings.SITE_URL!r}: the links in notification emails will not reach the site.",
            hint="Set SITE_URL to the site's public https:// address, e.g. https://forum.example.org.",
            id="portal.W001",
        )]
    return []
