"""A practice session's plan in its own table (it was JSON in the session's notes).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
# The tag the web app put on a plan kept in a session's notes; written out so this step
# never changes (store/plans.py reads the same tag in older exports).
PLAN_TAG = "interview-coach/plan@1"

_sessions = sa.table(
    "practice_sessions",
    sa.column("id", sa.Integer),
    sa.column("owner_id", sa.Integer),
    sa.column("started_at", TS),
    sa.column("notes", sa.Text),
)


def _plan(notes: str | None) -> dict[str, Any] | None:
    """The plan kept in a session's notes, or None for any other notes."""
    try:
        data = json.loads(notes or "")
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("tag") != PLAN_TAG:
        return None
    return data


def upgrade() -> None:
    plans = op.create_table(
        "session_plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("practice_sessions.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("job_family", sa.String(80), nullable=True),
        sa.Column("seniority", sa.String(40), nullable=True),
        sa.Column("guided", sa.Boolean, nullable=False),
        sa.Column("questions", sa.JSON, nullable=False),
        sa.Column("why", sa.JSON, nullable=False),
        sa.Column(
            "owner_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=True
        ),
    )
    op.create_index("ix_session_plans_owner_id", "session_plans", ["owner_id"])
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(_sessions.c.id, _sessions.c.owner_id, _sessions.c.started_at, _sessions.c.notes)
        .where(_sessions.c.notes.is_not(None))
        .order_by(_sessions.c.id)
    ).all()
    for sid, owner, started, notes in rows:
        plan = _plan(notes)
        if plan is None:
            continue  # a mock interview's state, a negotiation's, or notes by hand
        questions = plan.get("questions", [])
        why = plan.get("why", [])
        bind.execute(
            sa.insert(plans).values(
                created_at=started,
                session_id=sid,
                title=plan.get("title"),
                job_family=plan.get("job_family"),
                seniority=plan.get("seniority"),
                guided=bool(plan.get("guided")),
                # A damaged plan moves as it is: the session's page reports it, as before.
                questions=questions if isinstance(questions, list) else [questions],
                why=why if isinstance(why, list) else [],
                owner_id=owner,
            )
        )
        bind.execute(sa.update(_sessions).where(_sessions.c.id == sid).values(notes=None))


def downgrade() -> None:
    bind = op.get_bind()
    plans = sa.table(
        "session_plans",
        *(sa.column(c) for c in ("session_id", "title", "job_family", "seniority", "guided")),
        sa.column("questions", sa.JSON),
        sa.column("why", sa.JSON),
    )
    for sid, title, family, seniority, guided, questions, why in bind.execute(
        sa.select(plans)
    ).all():
        notes = {"tag": PLAN_TAG, "title": title, "job_family": family, "seniority": seniority,
                 "why": why, "questions": questions}  # fmt: skip
        if guided:
            notes["guided"] = True
        bind.execute(
            sa.update(_sessions).where(_sessions.c.id == sid).values(notes=json.dumps(notes))
        )
    op.drop_index("ix_session_plans_owner_id", table_name="session_plans")
    op.drop_table("session_plans")
