"""The page's progress chart: points at answer numbers, tips with number and date, honest
panels when there is nothing to show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from interview_coach.progress.metrics import Point, ProgressReport
from interview_coach.reports.web_chart import HEIGHT, LEFT, MIN_BAR, WIDTH, progress_chart

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _report(points: dict[str, list[Point]], answers: int) -> ProgressReport:
    return ProgressReport(answers, [], {}, [], [], [], points)


def _series(values: list[float], ids: list[int] | None = None, seconds: int = 3) -> list[Point]:
    ids = ids or list(range(1, len(values) + 1))
    return [
        Point(START + timedelta(seconds=seconds * n), v, aid, "behavioural", n + 1, n + 1)
        for n, (v, aid) in enumerate(zip(values, ids, strict=True))
    ]


def test_points_sit_at_answer_numbers_not_database_ids_or_clock_time() -> None:
    # Team mode: one account's answers are ids 3, 17 and 42, seconds apart.
    chart = progress_chart(_report({"overall": _series([40, 60, 80], [3, 17, 42])}, 3))
    scores = chart.panels[0]
    marks = scores.series[0].marks
    xs = [m.x for m in marks]
    assert xs == sorted(xs) and xs[1] - xs[0] == xs[2] - xs[1] > 50  # evenly spread
    assert [label for _, label in scores.x_ticks] == ["1", "2", "3"]
    assert min(xs) >= LEFT and max(xs) <= WIDTH
    assert marks[2].y < marks[1].y < marks[0].y  # higher scores sit higher
    local = START.astimezone()
    assert marks[0].tip == f"Answer 1, {local.day} {local:%b %Y}, {local:%H:%M}: Overall 40"


def test_a_point_drawn_for_a_run_of_answers_says_which_and_that_it_is_a_mean() -> None:
    run = Point(START, 72.0, 47, "behavioural", number=47, first=41)
    tip = progress_chart(_report({"overall": [run]}, 300)).panels[0].series[0].marks[0].tip
    assert tip.startswith("Answers 41–47, about ") and tip.endswith("Overall 72 (mean)")


def test_panels_without_data_say_why_and_a_zero_bar_can_still_be_found() -> None:
    typed_only = progress_chart(_report({"overall": _series([55])}, 1))
    fillers, pace = typed_only.panels[1], typed_only.panels[2]
    assert fillers.empty == pace.empty == "Needs a spoken answer."
    assert fillers.series == [] and pace.series == []
    # One answer draws its dots (a line needs two points).
    assert typed_only.panels[0].series[0].dots

    spoken = progress_chart(_report({"fillers_per_minute": _series([0.0, 4.0])}, 2))
    bars = spoken.panels[1].series[0]
    assert bars.bars and bars.marks[0].base - bars.marks[0].y == MIN_BAR
    assert bars.marks[1].base - bars.marks[1].y > 10 * MIN_BAR
    # The fluent band (0-2 a minute) never fills the panel.
    band = spoken.panels[1].band
    assert band is not None and band.bottom - band.top < (HEIGHT - 40) / 2


def test_percentages_and_pace_read_as_people_say_them() -> None:
    chart = progress_chart(
        _report({"star_completeness": _series([0.5, 1.0]), "wpm": _series([128.4, 151.0])}, 2)
    )
    star, pace = chart.panels[3], chart.panels[2]
    assert star.series[0].marks[0].tip.endswith("STAR parts present 50%")
    assert star.y_ticks[-1][1] == "100%"
    assert pace.series[0].marks[0].tip.endswith("words a minute 128")
    assert pace.band is not None and "130–160" in pace.band.label
