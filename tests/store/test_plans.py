"""A practice session's plan in its own table: kept with its session, read back, grown."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from interview_coach.store import Store
from interview_coach.store.plans import (
    SavedPlan,
    insert_question,
    plan_summaries,
    session_plan,
    start_planned_session,
)
from interview_coach.store.repository import DamagedRecord
from interview_coach.store.tables import SessionPlan
from interview_coach.types import Question

from .helpers import question


def test_a_plan_is_kept_with_its_session_and_grows_one_question_at_a_time(store: Store):
    first, second = question(), Question(text="Why this team?", category="motivation")
    sid = start_planned_session(
        store, SavedPlan([first, second], ["opens", "motive"], "Practice", "sales", "mid")
    )
    assert store.session_notes(sid) == ("mock_interview", None)  # nothing in the notes
    follow = Question(text="What was your own part?", category="follow_up")
    assert insert_question(store, sid, 1, follow, "follow-up to: the first")
    assert not insert_question(store, sid, 1, follow, "follow-up to: the first")  # a reload
    plan = session_plan(store, sid)
    assert plan is not None
    assert [q.text for q in plan.questions] == [first.text, follow.text, second.text]
    assert plan.why == ["opens", "follow-up to: the first", "motive"]
    assert (plan.title, plan.job_family, plan.seniority) == ("Practice", "sales", "mid")
    bare = store.start_session()
    assert session_plan(store, bare) is None
    summaries = plan_summaries(store, [sid, bare])
    assert set(summaries) == {sid} and summaries[sid].questions == 3


def test_a_damaged_plan_is_reported_not_shown(store: Store):
    sid = start_planned_session(store, SavedPlan([question()], ["opens"]))
    with store.transaction() as s:
        s.execute(sa.update(SessionPlan).values(questions=[{"category": "opening"}]))
    with pytest.raises(DamagedRecord, match="its plan"):
        session_plan(store, sid)


def test_deleting_a_session_deletes_its_plan(store: Store):
    from interview_coach.store.tables import PracticeSession

    sid = start_planned_session(store, SavedPlan([question()], ["opens"]))
    with store.transaction() as s:
        s.execute(sa.delete(PracticeSession).where(PracticeSession.id == sid))
    assert session_plan(store, sid) is None
