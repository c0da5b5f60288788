from __future__ import annotations

import sqlalchemy as sa

from interview_coach.config import Settings
from interview_coach.store import db, open_store
from interview_coach.store.tables import Base

from .helpers import feedback, question, transcript


def _engine(settings: Settings) -> sa.Engine:
    return db.create_engine(db.database_url(settings))


def test_upgrade_from_empty_matches_the_orm(settings: Settings) -> None:
    engine = _engine(settings)
    assert db.current_revision(engine) is None
    db.ensure_schema(engine)
    assert db.current_revision(engine) == db.head_revision() == "0007"
    inspector = sa.inspect(engine)
    for table in Base.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
    indexes = {i["name"] for i in inspector.get_indexes("feedback")}
    assert "ix_feedback_created_at" in indexes
    engine.dispose()


def test_upgrade_from_previous_revision_keeps_data(settings: Settings) -> None:
    engine = _engine(settings)
    db.upgrade(engine, "0001")
    assert db.current_revision(engine) == "0001"
    assert "stories" not in sa.inspect(engine).get_table_names()
    # Write with the 0001 schema: the tables that existed then.
    fb = feedback(overall=61)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO questions (id, created_at, text, category, frame, data) "
                "VALUES (1, :t, 'Old question', 'behavioural', 'star', :d)"
            ),
            {"t": "2024-05-01 10:00:00", "d": question().model_dump_json()},
        )
        conn.execute(
            sa.text(
                "INSERT INTO answers (id, created_at, question_id, text, transcript) "
                "VALUES (1, :t, 1, 'old answer', :tr)"
            ),
            {"t": "2024-05-01 10:00:00", "tr": transcript().model_dump_json()},
        )
        conn.execute(
            sa.text(
                "INSERT INTO feedback (answer_id, created_at, analyzer_version, schema_version,"
                " question_category, overall, delivery, structure, content, word_count,"
                " fillers_per_100_words, hedges_per_100_words, star_completeness, data)"
                " VALUES (1, :t, '1.0.0', '1.0', 'behavioural', 61, 61, 61, 61, 50,"
                " 1.0, 1.0, 1.0, :d)"
            ),
            {"t": "2024-05-01 10:00:00", "d": fb.model_dump_json()},
        )
    engine.dispose()
    # Opening the store migrates to head and the old answer is intact.
    with open_store(settings) as store:
        assert db.current_revision(store.engine) == db.head_revision()
        record = store.get_answer(1)
        assert record.feedback == fb
        assert record.created_at.year == 2024
        story_id = store_story(store)
        assert story_id == 1


def store_story(store) -> int:
    from interview_coach.store.tables import Story

    with store.transaction() as s:
        row = Story(title="Migrated", competencies=[], metrics=[])
        s.add(row)
        s.flush()
        return row.id


def test_reopening_does_not_migrate_again(settings: Settings) -> None:
    with open_store(settings) as store:
        store.save_answer(feedback(), transcript=transcript())
    with open_store(settings) as store:
        assert len(store.answers()) == 1


PLAN_NOTES = {
    "tag": "interview-coach/plan@1",
    "job_family": "software_engineering",
    "seniority": "mid",
    "title": "Backend practice",
    "why": ["opens most interviews"],
    "questions": [{"text": "Tell me about yourself.", "category": "opening"}],
}


def test_plans_leave_the_session_notes_for_their_own_table(settings: Settings) -> None:
    """0007 moves each plan kept in a session's notes into `session_plans`; other notes (a
    mock interview's state, plain text) stay where they are, and going back restores them."""
    import json

    from alembic import command

    from interview_coach.store.plans import session_plan

    engine = _engine(settings)
    db.upgrade(engine, "0006")
    interview = json.dumps({"tag": "interview-coach/interview@1", "state": {}})
    with engine.begin() as conn:
        for sid, notes in ((1, json.dumps(PLAN_NOTES)), (2, interview), (3, "first try")):
            conn.execute(
                sa.text(
                    "INSERT INTO practice_sessions (id, started_at, mode, notes) "
                    "VALUES (:i, '2026-11-01 09:00:00', 'mock_interview', :n)"
                ),
                {"i": sid, "n": notes},
            )
    engine.dispose()
    with open_store(settings) as store:
        plan = session_plan(store, 1)
        assert plan is not None and [q.text for q in plan.questions] == ["Tell me about yourself."]
        assert (plan.title, plan.job_family, plan.seniority, plan.guided) == (
            "Backend practice", "software_engineering", "mid", False
        )  # fmt: skip
        assert plan.why == ["opens most interviews"]
        assert store.session_notes(1)[1] is None
        assert store.session_notes(2)[1] == interview and store.session_notes(3)[1] == "first try"
        assert session_plan(store, 2) is None and session_plan(store, 3) is None
    engine = _engine(settings)
    with engine.begin() as conn:
        cfg = db.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with engine.connect() as conn:
        notes = dict(conn.execute(sa.text("SELECT id, notes FROM practice_sessions")).all())
    assert json.loads(notes[1]) == PLAN_NOTES and notes[3] == "first try"
    assert "session_plans" not in sa.inspect(engine).get_table_names()
    engine.dispose()
