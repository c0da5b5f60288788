"""Team mode: assignments a coach sets a cohort, and the session that answers one.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column(
            "cohort_id",
            sa.Integer,
            sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("job_family", sa.String(80), nullable=True),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("question_ids", sa.JSON, nullable=False),
        sa.Column("due_at", TS, nullable=False),
    )
    op.create_index("ix_assignments_cohort_id", "assignments", ["cohort_id"])
    if op.get_bind().dialect.name == "sqlite":  # in place, as in 0003
        op.execute(
            "ALTER TABLE practice_sessions ADD COLUMN assignment_id INTEGER "
            "REFERENCES assignments (id) ON DELETE SET NULL"
        )
    else:
        op.add_column("practice_sessions", sa.Column("assignment_id", sa.Integer, nullable=True))
        op.create_foreign_key(
            "fk_practice_sessions_assignment_id",
            "practice_sessions",
            "assignments",
            ["assignment_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a column that a foreign key uses, nor rebuild these tables
        # without cascading deletes: go back by restoring a copy of the data folder.
        raise RuntimeError("Downgrading team mode's tables is not supported on SQLite.")
    op.drop_constraint("fk_practice_sessions_assignment_id", "practice_sessions",
                       type_="foreignkey")  # fmt: skip
    op.drop_column("practice_sessions", "assignment_id")
    op.drop_table("assignments")
