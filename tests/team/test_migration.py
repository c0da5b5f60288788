"""Migration 0003 keeps a personal history, ownerless, until the first admin takes it over."""

from __future__ import annotations

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
        db.upgrade(engine, "0003")
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
        command.downgrade(cfg, "0002")
    assert "users" not in sa.inspect(engine).get_table_names()
    db.upgrade(engine, "head")
    assert "users" in sa.inspect(engine).get_table_names()
    engine.dispose()
