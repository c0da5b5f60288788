"""Cohorts and coaching: consent, the read-only coach view, pinned comments, the dashboard."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from interview_coach.progress.candidates import dashboard
from interview_coach.store import Store
from interview_coach.store.accounts import Accounts
from interview_coach.store.cohorts import Cohorts, NotShared
from interview_coach.store.owner import Unscoped, acting_as
from interview_coach.store.tables import Answer
from store.helpers import STAR_TEXT, feedback, question, transcript

from .conftest import PASSWORD, browser


@pytest.fixture
def cohorts(accounts: Accounts) -> Cohorts:
    return Cohorts(accounts)


def _people(accounts: Accounts) -> tuple[int, int, int]:
    coach = accounts.create_user("cora", PASSWORD, "coach").id
    ann = accounts.create_user("ann", PASSWORD, "candidate").id
    bob = accounts.create_user("bob", PASSWORD, "candidate").id
    return coach, ann, bob


def test_a_coach_reads_only_while_the_candidate_shares(
    team_store: Store, accounts: Accounts, cohorts: Cohorts
) -> None:
    coach, ann, bob = _people(accounts)
    cohort = cohorts.create(coach, "Spring intake")
    cohorts.add_member(coach, cohort, "ann")
    cohorts.add_member(coach, cohort, "bob")
    with acting_as(ann):
        answer = team_store.save_answer(feedback(overall=58), transcript=transcript(),
                                        question=question())  # fmt: skip
    with pytest.raises(NotShared):  # a member who has not chosen to share
        cohorts.viewing(coach, "cora", ann).__enter__()
    cohorts.set_sharing(ann, cohort, True)
    with cohorts.viewing(coach, "cora", ann):
        assert team_store.get_answer(answer).feedback.scores.overall == 58
        with pytest.raises(Unscoped):  # reading only: nothing of hers can change
            team_store.set_session_notes(team_store.start_session(), "x")
        with pytest.raises(Unscoped), team_store.transaction() as s:
            s.execute(sa.delete(Answer).where(Answer.id == answer))
    assert [name for _, name, _ in cohorts.sharing_with(coach)] == ["ann"]
    with pytest.raises(NotShared):
        cohorts.viewing(coach, "cora", bob).__enter__()
    cohorts.set_sharing(ann, cohort, False)
    with pytest.raises(NotShared):
        cohorts.viewing(coach, "cora", ann).__enter__()
    with acting_as(ann):
        assert team_store.get_answer(answer).id == answer  # still hers, untouched
    log = [(e.actor, e.action, e.target) for e in accounts.audit_log()]
    assert ("cora", "coach_view", "ann") in log


def test_a_comment_is_pinned_to_the_words_and_their_time(
    team_store: Store, accounts: Accounts, cohorts: Cohorts
) -> None:
    coach, ann, _ = _people(accounts)
    cohort = cohorts.create(coach, "Evening class")
    cohorts.add_member(coach, cohort, "ann")
    cohorts.set_sharing(ann, cohort, True)
    with acting_as(ann):
        answer = team_store.save_answer(feedback(), transcript=transcript(seconds=30.0),
                                        question=question())  # fmt: skip
    start = STAR_TEXT.index("I split")
    end = STAR_TEXT.index("slow accounts.") + len("slow accounts.")
    cohorts.comment(coach, ann, answer, start=start, end=end, body="Say why batches helped.")
    with acting_as(ann):
        [c] = cohorts.comments(answer)
    assert c.author == "cora" and c.quote.startswith("I split") and c.quote.endswith("accounts.")
    words = STAR_TEXT.split()
    first = len(STAR_TEXT[:start].split())  # the word index where the span starts
    assert c.start_seconds == pytest.approx(first * 30.0 / len(words), abs=0.01)
    assert c.end_seconds is not None and c.end_seconds > c.start_seconds
    with pytest.raises(Exception, match="part of the answer"):
        cohorts.comment(coach, ann, answer, start=0, end=10**6, body="x")
    with acting_as(None):
        assert cohorts.comments(answer) == []  # nobody acting sees nothing


def test_only_coaches_lead_cohorts_and_only_their_own(accounts: Accounts, cohorts: Cohorts) -> None:
    coach, ann, _ = _people(accounts)
    other = accounts.create_user("dan", PASSWORD, "coach").id
    with pytest.raises(Exception, match="coach or an admin"):
        cohorts.create(ann, "Mine")
    cohort = cohorts.create(coach, "Cora's")
    with pytest.raises(NotShared):
        cohorts.add_member(other, cohort, "ann")


def test_the_pages_take_a_candidate_from_invitation_to_comment(team_app: Any) -> None:
    accounts: Accounts = team_app.state.accounts
    accounts.create_user("cora", PASSWORD, "coach")
    cora = browser(team_app, "cora")
    cohort = cora.post("/api/cohorts", json={"name": "Bootcamp"}).json()["id"]
    link = cora.post(f"/api/cohorts/{cohort}/invites").json()["link"]
    path = link.removeprefix("https://localhost")
    ann = browser(team_app)
    form = {"username": "ann", "password": PASSWORD, "again": PASSWORD}
    assert ann.post(path, data=form, follow_redirects=False).status_code == 303
    ann = browser(team_app, "ann")
    [membership] = ann.get("/api/cohorts").json()["member_of"]
    assert membership["cohort"] == "Bootcamp" and membership["shared"] is False
    assert cora.get("/api/coach/dashboard").json()["candidates"] == []
    session = ann.post("/api/sessions", json={"minutes": 10}).json()
    created = ann.post(f"/api/sessions/{session['id']}/questions/0/answers",
                       json={"text": STAR_TEXT}).json()  # fmt: skip
    page = ann.get("/cohorts")
    assert "Share with this coach" in page.text and "cannot change or delete" in page.text
    assert ann.post(f"/cohorts/{cohort}/sharing", data={"share": "1"}).status_code == 200
    board = cora.get("/api/coach/dashboard").json()["candidates"]
    assert [(c["username"], c["answers"]) for c in board] == [("ann", 1)]
    ann_id = board[0]["user_id"]
    answer_page = cora.get(f"/coach/candidates/{ann_id}/answers/{created['answer_id']}")
    assert answer_page.status_code == 200 and "Comment here" in answer_page.text
    r = cora.post(f"/coach/candidates/{ann_id}/answers/{created['answer_id']}/comments",
                  data={"start": 0, "end": 20, "body": "Lead with the result."})  # fmt: skip
    assert r.status_code == 200 and "Lead with the result." in r.text
    mine = ann.get(f"/answers/{created['answer_id']}")
    assert "Your coach" in mine.text and "Lead with the result." in mine.text
    assert ann.get(f"/api/answers/{created['answer_id']}/comments").json()[0]["author"] == "cora"
    # A candidate has no coaching pages.
    assert ann.get("/coach").status_code == 404
    assert ann.get("/api/coach/dashboard").status_code == 404


def test_the_audit_log_says_what_a_coach_looked_at(
    team_store: Store, accounts: Accounts, cohorts: Cohorts
) -> None:
    from datetime import timedelta

    from interview_coach.store.tables import utcnow

    coach, ann, bob = _people(accounts)
    cohort = cohorts.create(coach, "Evening class")
    for name in ("ann", "bob"):
        cohorts.add_member(coach, cohort, name)
        cohorts.set_sharing(ann if name == "ann" else bob, cohort, True)
    due = utcnow() + timedelta(days=3)
    cohorts.assign(coach, cohort, title="Warm-up", kind="interview", minutes=15, due_at=due,
                   job_family=None, question_ids=[])  # fmt: skip

    def log() -> list[tuple[str, str, str]]:
        return [(e.actor, e.action, e.target) for e in reversed(accounts.audit_log())]

    before = len(log())
    cohorts.completion(coach, "cora", cohort)  # the statuses table: one entry, not one each
    assert log()[before:] == [("cora", "cohort_progress", "Evening class")]
    before = len(log())
    assert [s.username for s in dashboard(cohorts, coach, "cora")] == ["ann", "bob"]
    assert log()[before:] == [("cora", "coach_view", "ann"), ("cora", "coach_view", "bob")]
    accounts.set_disabled(bob, True)  # a disabled account shares nothing
    assert [s.username for s in dashboard(cohorts, coach, "cora")] == ["ann"]
    ((_, members),) = cohorts.completion(coach, "cora", cohort)
    assert members == [("ann", "not started"), ("bob", "not shared")]
