"""The progress chart as the page draws it: four small panels of inline SVG, answer by answer,
each point telling its answer's number, date and value on hover (an SVG `<title>`, which a
picture loaded with `<img>` cannot show).

Pure geometry: the points in, the panels' coordinates and labels out; the template
(`web/templates/_progress_chart.html`) writes the SVG, and the page's style sheet colours it,
so the chart follows the light or dark theme and needs no inline style or script. The
matplotlib chart (`charts.py`) stays for the files the command line writes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from interview_coach.norms import PACE_BAND
from interview_coach.progress.metrics import METRIC_BY_KEY, NEEDS_SPOKEN, Point, ProgressReport

# The viewBox of one panel: two side by side fill a desktop page at about their own size,
# and one to a row at a phone's width shrinks them by a quarter, so its 15-unit type still
# reads at about 11 pixels.
WIDTH, HEIGHT = 440, 250
# Room for the value labels on the left and the answer numbers below.
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 40
# A solid answer's score: the dotted line on the scores panel (the feedback page's band).
SOLID_SCORE = 70.0
# Up to this many fillers a minute is fluent speech (the delivery score's own line).
FLUENT_FILLERS = 2.0
# About this many labelled values up the side, and answer numbers along the bottom: more
# crowd a phone's width.
TICKS = 5
X_TICKS = 8
# A bar of zero is drawn this tall (viewBox units), so it shows and can be hovered.
MIN_BAR = 2.0
# A few answers' bars stay this narrow: a bar a third of the panel wide reads as a block.
MAX_BAR_WIDTH = 28.0


@dataclass(frozen=True)
class Mark:
    """One point (or bar) where the SVG puts it, and what hovering over it says."""

    x: float
    y: float
    tip: str
    base: float = 0.0  # a bar's foot


@dataclass(frozen=True)
class Series:
    key: str  # the style sheet's colour class: chart-<key>
    label: str
    marks: list[Mark]
    path: str  # the polyline's points; empty for bars
    dots: bool  # markers drawn (every point can be hovered either way)
    bars: bool = False
    bar_width: float = 0.0


@dataclass(frozen=True)
class Band:
    """A shaded range of good values, with what it means."""

    top: float
    bottom: float
    label: str


@dataclass(frozen=True)
class Panel:
    key: str
    title: str
    series: list[Series]  # the first is the panel's main one, drawn on top
    y_ticks: list[tuple[float, str]]
    x_ticks: list[tuple[float, str]]
    band: Band | None
    rule: float | None  # a dotted reference line's y
    empty: str | None  # why the panel has nothing to show
    summary: str  # one line for screen readers
    rule_label: str = ""


@dataclass(frozen=True)
class Chart:
    answers: int
    panels: list[Panel]
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = LEFT
    plot_right: int = WIDTH - RIGHT
    plot_top: int = TOP
    plot_bottom: int = HEIGHT - BOTTOM


def _nice_step(span: float, ticks: int = TICKS) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` ticks over `span`."""
    raw = max(span, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _y_range(values: list[float], floor: float, ceiling: float | None) -> tuple[float, float]:
    if ceiling is not None:
        return floor, ceiling
    top = max([*values, 1.0]) * 1.1
    step = _nice_step(top - floor)
    return floor, math.ceil(top / step) * step


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y}, {local:%H:%M}"


def _tip(p: Point, label: str, value: str) -> str:
    if p.number and p.first and p.first != p.number:
        return f"Answers {p.first}–{p.number}, about {_when(p.when)}: {label} {value} (mean)"
    return f"Answer {p.number or p.answer_id}, {_when(p.when)}: {label} {value}"


class _Frame:
    """Where a value lands in the panel's viewBox."""

    def __init__(self, x_lo: float, x_hi: float, y_lo: float, y_hi: float) -> None:
        self.x_lo, self.x_hi, self.y_lo, self.y_hi = x_lo, x_hi, y_lo, y_hi

    def x(self, value: float) -> float:
        span = (self.x_hi - self.x_lo) or 1.0
        return round(LEFT + (value - self.x_lo) / span * (WIDTH - LEFT - RIGHT), 1)

    def y(self, value: float) -> float:
        span = (self.y_hi - self.y_lo) or 1.0
        clipped = min(max(value, self.y_lo), self.y_hi)
        return round(HEIGHT - BOTTOM - (clipped - self.y_lo) / span * (HEIGHT - TOP - BOTTOM), 1)

    def bar_width(self) -> float:
        """Six tenths of the room one answer has on the axis, between 1.5 and MAX_BAR_WIDTH."""
        span = (self.x_hi - self.x_lo) or 1.0
        return round(min(MAX_BAR_WIDTH, max(1.5, 0.6 * (WIDTH - LEFT - RIGHT) / span)), 1)

    def y_ticks(self, suffix: str = "") -> list[tuple[float, str]]:
        step = _nice_step(self.y_hi - self.y_lo)
        out, v = [], self.y_lo
        while v <= self.y_hi + 1e-9:
            out.append((self.y(v), f"{v:g}{suffix}"))
            v += step
        return out

    def x_ticks(self) -> list[tuple[float, str]]:
        """Whole answer numbers, at a round step; the first answer when only one fits."""
        lo, hi = math.ceil(self.x_lo), math.floor(self.x_hi)
        step = max(1, round(_nice_step(hi - lo, X_TICKS)))
        numbers = [n for n in range(lo, hi + 1) if n % step == 0] or [lo]
        return [(self.x(n), str(n)) for n in numbers]


def _number(p: Point) -> int:
    return p.number or p.answer_id


def _series(
    key: str, label: str, points: list[Point], frame: _Frame, metric: str, *,
    dots: bool = True, bars: bool = False,
) -> Series:  # fmt: skip
    """One line (or row of bars) of `metric`'s points, in the metric's own units."""
    m = METRIC_BY_KEY[metric]
    foot = frame.y(frame.y_lo)
    marks = []
    for p in points:
        y = frame.y(p.value * m.scale)
        if bars:  # a bar of nothing is still a sliver, so it can be found and hovered
            y = min(y, foot - MIN_BAR)
        marks.append(Mark(frame.x(_number(p)), y, _tip(p, label, m.written(p.value)), foot))
    path = "" if bars else " ".join(f"{m.x},{m.y}" for m in marks)
    # A lone point draws no line: its dot is all there is to see.
    return Series(key, label, marks, path, dots or len(marks) < 2, bars, frame.bar_width())


def _described(title: str, points: list[Point], metric: str, after: str = "") -> str:
    if not points:
        return f"{title}: nothing yet."
    last = points[-1]
    return (
        f"{title}: {len(points)} points; the latest, answer {_number(last)}, "
        f"{METRIC_BY_KEY[metric].written(last.value)}{after}."
    )


def progress_chart(report: ProgressReport) -> Chart:
    """The four panels of the page's chart from the report's (already thinned) series."""
    pts = report.points
    numbers = [_number(p) for series in pts.values() for p in series]
    x_lo, x_hi = (min(numbers) - 0.6, max(numbers) + 0.6) if numbers else (0.4, 1.6)
    panels = []

    scores = [("overall", "Overall"), ("delivery", "Delivery"), ("structure", "Structure"),
              ("content", "Content")]  # fmt: skip
    frame = _Frame(x_lo, x_hi, 0, 100)
    panels.append(Panel(
        "scores", "Scores",
        [_series(k, label, pts.get(k, []), frame, k, dots=k == "overall") for k, label in scores
         if pts.get(k)],
        frame.y_ticks(), frame.x_ticks(), None, frame.y(SOLID_SCORE),
        None if pts.get("overall") else "No answers yet.",
        _described("Overall score", pts.get("overall", []), "overall", " of 100"),
        f"dotted: {SOLID_SCORE:.0f}, a solid answer",
    ))  # fmt: skip

    fillers = pts.get("fillers_per_minute", [])
    # The axis always reaches past the fluent band, so the band never fills the panel.
    top = [p.value for p in fillers] + [2 * FLUENT_FILLERS]
    frame = _Frame(x_lo, x_hi, *_y_range(top, 0, None))
    panels.append(Panel(
        "fillers", "Fillers per minute (lower is better)",
        [_series("fillers", "fillers a minute", fillers, frame, "fillers_per_minute", dots=False,
                 bars=True)] if fillers else [],
        frame.y_ticks(), frame.x_ticks(),
        Band(frame.y(FLUENT_FILLERS), frame.y(0), "fluent: up to 2 a minute"), None,
        None if fillers else f"{NEEDS_SPOKEN.capitalize()}.",
        _described("Fillers per minute", fillers, "fillers_per_minute"),
    ))  # fmt: skip

    pace = pts.get("wpm", [])
    lo, hi = _y_range([p.value for p in pace] + [PACE_BAND[1]], 0, None)
    frame = _Frame(x_lo, x_hi, lo, hi)
    panels.append(Panel(
        "pace", "Words per minute",
        [_series("pace", "words a minute", pace, frame, "wpm")] if pace else [],
        frame.y_ticks(), frame.x_ticks(),
        Band(frame.y(PACE_BAND[1]), frame.y(PACE_BAND[0]),
             f"target pace: {PACE_BAND[0]:.0f}–{PACE_BAND[1]:.0f}"), None,
        None if pace else f"{NEEDS_SPOKEN.capitalize()}.",
        _described("Words per minute", pace, "wpm"),
    ))  # fmt: skip

    star, jd = pts.get("star_completeness", []), pts.get("jd_coverage", [])
    frame = _Frame(x_lo, x_hi, 0, 100)
    done = [_series("star", "STAR parts present", star, frame, "star_completeness")]
    if jd:
        done.append(_series("jd", "job terms covered", jd, frame, "jd_coverage"))
    panels.append(Panel(
        "completeness", "Completeness", done if star else [],
        frame.y_ticks("%"), frame.x_ticks(), None, None,
        None if star else "No answers yet.",
        _described("STAR parts present", star, "star_completeness"),
    ))  # fmt: skip
    return Chart(report.answers, panels)


__all__ = ["Chart", "Panel", "Series", "progress_chart"]
