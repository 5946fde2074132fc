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

_prepared: set[tuple[int, int, str]] = set()  # (id of the driver's connection, its server pid, name)
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
            key = (id(raw), raw.get_backend_pid(), name)
            if key not in _prepared:
                numbered = _PARAM.sub(lambda m: f"${order.index(m.group(1)) + 1}", sql)
                cursor.execute(f"PREPARE {name} AS {numbered}")
                _prepared.add(key)
            cursor.execute(f"EXECUTE {name} ({', '.join(['%s'] * len(order))})", [params[p] for p in order])
        return cursor.fetchone() if one else cursor.fetchall()
