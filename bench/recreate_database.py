"""Drop and create a PostgreSQL database for a benchmark corpus (bench/run.sh, bench/list_pages.sh):

    .venv/bin/python bench/recreate_database.py postgres://postgres@127.0.0.1:5432 bench_10000
"""

import sys
from urllib.parse import urlsplit

import psycopg2


def main() -> None:
    url, name = urlsplit(sys.argv[1]), sys.argv[2]
    conn = psycopg2.connect(host=url.hostname, port=url.port or 5432, user=url.username, dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cur.execute(f'CREATE DATABASE "{name}"')


if __name__ == "__main__":
    main()
