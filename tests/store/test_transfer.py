from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview_coach.config import Settings
from interview_coach.errors import InputError, StorageError
from interview_coach.practice.stories import keep_answer
from interview_coach.store import Store, open_store
from interview_coach.store.plans import SavedPlan, session_plan, start_planned_session
from interview_coach.store.stories import add_story, link_story
from interview_coach.store.transfer import delete_all, export_data, export_rows, import_data
from interview_coach.types import JobProfile

from .helpers import feedback, question, transcript

JFK = Path(__file__).parents[1] / "speech" / "data" / "jfk.wav"  # a real clip, kept here


def _fill(store: Store) -> None:
    """Some of everything: job target, session, questions, audio, re-analysis, stories."""
    job = store.save_job_target(
        "Senior data engineer — «pipelines», ünïcode.", "Résumé text", JobProfile(
            title="Data engineer", competencies=("ownership",)
        )
    )  # fmt: skip
    session = store.start_session(job_target_id=job, notes="first try")
    a = store.save_answer(
        feedback(overall=81), transcript=transcript(), question=question(),
        audio_path=JFK, session_id=session, job_target_id=job,
    )  # fmt: skip
    store.add_feedback(a, feedback(overall=77, analyzer_version="1.1.0"))
    b = store.save_answer(feedback(overall=40, jd=None), transcript=transcript(seconds=None))
    store.finish_session(session)
    sid = keep_answer(store, a).id
    link_story(store, sid, b)
    add_story(store, title="Written", result="Saved 3 hours a week.", metrics=["3 hours"])
    start_planned_session(store, SavedPlan([question()], ["chosen by hand"], "Hand-picked"))


def test_round_trip_keeps_everything(store: Store, settings: Settings, tmp_path: Path) -> None:
    _fill(store)
    before = export_rows(store)
    out = tmp_path / "export" / "history.json"
    counts = export_data(store, out, audio=True)
    assert out.read_bytes().endswith(b"}\n")  # a text file: its last line ends too
    assert counts["answers"] == 2 and counts["feedback"] == 3 and counts["stories"] == 2
    assert counts["session_plans"] == 1
    # Import into a brand-new, empty history (same backend; a fresh data folder).
    delete_all(store)
    assert all(rows == [] for rows in export_rows(store).values())
    other = settings.model_copy(update={"home": tmp_path / "elsewhere"})
    with open_store(other) as fresh:
        imported = import_data(fresh, out)
        assert imported["answers"] == 2
        assert export_rows(fresh) == before
        # New rows get new ids after the imported ones (sequences moved on PostgreSQL too).
        new_id = fresh.save_answer(feedback(), transcript=transcript())
        assert new_id == max(r["id"] for r in before["answers"]) + 1
        assert imported["audio_files"] == 1
        record = fresh.get_answer(1)
        assert record.audio_path.read_bytes() == JFK.read_bytes()
        assert record.audio_path.is_relative_to(tmp_path / "elsewhere")


def test_import_refuses_a_non_empty_history(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "h.json"
    export_data(store, out)
    with pytest.raises(StorageError, match="not empty"):
        import_data(store, out)


def test_import_rejects_other_files(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "format": "interview-coach-export",\n  not json')
    with pytest.raises(InputError, match=r"not valid JSON .*line 3, column 3"):
        import_data(store, bad)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\xb5\x93")
    with pytest.raises(InputError) as refused:
        import_data(store, binary)
    assert str(refused.value) == (
        f"{binary} is not a text export of interview-coach: it holds binary data, as a PDF, "
        "picture or archive does."
    )
    bad.write_text(json.dumps({"format": "something else"}))
    with pytest.raises(InputError, match="not an interview-coach export"):
        import_data(store, bad)
    with pytest.raises(InputError, match="No export file"):
        import_data(store, tmp_path / "missing.json")


def test_tampered_audio_is_refused(store: Store, settings: Settings, tmp_path: Path) -> None:
    store.save_answer(feedback(), transcript=transcript(), audio_path=JFK)
    out = tmp_path / "h.json"
    export_data(store, out, audio=True)
    [copied] = (tmp_path / "h-audio").rglob("*.wav")
    copied.write_bytes(b"RIFF not the same audio")
    other = settings.model_copy(update={"home": tmp_path / "other"})
    delete_all(store)
    with open_store(other) as fresh:
        with pytest.raises(InputError, match=r"answers\[0\]\.audio_sha256 does not match"):
            import_data(fresh, out)
        # Checked before anything is written: no rows, no audio.
        assert all(rows == [] for rows in export_rows(fresh).values())
        assert not (tmp_path / "other" / "audio").exists()


def test_delete_removes_rows_and_audio(store: Store, settings: Settings) -> None:
    _fill(store)
    counts = delete_all(store)
    assert counts["answers"] == 2 and counts["stories"] == 2
    assert all(rows == [] for rows in export_rows(store).values())
    assert not (settings.home / "audio").exists()
    # The history still works afterwards.
    store.save_answer(feedback(), transcript=transcript())
    assert len(store.answers()) == 1


def test_an_older_export_brings_its_plans_from_the_session_notes(
    store: Store, tmp_path: Path
) -> None:
    """Exports written before plans had their own table keep each plan in its session's
    notes: importing one puts the plan in its table, and a damaged one is refused."""
    old = {
        "tag": "interview-coach/plan@1", "title": "Old plan", "job_family": None,
        "seniority": None, "why": ["asked often"],
        "questions": [question().model_dump(mode="json")],
    }  # fmt: skip
    doc = {
        "format": "interview-coach-export", "format_version": 1, "schema_revision": "0006",
        "tables": {"practice_sessions": [
            {"id": 4, "started_at": "2026-11-01T09:00:00+00:00", "mode": "mock_interview",
             "notes": json.dumps(old)},
            {"id": 5, "started_at": "2026-11-02T09:00:00+00:00", "mode": "practice",
             "notes": "first try"},
        ]},
    }  # fmt: skip
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert import_data(store, path)["session_plans"] == 1
    plan = session_plan(store, 4)
    assert plan is not None and plan.title == "Old plan" and plan.why == ["asked often"]
    assert [q.text for q in plan.questions] == [question().text]
    assert store.session_notes(4)[1] is None and store.session_notes(5)[1] == "first try"
    delete_all(store)
    old["questions"] = [{"category": "opening"}]  # a question without its text
    doc["tables"]["practice_sessions"][0]["notes"] = json.dumps(old)
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError, match=r"practice_sessions.*invalid question"):
        import_data(store, path)
