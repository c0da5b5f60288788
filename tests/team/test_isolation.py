"""Isolation, generated from the route table: another account's ids are never found.

Two candidates practise (typed answers, a mock interview, a negotiation, a story, a job
description). Bob shares with his coach Dan's cohort; Ann shares with coach Cora's. For every
route with an id in its path, every method, Bob's ids answer 404 to Ann and to Cora (never
403 with content, never 200), and every list or page without an id shows them nothing of
Bob's. Dan, whom Bob shares with, reads Bob's answer; after Bob withdraws, Dan gets 404 too.
A new route with a new kind of id fails here until it is given one (`ID_PARAMS`)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from starlette.routing import Mount
from starlette.websockets import WebSocketDisconnect

from interview_coach.store.accounts import Accounts

from .conftest import PASSWORD, browser

SECRET_WORDS = "zanzibar-quokka"  # only in Bob's answers, story and job description
ANSWER = (
    "Our nightly billing export kept failing at the end of each quarter, so I split it into "
    "batches and added a retry queue; it now ends in forty minutes. Codename {}."
)
# Path parameters that name something someone owns, and which of Bob's ids fills each.
ID_PARAMS = {
    "session_id": "session",
    "answer_id": "answer",
    "sid": "negotiation",
    "candidate_id": "user",
    "cohort_id": "cohort",
    "assignment_id": "assignment",
    "story_id": "story",
}
# Path parameters that are not ids, with a value that reaches the route.
OTHER_PARAMS = {"index": "0", "kind": "html", "action": "disable", "token": "x" * 43}
# Routes about accounts, not practice: tested in test_accounts.py.
ACCOUNT_PATHS = ("/join/", "/reset/", "/account/", "/admin/", "/api/admin/")


_ORIGIN = {"origin": "https://localhost"}
# Enough for any write route's body to be valid, so the id lookup is what answers.
_WRITE_BODY = {"text": "mine now", "answer": "mine now", "reply": "mine now", "role": "x",
               "share": True, "username": "ann", "name": "mine", "start": 0, "end": 5,
               "body": "mine now", "title": "mine", "due": "2030-01-31"}  # fmt: skip


def _routes(routes: list[Any]) -> list[Any]:
    out = []
    for r in routes:
        if hasattr(r, "original_router"):  # an included router
            out += _routes(r.original_router.routes)
        elif not isinstance(r, Mount):
            out.append(r)
    return out


def _practise(client: Any, marker: str) -> dict[str, int]:
    """A bit of everything, made through the API as its user would; the ids."""
    plan = {"minutes": 10, "jd_text": f"Data engineer. Build pipelines. {marker}"}
    session = client.post("/api/sessions", json=plan).json()
    answer = client.post(f"/api/sessions/{session['id']}/questions/0/answers",
                         json={"text": ANSWER.format(marker)}).json()  # fmt: skip
    story = client.post(
        f"/api/answers/{answer['answer_id']}/story", params={"title": marker, "force": True}
    )
    assert story.status_code == 201, story.text
    interview = client.post("/api/interviews", json={"minutes": 10}).json()
    client.post(f"/api/interviews/{interview['id']}/replies", json={"text": ANSWER.format(marker)})
    negotiation = client.post("/api/negotiations", json={"role": "Data engineer"}).json()
    return {"session": session["id"], "answer": answer["answer_id"],
            "interview": interview["id"], "negotiation": negotiation["id"],
            "story": story.json()["story_id"]}  # fmt: skip


@pytest.fixture
def world(team_app: Any) -> dict[str, Any]:
    accounts: Accounts = team_app.state.accounts
    people = (("ann", "candidate"), ("bob", "candidate"), ("cora", "coach"), ("dan", "coach"))
    for name, role in people:
        accounts.create_user(name, PASSWORD, role)
    ann, bob, cora, dan = (browser(team_app, n) for n, _ in people)
    mine = _practise(ann, "ann-own-words")
    theirs = _practise(bob, SECRET_WORDS)
    for coach, member in ((cora, ann), (dan, bob)):
        cohort = coach.post("/api/cohorts", json={"name": "Spring intake"}).json()["id"]
        me = member.get("/api/me").json()
        coach.post(f"/api/cohorts/{cohort}/members", json={"username": me["username"]})
        assert member.put(f"/api/cohorts/{cohort}/sharing", json={"share": True}).status_code == 200
    theirs["cohort"] = cohort
    due = {"title": "Warm-up", "kind": "questions", "count": 2, "due": "2030-01-31"}
    theirs["assignment"] = dan.post(f"/api/cohorts/{cohort}/assignments", json=due).json()["id"]
    theirs["user"] = bob.get("/api/me").json()["id"]
    assert len(set(theirs.values())) >= 3 and mine != theirs
    return {"ann": ann, "bob": bob, "cora": cora, "dan": dan, "theirs": theirs}


def _fill(path: str, theirs: dict[str, int], interview: bool) -> str | None:
    def value(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in ID_PARAMS:
            kind = ID_PARAMS[name]
            if kind == "session" and interview:
                kind = "interview"
            return str(theirs[kind])
        if name in OTHER_PARAMS:
            return OTHER_PARAMS[name]
        raise AssertionError(f"{path}: give the path parameter {name!r} a value in this test")

    return re.sub(r"\{(\w+)\}", value, path)


def test_every_route_hides_another_accounts_ids(team_app: Any, world: dict[str, Any]) -> None:
    checked = 0
    for reader in ("ann", "cora"):
        client = world[reader]
        for route in _routes(team_app.routes):
            path = route.path
            if "{" not in path or path.startswith(ACCOUNT_PATHS):
                continue
            interview = path.startswith(("/api/interviews", "/interviews"))
            url = _fill(path, world["theirs"], interview)
            if not hasattr(route, "methods"):  # a WebSocket: "not found", then closed
                with client.websocket_connect("wss://localhost" + url, headers=_ORIGIN) as ws:
                    first = ws.receive_json()
                    with pytest.raises(WebSocketDisconnect):
                        ws.receive_json()
                assert first["type"] == "error" and first["message"].startswith("No "), url
                assert SECRET_WORDS not in str(first)
                checked += 1
                continue
            for method in sorted(route.methods - {"HEAD"}):
                if method == "GET":
                    r = client.get(url)
                elif url.startswith("/api/"):
                    r = client.request(method, url, json=_WRITE_BODY)
                else:  # a page's form
                    r = client.request(method, url, data=_WRITE_BODY)
                assert r.status_code == 404, (reader, method, url, r.status_code, r.text[:200])
                assert SECRET_WORDS not in r.text, (reader, method, url)
                checked += 1
    assert checked >= 80
    # Bob's own view is untouched by all those attempts, and his coach reads it while he shares.
    bob, dan, ids = world["bob"], world["dan"], world["theirs"]
    shared = f"/api/coach/candidates/{ids['user']}/answers/{ids['answer']}"
    assert SECRET_WORDS in dan.get(shared).text
    bob.put(f"/api/cohorts/{ids['cohort']}/sharing", json={"share": False})
    assert dan.get(shared).status_code == 404
    assert bob.get(f"/api/answers/{world['theirs']['answer']}").status_code == 200
    assert bob.get(f"/api/interviews/{world['theirs']['interview']}").json()["finished"] is False


def test_no_list_or_page_shows_another_accounts_practice(
    team_app: Any, world: dict[str, Any]
) -> None:
    shown = 0
    for reader in ("ann", "cora"):
        client = world[reader]
        for route in _routes(team_app.routes):
            if "{" in route.path or "GET" not in getattr(route, "methods", ()):
                continue
            if route.path.startswith(ACCOUNT_PATHS) or route.path in ("/logout",):
                continue
            r = client.get(route.path)
            assert r.status_code < 500, (route.path, r.status_code)
            assert SECRET_WORDS not in r.text, (reader, route.path)
            shown += 1
    assert shown >= 20
    # ...while Bob sees his own.
    assert SECRET_WORDS in world["bob"].get("/api/stories").text
    assert SECRET_WORDS in world["bob"].get("/api/export").text


def test_deleting_my_history_leaves_theirs(world: dict[str, Any]) -> None:
    ann, bob = world["ann"], world["bob"]
    assert ann.delete("/api/data", params={"confirm": True}).status_code == 200
    assert ann.get("/api/answers").json() == []
    assert bob.get(f"/api/answers/{world['theirs']['answer']}").status_code == 200
