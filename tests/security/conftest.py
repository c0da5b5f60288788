"""Fixtures for the attack suite: a real SQLite history in a temporary data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from interview_coach.config import Settings
from interview_coach.store import Store, open_store
from interview_coach.store.transfer import export_data
from servers import uvicorn_thread
from store.helpers import feedback, question, transcript

# A small real recording from the shared data (the attack needs bytes with a known hash).
PAYLOAD = b"echo owned >> /tmp/owned\n"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home", database_url=None)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    with open_store(settings) as opened:
        yield opened


@pytest.fixture
def app_settings(tmp_path: Path) -> Settings:
    """The app's settings for a test client (its host name allowed)."""
    return Settings(home=tmp_path / "home", database_url=None, allowed_hosts="testserver")


@pytest.fixture
def client(app_settings: Settings) -> Iterator[TestClient]:
    """The real app in a test client, with server errors returned as responses."""
    from interview_coach.web import create_app

    with TestClient(create_app(app_settings, preload=False), raise_server_exceptions=False) as c:
        yield c


def valid_export(tmp_path: Path, *, answers: int = 1) -> dict[str, Any]:
    """A real export written by a real history (one answer with feedback by default)."""
    home = tmp_path / "source-home"
    with open_store(Settings(home=home, database_url=None)) as source:
        session = source.start_session()
        for i in range(answers):
            source.save_answer(
                feedback(overall=60 + i), transcript=transcript(), question=question(),
                session_id=session,
            )  # fmt: skip
        out = tmp_path / "source.json"
        export_data(source, out)
    return json.loads(out.read_text(encoding="utf-8"))


def write(tmp_path: Path, doc: Any, name: str = "bundle.json") -> Path:
    path = tmp_path / "bundle" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


SRC = Path(__file__).parents[2] / "src"


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`interview-coach ARGS` as a real process on the data folder `home`."""
    env = {**os.environ, "INTERVIEW_COACH_HOME": str(home), "PYTHONPATH": str(SRC)}
    env.pop("INTERVIEW_COACH_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "interview_coach.cli", *args],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip


@dataclass
class Server:
    url: str
    settings: Settings


@contextmanager
def serving(settings: Settings, host: str = "127.0.0.1") -> Iterator[Server]:
    """The real app under uvicorn on a free port (models are not preloaded)."""
    from interview_coach.web import create_app

    with uvicorn_thread(create_app(settings, preload=False), host) as port:
        yield Server(url=f"http://{host}:{port}", settings=settings)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    settings = Settings(home=tmp_path_factory.mktemp("server-home"), database_url=None)
    with serving(settings) as server:
        yield server
