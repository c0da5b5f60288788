"""Team mode against an adversary with an account (or a link): an older reset link, a token
that mints tokens, names that print as nothing, NUL and escape characters in team fields, a
cross-site export, a recording that outlasts its sign-in, what a deleted account leaves behind,
and a personal-mode server opened on the team's database."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from starlette.websockets import WebSocketDisconnect

from interview_coach.config import Settings
from interview_coach.errors import InputError, StorageError
from interview_coach.store import open_store
from interview_coach.store.accounts import Accounts, check_username
from interview_coach.store.tables import LoginFailure

from .conftest import PASSWORD, browser
from .test_accounts import NEW_PASSWORD


@pytest.fixture
def accounts(admin_and_ann: Accounts) -> Accounts:
    return admin_and_ann


def test_a_new_password_voids_every_older_reset_link(team_app: Any, accounts: Accounts) -> None:
    admin = browser(team_app, "admin")
    ann_id = accounts.by_name("ann").id
    first, second = (
        admin.post(f"/api/admin/users/{ann_id}/reset")
        .json()["link"]
        .removeprefix("https://localhost")
        for _ in range(2)
    )
    form = {"password": NEW_PASSWORD, "again": NEW_PASSWORD}
    assert browser(team_app).post(first, data=form, follow_redirects=False).status_code == 303
    taken = {"password": "an attacker's passphrase", "again": "an attacker's passphrase"}
    assert browser(team_app).post(second, data=taken).status_code == 404
    assert browser(team_app, "ann", NEW_PASSWORD).get("/api/me").status_code == 200


def test_an_api_token_cannot_make_another(team_app: Any, accounts: Accounts) -> None:
    token = browser(team_app, "ann").post("/api/tokens", json={"name": "ci"}).json()["token"]
    script = browser(team_app)
    script.headers["Authorization"] = f"Bearer {token}"
    r = script.post("/api/tokens", json={"name": "successor"})
    assert r.status_code == 403 and "signed in" in r.json()["error"]
    assert len(accounts.tokens(accounts.by_name("ann").id)) == 1


@pytest.mark.parametrize(
    "name",
    [
        "boss\u3164",  # a Hangul filler, which prints as nothing
        "\u2800",  # a braille blank
        "an\u200bn",  # a zero-width space
        "\u0301ann",  # a combining accent with nothing to sit on
        "\ufdfa" * 5,  # five characters that grow to 90 when compared
    ],
)
def test_names_that_print_as_nothing_or_outgrow_the_limit_are_refused(name: str) -> None:
    with pytest.raises(InputError):
        check_username(name)
    assert check_username(" Ann-Marie O'Neil ") == "Ann-Marie O'Neil"


def test_nul_and_escapes_in_team_fields_are_cleaned(team_app: Any, accounts: Accounts) -> None:
    # A NUL in the name at sign-in is a wrong name (401), never a server error.
    r = browser(team_app).post("/login", data={"username": "a\x00b", "password": PASSWORD})
    assert r.status_code == 401
    ann = browser(team_app, "ann")
    made = ann.post("/api/tokens", json={"name": "ci\u0000\u202e\u001b[2Jbot"})
    assert made.status_code == 201
    names = [name for _, name, _, _ in accounts.tokens(accounts.by_name("ann").id)]
    assert names and all("\x00" not in n and "\u202e" not in n and "\x1b" not in n for n in names)


def test_an_export_cannot_be_started_from_another_site(team_app: Any, accounts) -> None:
    admin = browser(team_app, "admin")
    ann_id = accounts.by_name("ann").id
    elsewhere = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}
    assert admin.get(f"/admin/users/{ann_id}/export", headers=elsewhere).status_code == 403
    assert browser(team_app, "ann").get("/api/export", headers=elsewhere).status_code == 403
    here = {"Sec-Fetch-Site": "same-origin"}
    assert admin.get(f"/admin/users/{ann_id}/export", headers=here).status_code == 200
    log = [e["action"] for e in admin.get("/api/admin/audit").json()]
    assert log.count("export_user") == 1  # the refused one wrote nothing


def test_a_deleted_account_leaves_no_failed_sign_ins(team_app: Any, accounts) -> None:
    browser(team_app).post("/login", data={"username": "ann", "password": "not her password!"})
    ann_id = accounts.by_name("ann").id
    accounts.delete_user(ann_id)
    with accounts.store.reading() as s:
        left = s.scalar(sa.select(sa.func.count(LoginFailure.id)))
    assert left == 0


def test_a_recording_that_outlasts_its_sign_in_keeps_nothing(team_app: Any, accounts) -> None:
    import wave
    from pathlib import Path

    ann = browser(team_app, "ann")
    session = ann.post("/api/sessions", json={"minutes": 10}).json()
    path = f"/api/sessions/{session['id']}/questions/0/live?format=pcm16"
    admin = browser(team_app, "admin")
    speech = Path(__file__).parents[1] / "speech" / "data" / "jfk.wav"  # 16 kHz mono speech
    with wave.open(str(speech), "rb") as w:
        pcm = w.readframes(w.getnframes())
    origin = {"origin": "https://localhost"}
    with ann.websocket_connect("wss://localhost" + path, headers=origin) as ws:
        for k in range(0, len(pcm), 32000):
            ws.send_bytes(pcm[k : k + 32000])
        admin.post(f"/api/admin/users/{accounts.by_name('ann').id}/disable")
        ws.send_json({"type": "stop"})
        messages = []
        with pytest.raises(WebSocketDisconnect):
            while True:
                messages.append(ws.receive_json())
    assert messages[-1]["type"] == "error" and "signed out" in messages[-1]["message"]
    with accounts.store.reading() as s:
        from interview_coach.store.tables import Answer

        assert s.scalar(sa.select(sa.func.count(Answer.id))) == 0


def test_personal_mode_refuses_a_database_with_team_accounts(
    pg_team_settings: Settings, accounts: Accounts
) -> None:
    personal = pg_team_settings.model_copy(update={"team": False})
    with pytest.raises(StorageError, match="--team"):
        open_store(personal)


def test_the_audit_log_pages_and_filters_so_a_burst_hides_nothing(team_app: Any, accounts) -> None:
    from interview_coach.store.accounts import MAX_TOKENS

    ann = browser(team_app, "ann")
    made = [ann.post("/api/tokens", json={"name": f"t{k}"}).status_code for k in range(25)]
    assert made.count(201) == MAX_TOKENS  # then "revoke one first"
    refused = ann.post("/api/tokens", json={"name": "one more"})
    assert refused.status_code in (400, 409, 422) and "revoke one first" in refused.text
    admin = browser(team_app, "admin")
    anns = admin.get("/api/admin/audit", params={"actor": "ann", "limit": 1000}).json()
    assert [e["action"] for e in anns].count("create_api_token") == MAX_TOKENS
    assert len(admin.get("/api/admin/audit", params={"limit": 5}).json()) == 5
    sign_ins = admin.get("/api/admin/audit", params={"actor": "admin"}).json()
    assert sign_ins and all(e["actor"] == "admin" for e in sign_ins)
    everything = admin.get("/api/admin/audit", params={"limit": 1000}).json()
    rest = admin.get("/api/admin/audit", params={"limit": 1000, "offset": 5}).json()
    assert rest == everything[5:]
    page = admin.get("/admin/audit", params={"actor": "ann"})
    assert page.status_code == 200 and "by ann only" in page.text
