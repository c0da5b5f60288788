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
    assert db.current_revision(engine) == db.head_revision() == "0006"
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
