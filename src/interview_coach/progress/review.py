"""Spaced repetition: when each practised question should come back (SM-2).

SM-2 fits here as it stands: it needs one quality grade per attempt, and each answer's
overall score gives one. FSRS-style schedulers model the odds of recalling a fact after a
delay from many reviews; an interview answer is rehearsed, not recalled, and a user answers
a question a handful of times, too few to fit such a model.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

# SM-2's own values (Wozniak's algorithm): the starting ease, its floor, the first two
# intervals, and the grade below which a question starts again.
START_EASE = 2.5
MIN_EASE = 1.3
FIRST_INTERVAL_DAYS = 1
SECOND_INTERVAL_DAYS = 6
PASSING_QUALITY = 3  # on SM-2's 0-5 scale
TOP_QUALITY = 5
SCORE_PER_QUALITY = 20  # an overall score of 0-100 read as a 0-5 grade
# Even a question answered well many times comes back within this many days.
MAX_INTERVAL_DAYS = 180


class Attempt(NamedTuple):
    """What the schedule reads of one answer."""

    question_id: int
    when: datetime
    question_text: str
    category: str
    score: float  # the answer's overall score, 0-100


@dataclass(frozen=True)
class DueQuestion:
    """A question's place in the spaced-repetition schedule (SM-2, quality from the score)."""

    question_id: int
    text: str
    category: str
    attempts: int
    last_score: int
    last_answered: datetime
    interval_days: int
    due_at: datetime
    due: bool


def quality(score: float) -> int:
    """An overall score as SM-2's 0-5 grade (under 50/100, rounded, is a fail)."""
    return min(TOP_QUALITY, max(0, round(score / SCORE_PER_QUALITY)))


def schedule_of(attempts: list[Attempt], now: datetime) -> list[DueQuestion]:
    """SM-2 over each question's answers, in answer order: poor answers come back tomorrow,
    good ones later. Soonest due first."""
    by_question: dict[int, list[Attempt]] = defaultdict(list)
    for a in attempts:
        by_question[a.question_id].append(a)
    out = []
    for qid, answers in by_question.items():
        ease, reps, interval = START_EASE, 0, 0
        for a in answers:
            q = quality(a.score)
            if q < PASSING_QUALITY:
                reps, interval = 0, FIRST_INTERVAL_DAYS
            else:
                reps += 1
                interval = (
                    FIRST_INTERVAL_DAYS
                    if reps == 1
                    else SECOND_INTERVAL_DAYS
                    if reps == 2
                    else round(interval * ease)
                )
                interval = min(interval, MAX_INTERVAL_DAYS)
            miss = TOP_QUALITY - q
            ease = max(MIN_EASE, ease + 0.1 - miss * (0.08 + miss * 0.02))  # SM-2's update
        last = answers[-1]
        due_at = last.when + timedelta(days=interval)
        out.append(
            DueQuestion(
                question_id=qid,
                text=last.question_text,
                category=last.category,
                attempts=len(answers),
                last_score=int(last.score),
                last_answered=last.when,
                interval_days=interval,
                due_at=due_at,
                due=due_at <= now,
            )
        )
    return sorted(out, key=lambda d: (d.due_at, d.last_score))


def practise_next(schedule: list[DueQuestion], count: int) -> list[DueQuestion]:
    """The due questions to practise first: weakest last answer first, then longest due."""
    return sorted((d for d in schedule if d.due), key=lambda d: (d.last_score, d.due_at))[:count]
