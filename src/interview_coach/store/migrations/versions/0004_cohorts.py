"""Team mode: cohorts, their members (with consent to share), and coaches' comments.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def _fk(name: str, target: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer, sa.ForeignKey(target, ondelete="CASCADE"),
                     nullable=nullable)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "cohorts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        _fk("coach_id", "users.id"),
    )
    op.create_index("ix_cohorts_coach_id", "cohorts", ["coach_id"])
    op.create_table(
        "cohort_members",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("cohort_id", "cohorts.id"),
        _fk("user_id", "users.id"),
        sa.Column("joined_at", TS, nullable=False),
        sa.Column("shared_at", TS, nullable=True),
        sa.UniqueConstraint("cohort_id", "user_id"),
    )
    op.create_index("ix_cohort_members_cohort_id", "cohort_members", ["cohort_id"])
    op.create_index("ix_cohort_members_user_id", "cohort_members", ["user_id"])
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        _fk("answer_id", "answers.id"),
        _fk("author_id", "users.id"),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("start_seconds", sa.Float, nullable=True),
        sa.Column("end_seconds", sa.Float, nullable=True),
        sa.Column("quote", sa.String(500), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("ix_comments_answer_id", "comments", ["answer_id"])
    # An invitation may put the new account in a cohort.
    if op.get_bind().dialect.name == "sqlite":  # in place, as in 0003
        op.execute(
            "ALTER TABLE account_links ADD COLUMN cohort_id INTEGER "
            "REFERENCES cohorts (id) ON DELETE CASCADE"
        )
    else:
        op.add_column("account_links", sa.Column("cohort_id", sa.Integer, nullable=True))
        op.create_foreign_key("fk_account_links_cohort_id", "account_links", "cohorts",
                              ["cohort_id"], ["id"], ondelete="CASCADE")  # fmt: skip


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a column that a foreign key uses, nor rebuild these tables
        # without cascading deletes: go back by restoring a copy of the data folder.
        raise RuntimeError("Downgrading team mode's tables is not supported on SQLite.")
    op.drop_constraint("fk_account_links_cohort_id", "account_links", type_="foreignkey")
    op.drop_column("account_links", "cohort_id")
    op.drop_table("comments")
    op.drop_table("cohort_members")
    op.drop_table("cohorts")
