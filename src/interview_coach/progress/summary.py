"""The progress the pages, the chart and the JSON API show: fast over a long history.

`progress_report` reads and parses every answer's stored analysis, which the `progress`
command needs. The pages need only each trend's count, mean, latest value and direction, the
weakest areas over the newest answers, and what to practise next. Here one narrow query reads
each answer's newest metrics (indexed columns, never the stored JSON but for the newest few)
and numpy fits the trends. The rows are kept per store: a page view with nothing new costs one
index query, and one after a new answer or re-analysis reads only the analyses stored since.
The reads are `store/history.py`; here is what they mean."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import pairwise
from statistics import fmean
from typing import Any

import numpy as np

from interview_coach.progress.metrics import (
    METRICS,
    NO_DATA,
    TREND_WINDOW,
    Metric,
    Point,
    ProgressReport,
    Row,
    Trend,
    classify,
    details_of,
    number,
    practice_days,
    weak_areas,
)
from interview_coach.progress.report import COLUMNS
from interview_coach.progress.review import Attempt, practise_next, schedule_of
from interview_coach.store import history
from interview_coach.store.owner import current_owner
from interview_coach.store.repository import Store


def _trend(metric: Metric, column: np.ndarray) -> Trend:
    """One trend from a metric's values in answer order (NaN where the answer has none)."""
    values = column[~np.isnan(column)]
    n = int(values.size)
    if n == 0:
        return Trend(metric.key, metric.label, 0, None, None, None, NO_DATA, [])
    # Only the newest two windows decide the trend.
    direction, change = classify(metric, values[-2 * TREND_WINDOW :].tolist())
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


# Columns of a history row, in the order `store.history.metric_rows` gives them.
_ANSWER, _WHEN, _QUESTION, _FEEDBACK, _CATEGORY, _METRICS = 0, 1, 2, 3, 4, 5


@dataclass
class _History:
    """Each answer's newest metrics in answer order, as read so far, and what they came from."""

    mark: tuple[Any, ...]
    rows: list[tuple[Any, ...]]
    position: dict[int, int]  # answer id -> index in rows
    report: ProgressReport | None = None


def _read(store: Store, mark: tuple[Any, ...]) -> _History:
    rows = history.metric_rows(store, COLUMNS)
    return _History(mark, rows, {r[_ANSWER]: i for i, r in enumerate(rows)})


def _extended(store: Store, old: _History, mark: tuple[Any, ...]) -> _History | None:
    """`old` brought up to `mark` by reading only the analyses stored since, or None when the
    history changed in another way (a deletion, or an import of older answers)."""
    answers, _, feedbacks, newest_feedback, _ = old.mark
    if mark[0] < answers or mark[2] < feedbacks or (newest_feedback or 0) > (mark[3] or 0):
        return None
    after = newest_feedback or 0
    # The answer of every analysis stored since (one per analysis, so its length is also
    # how many were stored).
    since = history.answers_analysed_since(store, after)
    new = history.metric_rows(store, COLUMNS, after)
    added = [r for r in new if r[_ANSWER] not in old.position]
    if (
        {r[_ANSWER] for r in new} != set(since)  # an unreadable analysis: afresh
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
    texts = history.question_texts(store)
    data = history.analyses(store, [r[_FEEDBACK] for r in rows[-recent:]])
    table = np.array([r[_METRICS:] for r in rows], dtype=float)  # None becomes NaN
    categories = np.array([r[_CATEGORY] for r in rows], dtype=object)
    trends = [_trend(m, table[:, k]) for k, m in enumerate(METRICS)]
    by_category = {
        c: [_trend(m, table[categories == c, k]) for k, m in enumerate(METRICS)]
        for c in sorted(set(categories.tolist()))
    }
    by_cat: dict[str, list[float]] = defaultdict(list)
    attempts: list[Attempt] = []
    for _answer, when, question_id, _fid, category, overall, *_ in rows:
        by_cat[category].append(overall)
        if question_id is not None:
            attempts.append(
                Attempt(question_id, when, texts.get(question_id, ""), category, overall or 0.0)
            )
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
        schedule=schedule_of(attempts, now),
        points={},
    )


# The history as last read, per store: a page view after no new answer costs one index query,
# and one after a new answer reads only that answer's row.
_cache: dict[tuple[str, str], _History] = {}


def _history(store: Store) -> _History:
    # Per account in team mode: each sees its own history (store/owner.py).
    key = (str(store.engine.url), str(store.home), str(current_owner()))
    mark = history.history_mark(store)
    old = _cache.get(key)
    if old is not None and old.mark == mark:
        return old
    fresh = (_extended(store, old, mark) if old is not None else None) or _read(store, mark)
    _cache[key] = fresh
    return fresh


def progress_summary(
    store: Store, *, now: datetime | None = None, recent: int = 10, next_count: int = 5,
    chart_limit: int | None = None,
) -> ProgressReport:  # fmt: skip
    """`progress_report` for the pages: the same trends (without their value series),
    weakest areas and questions to practise next, from aggregate queries; with
    `chart_limit`, also the chart's series (`chart_report`'s), from the same read."""
    now = now or datetime.now(UTC)
    kept = _history(store)
    report = kept.report
    if report is None or recent != 10:
        report = _report(store, kept.rows, recent, now)
        if recent == 10:
            kept.report = report
    # What is due depends on the time of the request, not only on the history.
    schedule = [replace(d, due=d.due_at <= now) for d in report.schedule]
    days = practice_days([r[_WHEN] for r in kept.rows], now.astimezone().date())
    points = report.points if chart_limit is None else _chart_points(kept.rows, chart_limit)
    return replace(
        report, schedule=schedule, practise_next=practise_next(schedule, next_count),
        practice=days, points=points,
    )  # fmt: skip


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
                value = float(table[idx, k].mean())
                series.append(
                    Point(when, value, last[_ANSWER], last[_CATEGORY], int(idx[-1]) + 1,
                          int(idx[0]) + 1)
                )  # fmt: skip
        out[m.key] = series
    return out


__all__ = ["answer_series", "chart_report", "progress_summary"]
