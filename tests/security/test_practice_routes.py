"""Hostile and careless input on the mock interview and negotiation routes: each case found
by an adversarial pass, with the exact safe outcome."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from interview_coach.config import Settings
from interview_coach.web import create_app


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(home=tmp_path / "home", database_url=None, allowed_hosts="testserver")
    with TestClient(create_app(settings, preload=False), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("target", [100, 0.1, 1e200, 99_999_999_999_999])
def test_absurd_targets_are_refused_and_break_nothing(client: TestClient, target: float) -> None:
    r = client.post("/api/negotiations", json={"role": "Zorblax wrangler", "target": target})
    assert r.status_code == 422
    form = client.post("/negotiations", data={"role": "Zorblax wrangler", "target": str(target)})
    assert form.status_code == 422
    assert "yearly figure between" in form.text or "is not an amount a year" in form.text
    huge = client.post("/negotiations", data={"role": "Store manager", "target": "9" * 400})
    assert huge.status_code == 422
    assert client.get("/api/negotiations").status_code == 200
    assert client.get("/progress").status_code == 200


def test_a_finished_interview_refuses_replies(client: TestClient) -> None:
    sid = client.post("/api/interviews", json={"minutes": 10}).json()["id"]
    assert client.post(f"/api/interviews/{sid}/end").status_code == 200
    turns = len(client.get(f"/api/interviews/{sid}").json()["turns"])
    r = client.post(f"/api/interviews/{sid}/replies", json={"text": "One more thing"})
    assert r.status_code == 422 and "has ended" in r.json()["error"]
    page = client.post(f"/interviews/{sid}/reply", data={"text": "One more thing"})
    assert page.status_code == 422 and "has ended" in page.text
    assert len(client.get(f"/api/interviews/{sid}").json()["turns"]) == turns  # nothing kept


def test_the_interview_page_has_the_api_s_reply_limit(client: TestClient) -> None:
    sid = client.post("/api/interviews", json={"minutes": 10}).json()["id"]
    r = client.post(f"/interviews/{sid}/reply", data={"text": "x" * 1_000_000})
    assert r.status_code == 422 and "20,000 characters" in r.text


def test_control_characters_are_refused_in_negotiations(client: TestClient) -> None:
    bad = client.post("/api/negotiations", json={"role": "Nurse\x00\x1b", "target": 90000})
    assert bad.status_code == 422
    sid = client.post("/api/negotiations", json={"role": "Nurse", "target": 90000}).json()["id"]
    r = client.post(f"/api/negotiations/{sid}/replies", json={"text": "a\x00b"})
    assert r.status_code == 422 and "not text" in r.json()["error"]
    doc = client.post("/api/interviews", json={"minutes": 10, "jd_text": "Nurse\x00 wanted"})
    assert doc.status_code == 422


def test_silence_at_the_close_is_never_a_deal(client: TestClient) -> None:
    sid = client.post("/api/negotiations", json={"role": "Nurse", "target": 90000}).json()["id"]
    for text in ("I'm looking for 95k given my experience.", "Could you do 95k?", "No.", "No."):
        client.post(f"/api/negotiations/{sid}/replies", json={"text": text})
    asked = client.post(f"/api/negotiations/{sid}/replies", json={"text": ""}).json()
    assert asked["finished"] is False and "Do we have a deal?" in asked["reply"]
    last = client.post(f"/api/negotiations/{sid}/replies", json={"text": "hmm"}).json()
    assert last["finished"] is True and last["result"]["outcome"]["agreed"] is False


def test_negotiation_history_finds_older_negotiations(client: TestClient) -> None:
    sid = client.post("/api/negotiations", json={"role": "Nurse", "target": 90000}).json()["id"]
    client.post(f"/api/negotiations/{sid}/replies", json={"text": "Yes, I accept."})
    client.post(f"/api/negotiations/{sid}/replies", json={"text": "Sounds good, I accept."})
    for _ in range(8):  # newer sessions of another kind
        client.post("/api/interviews", json={"minutes": 10})
    [kept] = client.get("/api/negotiations?limit=1").json()
    assert kept["id"] == sid
