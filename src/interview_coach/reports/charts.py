"""Progress chart: scores, fillers, pace and STAR completeness answer by answer, one picture.

The x-axis counts answers (each point is one answer's number in the history), not clock
time: answers a few seconds apart would otherwise draw vertical lines, and one answer a
year-wide axis. The dates are in the title. Two layouts: a 2 × 2 grid, and one column with
larger type for a phone's width. matplotlib with the Agg backend (no display needed); PNG
or SVG from the file's suffix.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from interview_coach.errors import InputError
from interview_coach.norms import PACE_BAND
from interview_coach.progress.metrics import NEEDS_SPOKEN, Point, ProgressReport

FORMATS = {".png": "png", ".svg": "svg"}
SCORE_COLOURS = {
    "overall": "#1f4e79",
    "delivery": "#2e8b57",
    "structure": "#d2691e",
    "content": "#8e44ad",
}


# More points than this per series are drawn as that many bucket means: a 1100-pixel-wide
# chart cannot show more, and 20,000 markers made an SVG of 14 MB that took 11 s to draw.
MAX_CHART_POINTS = 300


def thinned(series: list[Point], limit: int = MAX_CHART_POINTS) -> list[Point]:
    """At most `limit` points: consecutive answers grouped, each group drawn at its means."""
    if len(series) <= limit:
        return series
    out = []
    for k in range(limit):
        group = series[k * len(series) // limit : (k + 1) * len(series) // limit]
        start = group[0].when
        offset = sum(((p.when - start) for p in group), timedelta()) / len(group)
        value = sum(p.value for p in group) / len(group)
        last = group[-1]
        out.append(
            Point(start + offset, value, last.answer_id, last.category, last.number,
                  group[0].first)
        )  # fmt: skip
    return out


def _x(series: list[Point]) -> list[int]:
    """Where each point sits on the axis: its answer's number in the history (the answer's
    id where a caller gave no number)."""
    return [p.number or p.answer_id for p in series]


def _dates(report: ProgressReport) -> str:
    whens = [p.when for series in report.points.values() for p in series]
    if not whens:
        return ""
    first, last = min(whens), max(whens)
    day = "%d %b %Y"
    if first.date() == last.date():
        return f", {first.strftime(day)}"
    return f", {first.strftime(day)} to {last.strftime(day)}"


def write_progress_chart(report: ProgressReport, path: Path, *, stacked: bool = False) -> Path:
    """Draw the report's history to `path` (.png or .svg); returns the path written.
    `stacked` draws the four panels in one column with larger type (a phone's width)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"Charts are written as .png or .svg, not {path.suffix or 'no suffix'}.")
    import matplotlib

    matplotlib.use("Agg")  # before pyplot: never needs a display
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    pts = {key: thinned(series) for key, series in report.points.items()}
    if stacked:
        fig, grid = plt.subplots(4, 1, figsize=(5.5, 15), constrained_layout=True)
        panels = list(grid)
    else:
        fig, grid = plt.subplots(2, 2, figsize=(11, 7), constrained_layout=True)
        panels = [grid[0][0], grid[0][1], grid[1][0], grid[1][1]]
    answers = f"{report.answers} answer{'' if report.answers == 1 else 's'}"
    fig.suptitle(f"Your practice: {answers}{_dates(report)}", fontsize=14)

    ax = panels[0]
    for key, colour in SCORE_COLOURS.items():
        series = pts.get(key, [])
        if series:
            width = 2.6 if key == "overall" else 1.3
            ax.plot(
                _x(series),
                [p.value for p in series],
                marker="o" if key == "overall" else None,
                markersize=4,
                lw=width,
                color=colour,
                label=key.capitalize(),
            )
    ax.set_ylim(0, 100)
    ax.axhline(70, color="grey", ls=":", lw=1)
    ax.set_title("Scores (dotted: 70, a solid answer)")
    if ax.get_legend_handles_labels()[0]:  # no scores yet (an empty history): no legend
        ax.legend(loc="lower right", fontsize=8)

    ax = panels[1]
    series = pts.get("fillers_per_minute", [])
    ax.bar(_x(series), [p.value for p in series], width=0.6, color="#c0392b")
    ax.axhspan(0, 2, color="#2e8b57", alpha=0.12, label="fluent: up to 2 a minute")
    ax.set_title("Fillers per minute (lower is better)")
    ax.legend(loc="upper right", fontsize=8)

    ax = panels[2]
    series = pts.get("wpm", [])
    ax.axhspan(*PACE_BAND, color="#2e8b57", alpha=0.15, label="target pace")
    ax.plot(_x(series), [p.value for p in series], marker="o", color="#1f4e79")
    ax.set_title("Words per minute")
    ax.legend(loc="upper right", fontsize=8)

    ax = panels[3]
    series = pts.get("star_completeness", [])
    ax.plot(
        _x(series),
        [100 * p.value for p in series],
        marker="s",
        color="#d2691e",
        label="STAR parts present",
    )
    jd = pts.get("jd_coverage", [])
    if jd:
        ax.plot(
            _x(jd),
            [100 * p.value for p in jd],
            marker="^",
            color="#8e44ad",
            label="job terms covered",
        )
    ax.set_ylim(0, 105)
    ax.set_title("Completeness (%)")
    ax.legend(loc="lower right", fontsize=8)

    # Larger type in one column: the picture is shrunk to a phone's width.
    size = 13 if stacked else 10
    xs = [x for series in pts.values() for x in _x(series)]
    for ax in panels:
        ax.grid(alpha=0.3)
        ax.set_xlabel("answer number", fontsize=size)
        ax.title.set_fontsize(size + 1)
        ax.tick_params(labelsize=size - 1)
        if ax.get_legend() is not None:
            for text in ax.get_legend().get_texts():
                text.set_fontsize(size - 2)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
        if xs:
            ax.set_xlim(min(xs) - 0.6, max(xs) + 0.6)  # every panel on the same answers
    for ax, keys, empty in (
        (panels[0], ("overall",), "no answers yet"),
        (panels[1], ("fillers_per_minute",), NEEDS_SPOKEN),
        (panels[2], ("wpm",), NEEDS_SPOKEN),
        (panels[3], ("star_completeness", "jd_coverage"), "no answers yet"),
    ):
        if not any(pts.get(k) for k in keys):
            ax.text(
                0.5,
                0.5,
                empty,
                ha="center",
                va="center",
                transform=ax.transAxes,
                fontsize=size,
                color="#555",
            )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # No creation date in an SVG: the same history always draws the same file.
        meta = {"Date": None} if fmt == "svg" else None
        fig.savefig(path, format=fmt, dpi=110, metadata=meta)
    finally:
        plt.close(fig)
    return path
