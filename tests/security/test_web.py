"""Attacks on the web app: each asserts the exact safe outcome."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import websockets
from fastapi.testclient import TestClient

from interview_coach.config import Settings
from interview_coach.store.tables import Answer
from interview_coach.web import create_app

from .conftest import serving

TOKEN = "correct-horse-battery-staple"


def _session(client: TestClient) -> int:
    return client.post("/api/sessions", json={"count": 2}).json()["id"]


# ------------------------------------------------------------------ host names (DNS rebinding)


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/api/export"), ("GET", "/"), ("DELETE", "/api/data?confirm=true"),
     ("POST", "/api/sessions"), ("GET", "/static/app.css")],
)  # fmt: skip
def test_a_foreign_host_name_is_refused(client: TestClient, method: str, path: str) -> None:
    evil = "attacker.example:8000"
    r = client.request(
        method, path, headers={"host": evil, "origin": f"http://{evil}"}, json={"count": 1}
    )
    assert r.status_code == 421
    assert "does not answer to that host name" in r.text
    assert "tables" not in r.text


def test_loopback_names_are_allowed_by_default(tmp_path: Path) -> None:
    app = create_app(Settings(home=tmp_path / "h", database_url=None), preload=False)
    with TestClient(app) as c:
        for host in ("127.0.0.1:8000", "localhost", "[::1]:9000", "LOCALHOST."):
            assert c.get("/api/health", headers={"host": host}).status_code == 200
        assert c.get("/api/health").status_code == 421  # "testserver" was not configured


@pytest.mark.parametrize(
    "host",
    ["[::1]evil.example", "[::1]:80evil", "localhost:80:81", "localhost evil", "127.0.0.1:x"],
)
def test_a_malformed_host_header_naming_a_loopback_address_is_refused(
    tmp_path: Path, host: str
) -> None:
    app = create_app(Settings(home=tmp_path / "h", database_url=None), preload=False)
    with TestClient(app) as c:
        assert c.get("/api/health", headers={"host": host}).status_code == 421
        assert c.get("/api/health", headers={"host": "::1"}).status_code == 200


def test_the_websocket_handshake_checks_the_host(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "h", database_url=None)
    with serving(settings) as server:
        port = server.url.rsplit(":", 1)[1]

        async def attempt() -> None:
            # The name a rebinding attack uses, connected to this server's address.
            await websockets.connect(
                f"ws://attacker.example:{port}/api/sessions/1/questions/0/live",
                host="127.0.0.1", port=int(port),
                origin=f"http://attacker.example:{port}",
            )  # fmt: skip

        # In its own thread: a browser test run earlier in the same process (Playwright's
        # sync API) leaves an event loop on the main thread, where asyncio.run would refuse.
        with pytest.raises(websockets.InvalidStatus) as info, ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, attempt()).result()
        assert info.value.response.status_code == 403


# ------------------------------------------------------------------ beyond loopback: a token


@pytest.fixture
def guarded(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        home=tmp_path / "home", database_url=None, allowed_hosts="testserver", access_token=TOKEN
    )
    with TestClient(create_app(settings, preload=False), follow_redirects=False) as c:
        yield c


def test_without_the_token_nothing_is_served(guarded: TestClient) -> None:
    assert guarded.get("/api/export").status_code == 401
    assert guarded.delete("/api/data?confirm=true").status_code == 401
    r = guarded.get("/progress")
    assert r.status_code == 303 and r.headers["location"] == "/signin?next=/progress"
    assert guarded.get("/api/health").status_code == 200
    assert guarded.get("/signin").status_code == 200


def test_signing_in_sets_an_httponly_cookie(guarded: TestClient) -> None:
    bad = guarded.post("/signin", data={"token": "guess", "next": "/progress"})
    assert bad.status_code == 401 and "not right" in bad.text
    assert "set-cookie" not in bad.headers
    r = guarded.post("/signin", data={"token": TOKEN, "next": "//attacker.example/"})
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert TOKEN not in cookie  # the cookie is derived from the token, not the token
    assert guarded.get("/api/export").status_code == 200
    assert guarded.get("/progress").status_code == 200


def test_guessing_the_token_is_paused(guarded: TestClient, monkeypatch) -> None:
    from collections import deque

    from interview_coach.web import signin

    monkeypatch.setattr(signin, "_failures", deque())
    codes = [guarded.post("/signin", data={"token": f"guess-{i}"}).status_code for i in range(11)]
    assert codes == [401] * 10 + [429]
    r = guarded.post("/signin", data={"token": TOKEN})
    assert r.status_code == 429 and "paused for a minute" in r.text
    assert "set-cookie" not in r.headers


def test_a_bearer_token_works_for_scripts(guarded: TestClient) -> None:
    headers = {"authorization": f"Bearer {TOKEN}"}
    assert guarded.get("/api/sessions", headers=headers).status_code == 200
    assert guarded.get("/api/sessions", headers={"authorization": "Bearer x"}).status_code == 401


def test_serve_refuses_a_network_address_without_a_token(tmp_path: Path) -> None:
    from .conftest import cli

    proc = cli(tmp_path / "home", "serve", "--host", "0.0.0.0", "--port", "8765")
    assert proc.returncode == 2
    assert "needs an access token: set INTERVIEW_COACH_ACCESS_TOKEN" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_secrets_are_never_shown(tmp_path: Path) -> None:
    settings = Settings(
        home=tmp_path / "home",
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        allowed_hosts="testserver",
        llm_api_key="sk-very-secret-key",
    )
    with TestClient(create_app(settings, preload=False)) as c:
        assert "sk-very-secret-key" not in c.get("/api/settings").text
        assert "sk-very-secret-key" not in c.get("/settings").text
    from interview_coach.web.api import masked_url

    shown = masked_url("postgresql://coach:hunter2pass@db.local:5432/coach")
    assert shown == "postgresql://coach:***@db.local:5432/coach"


# ------------------------------------------------------------------ every request gets an answer


def test_an_id_beyond_the_database_range_is_bad_input(client: TestClient) -> None:
    huge = 2**64
    for path in (f"/api/answers/{huge}", f"/answers/{huge}", f"/api/sessions/{huge}",
                 f"/sessions/{huge}/room", f"/api/answers/{huge}/audio"):  # fmt: skip
        assert client.get(path).status_code == 422, path


def test_a_wrong_content_type_gets_415(client: TestClient) -> None:
    sid = _session(client)
    r = client.post(
        f"/api/sessions/{sid}/questions/0/answers",
        content=b"text=hello",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 415 and r.json() == {"error": "Send this request as application/json."}
    r = client.post("/api/plan", content=b"\xff\xfe", headers={"content-type": "text/plain"})
    assert r.status_code == 415


def test_invalid_json_gets_a_json_error(client: TestClient) -> None:
    r = client.post("/api/plan", content=b"\xff\x00{", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"] == "There was an error parsing the body"
    r = client.post(
        "/api/plan", content=b'{"minutes": ', headers={"content-type": "application/json"}
    )
    assert r.status_code == 422
    assert r.json()["error"] == "request body: not valid JSON (at character 12)"


def test_a_lone_surrogate_is_replaced_not_a_500(client: TestClient) -> None:
    sid = _session(client)
    text = "I led the migration of our billing export \\ud800 and cut its run time by half."
    r = client.post(
        f"/api/sessions/{sid}/questions/0/answers",
        content=('{"text": "' + text + '"}').encode(),
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 201, r.text
    stored = client.get(r.json()["url"].replace("/answers", "/api/answers")).json()
    assert "export \ufffd and cut" in stored["transcript"]["text"]


def test_control_and_direction_characters_never_reach_the_history(client: TestClient) -> None:
    """An answer pasted with a terminal escape (which `history` would print back) or a
    right-to-left override is kept without them; its words are analysed as usual."""
    sid = _session(client)
    text = "\x1b[2J\x07I led the \u202emigration\u202c of our billing export and cut its time."
    r = client.post(f"/api/sessions/{sid}/questions/0/answers", json={"text": text})
    assert r.status_code == 201, r.text
    kept = client.get(r.json()["url"].replace("/answers", "/api/answers")).json()
    kept_text = kept["transcript"]["text"]
    assert not any(c in kept_text for c in "\x1b\x07\u202e\u202c"), repr(kept_text)
    # The escape goes whole ("[2J" is not left behind); the override becomes a space.
    assert kept_text.startswith("I led the") and "the  migration  of" in kept_text


def test_a_body_over_the_limit_is_refused_before_it_is_read(client: TestClient) -> None:
    r = client.post(
        "/sessions/preview",
        content=b"x" * 10,
        headers={"content-type": "multipart/form-data; boundary=x",
                 "content-length": str(1_500_000_000)},
    )  # fmt: skip
    assert r.status_code == 413 and "over the 22 MB limit" in r.text


def test_a_streamed_body_over_the_limit_is_cut_off(tmp_path: Path) -> None:
    """No Content-Length (chunked): the count stops it, and nothing is spooled past it."""
    settings = Settings(home=tmp_path / "h", database_url=None)
    with serving(settings) as server:

        def chunks() -> Iterator[bytes]:
            yield b'--x\r\nContent-Disposition: form-data; name="jd_file"; filename="a.txt"'
            yield b"\r\n\r\n"
            for _ in range(30):
                yield b"a" * (1024 * 1024)

        r = httpx.post(
            f"{server.url}/sessions/preview",
            content=chunks(),
            headers={"content-type": "multipart/form-data; boundary=x"},
            timeout=60,
        )
        assert r.status_code == 413
        r = httpx.get(f"{server.url}/api/health", timeout=5)
        assert r.status_code == 200


def test_an_unhandled_error_gets_a_reference_and_a_log_line(
    client: TestClient, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_coach.web import services

    def broken(self, limit: int = 10):  # a bug anywhere below a route
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(services.Coach, "sessions", broken)
    with caplog.at_level(logging.ERROR, logger="interview_coach.web.guard"):
        r = client.get("/api/sessions")
        page = client.get("/")
    assert r.status_code == 500
    reference = r.json()["reference"]
    assert r.json()["error"].startswith("Something went wrong on our side")
    assert "ZeroDivisionError" not in r.text and "Traceback" not in r.text
    assert any(reference in rec.getMessage() and rec.exc_info for rec in caplog.records)
    assert page.status_code == 500 and "Reference:" in page.text
    assert page.headers["content-type"].startswith("text/html")


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/api/health", "/static/app.css", "/no-such-page", "/api/answers/999"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "unsafe-inline" not in csp, path
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin"


@pytest.mark.parametrize(
    ("host", "source"),
    [("localhost:8765", "ws://localhost:8765"), ("[::1]:8765", "ws://[::1]:8765")],
)
def test_the_live_socket_source_names_the_port(client: TestClient, host: str, source: str) -> None:
    # Without the port, ws://localhost would mean port 80 to a browser that reads it strictly.
    csp = client.get("/", headers={"host": host}).headers["content-security-policy"]
    assert f"connect-src 'self' {source} " in csp


def test_no_template_has_inline_script() -> None:
    import re

    templates = Path(__file__).parents[2] / "src/interview_coach/web/templates"
    for page in templates.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", text), page.name
        assert not re.search(r"\son[a-z]+\s*=|hx-on|javascript:", text), page.name
        assert not re.search(r"\sstyle\s*=|<style", text), page.name


def test_damaged_rows_never_break_a_page(client: TestClient) -> None:
    sid = _session(client)
    r = client.post(
        f"/api/sessions/{sid}/questions/0/answers",
        json={"text": "I rebuilt the nightly export and it now finishes in forty minutes."},
    )
    good = r.json()["answer_id"]
    r = client.post(
        f"/api/sessions/{sid}/questions/1/answers",
        json={"text": "I wrote the onboarding guide that halved the time new staff needed."},
    )
    bad = r.json()["answer_id"]
    store = client.app.state.coach.store
    with store.transaction() as s:
        s.get(Answer, bad).transcript = "string"
        s.get(Answer, good).audio_path = "/etc/passwd"
    for path in ("/", "/progress", f"/sessions/{sid}", "/api/answers", f"/api/sessions/{sid}",
                 "/api/progress", "/stories"):  # fmt: skip
        assert client.get(path).status_code == 200, path
    r = client.get(f"/api/answers/{good}/audio")
    assert r.status_code == 400 and "root:" not in r.text
    assert "is damaged in the history" in r.json()["error"]
    assert "is damaged" in client.get(f"/answers/{bad}").text


# ------------------------------------------------------------------ live slots


def test_a_trickle_of_bytes_does_not_hold_a_live_slot(tmp_path: Path, monkeypatch) -> None:
    from interview_coach.web import live

    monkeypatch.setattr(live, "IDLE_SECONDS", 1.0)  # short, so the test is quick
    settings = Settings(home=tmp_path / "h", database_url=None, max_live_sessions=1)
    with serving(settings) as server:
        sid = httpx.post(f"{server.url}/api/sessions", json={"count": 1}).json()["id"]
        url = server.url.replace("http", "ws") + f"/api/sessions/{sid}/questions/0/live"

        async def trickle() -> dict:
            async with websockets.connect(url + "?format=pcm16") as ws:
                assert json.loads(await ws.recv())["type"] == "ready"
                while True:
                    try:
                        await ws.send(b"\0\0" * 4)
                        raw = await asyncio.wait_for(ws.recv(), 0.25)
                        return json.loads(raw)
                    except TimeoutError:
                        continue

        async def second() -> str:
            async with websockets.connect(url + "?format=pcm16") as ws:
                return json.loads(await ws.recv())["type"]

        msg = asyncio.run(trickle())
        assert msg["type"] == "error" and "Too little audio arrived in 1 seconds" in msg["message"]
        assert live._active == 0
        assert asyncio.run(second()) == "ready"  # the slot was freed


def test_lists_come_a_page_at_a_time(client: TestClient) -> None:
    sids = [_session(client) for _ in range(3)]
    for i, sid in enumerate(sids):
        client.post(
            f"/api/sessions/{sid}/questions/0/answers",
            json={"text": f"I cut the export's run time by {i + 2} hours by batching the writes."},
        )
    newest = [s["id"] for s in client.get("/api/sessions?limit=2").json()]
    older = [s["id"] for s in client.get("/api/sessions?limit=2&offset=2").json()]
    assert newest == sids[::-1][:2] and older == sids[::-1][2:]
    first = [a["id"] for a in client.get("/api/answers?limit=2").json()]
    rest = [a["id"] for a in client.get("/api/answers?limit=2&offset=2").json()]
    assert len(first) == 2 and len(rest) == 1 and not set(first) & set(rest)
    assert client.get(f"/api/answers?offset={2**64}").status_code == 422
