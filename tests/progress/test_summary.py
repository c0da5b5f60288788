"""The pages' progress summary (aggregate queries) agrees with the full progress report."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from interview_coach.progress.report import progress_report
from interview_coach.progress.summary import progress_summary
from interview_coach.store import Store
from interview_coach.store.tables import Answer, FeedbackRow
from store.helpers import feedback, question, transcript


def _history(store: Store, count: int, seed: int) -> None:
    rng = random.Random(seed)
    start = datetime(2025, 3, 1, tzinfo=UTC)
    for i in range(count):
        q = question(f"Question number {i % 4}", qid=f"q-{i % 4}",
                     category=("behavioural", "situational")[i % 2])  # fmt: skip
        fb = feedback(
            overall=rng.randint(20, 98),
            delivery=rng.randint(30, 95),
            wpm=rng.choice([None, rng.uniform(90, 200)]),
            fillers_per_minute=rng.choice([None, rng.uniform(0, 6)]),
            hedges=rng.uniform(0, 4),
            missing=rng.choice([(), ("result",), ("task", "result")]),
            category=("behavioural", "situational")[i % 2],
            jd=None if i % 3 else (["sql"], ["kubernetes", "airflow"]),
        )
        a = store.save_answer(fb, transcript=transcript(seconds=rng.choice([None, 30.0])),
                              question=q)  # fmt: skip
        with store.transaction() as s:
            s.get(Answer, a).created_at = start + timedelta(hours=rng.randint(0, 2000))


@pytest.mark.parametrize(("count", "seed"), [(0, 0), (1, 1), (2, 2), (7, 3), (25, 4)])
def test_the_summary_matches_the_full_report(store: Store, count: int, seed: int) -> None:
    _history(store, count, seed)
    now = datetime(2025, 7, 1, tzinfo=UTC)
    full = progress_report(store, now=now)
    fast = progress_summary(store, now=now)
    assert fast.answers == full.answers == count
    for a, b in zip(fast.trends, full.trends, strict=True):
        assert (a.metric, a.count, a.direction) == (b.metric, b.count, b.direction)
        assert a.latest == b.latest and a.mean == pytest.approx(b.mean, abs=1e-3)
        assert (a.change is None) == (b.change is None)
        if a.change is not None:
            assert a.change == pytest.approx(b.change, abs=1e-3)
    assert fast.weakest == full.weakest
    assert fast.practise_next == full.practise_next
    assert fast.schedule == full.schedule


def test_the_summary_follows_each_new_answer(store: Store) -> None:
    _history(store, 4, 5)
    assert progress_summary(store).answers == 4
    store.save_answer(feedback(overall=12), transcript=transcript(), question=question())
    fresh = progress_summary(store)
    assert fresh.answers == 5 and fresh.trends[0].latest == 12


def test_a_long_series_is_drawn_as_bucket_means(tmp_path) -> None:
    from interview_coach.progress.metrics import Point, ProgressReport
    from interview_coach.reports.charts import MAX_CHART_POINTS, thinned, write_progress_chart

    start = datetime(2025, 1, 1, tzinfo=UTC)
    series = [Point(start + timedelta(hours=i), float(i % 100), i, "x") for i in range(20_000)]
    drawn = thinned(series)
    assert len(drawn) == MAX_CHART_POINTS
    assert sum(p.value for p in drawn) / len(drawn) == pytest.approx(49.5, abs=0.5)
    assert drawn[0].when > series[0].when and drawn[-1].when < series[-1].when
    assert thinned(series[:10]) == series[:10]
    report = ProgressReport(20_000, [], {}, [], [], [], {"overall": series, "wpm": series})
    chart = write_progress_chart(report, tmp_path / "c.svg")
    assert chart.stat().st_size < 2_000_000


def _same(fast, full) -> None:
    assert fast.answers == full.answers
    for a, b in zip(fast.trends, full.trends, strict=True):
        assert (a.metric, a.count, a.direction, a.latest) == (
            b.metric,
            b.count,
            b.direction,
            b.latest,
        )
        assert a.mean == pytest.approx(b.mean, abs=1e-3)
    assert fast.weakest == full.weakest
    assert fast.schedule == full.schedule


def test_the_summary_read_afresh_only_in_part_still_matches_the_full_report(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a new answer, a re-analysis, an import of older answers and a deletion, the
    summary (extended from what it read before, or read afresh) agrees with the full report."""
    from interview_coach.progress import summary

    reads = []
    whole = summary._read
    monkeypatch.setattr(summary, "_read", lambda *a: reads.append(1) or whole(*a))
    now = datetime(2025, 7, 1, tzinfo=UTC)
    _history(store, 12, 6)
    progress_summary(store, now=now)
    store.save_answer(feedback(overall=99), transcript=transcript(), question=question())
    _same(progress_summary(store, now=now), progress_report(store, now=now))
    oldest = min(store.answers(limit=100), key=lambda a: a.created_at).id
    store.add_feedback(oldest, feedback(overall=3, delivery=4))  # a re-analysis
    fast = progress_summary(store, now=now)
    _same(fast, progress_report(store, now=now))
    assert fast.trends[0].count == 13
    assert len(reads) == 1  # the new answer and the re-analysis were read on their own
    a = store.save_answer(feedback(overall=7), transcript=transcript(), question=question())
    with store.transaction() as s:
        s.get(Answer, a).created_at = datetime(2024, 1, 1, tzinfo=UTC)  # an older answer
    _same(progress_summary(store, now=now), progress_report(store, now=now))
    assert len(reads) == 2  # an older answer belongs in the middle: read afresh
    with store.transaction() as s:  # the history emptied of one answer
        s.execute(sa.delete(FeedbackRow).where(FeedbackRow.answer_id == a))
        s.delete(s.get(Answer, a))
    fast = progress_summary(store, now=now)
    _same(fast, progress_report(store, now=now))
    assert fast.answers == 13
    assert len(reads) == 3


def test_the_chart_points_are_the_full_reports_points_thinned(store: Store) -> None:
    from interview_coach.progress.summary import chart_report
    from interview_coach.reports.charts import thinned

    _history(store, 25, 7)
    full = progress_report(store).points
    for limit in (5, 300):
        drawn = chart_report(store, limit)
        assert drawn.answers == 25
        fast = drawn.points
        for key, series in full.items():
            want = thinned(series, limit)
            assert [p.answer_id for p in fast[key]] == [p.answer_id for p in want]
            assert [p.value for p in fast[key]] == pytest.approx([p.value for p in want])
            assert [p.when.timestamp() for p in fast[key]] == pytest.approx(
                [p.when.timestamp() for p in want], abs=1e-3
            )


def test_the_summary_with_its_chart_reads_the_history_once(store: Store, monkeypatch) -> None:
    """The progress page asks for both: one look at the history serves them."""
    from interview_coach.progress.summary import chart_report
    from interview_coach.store import history

    _history(store, 14, 5)
    want = chart_report(store, 6).points
    looks = []
    mark = history.history_mark
    monkeypatch.setattr(history, "history_mark", lambda *a: looks.append(1) or mark(*a))
    report = progress_summary(store, chart_limit=6)
    assert len(looks) == 1
    assert report.points == want
    assert max(len(series) for series in report.points.values()) == 6
    assert progress_summary(store).points == {}  # the summary alone draws nothing


def test_the_value_series_is_paged_newest_first(store: Store) -> None:
    from interview_coach.progress.summary import answer_series

    _history(store, 9, 8)
    full = progress_report(store).points["overall"]
    pages = [answer_series(store, offset=o, limit=4) for o in (0, 4, 8, 12)]
    assert [len(p) for p in pages] == [4, 4, 1, 0]
    every = [row["overall"] for page in pages for row in page]
    assert every == [p.value for p in reversed(full)]
    assert pages[0][0]["answer_id"] == full[-1].answer_id
