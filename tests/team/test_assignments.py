"""Assignments: a coach sets a cohort a question set or a mock interview by a date; each
candidate starts it, and the coach sees who has done it (of those who share)."""

from __future__ import annotations

from typing import Any

from interview_coach.store.accounts import Accounts
from store.helpers import STAR_TEXT

from .conftest import PASSWORD, browser


def test_a_question_set_and_a_mock_interview_from_set_to_done(team_app: Any) -> None:
    accounts: Accounts = team_app.state.accounts
    for name, role in (("cora", "coach"), ("ann", "candidate"), ("bob", "candidate"),
                       ("eve", "candidate")):  # fmt: skip
        accounts.create_user(name, PASSWORD, role)
    cora, ann, bob, eve = (browser(team_app, n) for n in ("cora", "ann", "bob", "eve"))
    cohort = cora.post("/api/cohorts", json={"name": "Spring"}).json()["id"]
    for who in ("ann", "bob"):
        cora.post(f"/api/cohorts/{cohort}/members", json={"username": who})
    ann.put(f"/api/cohorts/{cohort}/sharing", json={"share": True})  # bob does not share
    questions = cora.post(f"/api/cohorts/{cohort}/assignments", json={
        "title": "Support warm-up", "kind": "questions", "job_family": "customer_support",
        "count": 2, "due": "2030-01-31"}).json()["id"]  # fmt: skip
    interview = cora.post(f"/api/cohorts/{cohort}/assignments", json={
        "title": "Full mock", "kind": "interview", "minutes": 20,
        "due": "2030-02-28"}).json()["id"]  # fmt: skip

    mine = {a["id"]: a for a in ann.get("/api/assignments").json()}
    assert mine[questions]["status"] == "not started" and len(mine[questions]["question_ids"]) == 2
    url = ann.post(f"/api/assignments/{questions}/start").json()["url"]
    session_id = int(url.split("/")[2])
    session = ann.get(f"/api/sessions/{session_id}").json()
    assert [q["id"] for q in session["questions"]] == mine[questions]["question_ids"]
    assert ann.post(f"/api/assignments/{questions}/start").json()["url"] == url  # continues
    ann.post(f"/api/sessions/{session_id}/questions/0/answers", json={"text": STAR_TEXT})
    assert {a["id"]: a["status"] for a in ann.get("/api/assignments").json()}[
        questions
    ] == "started"
    ann.post(f"/api/sessions/{session_id}/questions/1/answers", json={"text": STAR_TEXT})
    url = ann.post(f"/api/assignments/{interview}/start").json()["url"]
    assert url.startswith("/interviews/")
    status = {a["id"]: a["status"] for a in ann.get("/api/assignments").json()}
    assert status == {questions: "done", interview: "started"}

    board = {a["id"]: a["members"] for a in cora.get(f"/api/cohorts/{cohort}/assignments").json()}
    assert board[questions] == [{"username": "ann", "status": "done"},
                                {"username": "bob", "status": "not shared"}]  # fmt: skip
    # Outside the cohort there is no such assignment; the coach's page shows the table.
    assert eve.get("/api/assignments").json() == []
    assert eve.post(f"/api/assignments/{questions}/start").status_code == 404
    assert bob.post(f"/api/assignments/{questions}/start").status_code == 201
    page = cora.get("/cohorts").text
    assert "Support warm-up" in page and "ann: done" in page and "bob: not shared" in page
    assert "Start" in bob.get("/cohorts").text or "Continue" in bob.get("/cohorts").text
