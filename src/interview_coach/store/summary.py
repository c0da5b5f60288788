"""The progress the pages, the chart and the JSON API show: fast over a long history.

`progress_report` reads and parses every answer's stored analysis, which the `progress`
command needs. The pages need only each trend's count, mean, latest value and direction, the
weakest areas over the newest answers, and what to practise next. Here one narrow query reads
each answer's newest metrics (indexed columns, never the stored JSON but for the newest few)
and numpy fits the trends. The rows are kept per store: a page view with nothing new costs one
index query, and one after a new answer or re-analysis reads only the analyses stored since."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import pairwise
from statistics import fmean
from typing import Any, NamedTuple

import numpy as np
import sqlalchemy as sa

from interview_coach.store.owner import current_owner
from interview_coach.store.progress import (
    METRICS,
    Metric,
    Point,
    ProgressReport,
    Row,
    Trend,
    classify,
    details_of,
    number,
    practice_days,
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


# Columns of a history row, in the order `_base` selects them.
_ANSWER, _WHEN, _QUESTION, _FEEDBACK, _CATEGORY, _METRICS = 0, 1, 2, 3, 4, 5


@dataclass
class _History:
    """Each answer's newest metrics in answer order, as read so far, and what they came from."""

    mark: tuple[Any, ...]
    rows: list[tuple[Any, ...]]
    position: dict[int, int]  # answer id -> index in rows
    report: ProgressReport | None = None


def _rows(store: Store, after_feedback: int = 0) -> list[tuple[Any, ...]]:
    """History rows in answer order; only those whose analysis is newer than `after_feedback`."""
    base = _base(store.engine.dialect.name)
    q = sa.select(
        base.c.answer_id, base.c.created_at, base.c.question_id, base.c.feedback_id,
        base.c.question_category, *[base.c[m.key] for m in METRICS],
    ).where(base.c.feedback_id > after_feedback)  # fmt: skip
    q = q.order_by(base.c.created_at, base.c.answer_id)
    with store.reading() as s:
        return [tuple(r) for r in s.execute(q).all()]  # index access: far cheaper than named


def _read(store: Store, mark: tuple[Any, ...]) -> _History:
    rows = _rows(store)
    return _History(mark, rows, {r[_ANSWER]: i for i, r in enumerate(rows)})


def _extended(store: Store, old: _History, mark: tuple[Any, ...]) -> _History | None:
    """`old` brought up to `mark` by reading only the analyses stored since, or None when the
    history changed in another way (a deletion, or an import of older answers)."""
    answers, _, feedbacks, newest_feedback, _ = old.mark
    if mark[0] < answers or mark[2] < feedbacks or (newest_feedback or 0) > (mark[3] or 0):
        return None
    after = newest_feedback or 0
    with store.reading() as s:
        # The answer of every analysis stored since (one per analysis, so its length is
        # also how many were stored).
        since = s.execute(sa.select(FeedbackRow.answer_id).where(FeedbackRow.id > after)).all()
    new = _rows(store, after)
    added = [r for r in new if r[_ANSWER] not in old.position]
    if (
        {r[_ANSWER] for r in new} != {r[0] for r in since}  # an unreadable analysis: afresh
        or mark[0] - answers != len(added)  # an answer deleted or stored without analysis
        or mark[2] - feedbacks != len(since)
    ):
        return None
    rows = list(old.rows)
    for r in new:
        if r[_ANSWER] in old.position:
            rows[old.position[r[_ANSWER]]] = r  # a re-analysis replaces the answer's metrics
    if (
        added
        and rows
        and (added[0][_WHEN], added[0][_ANSWER]) < (rows[-1][_WHEN], rows[-1][_ANSWER])
    ):
        return None  # older answers imported: they belong in the middle
    position = dict(old.position)
    for r in added:
        position[r[_ANSWER]] = len(rows)
        rows.append(r)
    return _History(mark, rows, position)


def _report(
    store: Store, rows: list[tuple[Any, ...]], recent: int, now: datetime
) -> ProgressReport:
    """The summary from history rows: numpy for the trends, stored JSON for the newest few."""
    if not rows:
        return ProgressReport(0, [_trend(m, np.empty(0)) for m in METRICS], {}, [], [], [], {})
    with store.reading() as s:
        texts = dict(s.execute(sa.select(QuestionRow.id, QuestionRow.text)).all())
        last_ids = [r[_FEEDBACK] for r in rows[-recent:]]
        data = dict(
            s.execute(
                sa.select(FeedbackRow.id, FeedbackRow.data).where(FeedbackRow.id.in_(last_ids))
            ).all()
        )
    table = np.array([r[_METRICS:] for r in rows], dtype=float)  # None becomes NaN
    categories = np.array([r[_CATEGORY] for r in rows], dtype=object)
    trends = [_trend(m, table[:, k]) for k, m in enumerate(METRICS)]
    by_category = {
        c: [_trend(m, table[categories == c, k]) for k, m in enumerate(METRICS)]
        for c in sorted(set(categories.tolist()))
    }
    by_cat: dict[str, list[float]] = defaultdict(list)
    schedule_rows: list[Any] = []
    for answer_id, when, question_id, _fid, category, overall, *_ in rows:
        by_cat[category].append(overall)
        if question_id is not None:
            schedule_rows.append(
                _Scheduled(answer_id, when, question_id, texts.get(question_id, ""), category,
                           {"overall": overall})
            )  # fmt: skip
    last: list[Row] = []
    for r in rows[-recent:]:
        try:
            parts, terms, tips, question = details_of(data[r[_FEEDBACK]])
            metrics = {m.key: number(r[_METRICS + k]) for k, m in enumerate(METRICS)}
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # a damaged analysis: skipped, as progress_report does
        last.append(
            Row(r[_ANSWER], r[_WHEN], r[_QUESTION], texts.get(r[_QUESTION]) or question,
                r[_CATEGORY], metrics, parts, terms, tips)
        )  # fmt: skip
    return ProgressReport(
        answers=len(rows),
        trends=trends,
        by_category=by_category,
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
    with store.reading() as s:
        return tuple(s.execute(q).one())


# The history as last read, per store: a page view after no new answer costs one index query,
# and one after a new answer reads only that answer's row.
_cache: dict[tuple[str, str], _History] = {}


def _history(store: Store) -> _History:
    # Per account in team mode: each sees its own history (store/owner.py).
    key = (str(store.engine.url), str(store.home), str(current_owner()))
    mark = _fingerprint(store)
    old = _cache.get(key)
    if old is not None and old.mark == mark:
        return old
    fresh = (_extended(store, old, mark) if old is not None else None) or _read(store, mark)
    _cache[key] = fresh
    return fresh


def progress_summary(
    store: Store, *, now: datetime | None = None, recent: int = 10, next_count: int = 5
) -> ProgressReport:
    """`progress_report` for the pages: the same trends (without their value series),
    weakest areas and questions to practise next, from aggregate queries."""
    now = now or datetime.now(UTC)
    history = _history(store)
    report = history.report
    if report is None or recent != 10:
        report = _report(store, history.rows, recent, now)
        if recent == 10:
            history.report = report
    # What is due depends on the time of the request, not only on the history.
    schedule = [replace(d, due=d.due_at <= now) for d in report.schedule]
    due = sorted((d for d in schedule if d.due), key=lambda d: (d.last_score, d.due_at))
    days = practice_days([r[_WHEN] for r in history.rows], now.astimezone().date())
    return replace(report, schedule=schedule, practise_next=due[:next_count], practice=days)


def answer_series(store: Store, *, offset: int = 0, limit: int = 200) -> list[dict[str, Any]]:
    """One page of every answer's metrics, newest first (the JSON API's value series)."""
    rows = _history(store).rows
    stop = max(len(rows) - offset, 0)
    page = rows[max(stop - limit, 0) : stop][::-1]
    return [
        {"answer_id": r[_ANSWER], "when": r[_WHEN].isoformat(), "question_id": r[_QUESTION],
         "category": r[_CATEGORY],
         **{m.key: number(r[_METRICS + k]) for k, m in enumerate(METRICS)}}
        for r in page
    ]  # fmt: skip


def chart_report(store: Store, limit: int) -> ProgressReport:
    """The report the chart draws: the answer count and each metric's series of at most
    `limit` points, runs of consecutive answers drawn at their means (what `charts.thinned`
    does, here in numpy over the narrow rows)."""
    rows = _history(store).rows
    return ProgressReport(len(rows), [], {}, [], [], [], _chart_points(rows, limit))


def _chart_points(rows: list[tuple[Any, ...]], limit: int) -> dict[str, list[Point]]:
    if not rows:
        return {m.key: [] for m in METRICS}
    seconds = np.array([r[_WHEN].timestamp() for r in rows])
    table = np.array([r[_METRICS:] for r in rows], dtype=float)
    zone = rows[0][_WHEN].tzinfo
    out: dict[str, list[Point]] = {}
    for k, m in enumerate(METRICS):
        have = np.flatnonzero(~np.isnan(table[:, k]))
        n = have.size
        cuts = [g * n // limit for g in range(limit + 1)] if n > limit else list(range(n + 1))
        series = []
        for a, b in pairwise(cuts):
            idx = have[a:b]
            if idx.size:
                last = rows[int(idx[-1])]
                when = datetime.fromtimestamp(float(seconds[idx].mean()), zone)
                series.append(
                    Point(when, float(table[idx, k].mean()), last[_ANSWER], last[_CATEGORY])
                )
        out[m.key] = series
    return out


__all__ = ["answer_series", "chart_report", "progress_summary"]
