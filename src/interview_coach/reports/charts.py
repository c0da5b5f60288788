"""Progress chart: scores, fillers, pace and STAR completeness over time, one picture.

matplotlib with the Agg backend (no display needed); PNG or SVG from the file's suffix.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from interview_coach.errors import InputError
from interview_coach.norms import PACE_BAND
from interview_coach.store.progress import Point, ProgressReport

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
        out.append(Point(start + offset, value, group[-1].answer_id, group[-1].category))
    return out


def write_progress_chart(report: ProgressReport, path: Path) -> Path:
    """Draw the report's history to `path` (.png or .svg); returns the path written."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"Charts are written as .png or .svg, not {path.suffix or 'no suffix'}.")
    import matplotlib

    matplotlib.use("Agg")  # before pyplot: never needs a display
    import matplotlib.pyplot as plt

    pts = {key: thinned(series) for key, series in report.points.items()}
    fig, axes = plt.subplots(2, 2, figsize=(11, 7), sharex=False, constrained_layout=True)
    fig.suptitle(f"Interview practice progress: {report.answers} answers", fontsize=14)

    ax = axes[0][0]
    for key, colour in SCORE_COLOURS.items():
        series = pts.get(key, [])
        if series:
            width = 2.6 if key == "overall" else 1.3
            ax.plot(
                [p.when for p in series],
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
    ax.legend(loc="lower right", fontsize=8)

    ax = axes[0][1]
    series = pts.get("fillers_per_minute", [])
    ax.bar([p.when for p in series], [p.value for p in series], width=0.4, color="#c0392b")
    ax.axhspan(0, 2, color="#2e8b57", alpha=0.12, label="fluent: up to 2 a minute")
    ax.set_title("Fillers per minute (lower is better)")
    ax.legend(loc="upper right", fontsize=8)

    ax = axes[1][0]
    series = pts.get("wpm", [])
    ax.axhspan(*PACE_BAND, color="#2e8b57", alpha=0.15, label="target pace")
    ax.plot([p.when for p in series], [p.value for p in series], marker="o", color="#1f4e79")
    ax.set_title("Words per minute")
    ax.legend(loc="upper right", fontsize=8)

    ax = axes[1][1]
    series = pts.get("star_completeness", [])
    ax.plot(
        [p.when for p in series],
        [100 * p.value for p in series],
        marker="s",
        color="#d2691e",
        label="STAR parts present",
    )
    jd = pts.get("jd_coverage", [])
    if jd:
        ax.plot(
            [p.when for p in jd],
            [100 * p.value for p in jd],
            marker="^",
            color="#8e44ad",
            label="job terms covered",
        )
    ax.set_ylim(0, 105)
    ax.set_title("Completeness (%)")
    ax.legend(loc="lower right", fontsize=8)

    for ax in axes.flat:
        ax.grid(alpha=0.3)
        ax.tick_params(axis="x", labelrotation=30, labelsize=8)
        if not ax.has_data():
            ax.text(0.5, 0.5, "no data yet", ha="center", va="center", transform=ax.transAxes)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format=fmt, dpi=110)
    finally:
        plt.close(fig)
    return path
