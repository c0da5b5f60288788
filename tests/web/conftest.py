"""Fixtures for web tests: the real app on a temporary data folder, a real server, real speech."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SPEECH_TESTS = Path(__file__).parent.parent / "speech"
sys.path.insert(0, str(SPEECH_TESTS))
sys.path.insert(0, str(Path(__file__).parent.parent))  # tests/: the shared server helper

import synth  # noqa: E402
from web_answers import SPOKEN_ANSWER  # noqa: E402

from servers import uvicorn_thread  # noqa: E402

# The speech model's OpenMP threads sleep when idle (as `interview-coach serve` sets).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from interview_coach.config import Settings  # noqa: E402

ARTIFACTS = Path(__file__).parents[2] / "test-artifacts" / "web"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # FastAPI's TestClient sends `Host: testserver`; the app answers only to names it knows.
    return Settings(home=tmp_path / "home", allowed_hosts="testserver")


@pytest.fixture
def client(settings: Settings):
    from fastapi.testclient import TestClient

    from interview_coach.web import create_app

    with TestClient(create_app(settings, preload=False)) as c:
        yield c


@dataclass
class LiveServer:
    url: str
    app: object
    settings: Settings

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://")

    @property
    def coach(self):
        return self.app.state.coach  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The real app under uvicorn on a free loopback port, with its own data folder."""
    from interview_coach.web import create_app
    from interview_coach.web.app import preload_models

    settings = Settings(home=tmp_path_factory.mktemp("server-home"))
    app = create_app(settings, preload=True)
    with uvicorn_thread(app) as port:
        # Load and warm the models now, so the first answer in a test is timed fairly.
        preload_models(settings)
        yield LiveServer(url=f"http://127.0.0.1:{port}", app=app, settings=settings)


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not synth.tools_available():
        pytest.skip("espeak-ng and sox are needed to synthesise test speech (see .ci/run)")
    return tmp_path_factory.mktemp("web-synth")


@pytest.fixture(scope="session")
def spoken_clip(synth_dir: Path) -> synth.SynthClip:
    return synth.synthesize(SPOKEN_ANSWER, synth_dir / "spoken.wav", lead_silence=0.8)


@pytest.fixture(scope="session")
def spoken_webm(spoken_clip: synth.SynthClip, synth_dir: Path) -> Path:
    return synth.encode(spoken_clip.path, synth_dir / "spoken.webm", "libopus", "webm")
