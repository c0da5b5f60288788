"""Every Store path sees only the acting account's rows in team mode, by construction."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from interview_coach.errors import StorageError
from interview_coach.progress.report import progress_report
from interview_coach.progress.summary import answer_series, progress_summary
from interview_coach.store import Store
from interview_coach.store.accounts import Accounts
from interview_coach.store.owner import Unscoped, acting_as, unscoped
from interview_coach.store.plans import SavedPlan, start_planned_session
from interview_coach.store.repository import DamagedRecord
from interview_coach.store.stories import add_story, list_stories
from interview_coach.store.tables import TABLES, Answer, JobTarget, SessionPlan
from interview_coach.store.transfer import delete_all, export_rows
from store.helpers import feedback, question, transcript

from .conftest import PASSWORD


def _history(store: Store, overall: int) -> tuple[int, int]:
    session_id = store.start_session(mode="practice")
    answer_id = store.save_answer(
        feedback(overall=overall), transcript=transcript(), question=question(),
        session_id=session_id,
    )  # fmt: skip
    add_story(store, title=f"Story {overall}", situation="s", action="a", result="r")
    start_planned_session(store, SavedPlan([question()], ["asked often"], f"Plan {overall}"))
    return session_id, answer_id


@pytest.fixture
def two(accounts: Accounts, team_store: Store) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    ann = accounts.create_user("ann", PASSWORD, "candidate").id
    bob = accounts.create_user("bob", PASSWORD, "candidate").id
    with acting_as(ann):
        a = _history(team_store, 61)
    with acting_as(bob):
        b = _history(team_store, 88)
    return (ann, *a), (bob, *b)


def test_each_account_reads_only_its_own_rows(team_store: Store, two) -> None:
    (ann, a_session, a_answer), (bob, _, b_answer) = two
    with acting_as(ann):
        assert [r.id for r in team_store.answers()] == [a_answer]
        assert team_store.get_answer(a_answer).feedback.scores.overall == 61
        with pytest.raises(StorageError, match="No answer"):
            team_store.get_answer(b_answer)
        # Her practice session and her planned one; none of Bob's.
        assert [s.id for s in team_store.recent_sessions()][1:] == [a_session]
        assert len(team_store.recent_sessions()) == 2
        assert [s.title for s in list_stories(team_store)] == ["Story 61"]
        assert [p["overall"] for p in answer_series(team_store)] == [61]
        assert progress_summary(team_store).answers == 1
        assert progress_report(team_store).answers == 1
        assert [r["id"] for r in export_rows(team_store)["answers"]] == [a_answer]
        assert [p["title"] for p in export_rows(team_store)["session_plans"]] == ["Plan 61"]
    with acting_as(bob):
        assert [p["title"] for p in export_rows(team_store)["session_plans"]] == ["Plan 88"]
        assert [r.id for r in team_store.answers()] == [b_answer]
        assert [p["overall"] for p in answer_series(team_store)] == [88]
        assert progress_summary(team_store).answers == 1


def test_new_rows_take_the_acting_owner(team_store: Store, two) -> None:
    (ann, _, a_answer), (bob, _, b_answer) = two
    with team_store.reading() as s, acting_as(ann):
        assert s.scalar(sa.select(Answer.owner_id).where(Answer.id == a_answer)) == ann
    with acting_as(bob), team_store.reading() as s:
        assert s.scalar(sa.select(Answer.owner_id).where(Answer.id == b_answer)) == bob
    with unscoped(), team_store.reading() as s:  # every plan row names its owner
        owners = s.scalars(sa.select(SessionPlan.owner_id).order_by(SessionPlan.id)).all()
    assert owners == [ann, bob]


def test_with_no_account_nothing_is_seen_or_written(team_store: Store, two) -> None:
    assert team_store.answers() == []
    with pytest.raises(Unscoped):
        team_store.start_session(mode="practice")
    with pytest.raises(Unscoped), team_store.reading() as s:
        s.execute(sa.select(Answer.__table__))  # Core on an owned table: refused


def test_deleting_everything_deletes_only_mine(team_store: Store, two) -> None:
    (ann, _, _), (bob, _, b_answer) = two
    with acting_as(ann):
        counts = delete_all(team_store)
        assert counts["answers"] == 1 and team_store.answers() == []
    with acting_as(bob):
        assert [r.id for r in team_store.answers()] == [b_answer]
        assert len(list_stories(team_store)) == 1


def test_writes_cannot_touch_another_accounts_rows(team_store: Store, two) -> None:
    (ann, _, _), (bob, b_session, b_answer) = two
    with acting_as(ann):
        with pytest.raises(StorageError, match="No practice session"):
            team_store.set_session_notes(b_session, "mine now")
        with team_store.transaction() as s:
            gone = s.execute(sa.delete(Answer).where(Answer.id == b_answer))
            assert gone.rowcount == 0
    with acting_as(bob):
        assert team_store.get_answer(b_answer).id == b_answer


def test_the_first_admin_takes_over_a_personal_history(team_store: Store) -> None:
    # Rows written before team mode have no owner (the migration adds the column empty).
    with unscoped():
        team_store.save_answer(feedback(overall=70), transcript=transcript(), question=question())
    accounts = Accounts(team_store, "k" * 32)
    admin = accounts.create_user("admin", PASSWORD, "admin").id
    later = accounts.create_user("admin2", PASSWORD, "admin").id
    with acting_as(admin):
        assert len(team_store.answers()) == 1
    with acting_as(later):
        assert team_store.answers() == []
    with team_store.reading() as s, acting_as(admin):
        for model in TABLES:
            s.execute(sa.select(sa.func.count(model.id)))  # every owned table is reachable


def test_deleting_an_account_removes_its_rows_and_only_its_audio(
    team_store: Store, accounts: Accounts, tmp_path
) -> None:
    ann = accounts.create_user("ann", PASSWORD, "candidate").id
    bob = accounts.create_user("bob", PASSWORD, "candidate").id
    shared = tmp_path / "same.wav"
    shared.write_bytes(b"RIFF same audio")
    own = tmp_path / "own.wav"
    own.write_bytes(b"RIFF only ann")
    with acting_as(ann):
        kept = team_store.save_answer(feedback(), transcript=transcript(), audio_path=shared)
        alone = team_store.save_answer(feedback(), transcript=transcript(), audio_path=own)
        paths = [team_store.get_answer(i).audio_path for i in (kept, alone)]
    with acting_as(bob):
        theirs = team_store.save_answer(feedback(), transcript=transcript(), audio_path=shared)
    assert accounts.delete_user(ann) == 1
    assert paths[0].is_file() and not paths[1].exists()
    with acting_as(bob):
        assert team_store.get_answer(theirs).audio_path.is_file()
    with acting_as(ann):
        assert team_store.answers() == []
    assert accounts.get(ann) is None


def test_a_damaged_other_row_is_still_not_found(team_store: Store, two) -> None:
    (ann, _, _), (_, _, b_answer) = two
    with acting_as(ann), pytest.raises(StorageError, match="No answer") as caught:
        team_store.get_answer(b_answer, allow_damaged=True)
    assert not isinstance(caught.value, DamagedRecord)


def test_core_text_and_insert_statements_cannot_escape_the_scope(team_store: Store, two) -> None:
    (ann, _, _), (bob, _, _) = two
    answers = Answer.__table__
    escapes = [
        sa.select(sa.select(answers).subquery()),  # owned table inside a subquery
        sa.select(sa.select(answers.c.id).cte("c")),  # ... a CTE
        sa.union(sa.select(answers.c.id), sa.select(answers.c.id)),  # ... a union
        sa.text("SELECT id FROM answers"),  # written as text
    ]
    with acting_as(ann):
        for statement in escapes:
            with pytest.raises(Unscoped), team_store.reading() as s:
                s.execute(statement)
        with pytest.raises(Unscoped), team_store.transaction() as s:  # naming another owner
            s.execute(sa.insert(JobTarget).values(owner_id=bob, jd_text="x"))
        with pytest.raises(Unscoped), team_store.transaction() as s:
            s.execute(sa.update(Answer).values(owner_id=bob))
        with pytest.raises(Unscoped), team_store.transaction() as s:
            row = s.scalars(sa.select(Answer)).first()
            row.owner_id = bob  # handing a row over
    with acting_as(bob):
        assert len(team_store.answers()) == 1
