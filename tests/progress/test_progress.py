from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from interview_coach.progress.metrics import MIN_TREND_ANSWERS, NOT_ENOUGH, TREND_RULE
from interview_coach.progress.report import progress_report
from interview_coach.store import Store
from interview_coach.store.tables import Answer
from store.helpers import feedback, question, transcript

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def _at(store: Store, answer_id: int, when: datetime) -> None:
    # Answers are stamped "now" when saved; tests spread them over days.
    with store.transaction() as s:
        s.execute(sa.update(Answer).where(Answer.id == answer_id).values(created_at=when))


def test_trends_follow_the_history(store: Store) -> None:
    for day, (score, fillers, wpm) in enumerate(
        [(50, 6.0, 190), (54, 5.5, 185), (58, 5.0, 180), (66, 3.5, 165), (74, 2.0, 150),
         (80, 1.0, 145)]
    ):  # fmt: skip
        aid = store.save_answer(
            feedback(overall=score, fillers_per_minute=fillers, wpm=wpm),
            transcript=transcript(),
            question=question(),
        )
        _at(store, aid, START + timedelta(days=day))
    report = progress_report(store, now=START + timedelta(days=10))
    trends = {t.metric: t for t in report.trends}
    assert report.answers == 6
    assert trends["overall"].direction == "improving"
    assert trends["overall"].values == [50, 54, 58, 66, 74, 80]
    # Six answers: the newer three (mean 73.3) against the older three (54).
    assert trends["overall"].change == pytest.approx(19.33, abs=0.01)
    assert trends["fillers_per_minute"].direction == "improving"  # fewer is better
    assert trends["wpm"].direction == "improving"  # moved into the 130-160 band
    assert trends["hedges_per_100_words"].direction == "steady"
    assert set(report.by_category) == {"behavioural"}
    json.dumps(report.to_json())  # serialisable as is


def test_no_trend_is_claimed_before_six_answers(store: Store) -> None:
    # Three answers to different questions differ by the questions as much as the speaker.
    for score in (85, 60, 40):
        store.save_answer(feedback(overall=score), transcript=transcript())
    trends = {t.metric: t for t in progress_report(store).trends}
    assert {t.direction for t in trends.values()} <= {NOT_ENOUGH, "no data"}
    assert trends["overall"].count == 3 and trends["overall"].change is None
    assert NOT_ENOUGH in TREND_RULE and str(MIN_TREND_ANSWERS) in TREND_RULE
    for score in (50, 45):
        store.save_answer(feedback(overall=score), transcript=transcript())
    assert {t.metric: t for t in progress_report(store).trends}["overall"].direction == NOT_ENOUGH
    store.save_answer(feedback(overall=40), transcript=transcript())
    overall = {t.metric: t for t in progress_report(store).trends}["overall"]
    assert overall.direction == "worsening" and overall.count == 6


def test_only_the_newest_ten_answers_decide_and_one_odd_answer_does_not_flip_it(
    store: Store,
) -> None:
    # Two poor answers long ago, then ten steady ones with one bad day among the newest five.
    for score in (20, 25, 70, 72, 71, 69, 70, 71, 70, 62, 72, 70):
        store.save_answer(feedback(overall=score), transcript=transcript())
    overall = {t.metric: t for t in progress_report(store).trends}["overall"]
    assert overall.count == 12
    assert overall.change == pytest.approx(69.0 - 70.4)  # newest five against the five before
    assert overall.direction == "steady"


def test_weakest_areas_name_the_problem(store: Store) -> None:
    for _ in range(3):
        store.save_answer(
            feedback(
                overall=55, delivery=85, structure=40, content=72,
                missing=("task", "result"), fillers_per_minute=1.0,
                jd=([], ["kubernetes", "terraform"]),
            ),
            transcript=transcript(),
        )  # fmt: skip
    weakest = progress_report(store).weakest
    areas = [w.area for w in weakest]
    assert areas[0] == "job-description coverage"  # 0 % covered is the furthest off
    assert "structure" in areas and "delivery" not in areas and "fillers" not in areas
    star = next(w for w in weakest if w.area == "STAR completeness")
    assert star.reason == "Answers often leave out these parts: Task, Result"  # as people say them
    assert "kubernetes" in weakest[0].reason
    assert "behavioural questions" in areas


def test_spaced_repetition_brings_back_poor_answers(store: Store) -> None:
    poor = question("Describe a conflict with a colleague.", qid="conflict")
    good = question("Tell me about a deadline you met.", qid="deadline")
    a = store.save_answer(feedback(overall=35), transcript=transcript(), question=poor)
    _at(store, a, START)
    for i in range(3):
        b = store.save_answer(feedback(overall=90), transcript=transcript(), question=good)
        _at(store, b, START + timedelta(days=i))
    report = progress_report(store, now=START + timedelta(days=3))
    assert [d.text for d in report.practise_next] == ["Describe a conflict with a colleague."]
    sched = {d.text: d for d in report.schedule}
    assert sched["Describe a conflict with a colleague."].interval_days == 1
    good_q = sched["Tell me about a deadline you met."]
    assert good_q.attempts == 3 and good_q.interval_days > 6 and not good_q.due
    # Long after, the good one is due too, but the poor one still comes first.
    later = progress_report(store, now=START + timedelta(days=60)).practise_next
    assert later[0].text == "Describe a conflict with a colleague."
    assert len(later) == 2


def test_reanalysis_counts_once_with_newest(store: Store) -> None:
    aid = store.save_answer(feedback(overall=40), transcript=transcript())
    store.add_feedback(aid, feedback(overall=70, analyzer_version="2.0.0"))
    report = progress_report(store)
    assert report.answers == 1
    assert report.trends[0].values == [70]


def test_empty_history(store: Store) -> None:
    report = progress_report(store)
    assert report.answers == 0 and report.weakest == [] and report.practise_next == []
    assert all(t.direction == "no data" for t in report.trends)


def test_interval_is_capped_for_often_repeated_questions(store: Store) -> None:
    for _ in range(40):  # without a cap the interval overflows a date
        store.save_answer(feedback(overall=95), transcript=transcript(), question=question())
    [entry] = progress_report(store).schedule
    assert entry.attempts == 40 and entry.interval_days == 180 and not entry.due


def test_a_weak_area_with_no_tips_does_not_count_them() -> None:
    """No "(0 tips about it)" after a weak area: it read as a fault of the coach."""
    from datetime import datetime

    from interview_coach.progress.metrics import METRICS, Row, weak_areas

    def row(i: int, tips: list[str]) -> Row:
        metrics: dict[str, float | None] = dict.fromkeys(m.key for m in METRICS)
        metrics |= {"delivery": 80.0, "structure": 80.0, "content": 36.0}
        return Row(i, datetime(2025, 1, i), None, "Q", "behavioural", metrics, [], [], tips)

    (content,) = [w for w in weak_areas([row(1, []), row(2, [])], {}) if w.area == "content"]
    assert content.reason.endswith("over the last 2 answers"), content.reason
    (content,) = [
        w for w in weak_areas([row(1, ["content"]), row(2, [])], {}) if w.area == "content"
    ]
    assert content.reason.endswith("(1 tip about it)"), content.reason
