"""Writers in one process take turns at SQLite's write lock in Python (store/db.writer_turn)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import sqlalchemy as sa
from tests.store.helpers import feedback, transcript

from interview_coach.config import Settings
from interview_coach.store import db, open_store

THREADS = 8
PER_THREAD = 15


def _no_busy_wait(conn: sqlite3.Connection, _record: object) -> None:
    # SQLite's own wait switched off: a writer that meets the lock fails at once.
    conn.execute("PRAGMA busy_timeout = 0")


def test_threads_of_one_process_queue_for_the_write_lock(tmp_path: Path) -> None:
    # With SQLite's busy handler off, only the queue keeps concurrent writers from failing
    # with "database is locked": every answer of every thread must be kept.
    with open_store(Settings(home=tmp_path / "home", database_url=None)) as store:
        store.engine.dispose()  # new connections get the listener below
        sa.event.listen(store.engine, "connect", _no_busy_wait)
        errors: list[BaseException] = []
        ids: list[int] = []
        start = threading.Barrier(THREADS)

        def write() -> None:
            start.wait()
            try:
                for _ in range(PER_THREAD):
                    ids.append(store.save_answer(feedback(), transcript=transcript()))
            except BaseException as exc:  # reported by the assert below
                errors.append(exc)

        threads = [threading.Thread(target=write) for _ in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert {r.id for r in store.answers(limit=1000)} == set(ids)
        assert len(ids) == THREADS * PER_THREAD


def test_a_nested_write_on_one_thread_does_not_wait_on_itself(tmp_path: Path) -> None:
    with open_store(Settings(home=tmp_path / "home", database_url=None)) as store:
        with db.writer_turn(store.engine):
            answer_id = store.save_answer(feedback(), transcript=transcript())
        assert [r.id for r in store.answers()] == [answer_id]


def test_a_server_database_is_not_queued() -> None:
    engine = sa.create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with db.writer_turn(engine):
        assert engine not in db._WRITERS
