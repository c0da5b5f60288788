"""Team mode: accounts, sign-in sessions, tokens, links, the audit log, and an owner on every
row that belongs to someone.

Existing rows keep a NULL owner; the first admin account created claims them
(`interview-coach users add --role admin`), so a personal history moves to its owner.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
OWNED = (
    "job_targets",
    "practice_sessions",
    "questions",
    "answers",
    "feedback",
    "stories",
    "story_uses",
)


def _user_fk(ondelete: str = "CASCADE", nullable: bool = False) -> sa.Column:
    return sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete=ondelete), nullable=nullable
    )


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("username", sa.String(80), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
    )
    op.create_table(
        "auth_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        _user_fk(),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_seen_at", TS, nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
    )
    op.create_index("ix_auth_sessions_user_id", "auth_sessions", ["user_id"])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        _user_fk(),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_used_at", TS, nullable=True),
    )
    op.create_index("ix_api_tokens_user_id", "api_tokens", ["user_id"])
    op.create_table(
        "account_links",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("role", sa.String(20), nullable=True),
        _user_fk(nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("used_at", TS, nullable=True),
    )
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("username", sa.String(80), nullable=False),
        sa.Column("client", sa.String(64), nullable=False),
    )
    op.create_index("ix_login_failures_at", "login_failures", ["at"])
    op.create_index("ix_login_failures_username", "login_failures", ["username"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in OWNED:
        if sqlite:
            # SQLite adds a column with its foreign key in place. Batch mode would rebuild the
            # table, and dropping the old copy with foreign keys on cascades to its children.
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN owner_id INTEGER "
                "REFERENCES users (id) ON DELETE CASCADE"
            )
        else:
            op.add_column(table, sa.Column("owner_id", sa.Integer, nullable=True))
            op.create_foreign_key(
                f"fk_{table}_owner_id", table, "users", ["owner_id"], ["id"], ondelete="CASCADE"
            )
        op.create_index(f"ix_{table}_owner_id", table, ["owner_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a column that a foreign key uses, nor rebuild these tables
        # without cascading deletes: go back by restoring a copy of the data folder.
        raise RuntimeError("Downgrading team mode's tables is not supported on SQLite.")
    for table in OWNED:
        op.drop_index(f"ix_{table}_owner_id", table_name=table)
        op.drop_constraint(f"fk_{table}_owner_id", table, type_="foreignkey")
        op.drop_column(table, "owner_id")
    for table in ("audit_log", "login_failures", "account_links", "api_tokens", "auth_sessions"):
        op.drop_table(table)
    op.drop_table("users")
