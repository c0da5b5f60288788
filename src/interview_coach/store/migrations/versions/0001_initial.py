"""Initial schema: job targets, practice sessions, questions, answers and feedback.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "job_targets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("title", sa.String, nullable=True),
        sa.Column("company", sa.String, nullable=True),
        sa.Column("jd_text", sa.Text, nullable=False),
        sa.Column("resume_text", sa.Text, nullable=True),
        sa.Column("profile", sa.JSON, nullable=True),
    )
    op.create_table(
        "practice_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS, nullable=True),
        sa.Column(
            "job_target_id",
            sa.Integer,
            sa.ForeignKey("job_targets.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("mode", sa.String(40), nullable=False),
        sa.Column("notes", sa.Text, nullable=True),
    )
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("bank_id", sa.String(200), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("category", sa.String(80), nullable=False),
        sa.Column("frame", sa.String(40), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_questions_bank_id", "questions", ["bank_id"])
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("practice_sessions.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "question_id",
            sa.Integer,
            sa.ForeignKey("questions.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "job_target_id",
            sa.Integer,
            sa.ForeignKey("job_targets.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("transcript", sa.JSON, nullable=False),
        sa.Column("duration_seconds", sa.Float, nullable=True),
        sa.Column("audio_path", sa.String(500), nullable=True),
        sa.Column("audio_sha256", sa.String(64), nullable=True),
        sa.Column("audio_bytes", sa.BigInteger, nullable=True),
    )
    op.create_index("ix_answers_session_id", "answers", ["session_id"])
    op.create_index("ix_answers_question_id", "answers", ["question_id"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "answer_id",
            sa.Integer,
            sa.ForeignKey("answers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("analyzer_version", sa.String(40), nullable=False),
        sa.Column("schema_version", sa.String(20), nullable=False),
        sa.Column("question_category", sa.String(80), nullable=False),
        sa.Column("overall", sa.Integer, nullable=False),
        sa.Column("delivery", sa.Integer, nullable=False),
        sa.Column("structure", sa.Integer, nullable=False),
        sa.Column("content", sa.Integer, nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("fillers_per_minute", sa.Float, nullable=True),
        sa.Column("fillers_per_100_words", sa.Float, nullable=False),
        sa.Column("hedges_per_100_words", sa.Float, nullable=False),
        sa.Column("wpm", sa.Float, nullable=True),
        sa.Column("star_completeness", sa.Float, nullable=False),
        sa.Column("jd_coverage", sa.Float, nullable=True),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_feedback_answer_id", "feedback", ["answer_id"])


def downgrade() -> None:
    op.drop_table("feedback")
    op.drop_table("answers")
    op.drop_table("questions")
    op.drop_table("practice_sessions")
    op.drop_table("job_targets")
