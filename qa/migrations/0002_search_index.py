"""The full-text index of SearchDocument, per database (the table itself is in 0001).

PostgreSQL: a stored generated tsvector column (title weighted A, question B, answer C) with a
GIN index; it can never disagree with the row. The heap is kept narrow: the texts and the vector
live in TOAST, so the rows a search visits (published_at, ids) are about 140 bytes and the heap
stays in memory; the vector is stored uncompressed, so testing and ranking it costs no
decompression. SQLite: an FTS5 external-content table over the same row, kept in sync by triggers.
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


# PostgreSQL only: the narrow heap (see the docstring).
PG_NARROW = [
    "ALTER TABLE qa_searchdocument SET (toast_tuple_target = 128)",
    "ALTER TABLE qa_searchdocument ALTER COLUMN vector SET STORAGE EXTERNAL",
    "ALTER TABLE qa_searchdocument ALTER COLUMN vector SET STATISTICS 1000",
]
PG_WIDE = [
    "ALTER TABLE qa_searchdocument RESET (toast_tuple_target)",
    "ALTER TABLE qa_searchdocument ALTER COLUMN vector SET STORAGE EXTENDED",
    "ALTER TABLE qa_searchdocument ALTER COLUMN vector SET STATISTICS -1",
]




def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("qa", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"postgresql": [*PG_FORWARD, *PG_NARROW], "sqlite": SQLITE_FORWARD}),
            run({"postgresql": [*PG_WIDE, *PG_BACKWARD], "sqlite": SQLITE_BACKWARD}),
        ),
    ]
