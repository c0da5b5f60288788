"""What whoever runs the server watches: readiness, and Prometheus metrics on loopback only."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from interview_coach.config import Settings
from interview_coach.web import create_app


def _client(settings: Settings, client: tuple[str, int] = ("127.0.0.1", 40000)) -> TestClient:
    return TestClient(create_app(settings, preload=False), client=client)


def test_ready_when_the_database_answers(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", allowed_hosts="testserver")
    r = _client(settings).get("/api/ready")
    assert r.status_code == 200 and r.json() == {"ready": True, "database": "ok"}


def test_not_ready_when_the_database_is_away(tmp_path: Path) -> None:
    # A PostgreSQL URL on a port where nothing listens.
    away = "postgresql://nobody:x@127.0.0.1:9/none"
    settings = Settings(home=tmp_path / "home", allowed_hosts="testserver", database_url=away)
    client = _client(settings)
    r = client.get("/api/ready")
    assert r.status_code == 503 and r.json()["ready"] is False
    assert client.get("/api/health").status_code == 200  # up, but not ready


def test_metrics_name_routes_not_ids_and_only_for_this_computer(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", allowed_hosts="testserver")
    local = _client(settings)
    local.get("/progress")
    local.get("/api/answers/987654")
    local.get("/no/such/page/31337")
    text = local.get("/metrics").text
    assert 'route="/api/answers/{answer_id}",status="4xx"' in text
    assert 'route="/progress",status="2xx"' in text
    # Ids never become labels. Only the labels are searched: a sample's value (a float sum
    # such as 0.13961470998765435) may hold any run of digits.
    labels = re.findall(r"\{([^}]*)\}", text)
    assert labels and not any("987654" in lab or "31337" in lab for lab in labels)
    assert "coach_live_sessions 0.0" in text and "coach_answer_seconds_count" in text
    assert "coach_queue_depth -1.0" in text  # no queue set
    remote = _client(settings, client=("192.0.2.7", 40000))
    assert remote.get("/metrics").status_code == 404
