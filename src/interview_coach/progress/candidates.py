"""A coach's dashboard: each sharing candidate's practice at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from interview_coach.progress.summary import answer_series, progress_summary
from interview_coach.store.cohorts import Cohorts
from interview_coach.store.repository import Store
from interview_coach.store.stories import story_bank

# The dashboard's filler rate: the latest answers, as the progress page's trend window does.
RECENT_ANSWERS = 10


@dataclass(frozen=True)
class CandidateSummary:
    """One candidate's practice at a glance, for their coach's dashboard."""

    user_id: int
    username: str
    cohort: str
    answers: int
    mean_overall: float | None  # over the latest answers (the trend's window)
    overall_change: float | None  # the newer window's mean less the older's (TREND_RULE)
    direction: str
    fillers_per_minute: float | None  # mean over the latest spoken answers
    weakest: tuple[str, ...]  # the areas furthest below their thresholds, worst first
    story_gaps: tuple[str, ...]  # what the story bank says is missing or overused


def candidate_summary(store: Store, user_id: int, username: str, cohort: str) -> CandidateSummary:
    """The acting account's practice, summarised (the caller acts as the candidate)."""
    report = progress_summary(store)
    overall = next((t for t in report.trends if t.metric == "overall"), None)
    recent = answer_series(store, limit=RECENT_ANSWERS)
    fillers = [p["fillers_per_minute"] for p in recent if p.get("fillers_per_minute") is not None]
    return CandidateSummary(
        user_id=user_id, username=username, cohort=cohort, answers=report.answers,
        mean_overall=overall.mean if overall else None,
        overall_change=overall.change if overall else None,
        direction=overall.direction if overall else "no answers yet",
        fillers_per_minute=round(sum(fillers) / len(fillers), 1) if fillers else None,
        weakest=tuple(w.area for w in report.weakest[:3]),
        story_gaps=tuple(story_bank(store).warnings),
    )  # fmt: skip


def dashboard(cohorts: Cohorts, coach_id: int, coach_name: str) -> list[CandidateSummary]:
    """Every candidate sharing with the coach, summarised (each view logged)."""
    return [
        candidate_summary(cohorts.store, uid, name, cohort)
        for uid, name, cohort in cohorts.each_sharer(coach_id, coach_name)
    ]
