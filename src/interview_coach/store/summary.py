"""The progress report the pages show, from one narrow query: fast over a long history.

`progress_report` reads every answer's metrics into Python, which the chart and the
`progress` command need. The home and progress pages need only each trend's count, mean,
latest value and direction, the weakest areas over the newest answers, and what to practise
next. Here one narrow query reads each answer's newest metrics (indexed columns, never the
stored JSON but for the newest few), numpy fits the trends, and the result is kept until the
history changes, so a page view costs one index query unless an answer was added since.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime
from statistics import fmean
from typing import Any, NamedTuple

import numpy as np
import sqlalchemy as sa

from interview_coach.store.progress import (
    METRICS,
    Metric,
    ProgressReport,
    Row,
    Trend,
    classify,
    details_of,
    number,
    schedule_of,
    weak_areas,
)
from interview_coach.store.repository import Store
from interview_coach.store.tables import Answer, FeedbackRow, QuestionRow


def _base(dialect: str) -> Any:
    """Each answer with its newest analysis; on SQLite, rows whose metrics are not numbers
    (damaged by an old import) are left out, as `progress_report` skips them."""
    newest = (
        sa.select(sa.func.max(FeedbackRow.id).label("id"))
        .group_by(FeedbackRow.answer_id)
        .subquery()
    )
    q = (
        sa.select(Answer.id.label("answer_id"), Answer.created_at, Answer.question_id,
                  FeedbackRow.id.label("feedback_id"), FeedbackRow.question_category,
                  *[getattr(FeedbackRow, m.key) for m in METRICS])
        .join(FeedbackRow, FeedbackRow.answer_id == Answer.id)
        .join(newest, newest.c.id == FeedbackRow.id)
        .where(FeedbackRow.overall.is_not(None))
    )  # fmt: skip
    if dialect == "sqlite":
        numeric = ("integer", "real", "null")
        for m in METRICS:
            q = q.where(sa.func.typeof(getattr(FeedbackRow, m.key)).in_(numeric))
        q = q.where(sa.func.typeof(FeedbackRow.question_category) == "text")
    return q.subquery()


class _Scheduled(NamedTuple):
    """What spaced repetition reads of an answer (a light stand-in for progress.Row)."""

    answer_id: int
    when: datetime
    question_id: int
    question_text: str
    category: str
    metrics: dict[str, Any]


def _trend(metric: Metric, column: np.ndarray) -> Trend:
    """One trend from a metric's values in answer order (NaN where the answer has none)."""
    values = column[~np.isnan(column)]
    n = int(values.size)
    if n == 0:
        return Trend(metric.key, metric.label, 0, None, None, None, "no data", [])
    slope = dist_slope = 0.0
    if n >= 3:
        i = np.arange(n, dtype=float)
        di = i - i.mean()
        den = float(di @ di)
        slope = float(di @ (values - values.mean())) / den
        if metric.better == "band":
            lo, hi = metric.band or (0.0, 0.0)
            dist = np.maximum(np.maximum(lo - values, values - hi), 0.0)
            dist_slope = float(di @ (dist - dist.mean())) / den
    direction, change = classify(metric, n, slope, dist_slope)
    return Trend(
        metric=metric.key,
        label=metric.label,
        count=n,
        latest=round(float(values[-1]), 3),
        mean=round(float(values.mean()), 3),
        change=None if change is None else round(change, 3),
        direction=direction,
        values=[],  # the pages show no series; the chart reads progress_report
    )


def _compute(store: Store, recent: int, now: datetime) -> ProgressReport:
    base = _base(store.engine.dialect.name)
    q = sa.select(
        base.c.answer_id, base.c.created_at, base.c.question_id, base.c.feedback_id,
        base.c.question_category, *[base.c[m.key] for m in METRICS],
    ).order_by(base.c.created_at, base.c.answer_id)  # fmt: skip
    with store.transaction() as s:
        found = s.execute(q).all()
        texts = dict(s.execute(sa.select(QuestionRow.id, QuestionRow.text)).all())
        last_ids = [r.feedback_id for r in found[-recent:]]
        data = dict(
            s.execute(
                sa.select(FeedbackRow.id, FeedbackRow.data).where(FeedbackRow.id.in_(last_ids))
            ).all()
        )
    if not found:
        return ProgressReport(0, [_trend(m, np.empty(0)) for m in METRICS], {}, [], [], [], {})
    plain = [tuple(r) for r in found]  # index access: far cheaper than named access
    table = np.array([r[5:] for r in plain], dtype=float)  # None becomes NaN
    trends = [_trend(m, table[:, k]) for k, m in enumerate(METRICS)]
    by_cat: dict[str, list[float]] = defaultdict(list)
    schedule_rows: list[Any] = []
    for answer_id, when, question_id, _fid, category, overall, *_ in plain:
        by_cat[category].append(overall)
        if question_id is not None:
            schedule_rows.append(
                _Scheduled(answer_id, when, question_id, texts.get(question_id, ""), category,
                           {"overall": overall})
            )  # fmt: skip
    last: list[Row] = []
    for r in found[-recent:]:
        try:
            parts, terms, tips, question = details_of(data[r.feedback_id])
            metrics = {m.key: number(getattr(r, m.key)) for m in METRICS}
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # a damaged analysis: skipped, as progress_report does
        last.append(
            Row(r.answer_id, r.created_at, r.question_id,
                texts.get(r.question_id) or question, r.question_category, metrics,
                parts, terms, tips)
        )  # fmt: skip
    return ProgressReport(
        answers=len(found),
        trends=trends,
        by_category={},
        weakest=weak_areas(last, {c: fmean(v[-recent:]) for c, v in by_cat.items()}),
        practise_next=[],
        schedule=schedule_of(schedule_rows, now),
        points={},
    )


def _fingerprint(store: Store) -> tuple[Any, ...]:
    """Changes whenever an answer or an analysis is added, imported or deleted (the history
    is only ever appended to or emptied); cheap, since it reads indexes only."""
    q = sa.select(
        sa.select(sa.func.count(Answer.id)).scalar_subquery(),
        sa.select(sa.func.max(Answer.id)).scalar_subquery(),
        sa.select(sa.func.count(FeedbackRow.id)).scalar_subquery(),
        sa.select(sa.func.max(FeedbackRow.id)).scalar_subquery(),
        sa.select(sa.func.max(FeedbackRow.created_at)).scalar_subquery(),
    )
    with store.transaction() as s:
        return tuple(s.execute(q).one())


# The newest summary per history: a page view after no new answer costs one index query.
_cache: dict[tuple[str, str, int], tuple[tuple[Any, ...], ProgressReport]] = {}


def progress_summary(
    store: Store, *, now: datetime | None = None, recent: int = 10, next_count: int = 5
) -> ProgressReport:
    """`progress_report` for the pages: the same trends (without their value series),
    weakest areas and questions to practise next, from aggregate queries."""
    now = now or datetime.now(UTC)
    key = (str(store.engine.url), str(store.home), recent)
    mark = _fingerprint(store)
    cached = _cache.get(key)
    if cached is not None and cached[0] == mark:
        report = cached[1]
    else:
        report = _compute(store, recent, now)
        _cache[key] = (mark, report)
    # What is due depends on the time of the request, not only on the history.
    schedule = [replace(d, due=d.due_at <= now) for d in report.schedule]
    due = sorted((d for d in schedule if d.due), key=lambda d: (d.last_score, d.due_at))
    return replace(report, schedule=schedule, practise_next=due[:next_count])


__all__ = ["progress_summary"]
