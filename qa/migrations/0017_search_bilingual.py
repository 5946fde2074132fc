"""Bilingual search: SearchDocument.segmented (the Chinese of a thread as bigrams, then its topics
as tokens, qa.search.segmented_values) joins the full-text index.

PostgreSQL: the generated vector is made again: the English of title, body and answer as before
(weights A, B, C) but without Han characters (a run of Chinese would be one lexeme, almost every
one different: noise in the index and in SearchTerm), then the parts of ``segmented`` with the
'simple' configuration: the bigrams of title, body and answer with the same weights, the topics D.
SQLite: the FTS5 table gains the column. The column is filled here, and the counts recounted.
"""

from django.db import migrations, models

HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

PG_VECTOR = f"""
ALTER TABLE qa_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', regexp_replace(coalesce(title, ''), '[{HAN_CLASS}]+', ' ', 'g')), 'A') ||
    setweight(to_tsvector('english', regexp_replace(coalesce(body, ''), '[{HAN_CLASS}]+', ' ', 'g')), 'B') ||
    setweight(to_tsvector('english', regexp_replace(coalesce(answer, ''), '[{HAN_CLASS}]+', ' ', 'g')), 'C') ||
    setweight(to_tsvector('simple', split_part(segmented, '|', 1)), 'A') ||
    setweight(to_tsvector('simple', split_part(segmented, '|', 2)), 'B') ||
    setweight(to_tsvector('simple', split_part(segmented, '|', 3)), 'C') ||
    setweight(to_tsvector('simple', split_part(segmented, '|', 4)), 'D')
) STORED
"""
PG_OLD_VECTOR = """
ALTER TABLE qa_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(body, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(answer, '')), 'C')
) STORED
"""
PG_DROP_VECTOR = [
    "DROP INDEX IF EXISTS qa_search_vector_gin",
    "ALTER TABLE qa_searchdocument DROP COLUMN IF EXISTS vector",
]
# As migration 0002 made it: the GIN index, the vector out of line and uncompressed.
PG_INDEX = [
    "CREATE INDEX qa_search_vector_gin ON qa_searchdocument USING gin (vector)",
    "ALTER TABLE qa_searchdocument ALTER COLUMN vector SET STORAGE EXTERNAL",
]
PG_RECOUNT = [
    "DELETE FROM qa_searchterm",
    """INSERT INTO qa_searchterm (term, documents)
       SELECT word, ndoc FROM ts_stat('SELECT vector FROM qa_searchdocument')""",
    "ANALYZE qa_searchdocument",
]
PG_TOPICS = """
UPDATE qa_searchdocument d SET segmented = '|||' || coalesce((
    SELECT string_agg('qatag' || t.tag_id, ' ' ORDER BY t.tag_id)
    FROM qa_question_tags t WHERE t.question_id = d.question_id), '')
"""

SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS qa_search_fts_update",
    "DROP TRIGGER IF EXISTS qa_search_fts_delete",
    "DROP TRIGGER IF EXISTS qa_search_fts_insert",
    "DROP TABLE IF EXISTS qa_search_fts",
]


def sqlite_fts(columns: list[str]) -> list[str]:
    """The FTS5 table over ``columns`` of qa_searchdocument and its triggers, as in 0002."""
    # Only our own column names are interpolated.
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        f"""CREATE VIRTUAL TABLE qa_search_fts USING fts5({names},
            content='qa_searchdocument', content_rowid='question_id', tokenize='porter unicode61')""",
        f"""CREATE TRIGGER qa_search_fts_insert AFTER INSERT ON qa_searchdocument BEGIN
            INSERT INTO qa_search_fts(rowid, {names}) VALUES (new.question_id, {new});
        END""",  # noqa: S608
        f"""CREATE TRIGGER qa_search_fts_delete AFTER DELETE ON qa_searchdocument BEGIN
            INSERT INTO qa_search_fts(qa_search_fts, rowid, {names}) VALUES ('delete', old.question_id, {old});
        END""",  # noqa: S608
        f"""CREATE TRIGGER qa_search_fts_update AFTER UPDATE ON qa_searchdocument BEGIN
            INSERT INTO qa_search_fts(qa_search_fts, rowid, {names}) VALUES ('delete', old.question_id, {old});
            INSERT INTO qa_search_fts(rowid, {names}) VALUES (new.question_id, {new});
        END""",  # noqa: S608
        "INSERT INTO qa_search_fts(qa_search_fts) VALUES ('rebuild')",
    ]


def _sqlite_fill(cursor) -> None:
    from qa.search import segmented_values  # noqa: PLC0415 - pure functions of text

    cursor.execute("SELECT question_id, tag_id FROM qa_question_tags")
    tags = {}
    for question_id, tag_id in cursor.fetchall():
        tags.setdefault(question_id, []).append(tag_id)
    cursor.execute("SELECT question_id, title, body, answer FROM qa_searchdocument")
    rows = [(segmented_values(title, body, answer, tags.get(pk, ())), pk)
            for pk, title, body, answer in cursor.fetchall()]
    cursor.executemany("UPDATE qa_searchdocument SET segmented = %s WHERE question_id = %s", rows)


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    with schema_editor.connection.cursor() as cursor:
        if vendor == "postgresql":
            from qa.search import pg_segment_chinese  # noqa: PLC0415 - raw SQL over the table as it is here

            cursor.execute(PG_TOPICS)
            pg_segment_chinese(cursor)
            # The updates queued the checks of deferred foreign keys; ALTER TABLE waits for none.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for sql in [PG_VECTOR, *PG_INDEX, *PG_RECOUNT]:
                cursor.execute(sql)
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        elif vendor == "sqlite":
            _sqlite_fill(cursor)
            for sql in sqlite_fts(["title", "body", "answer", "segmented"]):
                cursor.execute(sql)


def drop_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": PG_DROP_VECTOR, "sqlite": SQLITE_DROP}.get(vendor, [])
    for sql in statements:
        schema_editor.execute(sql)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    with schema_editor.connection.cursor() as cursor:
        if vendor == "postgresql":
            for sql in [*PG_DROP_VECTOR, PG_OLD_VECTOR, *PG_INDEX, *PG_RECOUNT]:
                cursor.execute(sql)
        elif vendor == "sqlite":
            for sql in [*SQLITE_DROP, *sqlite_fts(["title", "body", "answer"])]:
                cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("qa", "0016_alias_actions")]

    operations = [
        # The old index goes first, so that filling the new column does not compute it.
        migrations.RunPython(drop_index, backward),
        migrations.AddField(
            model_name="searchdocument",
            name="segmented",
            field=models.TextField(
                blank=True, default="",
                help_text="The Chinese of title, body and answer as bigrams, then the thread's topics as "
                          "tokens; four parts split by | (qa.search.segmented_values).",
            ),
        ),
        migrations.RunPython(forward, drop_index),
    ]
