"""Fill the database with a deterministic synthetic archive for benchmarks (``bench/corpus.py``).

A plain script, not a management command (bench is no installed app). From the repository root,
with ``DATABASE_URL`` pointing at a migrated database::

    .venv/bin/python bench/generate_corpus.py --questions N --seed S [--no-rebuild] ...

``--help`` lists the options. It refuses a database that already holds questions unless
``--append`` is given; an error is printed to stderr and the exit status is 1.

On PostgreSQL, large runs stream the big tables (users, questions, answers, question tags,
body sites) with ``COPY``, one CSV buffer per batch, sent by a background thread while the
next batch is generated. Primary keys are assigned here, starting after the current maximum,
and the sequences are moved past them at the end. The non-unique secondary indexes of the
question, answer and question-tag tables are dropped for the load and recreated from their
exact definitions (read from ``pg_indexes``) afterwards. Foreign keys are checked row by row
at the end of each COPY, or, with ``--fast-fk-checks``, once per constraint after the load.
Everything happens in one transaction, so a failed run leaves the database as it was.
Elsewhere (SQLite, small runs) rows go in with ``bulk_create``.

Threads are published directly, not through ``qa.services``: no notifications or audit events
(``qa_questionevent``, ``doctors_verificationevent``) are written, and no signals are sent, so
cached pages are invalidated by hand (``qa.cache.archive_changed``) and the derived data is rebuilt
afterwards by qa's ``rebuild_counts``, ``rebuild_search`` and ``rebuild_similar`` (unless
``--no-rebuild``).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402
from django.apps import apps  # noqa: E402

if not apps.ready:  # when imported by the tests, Django is already set up
    django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.management.base import OutputWrapper  # noqa: E402
from django.core.management.color import color_style, no_style  # noqa: E402
from django.db import connection, models, transaction  # noqa: E402
from django.db.models import F, Max  # noqa: E402

from accounts.languages import fold  # noqa: E402
from bench.corpus import (  # noqa: E402
    ANSWER_COLUMNS,
    BASE_TIME,
    BODY_SITE_COLUMNS,
    DEPARTMENTS,
    QUESTION_COLUMNS,
    QUESTION_TAG_COLUMNS,
    USER_COLUMNS,
    Corpus,
    CorpusConfig,
    ThreadIds,
)
from doctors.models import Department, DoctorProfile  # noqa: E402
from faq.models import Article, Reference, Section  # noqa: E402
from qa import cache  # noqa: E402
from qa.models import Answer, Question, QuestionBodySite, Tag, TagAlias  # noqa: E402

PROG = "bench/generate_corpus.py"
REBUILD_COMMANDS = ("rebuild_counts", "rebuild_search", "rebuild_similar")  # qa's, in this order
COPY_THRESHOLD = 20_000  # "auto" uses COPY on PostgreSQL from this many questions on
LOOKUP_CHUNK = 500  # keys per IN (...) lookup, well under SQLite's parameter limit


class CorpusError(Exception):
    """A run refused or failed in a way the user can fix; nothing was saved."""


def _chunks(items: Sequence, size: int) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class BulkWriter:
    """Rows (tuples in ``columns`` order) to ``bulk_create``; any database."""

    def __init__(self, model: type[models.Model], columns: Sequence[str], batch_size: int):
        self.model, self.columns, self.batch_size = model, tuple(columns), batch_size

    def write(self, rows: Sequence[tuple]) -> int:
        model, columns = self.model, self.columns
        objs = [model(**dict(zip(columns, row, strict=True))) for row in rows]
        model._default_manager.bulk_create(objs, batch_size=self.batch_size)
        return len(objs)


NULL = "\\N"  # the NULL marker of the COPY statements below


def _quote(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _boolean(value) -> str:
    return "t" if value else "f"


def _json(value) -> str:
    return _quote(json.dumps(value))


def _csv_formatter(field: models.Field) -> Callable[[object], str]:
    """How one column's values are written in CSV for COPY."""
    if isinstance(field, models.BooleanField):
        fmt = _boolean
    elif isinstance(field, models.JSONField):
        fmt = _json
    elif isinstance(field, models.CharField | models.TextField):
        fmt = _quote  # always quoted: commas, quotes and newlines survive, "" stays an empty string
    else:
        fmt = str  # integers, foreign keys, aware datetimes, dates, UUIDs
    if field.null:
        return lambda value: NULL if value is None else fmt(value)
    return fmt


class CopySender:
    """Runs COPY statements on a background thread while the main thread prepares the next batch.

    psycopg2 releases the GIL while it waits on the server, so generating rows (Python) and
    storing them (PostgreSQL) use both cores. Only this thread touches the raw cursor until
    ``flush``; an error in a COPY is raised in the main thread at the next call.
    """

    def __init__(self, raw_cursor):
        self.cursor = raw_cursor
        self.queue: queue.Queue = queue.Queue(maxsize=3)
        self.error: BaseException | None = None
        self.seconds = 0.0  # spent in COPY
        self.waited = 0.0  # the main thread waited for the database
        self.thread = threading.Thread(target=self._run, name="generate_corpus-copy", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            item = self.queue.get()
            try:
                if item is None:
                    return
                if self.error is None:
                    sql, data = item
                    started = time.perf_counter()
                    if hasattr(self.cursor, "copy_expert"):  # psycopg2
                        self.cursor.copy_expert(sql, io.StringIO(data), size=1 << 20)
                    else:  # psycopg 3
                        with self.cursor.copy(sql) as copy:
                            copy.write(data)
                    self.seconds += time.perf_counter() - started
            except BaseException as error:  # handed to the main thread
                self.error = error
            finally:
                self.queue.task_done()

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def submit(self, sql: str, data: str) -> None:
        self._raise()
        started = time.perf_counter()
        self.queue.put((sql, data))
        self.waited += time.perf_counter() - started

    def flush(self) -> None:
        """Wait until every submitted COPY has run (before the main thread uses the connection)."""
        started = time.perf_counter()
        self.queue.join()
        self.waited += time.perf_counter() - started
        self._raise()

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()


class CopyWriter:
    """Rows to PostgreSQL ``COPY ... FROM STDIN`` through an in-memory CSV buffer per batch.

    Required columns the corpus does not fill (added to a model later) get their model default.
    """

    def __init__(self, sender: CopySender, model: type[models.Model], columns: Sequence[str]):
        self.sender = sender
        self.seconds_csv = 0.0
        fields = {f.column: f for f in model._meta.concrete_fields}
        self.formatters = [_csv_formatter(fields[c]) for c in columns]
        extra_columns, extra_values = [], []
        for f in model._meta.concrete_fields:
            has_db_default = getattr(f, "db_default", models.NOT_PROVIDED) is not models.NOT_PROVIDED
            if f.column in columns or f.null or has_db_default:
                continue
            if not f.has_default():
                raise CorpusError(
                    f"{model._meta.label}.{f.name} is required and has no default: teach bench/corpus.py to fill it."
                )
            extra_columns.append(f.column)
            extra_values.append(_csv_formatter(f)(f.get_default()))
        self.suffix = "".join("," + v for v in extra_values)
        qn = connection.ops.quote_name
        column_list = ", ".join(qn(c) for c in (*columns, *extra_columns))
        self.sql = f"COPY {qn(model._meta.db_table)} ({column_list}) FROM STDIN WITH (FORMAT csv, NULL '{NULL}')"

    def write(self, rows: Sequence[tuple]) -> int:
        started = time.perf_counter()
        formatters, suffix = self.formatters, self.suffix
        lines = [",".join([f(v) for f, v in zip(formatters, row)]) + suffix for row in rows]  # noqa: B905 - hot loop
        data = "\n".join(lines) + "\n"
        self.seconds_csv += time.perf_counter() - started
        self.sender.submit(self.sql, data)
        return len(rows)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Generate a deterministic synthetic archive for benchmarks: tags with Zipf popularity, verified "
            "doctors, patients, answered threads and FAQ articles. The same --questions and --seed always give "
            "the same content. Refuses a database that already holds questions unless --append is given. "
            "Run from the repository root; the database is the project's (DATABASE_URL)."
        ),
    )
    parser.add_argument("--questions", type=int, required=True, help="Number of answered threads.")
    parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
    parser.add_argument("--doctors", type=int, default=300, help="Verified doctors (default 300).")
    parser.add_argument("--faq", type=int, default=300, help="FAQ articles (default 300).")
    parser.add_argument("--tags", type=int, default=3000, help="Tags (default 3000).")
    parser.add_argument("--patients", type=int, default=5000,
                        help="Askers (default 5000, at most one per question).")
    parser.add_argument("--zh-share", type=float, default=0.0,
                        help="The share of threads (questions and their answers) written in Traditional Chinese, "
                             "0 to 1 (default 0: all English, the archive of earlier versions).")
    parser.add_argument("--batch", type=int, default=5000, help="Threads per write batch (default 5000).")
    parser.add_argument("--append", action="store_true", help="Add to a database that already holds questions.")
    parser.add_argument("--method", choices=["auto", "copy", "bulk"], default="auto",
                        help=f"copy: PostgreSQL COPY; bulk: bulk_create; auto (default): copy on PostgreSQL "
                             f"from {COPY_THRESHOLD} questions on, else bulk.")
    parser.add_argument("--fast-fk-checks", action="store_true",
                        help="PostgreSQL superusers only: skip the per-row foreign-key triggers while loading "
                             "threads (session_replication_role=replica) and check every loaded foreign key "
                             "afterwards with one set-based query per constraint. Refused when the thread "
                             "tables have triggers of their own.")
    parser.add_argument("--no-rebuild", action="store_true",
                        help="Do not run rebuild_counts / rebuild_search / rebuild_similar afterwards.")
    parser.add_argument("-v", "--verbosity", type=int, choices=[0, 1, 2, 3], default=1,
                        help="2 or more: also the time spent generating rows, writing CSV and in COPY.")
    parser.add_argument("--no-color", action="store_true", help="Do not colourize the output.")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """The script: parse ``argv`` (default ``sys.argv[1:]``), generate, return the exit status.

    Errors the user can fix (a database that already holds questions, impossible options) are
    printed to ``stderr`` as ``bench/generate_corpus.py: error: ...`` and give status 1; nothing
    was saved then. Invalid arguments exit through argparse (``SystemExit``, status 2).
    """
    options = vars(build_parser().parse_args(argv))
    generator = Generator(stdout or sys.stdout, stderr or sys.stderr, no_color=options["no_color"])
    try:
        generator.handle(**options)
    except CorpusError as error:
        generator.stderr.write(f"{PROG}: error: {error}")
        return 1
    return 0


class Generator:
    """One run: what ``main`` parsed, written to the database."""

    def __init__(self, stdout: TextIO, stderr: TextIO, *, no_color: bool = False):
        self.stdout, self.stderr = OutputWrapper(stdout), OutputWrapper(stderr)
        self.no_color = no_color or not self.stdout.isatty()
        self.style = no_style() if self.no_color else color_style()

    def handle(self, **options) -> None:
        started = time.monotonic()
        try:
            config = CorpusConfig(
                questions=options["questions"], seed=options["seed"], doctors=options["doctors"],
                faq=options["faq"], tags=options["tags"], patients=options["patients"],
                zh_share=options["zh_share"],
            )
        except ValueError as error:
            raise CorpusError(str(error)) from None
        if options["batch"] < 1:
            raise CorpusError("--batch must be at least 1.")
        existing = Question.objects.count()
        if existing and not options["append"]:
            raise CorpusError(
                f"The database already holds {existing} questions; generate_corpus fills an empty archive. "
                "Pass --append to add the synthetic threads to them."
            )
        postgres = connection.vendor == "postgresql"
        method = options["method"]
        if method == "auto":
            method = "copy" if postgres and config.questions >= COPY_THRESHOLD else "bulk"
        if method == "copy" and not postgres:
            raise CorpusError("--method copy needs PostgreSQL.")
        if options["fast_fk_checks"] and not postgres:
            raise CorpusError("--fast-fk-checks needs PostgreSQL.")
        self.started, self.batch, self.method = started, options["batch"], method
        self.verbosity = options["verbosity"]
        self.counts: dict[str, int] = {}

        chinese = f", {config.zh_share:.0%} in Chinese" if config.zh_share else ""
        self.log(f"Generating {config.questions} threads (seed {config.seed}{chinese}) with {method} "
                 f"on {connection.vendor}.")
        corpus = Corpus(config)
        with transaction.atomic(), self._copy_sender(method == "copy"):
            if postgres:
                self._lock_tables()
            departments = self._departments()
            tag_ids = self._tags(corpus)
            self._aliases(corpus, tag_ids)
            doctor_ids = self._doctors(corpus, departments)
            patient_ids = self._patients(corpus)
            dropped = self._drop_secondary_indexes() if method == "copy" and config.questions >= existing else []
            ids = ThreadIds(
                question_start=self._next_id(Question),
                answer_start=self._next_id(Answer),
                question_tag_start=self._next_id(Question.tags.through),
                body_site_start=self._next_id(QuestionBodySite),
                patients=patient_ids, doctors=doctor_ids, tags=tag_ids, departments=departments,
            )
            if options["fast_fk_checks"]:
                previous_role = self._skip_row_fk_triggers()
            elif method == "copy":
                # Check foreign keys at the end of each COPY rather than queueing millions of
                # deferred checks until commit.
                self._set_constraints("IMMEDIATE")
            self._threads(corpus, ids)
            if options["fast_fk_checks"]:
                self._check_loaded_foreign_keys(previous_role, ids)
            elif method == "copy":
                self._set_constraints("DEFERRED")
            if dropped:
                self._restore_indexes(dropped)
            self._articles(corpus, departments, doctor_ids, tag_ids)
            if postgres:
                self._reset_sequences()
        if postgres:
            self.log("Analyzing tables.")
            self._analyze()
        loaded = time.monotonic() - started
        self._invalidate_cached_pages()
        self._rebuild(skip=options["no_rebuild"])

        elapsed = time.monotonic() - started
        rows = sum(self.counts.values())
        summary = ", ".join(f"{count} {kind}" for kind, count in self.counts.items())
        self.stdout.write(self.style.SUCCESS(
            f"Corpus generated in {elapsed:.1f} s (loading {loaded:.1f} s): {summary}; "
            f"{rows} rows, {rows / max(loaded, 1e-9):,.0f} rows/s."
        ))

    # Output --------------------------------------------------------------------------------

    def log(self, message: str) -> None:
        self.stdout.write(f"[{time.monotonic() - self.started:7.1f} s] {message}")

    def add(self, kind: str, count: int) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + count

    # Helpers -------------------------------------------------------------------------------

    @contextmanager
    def _copy_sender(self, wanted: bool):
        """A COPY sender on a raw psycopg2 cursor of Django's connection (same transaction), or None."""
        self.sender = None
        if not wanted:
            yield
            return
        with connection.cursor() as cursor:
            raw_cursor = cursor.connection.cursor()  # the psycopg2 connection behind Django's
            self.sender = CopySender(raw_cursor)
            try:
                yield
            finally:
                self.sender.close()
                self.sender = None
                raw_cursor.close()

    def _flush(self) -> None:
        if self.sender is not None:
            self.sender.flush()

    @staticmethod
    def _next_id(model) -> int:
        return (model._default_manager.aggregate(m=Max("pk"))["m"] or 0) + 1

    @staticmethod
    def _ids_by(model, field: str, keys: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(list(keys), LOOKUP_CHUNK):
            found.update(model._default_manager.filter(**{f"{field}__in": chunk}).values_list(field, "pk"))
        return found

    def _writer(self, model, columns, *, big: bool):
        if big and self.method == "copy":
            return CopyWriter(self.sender, model, columns)
        return BulkWriter(model, columns, batch_size=min(self.batch, 1000))

    def _lock_tables(self) -> None:
        """Hold off other writers while this run assigns primary keys (readers go on)."""
        qn = connection.ops.quote_name
        tables = ", ".join(qn(m._meta.db_table) for m in self._big_models())
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE")

    @staticmethod
    def _thread_models():
        return (Question, Answer, Question.tags.through, QuestionBodySite)

    @classmethod
    def _big_models(cls):
        return (get_user_model(), *cls._thread_models())

    # Small tables --------------------------------------------------------------------------

    def _departments(self) -> dict[str, int]:
        ids = {}
        for position, (slug, name, description) in enumerate(DEPARTMENTS):
            department, created = Department.objects.get_or_create(
                slug=slug, defaults={"name": name, "description": description, "position": position}
            )
            ids[slug] = department.pk
            self.add("departments", int(created))
        return ids

    def _tags(self, corpus: Corpus) -> list[int]:
        """Reuse tags with the same slug or name; create the rest. Each corpus tag gets its own row."""
        by_slug, by_name = {}, {}
        for pk, name, slug in Tag.objects.values_list("pk", "name", "slug"):
            by_slug[slug], by_name[name] = pk, pk
        ids: list[int | None] = []
        used: set[int] = set()
        new: list[Tag] = []
        for spec in corpus.tags:
            pk = by_slug.get(spec.slug, by_name.get(spec.name))
            if pk is not None and pk > 0 and pk not in used:  # -1: a tag this run is about to create
                used.add(pk)
                ids.append(pk)
                continue
            name, slug, n = spec.name, spec.slug, 2
            while name in by_name or slug in by_slug:
                name, slug, n = f"{spec.name[:55]} {n}", f"{spec.slug[:55]}-{n}", n + 1
            by_name[name] = by_slug[slug] = -1
            new.append(Tag(name=name, slug=slug, description=spec.description, name_zh=spec.name_zh,
                           description_zh=spec.description_zh))
            ids.append(None)
        Tag.objects.bulk_create(new, batch_size=1000)
        created = self._ids_by(Tag, "slug", [t.slug for t in new])
        fresh = iter(created[t.slug] for t in new)
        self.add("tags", len(new))
        return [pk if pk is not None else next(fresh) for pk in ids]

    def _aliases(self, corpus: Corpus, tag_ids: list[int]) -> None:
        """The corpus' lay names of topics (TagAlias), but for names another topic already has."""
        aliases = [(tag_ids[t], name, language, fold(name)) for t, name, language in corpus.tag_aliases()]
        taken = set(self._ids_by(TagAlias, "key", [key for *_, key in aliases]))
        TagAlias.objects.bulk_create([
            TagAlias(tag_id=tag_id, name=name, key=key, language=language, created_at=BASE_TIME)
            for tag_id, name, language, key in aliases if key not in taken
        ], batch_size=1000)
        self.add("tag aliases", sum(key not in taken for *_, key in aliases))

    def _users(self, specs, *, big: bool) -> list[int]:
        """User ids for the specs, by username: existing users are reused, the rest created."""
        User = get_user_model()
        existing = self._ids_by(User, "username", [s.username for s in specs])
        next_pk = self._next_id(User)
        ids, rows = [], []
        for spec in specs:
            pk = existing.get(spec.username)
            if pk is None:
                pk, next_pk = next_pk, next_pk + 1
                rows.append(spec.user_row(pk))
            ids.append(pk)
        writer = self._writer(User, USER_COLUMNS, big=big)
        for chunk in _chunks(rows, self.batch):
            writer.write(chunk)
        self._flush()
        self.add("users", len(rows))
        return ids

    def _doctors(self, corpus: Corpus, departments: dict[str, int]) -> list[int]:
        user_ids = self._users([d.person for d in corpus.doctors], big=False)
        existing = {
            row[0]: row[1:]
            for chunk in _chunks(user_ids, LOOKUP_CHUNK)
            for row in DoctorProfile.objects.filter(user_id__in=chunk).values_list("user_id", "pk", "status",
                                                                                  "department_id")
        }
        new = []
        for spec, user_id in zip(corpus.doctors, user_ids, strict=True):
            if user_id in existing:
                _, status, department_id = existing[user_id]
                if status != DoctorProfile.Status.VERIFIED or department_id != departments[spec.department]:
                    raise CorpusError(
                        f"Doctor {spec.person.username} exists but is not a verified doctor of {spec.department}; "
                        "use another --seed."
                    )
                continue
            new.append(DoctorProfile(
                user_id=user_id, display_name=spec.display_name, slug=spec.slug,
                department_id=departments[spec.department], hospital=spec.hospital,
                licence_number=spec.licence_number, bio=spec.bio, status=DoctorProfile.Status.VERIFIED,
                applied_at=spec.applied_at, verified_at=spec.verified_at, status_changed_at=spec.verified_at,
            ))
        DoctorProfile.objects.bulk_create(new, batch_size=1000)
        self.add("doctors", len(new))
        by_user = {
            user_id: pk
            for chunk in _chunks(user_ids, LOOKUP_CHUNK)
            for user_id, pk in DoctorProfile.objects.filter(user_id__in=chunk).values_list("user_id", "pk")
        }
        return [by_user[user_id] for user_id in user_ids]

    def _patients(self, corpus: Corpus) -> list[int]:
        self.log(f"Writing {corpus.patient_count} patients.")
        return self._users(corpus.patients, big=True)

    # Threads -------------------------------------------------------------------------------

    def _threads(self, corpus: Corpus, ids: ThreadIds) -> None:
        total = corpus.config.questions
        writers = (
            ("questions", self._writer(Question, QUESTION_COLUMNS, big=True)),
            ("answers", self._writer(Answer, ANSWER_COLUMNS, big=True)),
            ("question tags", self._writer(Question.tags.through, QUESTION_TAG_COLUMNS, big=True)),
            ("body sites", self._writer(QuestionBodySite, BODY_SITE_COLUMNS, big=True)),
        )
        batches = -(-total // self.batch) if total else 0
        report_every = max(1, batches // 20)
        threads = corpus.threads(ids)
        done = 0
        generating = 0.0
        for number in range(1, batches + 1):
            t0 = time.perf_counter()
            batch = list(islice(threads, self.batch))
            generating += time.perf_counter() - t0
            parts = (
                [t[0] for t in batch],
                [t[1] for t in batch],
                [row for t in batch for row in t[2]],
                [row for t in batch for row in t[3]],
            )
            for (kind, writer), rows in zip(writers, parts, strict=True):
                self.add(kind, writer.write(rows) if rows else 0)
            done += len(batch)
            if number % report_every == 0 or number == batches:
                rate = done / max(time.monotonic() - self.started, 1e-9)
                self.log(f"threads {done}/{total} ({rate:,.0f} threads/s since start)")
        self._flush()
        if self.verbosity >= 2:
            self.log(f"  generating rows: {generating:.1f} s")
            for kind, writer in writers:
                if isinstance(writer, CopyWriter):
                    self.log(f"  {kind}: CSV {writer.seconds_csv:.1f} s")
            if self.sender is not None:
                self.log(f"  COPY (background): {self.sender.seconds:.1f} s; waited for it {self.sender.waited:.1f} s")
        if self.method == "bulk" and total:
            # bulk_create stamps auto_now fields with the clock; the corpus' own times are deterministic.
            Question.objects.filter(pk__gte=ids.question_start).update(updated_at=F("published_at"))
            Answer.objects.filter(pk__gte=ids.answer_start).update(updated_at=F("answered_at"))

    # FAQ -----------------------------------------------------------------------------------

    def _articles(self, corpus: Corpus, departments: dict[str, int], doctor_ids: list[int],
                  tag_ids: list[int]) -> None:
        specs = corpus.articles()
        existing = self._ids_by(Article, "slug", [s.slug for s in specs])
        specs = [s for s in specs if s.slug not in existing]
        Article.objects.bulk_create([
            Article(
                title=s.title, slug=s.slug, department_id=departments[s.department], summary=s.summary,
                reviewed_by_id=doctor_ids[s.reviewer], last_reviewed_on=s.last_reviewed_on, is_published=True,
                created_at=s.created_at,
            )
            for s in specs
        ], batch_size=500)
        article_ids = self._ids_by(Article, "slug", [s.slug for s in specs])
        Article.objects.filter(pk__in=list(article_ids.values())).update(updated_at=F("created_at"))
        sections, references, links = [], [], []
        for s in specs:
            pk = article_ids[s.slug]
            sections += [
                Section(article_id=pk, position=n, kind=x.kind, heading=x.heading, body=x.body, body_html=x.body_html)
                for n, x in enumerate(s.sections, start=1)
            ]
            references += [
                Reference(article_id=pk, position=n, title=title, url=url)
                for n, (title, url) in enumerate(s.references, start=1)
            ]
            links += [Article.tags.through(article_id=pk, tag_id=tag_ids[t]) for t in s.tags]
        Section.objects.bulk_create(sections, batch_size=500)
        Reference.objects.bulk_create(references, batch_size=500)
        Article.tags.through.objects.bulk_create(links, batch_size=500)
        self.add("articles", len(specs))
        self.add("sections", len(sections))
        self.add("references", len(references))
        self.add("article tags", len(links))

    # PostgreSQL upkeep ---------------------------------------------------------------------

    def _drop_secondary_indexes(self) -> list[tuple[str, str]]:
        """Drop the non-unique indexes that back no constraint; return (name, definition) pairs."""
        tables = [m._meta.db_table for m in (Question, Answer, Question.tags.through)]
        with connection.cursor() as cursor:
            cursor.execute(
                """
                SELECT i.indexname, i.indexdef
                FROM pg_indexes i
                JOIN pg_namespace n ON n.nspname = i.schemaname
                JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = n.oid
                JOIN pg_index x ON x.indexrelid = c.oid
                WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s)
                  AND NOT x.indisunique AND NOT x.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)
                ORDER BY i.tablename, i.indexname
                """,
                [tables],
            )
            indexes = cursor.fetchall()
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no index changes with checks pending
            for name, _ in indexes:
                cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        self.log(f"Dropped {len(indexes)} secondary indexes for the load.")
        return indexes

    def _skip_row_fk_triggers(self) -> str:
        """Turn off the per-row foreign-key triggers for this transaction; return the previous role."""
        tables = [m._meta.db_table for m in self._thread_models()]
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('is_superuser') = 'on', current_setting('session_replication_role')")
            superuser, previous = cursor.fetchone()
            if not superuser:
                raise CorpusError("--fast-fk-checks needs a PostgreSQL superuser (it sets session_replication_role).")
            cursor.execute(
                "SELECT string_agg(DISTINCT tgname, ', ') FROM pg_trigger "
                "WHERE tgrelid = ANY(%s::regclass[]) AND NOT tgisinternal",
                [tables],
            )
            (own_triggers,) = cursor.fetchone()
            if own_triggers:
                raise CorpusError(
                    f"--fast-fk-checks would also silence these triggers: {own_triggers}. Run without it."
                )
            cursor.execute("SELECT set_config('session_replication_role', 'replica', true)")
        self.log("Per-row foreign-key triggers off for the load (checked afterwards).")
        return previous

    def _check_loaded_foreign_keys(self, previous_role: str, ids: ThreadIds) -> None:
        """Restore the triggers, then check each foreign key of the loaded rows with one anti-join."""
        qn = connection.ops.quote_name
        starts = {
            Question: ids.question_start, Answer: ids.answer_start,
            Question.tags.through: ids.question_tag_start, QuestionBodySite: ids.body_site_start,
        }
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('session_replication_role', %s, true)", [previous_role])
            self.log("Checking the foreign keys of the loaded rows.")
            for model, start in starts.items():
                table, pk = qn(model._meta.db_table), qn(model._meta.pk.column)
                for f in model._meta.concrete_fields:
                    if not f.many_to_one:
                        continue
                    column = qn(f.column)
                    target, target_column = qn(f.target_field.model._meta.db_table), qn(f.target_field.column)
                    # Identifiers come from the models' metadata, quoted; values are parameters.
                    cursor.execute(
                        f"SELECT c.{pk} FROM {table} c WHERE c.{pk} >= %s AND c.{column} IS NOT NULL "  # noqa: S608 - quoted model identifiers
                        f"AND NOT EXISTS (SELECT 1 FROM {target} p WHERE p.{target_column} = c.{column}) LIMIT 1",
                        [start],
                    )
                    broken = cursor.fetchone()
                    if broken is not None:
                        raise CorpusError(
                            f"{model._meta.db_table} row {broken[0]}: {f.column} points to no {target}; "
                            "nothing was saved."
                        )

    @staticmethod
    def _set_constraints(mode: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"SET CONSTRAINTS ALL {mode}")

    def _restore_indexes(self, indexes: list[tuple[str, str]]) -> None:
        with connection.cursor() as cursor:
            # The foreign keys are deferred, and PostgreSQL builds no index on a table with pending
            # checks: run the checks of the rows loaded so far now, then defer again.
            self.log("Running the pending foreign-key checks.")
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            self.log(f"Recreating {len(indexes)} secondary indexes.")
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _, definition in indexes:
                cursor.execute(definition)
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        self.log("Indexes recreated.")

    def _reset_sequences(self) -> None:
        """Move the id sequences past the primary keys assigned here."""
        qn = connection.ops.quote_name
        with connection.cursor() as cursor:
            for model in self._big_models():
                table, column = model._meta.db_table, model._meta.pk.column
                # Identifiers come from the models' metadata, quoted; values are parameters.
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence(%s, %s), COALESCE(MAX({qn(column)}), 1), "  # noqa: S608 - quoted model identifiers
                    f"MAX({qn(column)}) IS NOT NULL) FROM {qn(table)}",
                    [table, column],
                )

    def _analyze(self) -> None:
        qn = connection.ops.quote_name
        models_ = (*self._big_models(), Tag, DoctorProfile, Article)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE " + ", ".join(qn(m._meta.db_table) for m in models_))

    # Derived data --------------------------------------------------------------------------

    @staticmethod
    def _invalidate_cached_pages() -> None:
        """COPY and bulk_create send no signals: every cached page and fragment is stale now."""
        cache.archive_changed()

    def _rebuild(self, *, skip: bool) -> None:
        for name in REBUILD_COMMANDS:
            if skip:
                self.log(f"Skipping {name} (--no-rebuild).")
                continue
            self.log(f"Running {name}.")
            call_command(name, stdout=self.stdout, stderr=self.stderr, no_color=self.no_color)


if __name__ == "__main__":
    try:
        status = main()
    finally:
        connection.close()
    sys.exit(status)
