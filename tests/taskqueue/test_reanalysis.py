"""Re-analysis on the real task queue: Redis, `interview-coach worker` processes, a database.

A worker killed mid-task loses nothing and duplicates nothing: the task is acknowledged late,
handed out again, and every answer keeps exactly one analysis by the current version."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from interview_coach.config import Settings
from interview_coach.store import open_store
from interview_coach.store.accounts import Accounts
from interview_coach.store.owner import acting_as, unscoped
from interview_coach.store.tables import FeedbackRow
from interview_coach.types import ANALYZER_VERSION

sys.path.insert(0, str(Path(__file__).parents[1]))
from store.conftest import POSTGRES_URL, reset_postgres
from store.helpers import feedback, question, transcript

SECRET = "queue-test-secret-key-of-32-characters-at-least"
VISIBILITY_SECONDS = 4  # a dead worker's task is handed out again this soon
ANSWERS = 120


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    url = None
    if POSTGRES_URL:  # team mode's database; SQLite otherwise, shared through its file
        reset_postgres(POSTGRES_URL)
        url = POSTGRES_URL
    return Settings(home=tmp_path / "home", database_url=url, team=True, secret_key=SECRET)


def _stale_history(settings: Settings) -> int:
    with open_store(settings) as store:
        owner = Accounts(store, SECRET).create_user("ann", "a long enough password", "candidate")
        old = feedback(analyzer_version="0.9.0")
        with acting_as(owner.id):
            for i in range(ANSWERS):
                store.save_answer(old, transcript=transcript(), question=question(qid=f"q{i}"))
    return owner.id


def _worker(settings: Settings, broker: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "INTERVIEW_COACH_BROKER_URL": broker,
           "INTERVIEW_COACH_HOME": str(settings.home),
           "INTERVIEW_COACH_DATABASE_URL": settings.database_url or "",
           "INTERVIEW_COACH_TEAM": "1", "INTERVIEW_COACH_SECRET_KEY": SECRET,
           "INTERVIEW_COACH_TASK_VISIBILITY_SECONDS": str(VISIBILITY_SECONDS)}  # fmt: skip
    if not settings.database_url:
        env.pop("INTERVIEW_COACH_DATABASE_URL")
    cli = [sys.executable, "-m", "interview_coach.cli", "worker", "--concurrency", "1"]
    return subprocess.Popen(cli, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)  # fmt: skip


def _counts(settings: Settings) -> tuple[int, int]:
    """(current-version analyses, answers with more than one of them), past the scoping."""
    with open_store(settings) as store, unscoped(), store.reading() as s:
        per_answer = (
            sa.select(FeedbackRow.answer_id, sa.func.count().label("n"))
            .where(FeedbackRow.analyzer_version == ANALYZER_VERSION)
            .group_by(FeedbackRow.answer_id)
            .subquery()
        )
        done = s.scalar(sa.select(sa.func.count()).select_from(per_answer)) or 0
        twice = s.scalar(sa.select(sa.func.count()).select_from(per_answer).where(
            per_answer.c.n > 1)) or 0  # fmt: skip
    return done, twice


def _wait(settings: Settings, until: int, seconds: float) -> int:
    deadline = time.monotonic() + seconds
    while (done := _counts(settings)[0]) < until:
        assert time.monotonic() < deadline, f"only {done} of {until} re-analysed in {seconds} s"
        time.sleep(0.2)
    return done


@pytest.mark.slow
def test_a_worker_killed_mid_task_loses_and_duplicates_nothing(
    settings: Settings, redis_url: str
) -> None:
    from interview_coach.tasks import celery_app, enqueue_reanalysis

    owner = _stale_history(settings)
    first = _worker(settings, redis_url)
    try:
        enqueue_reanalysis([owner], app=celery_app(redis_url, VISIBILITY_SECONDS))
        part = _wait(settings, 5, seconds=120)  # the worker is part-way through the task
        os.killpg(first.pid, signal.SIGKILL)  # the worker and its pool, mid-task
        first.wait(timeout=10)
        assert part < ANSWERS, "the task finished before the worker could be killed"
        second = _worker(settings, redis_url)
        try:
            assert _wait(settings, ANSWERS, seconds=180) == ANSWERS
            time.sleep(VISIBILITY_SECONDS + 1)  # any further redelivery would show now
        finally:
            os.killpg(second.pid, signal.SIGTERM)
            second.wait(timeout=30)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    assert _counts(settings) == (ANSWERS, 0)  # every answer once, none twice


def test_an_admin_puts_one_task_per_account_on_the_queue(
    settings: Settings, redis_url: str, tmp_path: Path
) -> None:
    if not POSTGRES_URL:
        pytest.skip("team mode's web app needs PostgreSQL")
    import redis
    from fastapi.testclient import TestClient

    from interview_coach.web import create_app

    app = create_app(settings.model_copy(update={"broker_url": redis_url}), preload=False)
    accounts: Accounts = app.state.accounts
    accounts.create_user("admin", "a long enough password", "admin")
    accounts.create_user("ann", "a long enough password", "candidate")
    client = TestClient(app, base_url="https://localhost")
    client.post("/login", data={"username": "admin", "password": "a long enough password"})
    csrf = client.get("/").text.split('X-CSRF-Token": "')[1].split('"')[0]
    r = client.post("/api/admin/reanalysis", headers={"X-CSRF-Token": csrf})
    assert r.status_code == 202 and r.json() == {"queued": 2}
    assert redis.Redis.from_url(redis_url).llen("celery") == 2  # waiting for a worker
    local = TestClient(app, base_url="https://localhost", client=("127.0.0.1", 40000))
    assert "coach_queue_depth 2.0" in local.get("/metrics").text
    app.state.coach.close()
