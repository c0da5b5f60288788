"""The full progress report (the `progress` command): every answer's trend values,
weak areas, the spaced-repetition schedule and each metric's series for the chart.

Every stored answer counts once, with its newest analysis; rows whose stored values do not
validate are skipped, so a damaged row never breaks the report.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from interview_coach.progress.metrics import (
    METRICS,
    Point,
    ProgressReport,
    Row,
    details_of,
    number,
    trends,
    weakest,
)
from interview_coach.progress.review import Attempt, practise_next, schedule_of
from interview_coach.store.history import answers_with_metrics
from interview_coach.store.repository import Store

COLUMNS = tuple(m.key for m in METRICS)


def load_rows(store: Store, recent: int) -> list[Row]:
    """Every answer's newest metrics; the feedback details only for the `recent` newest."""
    found, data = answers_with_metrics(store, COLUMNS, recent)
    rows: list[Row] = []
    for r in found:
        try:
            metrics = {m.key: number(getattr(r, m.key)) for m in METRICS}
            parts, terms, tips, question = (
                details_of(data[r.feedback_id]) if r.feedback_id in data else ([], [], [], "")
            )
            if metrics["overall"] is None or not isinstance(r.question_category, str):
                raise ValueError("no score")
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # a damaged row: skipped
        rows.append(
            Row(
                answer_id=r.id,
                when=r.created_at,
                question_id=r.question_id,
                question_text=r.text or question,
                category=r.question_category,
                metrics=metrics,
                missing_parts=parts,
                missing_terms=terms,
                tip_areas=tips,
            )
        )
    return rows


def attempts_of(rows: list[Row]) -> list[Attempt]:
    """What spaced repetition reads of the rows: each answer to a stored question."""
    return [
        Attempt(r.question_id, r.when, r.question_text, r.category, r.metrics["overall"] or 0.0)
        for r in rows
        if r.question_id is not None
    ]


def progress_report(
    store: Store, *, now: datetime | None = None, recent: int = 10, next_count: int = 5
) -> ProgressReport:
    """Trends, weakest areas and the questions due for practice, from the whole history."""
    now = now or datetime.now(UTC)
    rows = load_rows(store, recent)
    by_category: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_category[r.category].append(r)
    schedule = schedule_of(attempts_of(rows), now)
    points: dict[str, list[Point]] = {
        m.key: [
            Point(r.when, float(r.metrics[m.key]), r.answer_id, r.category, n, n)  # type: ignore[arg-type]
            for n, r in enumerate(rows, 1)
            if r.metrics[m.key] is not None
        ]
        for m in METRICS
    }
    return ProgressReport(
        answers=len(rows),
        trends=trends(rows),
        by_category={c: trends(rs) for c, rs in sorted(by_category.items())},
        weakest=weakest(rows, recent) if rows else [],
        practise_next=practise_next(schedule, next_count),
        schedule=schedule,
        points=points,
    )
