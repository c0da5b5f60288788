"""The progress report the pages show, from aggregate queries: fast over a long history.

`progress_report` reads every answer's metrics into Python, which the chart and the
`progress` command need. The home and progress pages need only each trend's count, mean,
latest value and direction, the weakest areas over the newest answers, and what to practise
next. Here the database computes the least-squares sums for every trend in one pass (window
functions give each non-empty value its position), and the result is kept until the history
changes, so a page view costs one index query unless an answer was added since the last.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from interview_coach.store.progress import (
    METRICS,
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


def _trends(store: Store, base: Any) -> tuple[int, list[Trend]]:
    order = (base.c.created_at, base.c.answer_id)
    cols: list[Any] = [base.c.answer_id]
    for m in METRICS:
        v = base.c[m.key]
        cols += [
            v.label(m.key),
            # Position among the non-empty values (1-based), and how many there are.
            sa.func.count(v).over(order_by=order).label(f"{m.key}_i"),
            sa.func.count(v).over().label(f"{m.key}_n"),
        ]
        if m.better == "band":
            lo, hi = m.band or (0.0, 0.0)
            dist = sa.case((v < lo, lo - v), (v > hi, v - hi), else_=0.0)
            cols.append(sa.case((v.is_(None), None), else_=dist).label(f"{m.key}_d"))
    ranked = sa.select(*cols).subquery()
    aggs: list[Any] = [sa.func.count()]
    for m in METRICS:
        v, i = ranked.c[m.key], ranked.c[f"{m.key}_i"]
        i_v = sa.case((v.is_(None), None), else_=i)
        aggs += [
            sa.func.count(v), sa.func.avg(v), sa.func.sum(i_v), sa.func.sum(i_v * i_v),
            sa.func.sum(i_v * v),
            sa.func.max(sa.case((i == ranked.c[f"{m.key}_n"], v), else_=None)),
        ]  # fmt: skip
        if m.better == "band":
            d = ranked.c[f"{m.key}_d"]
            aggs += [sa.func.sum(d), sa.func.sum(i_v * d)]
    with store.transaction() as s:
        row = list(s.execute(sa.select(*aggs).select_from(ranked)).one())
    answers = int(row.pop(0) or 0)
    trends = []
    for m in METRICS:
        n, mean, si, sii, siv, latest = row[:6]
        del row[:6]
        sd = sid = None
        if m.better == "band":
            sd, sid = row[:2]
            del row[:2]
        n = int(n or 0)
        if n == 0:
            trends.append(Trend(m.key, m.label, 0, None, None, None, "no data", []))
            continue
        den = n * float(sii) - float(si) ** 2
        slope = (n * float(siv) - float(si) * float(mean) * n) / den if den else 0.0
        dist_slope = 0.0
        if sd is not None and den:
            dist_slope = (n * float(sid) - float(si) * float(sd)) / den
        direction, change = classify(m, n, slope, dist_slope)
        trends.append(
            Trend(
                metric=m.key,
                label=m.label,
                count=n,
                latest=round(float(latest), 3),
                mean=round(float(mean), 3),
                change=None if change is None else round(change, 3),
                direction=direction,
                values=[],  # the pages show no series; the chart reads progress_report
            )
        )
    return answers, trends


def _newest(store: Store, base: Any, recent: int) -> tuple[list[Row], dict[str, float]]:
    """The newest `recent` answers with their details, and each category's recent mean."""
    q = (
        sa.select(base, FeedbackRow.data, QuestionRow.text)
        .join(FeedbackRow, FeedbackRow.id == base.c.feedback_id)
        .outerjoin(QuestionRow, QuestionRow.id == base.c.question_id)
        .order_by(base.c.created_at.desc(), base.c.answer_id.desc())
        .limit(recent)
    )
    place = (
        sa.func.row_number()
        .over(
            partition_by=base.c.question_category,
            order_by=(base.c.created_at.desc(), base.c.answer_id.desc()),
        )
        .label("place")
    )
    per_cat = sa.select(base.c.question_category, base.c.overall, place).subquery()
    means_q = (
        sa.select(per_cat.c.question_category, sa.func.avg(per_cat.c.overall))
        .where(per_cat.c.place <= recent)
        .group_by(per_cat.c.question_category)
    )
    rows: list[Row] = []
    with store.transaction() as s:
        found = list(s.execute(q))
        means = {c: float(v) for c, v in s.execute(means_q)}
    for r in reversed(found):
        try:
            parts, terms, tips, question = details_of(r.data)
            metrics = {m.key: number(getattr(r, m.key)) for m in METRICS}
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # a damaged analysis: skipped, as progress_report does
        rows.append(
            Row(r.answer_id, r.created_at, r.question_id, r.text or question,
                r.question_category, metrics, parts, terms, tips)
        )  # fmt: skip
    return rows, means


def _schedule_rows(store: Store, base: Any) -> list[Row]:
    """Just what spaced repetition needs: each answered bank question's scores in order."""
    q = (
        sa.select(base.c.answer_id, base.c.created_at, base.c.question_id, QuestionRow.text,
                  base.c.question_category, base.c.overall)
        .join(QuestionRow, QuestionRow.id == base.c.question_id)
        .order_by(base.c.created_at, base.c.answer_id)
    )  # fmt: skip
    with store.transaction() as s:
        return [
            Row(a, when, qid, text, cat, {"overall": overall}, [], [], [])
            for a, when, qid, text, cat, overall in s.execute(q)
        ]


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
        base = _base(store.engine.dialect.name)
        answers, trends = _trends(store, base)
        if not answers:
            return ProgressReport(0, trends, {}, [], [], [], {})
        last, means = _newest(store, base, recent)
        report = ProgressReport(
            answers=answers,
            trends=trends,
            by_category={},
            weakest=weak_areas(last, means),
            practise_next=[],
            schedule=schedule_of(_schedule_rows(store, base), now),
            points={},
        )
        _cache[key] = (mark, report)
    # What is due depends on the time of the request, not only on the history.
    schedule = [replace(d, due=d.due_at <= now) for d in report.schedule]
    due = sorted((d for d in schedule if d.due), key=lambda d: (d.last_score, d.due_at))
    return replace(report, schedule=schedule, practise_next=due[:next_count])


__all__ = ["progress_summary"]
