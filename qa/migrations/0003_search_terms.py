"""The counts qa.search chooses its way of searching from: indexed threads per lexeme (SearchTerm)
and per department (SearchDepartment), filled here from the index as it is (PostgreSQL; on SQLite
the tables stay empty, as SQLite's search does not use them).

The vector column's statistics target goes back to the default: it was raised (0002) for the
planner's estimates that qa.search used to read; the estimates are now qa.search's own.
"""

import django.db.models.deletion
from django.db import migrations, models

PG_FORWARD = [
    "ALTER TABLE qa_searchdocument ALTER COLUMN vector SET STATISTICS -1",
    "INSERT INTO qa_searchterm (term, documents) SELECT word, ndoc FROM ts_stat('SELECT vector FROM qa_searchdocument')",
    """
    INSERT INTO qa_searchdepartment (department_id, documents)
    SELECT department_id, count(*) FROM qa_searchdocument GROUP BY department_id
    """,
]
PG_BACKWARD = [
    "ALTER TABLE qa_searchdocument ALTER COLUMN vector SET STATISTICS 1000",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [
        ("doctors", "0001_initial"),
        ("qa", "0002_search_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("term", models.TextField(help_text="A lexeme, as in the tsvector.", primary_key=True, serialize=False)),
                ("documents", models.IntegerField(help_text="Indexed threads whose vector holds the lexeme.")),
            ],
        ),
        migrations.CreateModel(
            name="SearchDepartment",
            fields=[
                ("department", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True,
                                                    related_name="+", serialize=False, to="doctors.department")),
                ("documents", models.IntegerField(help_text="Indexed threads of the department.")),
            ],
        ),
        migrations.RunPython(run({"postgresql": PG_FORWARD}), run({"postgresql": PG_BACKWARD})),
    ]
