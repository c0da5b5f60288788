"""Practice sessions' plans: the questions each asks, in order, and why each was chosen.

A plan has its own row (`SessionPlan`), written with its session in one transaction. Older
histories kept it as tagged JSON in the session's notes: migration 0007 moves those, and an
older export's are moved on import (`plans_from_notes`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from interview_coach.errors import StorageError
from interview_coach.store.repository import DamagedRecord, Store
from interview_coach.store.tables import PracticeSession, SessionPlan
from interview_coach.types import Question

# The tag an older history put on a plan kept in a session's notes.
NOTES_TAG = "interview-coach/plan@1"
# What a session with a plan is called in the history (the mode on its row).
PLAN_MODE = "mock_interview"


@dataclass(frozen=True)
class SavedPlan:
    """A session's questions in order, why each was chosen, and what the plan was for."""

    questions: list[Question]
    why: list[str]
    title: str | None = None
    job_family: str | None = None
    seniority: str | None = None
    guided: bool = False  # the two-minute first session


@dataclass(frozen=True)
class PlanSummary:
    """What a list of sessions shows of each plan (its questions are not parsed)."""

    questions: int
    title: str | None = None
    job_family: str | None = None


def start_planned_session(
    store: Store, plan: SavedPlan, *, job_target_id: int | None = None
) -> int:
    """Open a session and keep its plan, in one transaction; the session's id."""
    with store.transaction() as s:
        session = PracticeSession(job_target_id=job_target_id, mode=PLAN_MODE)
        s.add(session)
        s.flush()
        s.add(
            SessionPlan(
                session_id=session.id,
                title=plan.title,
                job_family=plan.job_family,
                seniority=plan.seniority,
                guided=plan.guided,
                questions=[q.model_dump(mode="json") for q in plan.questions],
                why=list(plan.why),
            )
        )
        return session.id


def session_plan(store: Store, session_id: int) -> SavedPlan | None:
    """A session's plan (None: the session has none); DamagedRecord when its questions do
    not validate (an old or hand-edited import)."""
    with store.reading() as s:
        row = s.scalars(sa.select(SessionPlan).where(SessionPlan.session_id == session_id)).first()
        if row is None:
            return None
        try:
            questions = [Question.model_validate(q) for q in row.questions]
            why = [str(w) for w in row.why]
        except (ValidationError, TypeError) as exc:
            raise DamagedRecord(
                f"Session {session_id} is damaged in the history (its plan) and is skipped."
            ) from exc
        return SavedPlan(questions, why, row.title, row.job_family, row.seniority, row.guided)


def plan_summaries(store: Store, session_ids: Iterable[int]) -> dict[int, PlanSummary]:
    """The plans of these sessions, by session id, in one query."""
    ids = sorted(set(session_ids))
    if not ids:
        return {}
    q = sa.select(
        SessionPlan.session_id, SessionPlan.questions, SessionPlan.title, SessionPlan.job_family
    ).where(SessionPlan.session_id.in_(ids))
    with store.reading() as s:
        return {
            sid: PlanSummary(len(qs) if isinstance(qs, list) else 0, title, family)
            for sid, qs, title, family in s.execute(q)
        }


def insert_question(
    store: Store, session_id: int, index: int, question: Question, why: str
) -> bool:
    """Put `question` into the plan at `index`, in one transaction (two requests never
    interleave); False when the same text is already there (a page reloaded)."""
    with store.transaction() as s:
        q = sa.select(SessionPlan).where(SessionPlan.session_id == session_id).with_for_update()
        row = s.scalars(q).first()
        if row is None:
            raise StorageError(f"Practice session {session_id} has no plan.")
        questions, reasons = list(row.questions), list(row.why)
        if index < len(questions) and (questions[index] or {}).get("text") == question.text:
            return False
        questions.insert(index, question.model_dump(mode="json"))
        reasons.insert(index, why)
        row.questions, row.why = questions, reasons  # new lists: the JSON columns see a change
        return True


def plans_from_notes(sessions: list[dict[str, Any]], first_id: int = 1) -> list[dict[str, Any]]:
    """Plan rows for an older export's sessions whose notes hold a plan; those notes are
    cleared in place (the sessions are then imported as today's history keeps them)."""
    out: list[dict[str, Any]] = []
    for row in sessions:
        try:
            data = json.loads(row.get("notes") or "")
        except ValueError:
            continue
        if not isinstance(data, dict) or data.get("tag") != NOTES_TAG:
            continue
        out.append(
            {
                "id": first_id + len(out),
                "created_at": row.get("started_at"),
                "session_id": row["id"],
                "title": data.get("title"),
                "job_family": data.get("job_family"),
                "seniority": data.get("seniority"),
                "guided": bool(data.get("guided")),
                "questions": data.get("questions", []),
                "why": data.get("why", []),
            }
        )
        row["notes"] = None
    return out
