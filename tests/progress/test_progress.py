from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

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
        [(50, 6.0, 190), (58, 5.0, 180), (66, 3.5, 165), (74, 2.0, 150), (80, 1.0, 145)]
    ):
        aid = store.save_answer(
            feedback(overall=score, fillers_per_minute=fillers, wpm=wpm),
            transcript=transcript(),
            question=question(),
        )
        _at(store, aid, START + timedelta(days=day))
    report = progress_report(store, now=START + timedelta(days=10))
    trends = {t.metric: t for t in report.trends}
    assert report.answers == 5
    assert trends["overall"].direction == "improving"
    assert trends["overall"].values == [50, 58, 66, 74, 80]
    assert trends["overall"].change > 25
    assert trends["fillers_per_minute"].direction == "improving"  # fewer is better
    assert trends["wpm"].direction == "improving"  # moved into the 130-160 band
    assert trends["hedges_per_100_words"].direction == "steady"
    assert set(report.by_category) == {"behavioural"}
    json.dumps(report.to_json())  # serialisable as is


def test_worsening_and_too_few(store: Store) -> None:
    for score in (85, 75, 60, 50):
        store.save_answer(feedback(overall=score), transcript=transcript())
    trends = {t.metric: t for t in progress_report(store).trends}
    assert trends["overall"].direction == "worsening"
    store2_ids = [t.count for t in progress_report(store).trends if t.metric == "overall"]
    assert store2_ids == [4]


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
    assert "result" in star.reason
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
