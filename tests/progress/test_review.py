"""Spaced repetition on its own: SM-2 read from answer scores, no database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from interview_coach.progress.review import Attempt, practise_next, quality, schedule_of

DAY0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def _attempts(qid: int, scores: list[float]) -> list[Attempt]:
    return [
        Attempt(qid, DAY0 + timedelta(days=i), f"question {qid}", "behavioral", s)
        for i, s in enumerate(scores)
    ]


def test_scores_become_sm2_grades():
    assert [quality(s) for s in (0, 29, 49, 50, 70, 100)] == [0, 1, 2, 2, 4, 5]


def test_good_answers_space_out_and_a_poor_one_starts_again():
    [good] = schedule_of(_attempts(1, [80, 85, 82]), DAY0)
    assert good.interval_days == 15  # 1 day, then 6, then 6 x the ease of 2.5
    assert good.due_at == DAY0 + timedelta(days=2 + 15) and not good.due
    [relapsed] = schedule_of(_attempts(1, [80, 85, 82, 40]), DAY0)
    assert relapsed.interval_days == 1 and relapsed.last_score == 40


def test_the_weakest_due_question_comes_first():
    attempts = _attempts(1, [90]) + _attempts(2, [30]) + _attempts(3, [60])
    later = DAY0 + timedelta(days=3)
    assert [d.question_id for d in practise_next(schedule_of(attempts, later), 2)] == [2, 3]
