"""Where exports go and what comes in by file: an export never replaces a pipe, a device or an
existing file unasked, and no copy of the history is left outside the data folder; a pipe or a
device given to the command line is named as such (and never blocks); imported text, follow-up
questions and uploaded file names lose terminal escapes and direction overrides."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from interview_coach.config import Settings
from interview_coach.errors import InputError
from interview_coach.store import Store
from interview_coach.store.audio import SCRATCH_DIR
from interview_coach.store.transfer import EXPORT_SCRATCH_PREFIX, delete_all, export_data
from interview_coach.web import create_app

from .conftest import cli, valid_export, write

ESCAPES = "\x1b[2J\x1b]0;PWNED\x07\u202e"


def test_an_export_never_replaces_a_pipe(store: Store, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        export_data(store, fifo)
    assert fifo.is_fifo()


def test_an_existing_file_is_replaced_only_when_asked(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "history.json"
    out.write_text("my notes", encoding="utf-8")
    with pytest.raises(InputError, match=r"already exists.*--force"):
        export_data(store, out)
    assert out.read_text(encoding="utf-8") == "my notes"
    export_data(store, out, replace=True)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "interview-coach-export"


def test_the_cli_export_names_the_problem_and_keeps_the_file(tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "history.json"
    out.write_text("my notes", encoding="utf-8")
    refused = cli(home, "data", "export", str(out))
    assert refused.returncode != 0 and "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert out.read_text(encoding="utf-8") == "my notes"
    assert cli(home, "data", "export", str(out), "--force").returncode == 0


def test_a_pipe_given_to_the_cli_is_named_and_never_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    home = tmp_path / "home"
    text = tmp_path / "answer.txt"
    text.write_text("I rebuilt the rota and cut overtime by a third in a month.", "utf-8")
    imported = cli(home, "data", "import", str(fifo))  # would block forever if opened
    assert imported.returncode != 0 and "not a regular file" in imported.stderr
    answer = cli(home, "analyze", "-q", "Why this job?", "--text", str(fifo))
    assert answer.returncode != 0 and "not a regular file" in answer.stderr
    job = cli(
        home, "analyze", "-q", "Why this job?", "--text", str(text), "--job-description", str(fifo)
    )
    assert job.returncode != 0 and "not a regular file" in job.stderr


def test_an_import_over_the_size_limit_is_refused_unread(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_coach.store import transfer

    path = write(tmp_path, valid_export(tmp_path))
    monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", path.stat().st_size - 1)
    with pytest.raises(InputError, match="over the"):
        transfer.import_data(store, path)


def test_imported_text_loses_escapes_and_overrides(tmp_path: Path) -> None:
    doc = valid_export(tmp_path)
    doc["tables"]["questions"][0]["text"] = f"Tell me {ESCAPES}about a success."
    path = write(tmp_path, doc)
    home = tmp_path / "home"
    assert cli(home, "data", "import", str(path)).returncode == 0
    with sqlite3.connect(home / "history.sqlite3") as db:
        (text,) = db.execute("SELECT text FROM questions").fetchone()
    assert not any(c in text for c in "\x1b\x07\u202e"), repr(text)
    assert text.startswith("Tell me") and text.rstrip().endswith("about a success.")


def test_a_web_export_is_built_inside_the_data_folder(
    client: TestClient, app_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    outside = tmp_path / "system-tmp"
    outside.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(outside))
    client.post("/api/sessions", json={"count": 1})
    r = client.get("/api/export")
    assert r.status_code == 200 and r.json()["format"] == "interview-coach-export"
    assert list(outside.iterdir()) == []
    assert list((Path(app_settings.home) / SCRATCH_DIR).glob(f"{EXPORT_SCRATCH_PREFIX}*")) == []


def test_an_export_left_by_a_killed_server_is_removed(tmp_path: Path, store: Store) -> None:
    left = store.home / SCRATCH_DIR / f"{EXPORT_SCRATCH_PREFIX}abc"
    left.mkdir(parents=True)
    (left / "interview-coach-export.json").write_text("{}", encoding="utf-8")
    delete_all(store)  # "delete all my data" takes it too
    assert not left.exists()
    left.mkdir(parents=True)
    settings = Settings(home=store.home, database_url=None, allowed_hosts="testserver")
    with TestClient(create_app(settings, preload=False)):
        pass  # the app clears what a killed process left, before it serves anything
    assert not left.exists()


def test_a_follow_up_question_loses_escapes_and_overrides(client: TestClient) -> None:
    sid = client.post("/api/sessions", json={"count": 1}).json()["id"]
    r = client.post(
        f"/api/sessions/{sid}/questions/0/follow-up", json={"text": f"What {ESCAPES}then?"}
    )
    assert r.status_code == 201, r.text
    asked = client.get(f"/api/sessions/{sid}").json()["questions"][1]["text"]
    assert not any(c in asked for c in "\x1b\x07\u202e"), repr(asked)
    assert asked.startswith("What") and asked.endswith("then?")


def test_an_uploaded_file_name_is_shown_without_overrides(client: TestClient) -> None:
    name = "evil\u202etxt\x1b[2J.pdf"
    r = client.post(
        "/sessions/preview",
        headers={"HX-Request": "true"},
        data={"minutes": "10"},
        files={"jd_file": (name, b"x", "application/pdf")},
    )
    assert "\u202e" not in r.text and "\x1b" not in r.text
    assert "eviltxt" in r.text


def test_a_pasted_field_over_the_form_limit_gets_the_apps_words(client: TestClient) -> None:
    r = client.post(
        "/sessions/preview",
        headers={"HX-Request": "true"},
        files={"jd_text": (None, "word " * 250_000)},  # 1.25 MB in one field
    )
    assert r.status_code == 400
    assert "60,000 characters" in r.text and "exceeded maximum size" not in r.text


def test_a_negative_target_is_refused_not_read_as_positive(client: TestClient) -> None:
    r = client.post(
        "/negotiations",
        data={"role": "Registered Nurse", "location": "Austin, TX", "target": "$-100k"},
        follow_redirects=False,
    )
    assert r.status_code == 422 and "below zero" in r.text
