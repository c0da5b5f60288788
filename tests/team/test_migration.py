"""Migration 0003 keeps a personal history, ownerless, until the first admin takes it over."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from interview_coach.config import Settings
from interview_coach.store import Store, db
from interview_coach.store.accounts import Accounts
from interview_coach.store.owner import acting_as

from .conftest import PASSWORD, SECRET


def test_upgrading_a_personal_history_keeps_it_for_the_first_admin(
    team_settings: Settings,
) -> None:
    engine = db.create_engine(db.database_url(team_settings))
    db.upgrade(engine, "0002")
    personal = Store(engine, team_settings.home)  # personal mode writes the old way
    from store.helpers import feedback, question, transcript

    with acting_as(None):
        db.upgrade(engine, "head")
        session_id = personal.start_session(mode="practice")
        answer_id = personal.save_answer(feedback(overall=64), transcript=transcript(),
                                         question=question(), session_id=session_id)  # fmt: skip
    with engine.connect() as conn:
        owners = conn.execute(sa.text("SELECT owner_id FROM answers")).scalars().all()
        assert owners == [None]
    team = Store(engine, team_settings.home, team=True)
    assert team.answers() == []  # nobody acting, nothing seen
    accounts = Accounts(team, SECRET)
    admin = accounts.create_user("admin", PASSWORD, "admin")
    with acting_as(admin.id):
        assert [a.id for a in team.answers()] == [answer_id]
        assert team.get_answer(answer_id).feedback.scores.overall == 64
        assert [s.id for s in team.recent_sessions()] == [session_id]
    engine.dispose()


def test_downgrading_and_upgrading_again_works(team_settings: Settings) -> None:
    engine = db.create_engine(db.database_url(team_settings))
    db.ensure_schema(engine)
    with engine.begin() as conn:
        cfg = db.alembic_config()
        cfg.attributes["connection"] = conn
        if conn.dialect.name == "sqlite":  # refused, with the way back named
            with pytest.raises(RuntimeError, match="not supported on SQLite"):
                command.downgrade(cfg, "0002")
            return
        command.downgrade(cfg, "0002")
    assert "users" not in sa.inspect(engine).get_table_names()
    db.upgrade(engine, "head")
    assert "users" in sa.inspect(engine).get_table_names()
    engine.dispose()


def test_retention_forgets_old_recordings_of_every_account(team_store, tmp_path) -> None:
    from datetime import UTC, datetime, timedelta

    from interview_coach.store.accounts import Accounts
    from interview_coach.store.tables import Answer
    from interview_coach.store.transfer import purge_recordings
    from store.helpers import feedback, transcript

    accounts = Accounts(team_store, SECRET)
    ann = accounts.create_user("ann", PASSWORD, "candidate").id
    bob = accounts.create_user("bob", PASSWORD, "candidate").id
    clips = []
    for i, owner in enumerate((ann, bob, bob)):
        clip = tmp_path / f"clip{i}.wav"
        clip.write_bytes(b"RIFF clip %d" % i)
        with acting_as(owner):
            answer = team_store.save_answer(feedback(), transcript=transcript(), audio_path=clip)
            clips.append((owner, answer, team_store.get_answer(answer).audio_path))
    old = datetime.now(UTC) - timedelta(days=40)
    with team_store.transaction() as s, acting_as(bob):  # bob's newest stays recent
        s.execute(sa.update(Answer).where(Answer.id == clips[1][1]).values(created_at=old))
    with team_store.transaction() as s, acting_as(ann):
        s.execute(sa.update(Answer).where(Answer.id == clips[0][1]).values(created_at=old))
    assert purge_recordings(team_store, days=30) == 2
    for owner, answer, path in clips:
        with acting_as(owner):
            record = team_store.get_answer(answer)
        recent = answer == clips[2][1]
        assert (record.audio_path is not None) == recent
        assert path.exists() == recent
        assert record.feedback is not None  # the answer and its feedback stay


def test_the_web_app_applies_retention_when_it_starts(tmp_path) -> None:
    import time
    from datetime import UTC, datetime, timedelta

    from fastapi.testclient import TestClient

    from interview_coach.store import open_store
    from interview_coach.store.tables import Answer
    from interview_coach.web import create_app
    from store.helpers import feedback, transcript

    settings = Settings(home=tmp_path / "home", allowed_hosts="testserver",
                        recording_retention_days=7)  # fmt: skip
    clip = tmp_path / "clip.wav"
    clip.write_bytes(b"RIFF old")
    with open_store(settings) as store:
        answer = store.save_answer(feedback(), transcript=transcript(), audio_path=clip)
        with store.transaction() as s:
            old = datetime.now(UTC) - timedelta(days=8)
            s.execute(sa.update(Answer).where(Answer.id == answer).values(created_at=old))
    with TestClient(create_app(settings, preload=False)) as client:
        deadline = time.monotonic() + 10
        while client.get("/api/answers").json()[0]["has_audio"]:
            assert time.monotonic() < deadline, "the retention rule did not run"
            time.sleep(0.1)
