"""What progress means: the metrics followed over time, their trends, the weak areas and
the practice calendar. Pure: rows in, values out (the reads are `store/history.py`).

A trend sets the newest answers against the ones before them (`TREND_RULE`), so one bad day
does not flip an arrow, and claims nothing until there are enough answers to compare.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from statistics import fmean
from typing import Any, Literal

from interview_coach.norms import PACE_BAND
from interview_coach.progress.review import DueQuestion
from interview_coach.types import category_label, part_label, plural

Better = Literal["higher", "lower", "band"]


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    better: Better
    # Smallest difference between the two windows' means that counts as a real move.
    tolerance: float
    band: tuple[float, float] | None = None
    # How a value is written (table and chart alike): shares are kept 0-1 and written as
    # percentages; scores and pace in whole numbers; rates to one decimal.
    scale: float = 1.0
    decimals: int = 1
    unit: str = ""

    def written(self, value: float) -> str:
        """The value as the pages write it: "74", "2.5", "80%"."""
        return f"{value * self.scale:.{self.decimals}f}{self.unit}"


# Pace band: 130-160 words per minute is the usual interview target (docs/storage.md).
METRICS: tuple[Metric, ...] = (
    Metric("overall", "Overall score", "higher", 5, decimals=0),
    Metric("delivery", "Delivery", "higher", 5, decimals=0),
    Metric("structure", "Structure", "higher", 5, decimals=0),
    Metric("content", "Content", "higher", 5, decimals=0),
    Metric("fillers_per_minute", "Fillers per minute", "lower", 0.5),
    Metric("wpm", "Words per minute", "band", 8, PACE_BAND, decimals=0),
    Metric("hedges_per_100_words", "Hedges per 100 words", "lower", 0.3),
    Metric("star_completeness", "STAR completeness", "higher", 0.1, None, 100, 0, "%"),
    Metric("jd_coverage", "Job-description coverage", "higher", 0.1, None, 100, 0, "%"),
)
METRIC_BY_KEY = {m.key: m for m in METRICS}
NO_DATA = "no data"
NEEDS_SPOKEN = "needs a spoken answer"
# What a measure with no values yet waits for, said instead of "no data" (chart and trends
# alike): a typed answer has no pace and no spoken fillers, and coverage needs a posting.
NEEDS: dict[str, str] = {
    "fillers_per_minute": NEEDS_SPOKEN,
    "wpm": NEEDS_SPOKEN,
    "jd_coverage": "needs a job description",
}

# What "weak" means for the recent average of each metric (below/above these).
WEAK_SCORE = 70.0
WEAK_CATEGORY_SCORE = 65.0
WEAK_FILLERS_PER_MINUTE = 3.0
WEAK_HEDGES_PER_100_WORDS = 2.0
WEAK_STAR_COMPLETENESS = 0.75
WEAK_JD_COVERAGE = 0.5
ACCEPTABLE_PACE = (110.0, 170.0)


@dataclass(frozen=True)
class Point:
    when: datetime
    value: float
    answer_id: int
    category: str
    # The answer's place in the history (1 = the first), and for a point drawn at the mean
    # of a run of answers, the place of the run's first: what the chart's axis counts.
    number: int = 0
    first: int = 0


@dataclass(frozen=True)
class Trend:
    metric: str
    label: str
    count: int
    latest: float | None
    mean: float | None
    change: float | None  # the newer window's mean less the older's (TREND_RULE)
    direction: str  # improving, worsening, steady or NOT_ENOUGH
    values: list[float]


@dataclass(frozen=True)
class WeakArea:
    area: str
    value: float
    severity: float  # 0 is at the threshold; larger is further from it
    reason: str


@dataclass(frozen=True)
class PracticeDays:
    """Which days had practice: the streak, and a calendar of the last whole weeks."""

    streak: int  # days in a row with an answer, ending today (or yesterday: today is not over)
    active_days: int  # days with an answer in the calendar
    days: list[tuple[str, int]]  # (ISO date, answers) for whole weeks, Monday first, to today


CALENDAR_WEEKS = 4  # a month of practice at a glance


def practice_days(whens: list[datetime], today: date, weeks: int = CALENDAR_WEEKS) -> PracticeDays:
    """Days with practice, in the machine's local time (answers are stored in UTC)."""
    counts: Counter[date] = Counter(
        (w if w.tzinfo else w.replace(tzinfo=UTC)).astimezone().date() for w in whens
    )
    day = today if counts[today] else today - timedelta(days=1)
    streak = 0
    while counts[day]:
        streak += 1
        day -= timedelta(days=1)
    start = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    span = [start + timedelta(days=k) for k in range((today - start).days + 1)]
    return PracticeDays(
        streak=streak,
        active_days=sum(1 for d in span if counts[d]),
        days=[(d.isoformat(), counts[d]) for d in span],
    )


@dataclass
class ProgressReport:
    answers: int
    trends: list[Trend]
    by_category: dict[str, list[Trend]]
    weakest: list[WeakArea]
    practise_next: list[DueQuestion]
    schedule: list[DueQuestion]
    points: dict[str, list[Point]] = field(repr=False)
    practice: PracticeDays | None = None

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready data (times as ISO 8601)."""

        def conv(obj: Any) -> Any:
            if isinstance(obj, datetime):
                return obj.isoformat()
            if isinstance(obj, dict):
                return {k: conv(v) for k, v in obj.items()}
            if isinstance(obj, list | tuple):
                return [conv(v) for v in obj]
            return obj

        data = asdict(self)
        data.pop("points")
        return conv(data)


@dataclass(frozen=True)
class Row:
    """One answer with its newest analysis: its metrics and what its feedback named."""

    answer_id: int
    when: datetime
    question_id: int | None
    question_text: str
    category: str
    metrics: dict[str, float | None]
    missing_parts: list[str]
    missing_terms: list[str]
    tip_areas: list[str]


def number(value: Any) -> float | None:
    """A stored metric as a float; ValueError when the column holds something else."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(value)
    return float(value)


def details_of(data: Any) -> tuple[list[str], list[str], list[str], str]:
    """Missing parts, missing terms, tip areas and question text from a stored Feedback."""
    jd = data["content"].get("job_description") or {}
    return (
        [str(p) for p in data["structure"]["missing"]],
        [str(t) for t in jd.get("missing", [])],
        [str(t["area"]) for t in data.get("tips", [])],
        str(data["question"]),
    )


# The trend rule, as the progress page states it: the mean of the newest TREND_WINDOW answers
# against the mean of the TREND_WINDOW before them. Five a side keeps one odd answer from
# flipping a badge; with fewer than 2 × TREND_WINDOW the newer half is set against the older.
TREND_WINDOW = 5
# Fewer than this and no trend is claimed: three answers to different questions said
# "worsening" on every measure, which was the questions' difference, not the speaker's.
MIN_TREND_ANSWERS = 6
NOT_ENOUGH = "not enough answers yet"
TREND_RULE = (
    f"A trend sets the mean of your newest {TREND_WINDOW} answers against the "
    f"{TREND_WINDOW} before them (with {MIN_TREND_ANSWERS} to {2 * TREND_WINDOW - 1} answers, "
    f"the newer half against the older half); a smaller move than the measure's margin is "
    f"steady. Until {MIN_TREND_ANSWERS} answers have the measure, it says "
    f'"{NOT_ENOUGH}".'
)


def windows(count: int) -> int:
    """How many answers each side of the comparison holds (0: too few for a trend)."""
    return 0 if count < MIN_TREND_ANSWERS else min(TREND_WINDOW, count // 2)


def band_distance(metric: Metric, value: float) -> float:
    """How far a value lies outside the metric's band (0 inside it)."""
    lo, hi = metric.band or PACE_BAND
    return max(lo - value, value - hi, 0.0)


def classify(metric: Metric, values: list[float]) -> tuple[str, float | None]:
    """Direction and change (newer window's mean less the older's) of values in answer order."""
    k = windows(len(values))
    if not k:
        return NOT_ENOUGH, None
    newer, older = values[-k:], values[-2 * k : -k]
    change = fmean(newer) - fmean(older)
    if metric.better == "band":
        # Improving means moving toward the band: compare distances instead of values.
        signed = fmean(band_distance(metric, v) for v in older) - fmean(
            band_distance(metric, v) for v in newer
        )
    else:
        signed = change if metric.better == "higher" else -change
    direction = (
        "steady" if abs(signed) < metric.tolerance else ("improving" if signed > 0 else "worsening")
    )
    return direction, change


def trend(metric: Metric, values: list[float]) -> Trend:
    """One metric's trend over its values in answer order."""
    if not values:
        return Trend(metric.key, metric.label, 0, None, None, None, NO_DATA, [])
    direction, change = classify(metric, values)
    return Trend(
        metric=metric.key,
        label=metric.label,
        count=len(values),
        latest=round(values[-1], 3),
        mean=round(fmean(values), 3),
        change=None if change is None else round(change, 3),
        direction=direction,
        values=[round(v, 3) for v in values],
    )


def trends(rows: list[Row]) -> list[Trend]:
    """Every metric's trend over the rows."""
    out = []
    for m in METRICS:
        values = [float(r.metrics[m.key]) for r in rows if r.metrics[m.key] is not None]
        out.append(trend(m, values))
    return out


def weakest(rows: list[Row], recent: int) -> list[WeakArea]:
    """Weak areas over the `recent` newest rows and each category's recent mean."""
    by_cat: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        by_cat[r.category].append(float(r.metrics["overall"] or 0))
    return weak_areas(rows[-recent:], {c: fmean(v[-recent:]) for c, v in by_cat.items()})


def _over(n: int) -> str:
    return "in your one answer" if n == 1 else f"over the last {n} answers"


def weak_areas(last: list[Row], category_means: dict[str, float]) -> list[WeakArea]:
    """Weak areas from the newest answers and each category's recent mean score."""
    weak: list[WeakArea] = []

    def mean_of(key: str) -> float | None:
        vals = [float(r.metrics[key]) for r in last if r.metrics[key] is not None]
        return fmean(vals) if vals else None

    for key in ("delivery", "structure", "content"):
        v = mean_of(key)
        if v is not None and v < WEAK_SCORE:
            tips = sum(r.tip_areas.count(key) for r in last)
            # "(0 tips about it)" read as a fault of the coach: the count only when there are some.
            about = f" ({plural(tips, 'tip')} about it)" if tips else ""
            weak.append(
                WeakArea(key, round(v, 1), (WEAK_SCORE - v) / WEAK_SCORE,
                         f"{METRIC_BY_KEY[key].label} averages {v:.0f}/100 "
                         f"{_over(len(last))}{about}")
            )  # fmt: skip
    v = mean_of("fillers_per_minute")
    if v is not None and v > WEAK_FILLERS_PER_MINUTE:
        weak.append(
            WeakArea("fillers", round(v, 2),
                     (v - WEAK_FILLERS_PER_MINUTE) / WEAK_FILLERS_PER_MINUTE,
                     f"{v:.1f} fillers per minute; fluent speakers stay near 1–2")
        )  # fmt: skip
    v = mean_of("wpm")
    lo, hi = ACCEPTABLE_PACE
    if v is not None and not lo <= v <= hi:
        weak.append(
            WeakArea("pace", round(v, 1), max(lo - v, v - hi) / 40,
                     f"{v:.0f} words per minute; aim for {PACE_BAND[0]:.0f}–{PACE_BAND[1]:.0f}")
        )  # fmt: skip
    v = mean_of("hedges_per_100_words")
    if v is not None and v > WEAK_HEDGES_PER_100_WORDS:
        weak.append(
            WeakArea("hedging", round(v, 2),
                     (v - WEAK_HEDGES_PER_100_WORDS) / WEAK_HEDGES_PER_100_WORDS,
                     f"{v:.1f} hedges per 100 words (\"I think\", \"maybe\")")
        )  # fmt: skip
    v = mean_of("star_completeness")
    if v is not None and v < WEAK_STAR_COMPLETENESS:
        parts = Counter(p for r in last for p in r.missing_parts).most_common(2)
        named = ", ".join(part_label(p) for p, _ in parts) or "some"
        weak.append(
            WeakArea("STAR completeness", round(v, 2),
                     (WEAK_STAR_COMPLETENESS - v) / WEAK_STAR_COMPLETENESS,
                     f"Answers often leave out these parts: {named}")
        )  # fmt: skip
    v = mean_of("jd_coverage")
    if v is not None and v < WEAK_JD_COVERAGE:
        terms = Counter(t for r in last for t in r.missing_terms).most_common(3)
        named = ", ".join(t for t, _ in terms) or "its key terms"
        weak.append(
            WeakArea("job-description coverage", round(v, 2),
                     (WEAK_JD_COVERAGE - v) / WEAK_JD_COVERAGE,
                     f"The job asks for {named}, which answers rarely mention")
        )  # fmt: skip
    for cat, v in category_means.items():
        if v < WEAK_CATEGORY_SCORE:
            weak.append(
                WeakArea(f"{cat} questions", round(v, 1),
                         (WEAK_CATEGORY_SCORE - v) / WEAK_CATEGORY_SCORE,
                         f"{category_label(cat)} questions: answers average {v:.0f}/100")
            )  # fmt: skip
    return sorted(weak, key=lambda w: -w.severity)
