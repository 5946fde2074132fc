"""Set-based rebuilds for PostgreSQL, for archives too large to rebuild one thread at a time.

``rebuild_search`` and ``rebuild_similar`` use these on PostgreSQL; SQLite (the embedded default,
small archives) keeps the per-thread Python path. Both run in the caller's transaction.
"""

from django.db import connection

# What qa.search._plain removes from indexed text (control characters and the highlight markers).
_CONTROL = "[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\ue000\\ue001]"

SEARCH_SQL = """
INSERT INTO qa_searchdocument (question_id, department_id, published_at, title, body, answer)
SELECT q.id, q.department_id, q.published_at,
       regexp_replace(q.title, E'CONTROL_CLASS', ' ', 'g'),
       regexp_replace(q.body || coalesce((
           SELECT E'\\n\\n' || string_agg(c.body, E'\\n\\n' ORDER BY c.created_at, c.id)
           FROM qa_clarification c WHERE c.question_id = q.id AND c.kind = 'addition'), ''),
           E'CONTROL_CLASS', ' ', 'g'),
       regexp_replace(coalesce((
           SELECT string_agg(a.body, E'\\n\\n' ORDER BY a.answered_at, a.id)
           FROM qa_answer a WHERE a.question_id = q.id), ''), E'CONTROL_CLASS', ' ', 'g')
FROM qa_question q
WHERE q.status = 'answered' AND q.published_at IS NOT NULL
""".replace("CONTROL_CLASS", _CONTROL)

# Candidates: for each tag, its PER_TAG most recent published threads. A thread's neighbours are
# the candidates reached through its tags, scored by how many of its tags reach them (the shared
# tags, exact when no tag has more than PER_TAG threads), then by recency. Bounded work per thread
# whatever the popularity of a tag.
SIMILAR_SQL = """
WITH published AS (
    SELECT id, published_at FROM qa_question WHERE status = 'answered' AND published_at IS NOT NULL
),
recent AS (
    SELECT tag_id, question_id, published_at FROM (
        SELECT t.tag_id, t.question_id, p.published_at,
               row_number() OVER (PARTITION BY t.tag_id ORDER BY p.published_at DESC, p.id DESC) AS n
        FROM qa_question_tags t JOIN published p ON p.id = t.question_id
    ) ranked WHERE n <= %(per_tag)s
),
pairs AS (
    SELECT mine.question_id, r.question_id AS similar_id, count(*) AS shared, max(r.published_at) AS published_at
    FROM qa_question_tags mine
    JOIN published p ON p.id = mine.question_id
    JOIN recent r ON r.tag_id = mine.tag_id AND r.question_id <> mine.question_id
    GROUP BY mine.question_id, r.question_id
),
ranked AS (
    SELECT question_id, similar_id, shared,
           row_number() OVER (PARTITION BY question_id ORDER BY shared DESC, published_at DESC, similar_id DESC) AS rank
    FROM pairs
)
INSERT INTO qa_similarthread (question_id, similar_id, rank, shared_tags, text_similarity)
SELECT question_id, similar_id, rank, shared, 0 FROM ranked WHERE rank <= %(limit)s
"""


def rebuild_search_sql() -> int:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM qa_searchdocument")
        cursor.execute(SEARCH_SQL)
        rows = cursor.rowcount
        # Fresh statistics: search chooses its plan from the planner's estimates (qa.search).
        cursor.execute("ANALYZE qa_searchdocument")
        return rows


def rebuild_similar_sql(*, per_tag: int = 50, limit: int = 5) -> int:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM qa_similarthread")
        cursor.execute(SIMILAR_SQL, {"per_tag": per_tag, "limit": limit})
        return cursor.rowcount
