"""Hostile export files: nothing is written outside the data folder, and nothing at all on error."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from interview_coach.config import Settings
from interview_coach.errors import InputError, StorageError
from interview_coach.store import Store, open_store
from interview_coach.store.audio import resolve_audio
from interview_coach.store.export_schema import export_schema, schema_json
from interview_coach.store.tables import Answer
from interview_coach.store.transfer import export_rows, import_data

from .conftest import PAYLOAD, cli, valid_export, write

DOCS = Path(__file__).parents[2] / "docs"


def _nothing_written(store: Store) -> None:
    assert all(rows == [] for rows in export_rows(store).values())
    assert not (store.home / "audio").exists()


def _with_audio(tmp_path: Path, audio_path: str) -> Path:
    """An export whose answer claims the payload file (placed beside it) as its audio."""
    doc = valid_export(tmp_path)
    sha = hashlib.sha256(PAYLOAD).hexdigest()
    row = doc["tables"]["answers"][0]
    row.update(audio_path=audio_path, audio_sha256=sha, audio_bytes=len(PAYLOAD))
    path = write(tmp_path, doc)
    # The payload sits where the import would look for it, whatever the path says.
    for where in (path.parent / "bundle-audio" / "audio" / "x.wav",):
        where.parent.mkdir(parents=True, exist_ok=True)
        where.write_bytes(PAYLOAD)
    return path


@pytest.mark.parametrize(
    "audio_path",
    [
        "../../../.bash_profile",
        "audio/../../../.bash_profile",
        "/etc/passwd",
        "/tmp/owned.wav",
        "audio/\\..\\..\\x.wav",
        "C:/Windows/x.wav",
        "reports/x.wav",
    ],
)
def test_an_audio_path_outside_the_data_folder_fails_the_import(
    store: Store, tmp_path: Path, audio_path: str
) -> None:
    path = _with_audio(tmp_path, audio_path)
    with pytest.raises(InputError, match=r"tables\.answers\[0\]\.audio_path"):
        import_data(store, path)
    _nothing_written(store)
    assert not (tmp_path / ".bash_profile").exists()
    assert not (tmp_path / "home" / ".bash_profile").exists()


def test_imported_audio_is_stored_under_its_hash(store: Store, tmp_path: Path) -> None:
    path = _with_audio(tmp_path, "audio/x.wav")
    counts = import_data(store, path)
    sha = hashlib.sha256(PAYLOAD).hexdigest()
    assert counts["audio_files"] == 1
    record = store.get_answer(1)
    assert record.audio_path == (store.home / "audio" / sha[:2] / f"{sha}.wav").resolve()
    assert record.audio_path.read_bytes() == PAYLOAD
    assert not (store.home / "audio" / "x.wav").exists()


def test_the_cli_import_exits_non_zero_and_names_the_row(tmp_path: Path) -> None:
    path = _with_audio(tmp_path, "../../../.bash_profile")
    home = tmp_path / "cli-home"
    proc = cli(home, "data", "import", str(path))
    assert proc.returncode == 2
    assert "tables.answers[0].audio_path must not contain '..'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / ".bash_profile").exists()


def test_a_stored_path_outside_the_data_folder_is_never_read(
    store: Store, settings: Settings
) -> None:
    """Rows written before the import was checked: the read path refuses them too."""
    from store.helpers import feedback, transcript

    answer_id = store.save_answer(feedback(), transcript=transcript())
    with store.transaction() as s:
        s.get(Answer, answer_id).audio_path = "/etc/passwd"
    record = store.get_answer(answer_id, allow_damaged=True)
    assert record.audio_path is None and record.damaged == "audio path"
    for hostile in ("/etc/passwd", "../../etc/passwd", "audio/../../etc/passwd", "audio"):
        with pytest.raises(Exception, match="outside the data folder"):
            resolve_audio(settings.home, hostile)


BAD_ROWS = [
    # (change to the export, the field the message must name)
    (lambda d: d["tables"].update(answers={"1": 2}), "tables.answers"),
    (lambda d: d["tables"]["answers"].append(7), "tables.answers[1]"),
    (lambda d: d["tables"]["answers"][0].update(created_at=12345), "tables.answers[0].created_at"),
    (
        lambda d: d["tables"]["answers"][0].update(created_at="yesterday"),
        "tables.answers[0].created_at is not an ISO 8601",
    ),
    (lambda d: d["tables"]["feedback"][0].update(data={"x": 1}), "tables.feedback[0].data"),
    (lambda d: d["tables"]["feedback"][0].update(overall="ninety"), "tables.feedback[0].overall"),
    (
        lambda d: d["tables"]["answers"][0].update(transcript="string"),
        "tables.answers[0].transcript",
    ),
    (lambda d: d["tables"]["answers"][0].update(id=2**63), "tables.answers[0].id"),
    # Beyond an INTEGER column on PostgreSQL, though SQLite would take it.
    (lambda d: d["tables"]["answers"][0].update(id=3_000_000_000), "tables.answers[0].id"),
    (lambda d: d["tables"]["answers"][0].update(text="a\ud800b"), "tables.answers[0].text"),
    (lambda d: d["tables"]["answers"][0].update(extra=1), "tables.answers[0]"),
    (
        lambda d: d["tables"]["feedback"][0]["data"]["scores"].update(overall="ninety"),
        "tables.feedback[0].data is not a valid Feedback",
    ),
    (lambda d: d["tables"]["answers"][0].update(session_id=99), "inconsistent rows"),
]


@pytest.mark.parametrize(("change", "named"), BAD_ROWS)
def test_a_bad_row_is_named_and_nothing_is_written(
    store: Store, tmp_path: Path, change, named: str
) -> None:
    doc = valid_export(tmp_path)
    change(doc)
    path = write(tmp_path, doc)
    with pytest.raises(InputError) as info:
        import_data(store, path)
    assert named in str(info.value)
    assert "nothing was imported" in str(info.value)
    _nothing_written(store)


def test_nan_is_refused(store: Store, tmp_path: Path) -> None:
    doc = valid_export(tmp_path)
    path = write(tmp_path, doc)
    path.write_text(path.read_text().replace('"wpm": null', '"wpm": NaN', 1))
    if "NaN" not in path.read_text():
        doc["tables"]["feedback"][0]["wpm"] = float("nan")
        path.write_text(json.dumps(doc))
    with pytest.raises(InputError, match="not a finite number"):
        import_data(store, path)
    _nothing_written(store)


def test_a_valid_export_still_imports(store: Store, tmp_path: Path) -> None:
    doc = valid_export(tmp_path, answers=3)
    counts = import_data(store, write(tmp_path, doc))
    assert counts["answers"] == 3 and counts["feedback"] == 3
    assert [r.feedback.scores.overall for r in store.answers()] == [60, 61, 62]


def test_an_export_from_the_first_schema_revision_still_imports(
    store: Store, tmp_path: Path
) -> None:
    """Revision 0001 had no story tables; its exports carry none."""
    doc = valid_export(tmp_path)
    doc["schema_revision"] = "0001"
    for name in ("stories", "story_uses"):
        doc["tables"].pop(name)
    counts = import_data(store, write(tmp_path, doc))
    assert counts["answers"] == 1 and counts["stories"] == 0


def test_the_schema_file_is_current() -> None:
    assert (DOCS / "export.schema.json").read_text(encoding="utf-8") == schema_json()
    assert export_schema()["properties"]["format_version"] == {"const": 1}


def test_damaged_rows_are_skipped_by_every_reader(settings: Settings, tmp_path: Path) -> None:
    """Rows imported before the checks existed: pages and commands skip them."""
    from interview_coach.progress.report import progress_report
    from interview_coach.store.tables import FeedbackRow
    from store.helpers import feedback, transcript

    with open_store(settings) as store:
        good = store.save_answer(feedback(overall=70), transcript=transcript())
        bad = store.save_answer(feedback(overall=50), transcript=transcript())
        with store.transaction() as s:
            row = s.query(FeedbackRow).filter_by(answer_id=bad).one()
            row.data = {"x": 1}
            row.overall = "ninety"
        assert [r.id for r in store.answers()] == [good]
        with pytest.raises(StorageError, match=f"Answer {bad} is damaged"):
            store.get_answer(bad)
        report = progress_report(store)
        assert report.answers == 1
    proc = cli(settings.home, "progress", "--no-chart")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
