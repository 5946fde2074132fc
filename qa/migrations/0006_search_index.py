"""The full-text index of SearchDocument, per database.

PostgreSQL: a stored generated tsvector column (title weighted A, question B, answer C) with a
GIN index; it can never disagree with the row. SQLite: an FTS5 external-content table over the
same row, kept in sync by triggers.
"""

from django.db import migrations

PG_FORWARD = [
    """
    ALTER TABLE qa_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(body, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(answer, '')), 'C')
    ) STORED
    """,
    "CREATE INDEX qa_search_vector_gin ON qa_searchdocument USING gin (vector)",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS qa_search_vector_gin",
    "ALTER TABLE qa_searchdocument DROP COLUMN IF EXISTS vector",
]

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE qa_search_fts USING fts5(
        title, body, answer,
        content='qa_searchdocument', content_rowid='question_id', tokenize='porter unicode61'
    )
    """,
    """
    CREATE TRIGGER qa_search_fts_insert AFTER INSERT ON qa_searchdocument BEGIN
        INSERT INTO qa_search_fts(rowid, title, body, answer)
        VALUES (new.question_id, new.title, new.body, new.answer);
    END
    """,
    """
    CREATE TRIGGER qa_search_fts_delete AFTER DELETE ON qa_searchdocument BEGIN
        INSERT INTO qa_search_fts(qa_search_fts, rowid, title, body, answer)
        VALUES ('delete', old.question_id, old.title, old.body, old.answer);
    END
    """,
    """
    CREATE TRIGGER qa_search_fts_update AFTER UPDATE ON qa_searchdocument BEGIN
        INSERT INTO qa_search_fts(qa_search_fts, rowid, title, body, answer)
        VALUES ('delete', old.question_id, old.title, old.body, old.answer);
        INSERT INTO qa_search_fts(rowid, title, body, answer)
        VALUES (new.question_id, new.title, new.body, new.answer);
    END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS qa_search_fts_update",
    "DROP TRIGGER IF EXISTS qa_search_fts_delete",
    "DROP TRIGGER IF EXISTS qa_search_fts_insert",
    "DROP TABLE IF EXISTS qa_search_fts",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return apply


def build_documents(apps, schema_editor):
    """Index the threads published before this migration."""
    from qa.search import document_values  # noqa: PLC0415 - the live helper, kept in one place

    Question = apps.get_model("qa", "Question")
    SearchDocument = apps.get_model("qa", "SearchDocument")
    published = Question.objects.filter(status="answered", published_at__isnull=False)
    for question in published.prefetch_related("answers", "clarifications").iterator(chunk_size=500):
        SearchDocument.objects.update_or_create(question_id=question.pk, defaults=document_values(question))


class Migration(migrations.Migration):
    dependencies = [("qa", "0005_search_documents")]

    operations = [
        migrations.RunPython(
            run({"postgresql": PG_FORWARD, "sqlite": SQLITE_FORWARD}),
            run({"postgresql": PG_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
        migrations.RunPython(build_documents, migrations.RunPython.noop),
    ]
