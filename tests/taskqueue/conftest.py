"""Real processes for the queue tests: redis-server, `interview-coach worker`, and team mode's
web server, each started on a free loopback port and stopped after the test."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from store.conftest import POSTGRES_URL, reset_postgres

SECRET = "queue-test-secret-key-of-32-characters-at-least"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _until(ready, what: str, seconds: float, proc: subprocess.Popen | None = None) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not ready():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"{what} exited with {proc.returncode}")
        assert time.monotonic() < deadline, f"{what} did not start in {seconds} s"
        time.sleep(0.1)


def _answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


@dataclass
class Redis:
    """A redis-server that can be restarted on the same port (nothing kept on disk)."""

    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("Debian's redis-server is needed for the queue tests (see .ci/run)")
        self.proc = subprocess.Popen([binary, "--port", str(self.port), "--bind", "127.0.0.1",
                                      "--save", "", "--appendonly", "no"],
                                     stdout=subprocess.DEVNULL)  # fmt: skip
        _until(lambda: _answers(self.port), "redis-server", 10, self.proc)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def redis_server() -> Iterator[Redis]:
    server = Redis()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: Redis) -> str:
    return redis_server.url


def env_for(home: Path, broker: str, database_url: str | None, **extra: str) -> dict[str, str]:
    """The environment of a team-mode process sharing one database and queue."""
    env = {**os.environ, "INTERVIEW_COACH_BROKER_URL": broker,
           "INTERVIEW_COACH_HOME": str(home), "INTERVIEW_COACH_TEAM": "1",
           "INTERVIEW_COACH_SECRET_KEY": SECRET, "OMP_WAIT_POLICY": "PASSIVE", **extra}  # fmt: skip
    env.pop("INTERVIEW_COACH_DATABASE_URL", None)
    if database_url:
        env["INTERVIEW_COACH_DATABASE_URL"] = database_url
    return env


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """`interview-coach worker` with one pool process, in a process group of its own."""
    cli = [sys.executable, "-m", "interview_coach.cli", "worker", "--concurrency", "1"]
    with log.open("ab") as out:
        return subprocess.Popen(cli, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)  # fmt: skip


def kill_group(proc: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        proc.wait(timeout=30)


@dataclass
class TeamServer:
    """Team mode's web server, its first worker, and the candidate signed in with a token."""

    url: str
    proc: subprocess.Popen
    env: dict[str, str]
    home: Path
    token: str
    other_token: str  # another candidate's
    workers: list[subprocess.Popen] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def add_worker(self) -> subprocess.Popen:
        proc = start_worker(self.env, self.home.parent / "worker.log")
        self.workers.append(proc)
        return proc


@pytest.fixture
def team_server(redis_server: Redis, tmp_path: Path) -> Iterator[TeamServer]:
    """A real `interview-coach serve --team` on PostgreSQL and the queue, with one worker."""
    if not POSTGRES_URL:
        pytest.skip("team mode needs PostgreSQL (INTERVIEW_COACH_TEST_POSTGRES_URL)")
    from interview_coach.config import Settings
    from interview_coach.store import open_store
    from interview_coach.store.accounts import Accounts

    reset_postgres(POSTGRES_URL)
    home = tmp_path / "home"
    settings = Settings(home=home, database_url=POSTGRES_URL, team=True, secret_key=SECRET)
    with open_store(settings) as store:
        accounts = Accounts(store, SECRET)
        ann = accounts.create_user("ann", "a long enough password", "candidate")
        token = accounts.create_token(ann.id, "queue tests")
        bob = accounts.create_user("bob", "a long enough password", "candidate")
        other = accounts.create_token(bob.id, "queue tests")
    # A short wait, so the test of no worker at all ends soon.
    env = env_for(home, redis_server.url, POSTGRES_URL, INTERVIEW_COACH_TASK_WAIT_SECONDS="30")
    port = free_port()
    log = (tmp_path / "web.log").open("wb")
    cli = [sys.executable, "-m", "interview_coach.cli", "serve", "--team", "--port", str(port)]
    proc = subprocess.Popen(cli, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            with urllib.request.urlopen(f"{url}/api/health", timeout=1):
                return True
        except OSError:
            return False

    server = TeamServer(url, proc, env, home, token, other)
    try:
        _until(up, "the team-mode server", 60, proc)
        server.add_worker()
        yield server
    finally:
        for worker in server.workers:
            kill_group(worker, signal.SIGTERM)
        kill_group(proc, signal.SIGTERM)
        log.close()


@pytest.fixture
def queue_settings(tmp_path: Path) -> object:
    """Settings for a team-mode database (PostgreSQL, or SQLite shared through its file)."""
    from interview_coach.config import Settings

    url = None
    if POSTGRES_URL:
        reset_postgres(POSTGRES_URL)
        url = POSTGRES_URL
    return Settings(home=tmp_path / "home", database_url=url, team=True, secret_key=SECRET)
