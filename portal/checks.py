"""A database check run by ``migrate``: refuse, with a clear message, a database made before the
migrations were restarted for the layered apps (their old names would be taken as applied)."""

from django.core.checks import Error, Tags, register
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
