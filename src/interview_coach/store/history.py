"""The reads progress is built from: each answer's newest analysis, fast over a long history.

SQL only: which metric columns to read is the caller's choice (`progress.metrics.METRICS`),
and what the rows mean is worked out in `progress/`. The metrics are indexed columns copied
out of each analysis, so a long history costs one light query; the stored JSON is read only
for the few answers that need it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from interview_coach.store.repository import Store, newest_analyses
from interview_coach.store.tables import Answer, FeedbackRow, QuestionRow

# Ids per `IN (...)` list: bounds a statement's parameter count on every backend.
ID_CHUNK = 500


def answers_with_metrics(
    store: Store, columns: Sequence[str], recent: int
) -> tuple[list[Any], dict[int, Any]]:
    """Every answer with its newest analysis's `columns`, oldest first (named rows: `id`,
    `created_at`, `question_id`, `text`, `feedback_id`, `question_category` and the columns),
    and the stored analysis of the `recent` newest ones and of any without a question text."""
    newest = newest_analyses()
    q = (
        sa.select(Answer.id, Answer.created_at, Answer.question_id, QuestionRow.text,
                  FeedbackRow.id.label("feedback_id"), FeedbackRow.question_category,
                  *[getattr(FeedbackRow, c) for c in columns])
        .join(FeedbackRow, FeedbackRow.answer_id == Answer.id)
        .join(newest, newest.c.id == FeedbackRow.id)
        .outerjoin(QuestionRow, QuestionRow.id == Answer.question_id)
        .order_by(Answer.created_at, Answer.id)
    )  # fmt: skip
    with store.reading() as s:
        found = list(s.execute(q))
        wanted = {r.feedback_id for r in found[-recent:]} | {
            r.feedback_id for r in found if not r.text
        }
        data = _analyses(s, sorted(wanted))
    return found, data


def _analyses(s: Any, ids: list[int]) -> dict[int, Any]:
    data: dict[int, Any] = {}
    for chunk in range(0, len(ids), ID_CHUNK):
        sel = sa.select(FeedbackRow.id, FeedbackRow.data).where(
            FeedbackRow.id.in_(ids[chunk : chunk + ID_CHUNK])
        )
        data.update({fid: d for fid, d in s.execute(sel)})
    return data


def analyses(store: Store, feedback_ids: list[int]) -> dict[int, Any]:
    """The stored analyses (Feedback JSON) with these ids."""
    with store.reading() as s:
        return _analyses(s, sorted(set(feedback_ids)))


def question_texts(store: Store) -> dict[int, str]:
    """Every stored question's text by id."""
    with store.reading() as s:
        return dict(s.execute(sa.select(QuestionRow.id, QuestionRow.text)).all())  # type: ignore[arg-type]


def _metric_base(dialect: str, columns: Sequence[str]) -> Any:
    """Each answer with its newest analysis; on SQLite, rows whose metrics are not numbers
    (damaged by an old import) are left out, as the full report skips them."""
    newest = newest_analyses()
    q = (
        sa.select(Answer.id.label("answer_id"), Answer.created_at, Answer.question_id,
                  FeedbackRow.id.label("feedback_id"), FeedbackRow.question_category,
                  *[getattr(FeedbackRow, c) for c in columns])
        .join(FeedbackRow, FeedbackRow.answer_id == Answer.id)
        .join(newest, newest.c.id == FeedbackRow.id)
        .where(FeedbackRow.overall.is_not(None))
    )  # fmt: skip
    if dialect == "sqlite":
        numeric = ("integer", "real", "null")
        for c in columns:
            q = q.where(sa.func.typeof(getattr(FeedbackRow, c)).in_(numeric))
        q = q.where(sa.func.typeof(FeedbackRow.question_category) == "text")
    return q.subquery()


def metric_rows(
    store: Store, columns: Sequence[str], after_feedback: int = 0
) -> list[tuple[Any, ...]]:
    """(answer id, created at, question id, feedback id, category, *columns) per answer, in
    answer order; only those whose newest analysis is newer than `after_feedback`."""
    base = _metric_base(store.engine.dialect.name, columns)
    q = sa.select(
        base.c.answer_id, base.c.created_at, base.c.question_id, base.c.feedback_id,
        base.c.question_category, *[base.c[c] for c in columns],
    ).where(base.c.feedback_id > after_feedback)  # fmt: skip
    q = q.order_by(base.c.created_at, base.c.answer_id)
    with store.reading() as s:
        return [tuple(r) for r in s.execute(q).all()]  # index access: far cheaper than named


def answers_analysed_since(store: Store, after_feedback: int) -> list[int]:
    """The answer of every analysis stored after `after_feedback` (one per analysis)."""
    with store.reading() as s:
        q = sa.select(FeedbackRow.answer_id).where(FeedbackRow.id > after_feedback)
        return [r[0] for r in s.execute(q).all()]


def history_mark(store: Store) -> tuple[Any, ...]:
    """Changes whenever an answer or an analysis is added, imported or deleted (the history
    is only ever appended to or emptied); cheap, since it reads indexes only."""
    q = sa.select(
        sa.select(sa.func.count(Answer.id)).scalar_subquery(),
        sa.select(sa.func.max(Answer.id)).scalar_subquery(),
        sa.select(sa.func.count(FeedbackRow.id)).scalar_subquery(),
        sa.select(sa.func.max(FeedbackRow.id)).scalar_subquery(),
        sa.select(sa.func.max(FeedbackRow.created_at)).scalar_subquery(),
    )
    with store.reading() as s:
        return tuple(s.execute(q).one())
