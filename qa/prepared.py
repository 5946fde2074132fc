"""Prepared statements for the hottest raw reads on PostgreSQL (the cold thread page's two).

Planning those joins took longer than running them (about 0.7 ms against 0.1 ms at a million
threads), and the plan never changes: each connection prepares the statement once (``PREPARE``),
then every run is an ``EXECUTE``. Connections are reused across requests (``CONN_MAX_AGE``), so a
worker plans each statement once per connection, not once per page. Elsewhere (SQLite) the statement
runs as it is.

Behind PgBouncer, use session pooling: in transaction pooling a prepared statement may not exist on
the server connection the next transaction gets.
"""

from __future__ import annotations

import re

# The statements prepared on each database connection, kept on Django's connection object with the
# driver connection they were prepared on (a reconnection starts an empty set).
_ATTRIBUTE = "_qa_prepared"
_PARAM = re.compile(r"%\((\w+)\)s")


def fetch(connection, name: str, sql: str, params: dict, *, one: bool = False):
    """Run ``sql`` (with ``%(name)s`` parameters) on ``connection`` as the prepared statement
    ``name``; all rows, or the first (or None) with ``one``."""
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute(sql, params)
        else:
            order = list(dict.fromkeys(_PARAM.findall(sql)))
            raw = connection.connection
            owner, names = getattr(connection, _ATTRIBUTE, (None, set()))
            if owner is not raw:
                owner, names = raw, set()
                setattr(connection, _ATTRIBUTE, (owner, names))
            if name not in names:
                numbered = _PARAM.sub(lambda m: f"${order.index(m.group(1)) + 1}", sql)
                cursor.execute(f"PREPARE {name} AS {numbered}")
                names.add(name)
            cursor.execute(f"EXECUTE {name} ({', '.join(['%s'] * len(order))})", [params[p] for p in order])
        return cursor.fetchone() if one else cursor.fetchall()
