"""The progress chart counts answers, not clock time, and has a one-column layout for phones."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from interview_coach.progress.metrics import Point, ProgressReport
from interview_coach.reports.charts import write_progress_chart


def _report(n: int) -> ProgressReport:
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    # Answers seconds apart: a time axis drew them as one vertical line.
    points = {
        key: [
            Point(start + timedelta(seconds=3 * i), v, i + 1, "behavioural")
            for i, v in enumerate([50 + 5 * i for i in range(n)])
        ]
        for key in ("overall", "delivery", "structure", "content")
    }
    points["star_completeness"] = [
        Point(p.when, 0.75, p.answer_id, p.category) for p in points["overall"]
    ]
    return ProgressReport(
        answers=n,
        trends=[],
        by_category={},
        weakest=[],
        practise_next=[],
        schedule=[],
        points=points,
    )


def _svg(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_the_axis_counts_answers_and_the_title_gives_the_date(tmp_path: Path) -> None:
    svg = _svg(write_progress_chart(_report(3), tmp_path / "c.svg"))
    assert "answer number" in svg
    assert "Your practice: 3 answers, 01 Dec 2026" in svg
    assert not re.search(r"\b20(2[5-9])-\d\d\b|\d\d:\d\d:\d\d", svg)  # no clock or year ticks
    # Panels with nothing to show say why instead of an empty frame.
    assert svg.count("needs a spoken answer") == 2


def test_the_stacked_layout_is_one_tall_column(tmp_path: Path) -> None:
    grid = _svg(write_progress_chart(_report(12), tmp_path / "g.svg"))
    stacked = _svg(write_progress_chart(_report(12), tmp_path / "s.svg", stacked=True))

    def size(svg: str) -> tuple[float, float]:
        m = re.search(r'width="([\d.]+)pt" height="([\d.]+)pt"', svg)
        assert m, svg[:300]
        return float(m.group(1)), float(m.group(2))

    (gw, gh), (sw, sh) = size(grid), size(stacked)
    assert gw > gh and sh > 2 * sw  # wide grid; a column at least twice as tall as wide


def test_an_empty_history_draws_without_a_warning(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns about a legend with nothing in it
        svg = _svg(write_progress_chart(_report(0), tmp_path / "e.svg"))
    assert "Your practice: 0 answers" in svg
