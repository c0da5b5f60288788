"""Re-analysis after an analyzer upgrade: which answers are stale, and keeping each new
analysis exactly once however often the work is retried."""

from __future__ import annotations

import sqlalchemy as sa

from interview_coach.errors import StorageError
from interview_coach.store.repository import Store, feedback_row
from interview_coach.store.tables import Answer, FeedbackRow
from interview_coach.types import Feedback


def stale_answers(store: Store, version: str, limit: int = 100, after: int = 0) -> list[int]:
    """Ids after `after` of answers whose newest analysis is not by analyzer `version`,
    oldest first (the acting account's, in team mode)."""
    newest = (
        sa.select(FeedbackRow.answer_id, sa.func.max(FeedbackRow.id).label("fid"))
        .group_by(FeedbackRow.answer_id)
        .subquery()
    )
    with store.reading() as s:
        q = (
            sa.select(Answer.id)
            .join(newest, newest.c.answer_id == Answer.id)
            .join(FeedbackRow, FeedbackRow.id == newest.c.fid)
            .where(FeedbackRow.analyzer_version != version, Answer.id > after)
            .order_by(Answer.id)
            .limit(limit)
        )
        return list(s.scalars(q))


def add_feedback_once(store: Store, answer_id: int, feedback: Feedback) -> bool:
    """Keep a re-analysis unless the answer already has one by the same analyzer version;
    whether it was kept. The answer's row is locked first, so the same work run twice at
    once (a redelivered task) still keeps one."""
    with store.transaction() as s:
        answer = s.scalar(sa.select(Answer).where(Answer.id == answer_id).with_for_update())
        if answer is None:
            raise StorageError(f"No answer {answer_id} in the history.")
        done = s.scalar(
            sa.select(FeedbackRow.id).where(
                FeedbackRow.answer_id == answer_id,
                FeedbackRow.analyzer_version == feedback.analyzer_version,
            )
        )
        if done is not None:
            return False
        s.add(feedback_row(answer_id, feedback))
        return True
