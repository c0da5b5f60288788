"""Team mode: user names compared in one normalised form (NFKC, case-folded), unique.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    # As store/accounts.py `username_key` does today; written out so this step never changes.
    return unicodedata.normalize("NFKC", name.strip()).casefold()


def upgrade() -> None:
    op.add_column("users", sa.Column("username_key", sa.String(320), nullable=True))
    bind = op.get_bind()
    users = sa.table("users", sa.column("id"), sa.column("username"), sa.column("username_key"))
    for uid, name in bind.execute(sa.select(users.c.id, users.c.username)).all():
        bind.execute(users.update().where(users.c.id == uid).values(username_key=_key(name)))
    if bind.dialect.name != "sqlite":  # SQLite cannot add NOT NULL in place; the ORM fills it
        op.alter_column("users", "username_key", nullable=False)
    op.create_index("ix_users_username_key", "users", ["username_key"], unique=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        raise RuntimeError("Downgrading team mode's tables is not supported on SQLite.")
    op.drop_index("ix_users_username_key", table_name="users")
    op.drop_column("users", "username_key")
