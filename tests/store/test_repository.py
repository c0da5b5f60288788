from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa

from interview_coach.config import Settings
from interview_coach.errors import StorageError
from interview_coach.store import Store, open_store, save_answer
from interview_coach.types import JobProfile

from .helpers import feedback, question, transcript

JFK = Path(__file__).parents[1] / "speech" / "data" / "jfk.wav"  # a real clip, kept here


def test_save_answer_keeps_everything(store: Store) -> None:
    fb = feedback(overall=64)
    tr = transcript()
    answer_id = store.save_answer(fb, transcript=tr, question=question())
    record = store.get_answer(answer_id)
    assert record.feedback == fb
    assert record.transcript == tr
    assert record.transcript.words[3].start == tr.words[3].start
    assert record.question == question()
    assert record.audio_path is None


def test_same_question_maps_to_one_row(store: Store) -> None:
    a = store.save_answer(feedback(), transcript=transcript(), question=question())
    b = store.save_answer(feedback(), transcript=transcript(), question=question())
    # Without a Question the text and category from the feedback are used.
    c = store.save_answer(feedback(question_text="Why this team?"), transcript=transcript())
    d = store.save_answer(feedback(question_text="Why this team?"), transcript=transcript())
    ids = [store.get_answer(i).question_id for i in (a, b, c, d)]
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]
    assert store.get_answer(c).question.text == "Why this team?"


def test_audio_is_copied_with_checksum(store: Store, settings: Settings) -> None:
    answer_id = store.save_answer(feedback(), transcript=transcript(), audio_path=JFK)
    record = store.get_answer(answer_id)
    assert record.audio_path is not None
    assert record.audio_path.is_relative_to(settings.home)
    assert record.audio_path.read_bytes() == JFK.read_bytes()
    assert record.audio_sha256 == hashlib.sha256(JFK.read_bytes()).hexdigest()
    # No temporary files are left behind.
    assert not list((settings.home / "audio").glob(".incoming-*"))


def test_missing_audio_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="not found"):
        store.save_answer(feedback(), transcript=transcript(), audio_path=tmp_path / "no.wav")
    assert store.answers() == []  # nothing half-saved


def test_reanalysis_keeps_both_versions(store: Store) -> None:
    answer_id = store.save_answer(feedback(overall=50), transcript=transcript())
    store.add_feedback(answer_id, feedback(overall=58, analyzer_version="1.1.0"))
    history = store.feedback_history(answer_id)
    assert [f.analyzer_version for f in history] == ["1.0.0", "1.1.0"]
    assert store.get_answer(answer_id).feedback.scores.overall == 58


def test_sessions_and_job_targets(store: Store) -> None:
    profile = JobProfile(title="Data engineer", competencies=("ownership", "mentoring"))
    job_id = store.save_job_target("We need a data engineer.", "My résumé", profile)
    assert store.job_profile() == profile
    assert store.job_profile(job_id) == profile
    session_id = store.start_session(job_target_id=job_id)
    answer_id = store.save_answer(
        feedback(), transcript=transcript(), session_id=session_id, job_target_id=job_id
    )
    store.finish_session(session_id)
    record = store.get_answer(answer_id)
    assert (record.session_id, record.job_target_id) == (session_id, job_id)
    with pytest.raises(StorageError):
        store.finish_session(999)


def test_recent_sessions_count_each_answer_once(store: Store) -> None:
    empty = store.start_session(mode="mock_interview", notes="plan")
    busy = store.start_session(mode="interview")
    first = store.save_answer(feedback(overall=50), transcript=transcript(), session_id=busy)
    store.save_answer(feedback(overall=70), transcript=transcript(), session_id=busy)
    # A follow-up reply joins the first answer: a new analysis, the same answer.
    grown = transcript("I led it. " + transcript().text)
    store.revise_answer(first, grown, feedback(overall=80))
    rows = {r.id: r for r in store.recent_sessions()}
    assert [r.id for r in store.recent_sessions()] == [busy, empty]
    assert (rows[busy].answers, rows[busy].mean_overall) == (2, 75.0)
    assert (rows[empty].answers, rows[empty].mean_overall, rows[empty].notes) == (0, None, "plan")
    assert store.get_answer(first).transcript.text == grown.text
    assert store.session_row(busy).answer_ids == (first, first + 1)
    store.set_session_notes(empty, "plan and more")
    assert store.session_notes(empty) == ("mock_interview", "plan and more")
    with pytest.raises(StorageError):
        store.session_row(999)


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sa.exc.IntegrityError):
        store.save_answer(feedback(), transcript=transcript(), session_id=12345)


def test_sqlite_pragmas_on_every_connection(tmp_path: Path) -> None:
    with open_store(Settings(home=tmp_path)) as store:
        for _ in range(2):
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
            store.engine.dispose()  # the next round gets a brand-new connection


def test_module_level_save_answer_uses_settings(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "data")
    answer_id = save_answer(feedback(), transcript=transcript(), settings=settings)
    assert (tmp_path / "data" / "history.sqlite3").exists()
    with open_store(settings) as store:
        assert store.get_answer(answer_id).feedback.scores.overall == 70


def test_home_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "env-home"))
    monkeypatch.delenv("INTERVIEW_COACH_DATABASE_URL", raising=False)
    save_answer(feedback(), transcript=transcript(), settings=Settings())
    assert (tmp_path / "env-home" / "history.sqlite3").exists()


def test_unusable_database_url_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        open_store(Settings(home=tmp_path, database_url="nosuchdb://x"))
