"""qa.prepared: the thread page's raw reads run as prepared statements on PostgreSQL, planned once
per connection, and give the rows the plain statement gives."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qa import prepared
from tests import factories as f

pytestmark = pytest.mark.django_db(transaction=True)

SQL = "SELECT id, title FROM qa_question WHERE id = %(pk)s AND status = %(status)s"


def test_the_same_rows_as_the_plain_statement_planned_once_per_connection():
    thread = f.thread(tags=["acne"], title="Spots")
    params = {"pk": thread.pk, "status": "answered"}
    with connection.cursor() as cursor:
        cursor.execute(SQL, params)
        plain = cursor.fetchall()
    with CaptureQueriesContext(connection) as queries:
        assert prepared.fetch(connection, "test_spots", SQL, params) == plain == [(thread.pk, "Spots")]
        assert prepared.fetch(connection, "test_spots", SQL, params, one=True) == plain[0]
    statements = [q["sql"].split()[0] for q in queries]
    if connection.vendor == "postgresql":
        assert statements == ["PREPARE", "EXECUTE", "EXECUTE"]
        connection.close()  # a new connection prepares it again
        assert prepared.fetch(connection, "test_spots", SQL, params) == plain
    else:
        assert statements == ["SELECT", "SELECT"]


def test_a_missing_row_is_none():
    assert prepared.fetch(connection, "test_none", SQL, {"pk": 0, "status": "answered"}, one=True) is None
