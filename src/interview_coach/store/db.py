"""Engine set-up: where the database lives, SQLite pragmas, and automatic migrations."""

from __future__ import annotations

import sqlite3
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from interview_coach.config import Settings
from interview_coach.errors import StorageError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DATABASE_FILE = "history.sqlite3"
# How long a writer waits for another writer (web app and CLI at once) before giving up.
BUSY_TIMEOUT_MS = 10_000
# How often a connection retries switching a new database to WAL while another holds it.
_WAL_RETRY_SECONDS = 0.02
# Any constant works: it only has to be the same in every process migrating one database.
_PG_MIGRATION_LOCK = 7_301_994


def database_url(settings: Settings) -> str:
    """The configured URL, or SQLite in the data folder (created when missing)."""
    if settings.database_url:
        url = settings.database_url
        # "postgresql://" would pick psycopg2, which is not a dependency; psycopg 3 is.
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    try:
        settings.home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Cannot create the data folder {settings.home}: {exc}") from exc
    return f"sqlite:///{settings.home / DATABASE_FILE}"


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (below), instead of pysqlite's lazy
    # deferred BEGIN, which fails at once with "database is locked" when two writers race.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _use_wal(cur)
    cur.execute("PRAGMA synchronous = NORMAL")  # durable at each checkpoint; safe with WAL
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _use_wal(cur: sqlite3.Cursor) -> None:
    """Put the database in WAL mode, so readers never block the writer.

    The mode is kept in the file, so usually this only reads it. Switching a new file takes
    an exclusive lock, and SQLite answers "database is locked" at once, without its busy
    handler, when another process opens the same new file at that moment: retry until the
    busy timeout, as any other lock would wait.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(_WAL_RETRY_SECONDS)


# The execution option that marks a read-only transaction (Store.reading).
READ_ONLY = "coach_read_only"


def _sqlite_on_begin(conn: sa.Connection) -> None:
    # IMMEDIATE takes the write lock up front, so busy_timeout applies and no transaction
    # fails half-way through on a lock upgrade. A read-only transaction begins deferred: in
    # WAL mode it never waits for a writer, nor makes one wait.
    read = conn.get_execution_options().get(READ_ONLY)
    conn.exec_driver_sql("BEGIN" if read else "BEGIN IMMEDIATE")


# One turn at the write lock per SQLite engine, shared by every Store on it (see writer_turn).
_WRITERS: weakref.WeakKeyDictionary[Engine, threading.RLock] = weakref.WeakKeyDictionary()
_WRITERS_GUARD = threading.Lock()


@contextmanager
def writer_turn(engine: Engine) -> Iterator[None]:
    """Queue the threads of this process for SQLite's write lock.

    SQLite's busy handler polls with growing sleeps (1, 2, 5, 10 … ms), so under load a
    waiting writer wakes long after the lock came free; a Python lock hands the turn on at
    once. Reentrant, because a nested write on one thread would wait on itself. Writers in
    other processes still meet at the busy handler, and so does a thread that waited here
    longer than the busy timeout: SQLite then decides, as it would have without the queue.
    """
    if engine.dialect.name != "sqlite":  # a server database queues writers itself
        yield
        return
    with _WRITERS_GUARD:
        lock = _WRITERS.setdefault(engine, threading.RLock())
    got = lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        yield
    finally:
        if got:
            lock.release()


def create_engine(url: str) -> Engine:
    """An engine with the SQLite pragmas on every connection (no-op for PostgreSQL)."""
    server = not url.startswith("sqlite")
    try:
        # A database server may restart under a running app: a pooled connection is checked
        # before use and replaced if dead, so the first request after the restart succeeds.
        engine = sa.create_engine(url, future=True, pool_pre_ping=server)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise StorageError(f"Cannot use the database URL {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_on_connect)
        sa.event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def alembic_config() -> Config:
    """Alembic's configuration built in code: no alembic.ini needs to exist on disk."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def head_revision() -> str:
    """The newest schema revision this version of the package knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to `revision` in one transaction (safe when two processes race)."""
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})"))
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except sa.exc.OperationalError as exc:
        raise StorageError(f"Cannot migrate the history database: {exc.orig}") from exc


def ensure_schema(engine: Engine) -> None:
    """Run pending migrations (first use, or after an upgrade of the package)."""
    try:
        current = current_revision(engine)
    except sa.exc.OperationalError as exc:
        raise StorageError(f"Cannot open the history database: {exc.orig}") from exc
    if current == head_revision():
        return
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise StorageError(
            f"The history database is at schema {current}, newer than this version of "
            "interview-coach knows. Upgrade interview-coach to open it."
        )
    upgrade(engine)
