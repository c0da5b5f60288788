"""Team mode's cohorts: who is in which, who shares with it, what a coach may see, comments.

A coach sees a candidate's practice only while the candidate shares it with one of that
coach's cohorts, and only to read it (`Cohorts.viewing`, which logs the view). Withdrawing
the consent ends the coach's access at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

import sqlalchemy as sa

from interview_coach.errors import InputError, StorageError
from interview_coach.store.accounts import Accounts, NoSuchUser
from interview_coach.store.owner import reading_as
from interview_coach.store.repository import Store
from interview_coach.store.tables import (
    Answer,
    Assignment,
    Cohort,
    CohortMember,
    Comment,
    PracticeSession,
    User,
    utcnow,
)

MAX_COHORT_NAME = 120
MAX_COMMENT_CHARS = 4000


class NotShared(StorageError):
    """Nothing of that candidate is shared with this coach (HTTP 404: nothing to probe)."""


@dataclass(frozen=True)
class CohortView:
    id: int
    name: str
    coach: str
    members: tuple[tuple[int, str, bool], ...]  # user id, name, sharing now


@dataclass(frozen=True)
class Membership:
    cohort_id: int
    cohort: str
    coach: str
    shared: bool


@dataclass(frozen=True)
class AssignmentView:
    id: int
    cohort_id: int
    cohort: str
    title: str
    kind: str  # questions or interview
    job_family: str | None
    minutes: int
    question_ids: tuple[str, ...]
    due_at: datetime
    status: str = ""  # for one candidate: not started, started or done ("" for the coach)
    session_id: int | None = None  # the candidate's session for it, once started


def _assignment(row: Assignment, cohort: str) -> AssignmentView:
    return AssignmentView(
        row.id, row.cohort_id, cohort, row.title, row.kind, row.job_family, row.minutes,
        tuple(row.question_ids or ()), row.due_at,
    )  # fmt: skip


def _statuses(store: Store, views: list[AssignmentView]) -> list[AssignmentView]:
    """How far the acting candidate has got with each assignment: one query for them all."""
    if not views:
        return []
    with store.reading() as s:
        rows = s.execute(
            sa.select(
                PracticeSession.assignment_id,
                PracticeSession.id,
                PracticeSession.finished_at,
                sa.func.count(Answer.id),
            )
            .outerjoin(Answer, Answer.session_id == PracticeSession.id)
            .where(PracticeSession.assignment_id.in_([v.id for v in views]))
            .group_by(
                PracticeSession.assignment_id, PracticeSession.id, PracticeSession.finished_at
            )
            .order_by(PracticeSession.id)
        ).all()
    sessions: dict[int, list[tuple[int, datetime | None, int]]] = {}
    for assignment_id, session_id, finished, answered in rows:
        sessions.setdefault(assignment_id, []).append((session_id, finished, answered))
    return [_status(view, sessions.get(view.id, [])) for view in views]


def _status(
    view: AssignmentView, sessions: list[tuple[int, datetime | None, int]]
) -> AssignmentView:
    """An assignment's status from the candidate's sessions for it (id, finished, answers)."""
    if not sessions:
        return replace(view, status="not started")
    wanted = len(view.question_ids) if view.kind == "questions" else None
    done = any(
        finished is not None or (wanted is not None and answered >= wanted)
        for _, finished, answered in sessions
    )
    return replace(view, status="done" if done else "started", session_id=sessions[-1][0])


@dataclass(frozen=True)
class CommentView:
    id: int
    created_at: datetime
    author: str
    start_char: int
    end_char: int
    start_seconds: float | None
    end_seconds: float | None
    quote: str
    body: str


class Cohorts:
    """Cohorts, consent and comments, kept beside the accounts in one Store."""

    def __init__(self, accounts: Accounts) -> None:
        self.accounts = accounts
        self.store: Store = accounts.store

    # ------------------------------------------------------------ cohorts and members

    def create(self, coach_id: int, name: str) -> int:
        name = " ".join(name.split())[:MAX_COHORT_NAME]
        if not name:
            raise InputError("Give the cohort a name.")
        coach = self.accounts.get(coach_id)
        if coach is None or coach.role not in ("coach", "admin"):
            raise InputError("Only a coach or an admin leads a cohort.")
        with self.store.transaction() as s:
            row = Cohort(name=name, coach_id=coach_id)
            s.add(row)
            s.flush()
            return row.id

    def led_by(self, coach_id: int) -> list[CohortView]:
        """The cohorts a coach leads, with their members."""
        with self.store.reading() as s:
            cohorts = s.scalars(
                sa.select(Cohort).where(Cohort.coach_id == coach_id).order_by(Cohort.id)
            ).all()
            coach = s.get(User, coach_id)
            out = []
            for c in cohorts:
                rows = s.execute(
                    sa.select(User.id, User.username, CohortMember.shared_at, User.disabled)
                    .join(CohortMember, CohortMember.user_id == User.id)
                    .where(CohortMember.cohort_id == c.id)
                    .order_by(User.username)
                ).all()
                # A disabled account shares nothing, as in `sharing_with`.
                members = tuple((uid, name, shared is not None and not off)
                                for uid, name, shared, off in rows)  # fmt: skip
                out.append(CohortView(c.id, c.name, coach.username if coach else "", members))
            return out

    def cohort_of(self, coach_id: int, cohort_id: int) -> CohortView:
        for c in self.led_by(coach_id):
            if c.id == cohort_id:
                return c
        raise NotShared(f"No cohort {cohort_id}.")

    def add_member(self, coach_id: int, cohort_id: int, username: str) -> None:
        """Add a candidate by name. They share nothing until they choose to."""
        self.cohort_of(coach_id, cohort_id)  # the coach leads it
        member = self.accounts.by_name(username)
        if member is None or member.role != "candidate" or member.disabled:
            raise NoSuchUser(f"No candidate {username.strip()[:80]!r}.")
        with self.store.transaction() as s:
            exists = s.scalar(
                sa.select(CohortMember.id).where(
                    CohortMember.cohort_id == cohort_id, CohortMember.user_id == member.id
                )
            )
            if not exists:
                s.add(CohortMember(cohort_id=cohort_id, user_id=member.id))

    def memberships(self, user_id: int) -> list[Membership]:
        """The cohorts a candidate is in, and whether they share with each."""
        with self.store.reading() as s:
            rows = s.execute(
                sa.select(Cohort.id, Cohort.name, User.username, CohortMember.shared_at)
                .join(CohortMember, CohortMember.cohort_id == Cohort.id)
                .join(User, User.id == Cohort.coach_id)
                .where(CohortMember.user_id == user_id)
                .order_by(Cohort.id)
            ).all()
            return [Membership(cid, name, coach, at is not None) for cid, name, coach, at in rows]

    def set_sharing(self, user_id: int, cohort_id: int, share: bool) -> None:
        """Consent to share (or withdraw it): the cohort's coach sees the practice or not."""
        with self.store.transaction() as s:
            row = s.scalar(
                sa.select(CohortMember).where(
                    CohortMember.cohort_id == cohort_id, CohortMember.user_id == user_id
                )
            )
            if row is None:
                raise NotShared(f"You are not in cohort {cohort_id}.")
            row.shared_at = utcnow() if share else None

    # ------------------------------------------------------------ what a coach may see

    def sharing_with(self, coach_id: int) -> list[tuple[int, str, str]]:
        """Candidates sharing with any cohort the coach leads: (user id, name, cohort)."""
        with self.store.reading() as s:
            rows = s.execute(
                sa.select(User.id, User.username, Cohort.name)
                .join(CohortMember, CohortMember.user_id == User.id)
                .join(Cohort, Cohort.id == CohortMember.cohort_id)
                .where(
                    Cohort.coach_id == coach_id,
                    CohortMember.shared_at.is_not(None),
                    User.disabled.is_(False),
                )
                .order_by(User.username)
            ).all()
        seen: dict[int, tuple[int, str, str]] = {}
        for uid, name, cohort in rows:
            seen.setdefault(uid, (uid, name, cohort))
        return list(seen.values())

    def shares(self, coach_id: int, candidate_id: int) -> bool:
        return any(uid == candidate_id for uid, _, _ in self.sharing_with(coach_id))

    @contextmanager
    def viewing(self, coach_id: int, coach_name: str, candidate_id: int) -> Iterator[None]:
        """Read a candidate's practice as their coach, while they share it; logged."""
        if not self.shares(coach_id, candidate_id):
            raise NotShared("Nothing of that candidate is shared with you.")
        target = self.accounts.get(candidate_id)
        self.accounts.audit(coach_name, "coach_view", target.username if target else "")
        with reading_as(candidate_id):
            yield

    def each_sharer(self, coach_id: int, coach_name: str) -> Iterator[tuple[int, str, str]]:
        """(user id, name, cohort) of every candidate sharing with the coach, each yielded
        while reading as that candidate, and each view logged: the dashboard's loop. The one
        list of sharers is the check: no second query per candidate."""
        for uid, name, cohort in self.sharing_with(coach_id):
            self.accounts.audit(coach_name, "coach_view", name)
            with reading_as(uid):
                yield uid, name, cohort

    # ------------------------------------------------------------ assignments

    def assign(self, coach_id: int, cohort_id: int, *, title: str, kind: str, due_at: datetime,
               job_family: str | None, minutes: int, question_ids: list[str]) -> int:  # fmt: skip
        """Set a cohort practice by a date: a fixed question set, or a mock interview."""
        self.cohort_of(coach_id, cohort_id)  # only its coach sets it work
        title = " ".join(title.split())[:200]
        if not title:
            raise InputError("Give the assignment a title.")
        if kind not in ("questions", "interview"):
            raise InputError("An assignment is a question set or a mock interview.")
        if kind == "questions" and not question_ids:
            raise InputError("A question set needs questions.")
        with self.store.transaction() as s:
            row = Assignment(cohort_id=cohort_id, title=title, kind=kind, due_at=due_at,
                             job_family=job_family, minutes=minutes,
                             question_ids=question_ids if kind == "questions" else [])  # fmt: skip
            s.add(row)
            s.flush()
            return row.id

    def _rows(self, where: sa.ColumnElement[bool]) -> list[AssignmentView]:
        with self.store.reading() as s:
            rows = s.execute(
                sa.select(Assignment, Cohort.name)
                .join(Cohort, Cohort.id == Assignment.cohort_id)
                .where(where)
                .order_by(Assignment.due_at, Assignment.id)
            ).all()
            return [_assignment(a, name) for a, name in rows]

    def assignments_for(self, user_id: int, only: int | None = None) -> list[AssignmentView]:
        """A candidate's assignments from every cohort they are in (or just assignment
        `only`), with their progress (the caller acts as the candidate)."""
        cohort_ids = [m.cohort_id for m in self.memberships(user_id)]
        if not cohort_ids:
            return []
        mine = Assignment.cohort_id.in_(cohort_ids)
        if only is not None:
            mine = mine & (Assignment.id == only)
        return _statuses(self.store, self._rows(mine))

    def assignment_for(self, user_id: int, assignment_id: int) -> AssignmentView:
        """One of a candidate's assignments (404 for anyone outside its cohort)."""
        views = self.assignments_for(user_id, only=assignment_id)
        if not views:
            raise NotShared(f"No assignment {assignment_id}.")
        return views[0]

    def start(self, user_id: int, assignment_id: int, session_id: int) -> None:
        """Mark the acting candidate's new session as their work on the assignment."""
        self.assignment_for(user_id, assignment_id)
        with self.store.transaction() as s:
            row = s.get(PracticeSession, session_id)  # scoped: only the candidate's own
            if row is None:
                raise NotShared(f"No session {session_id}.")
            row.assignment_id = assignment_id

    def completion(
        self, coach_id: int, coach_name: str, cohort_id: int
    ) -> list[tuple[AssignmentView, list[tuple[str, str]]]]:
        """For each of a cohort's assignments, every member's status; members who do not
        share are listed as "not shared" (their practice stays theirs)."""
        return self.completion_of(self.cohort_of(coach_id, cohort_id), coach_name)

    def completion_of(
        self, cohort: CohortView, coach_name: str
    ) -> list[tuple[AssignmentView, list[tuple[str, str]]]]:
        """`completion` for a cohort already looked up among the coach's own (`led_by`)."""
        views = self._rows(Assignment.cohort_id == cohort.id)
        by_member: dict[int, list[str]] = {}
        if views and any(shared for _, _, shared in cohort.members):
            # One entry for the whole table: the statuses, not anyone's answers, are read.
            self.accounts.audit(coach_name, "cohort_progress", cohort.name)
        for uid, _name, shared in cohort.members:
            if shared:  # `members` says who shares: read as each, read-only
                with reading_as(uid):
                    by_member[uid] = [v.status for v in _statuses(self.store, views)]
        return [
            (view, [(name, by_member[uid][i] if uid in by_member else "not shared")
                    for uid, name, _shared in cohort.members])
            for i, view in enumerate(views)
        ]  # fmt: skip

    # ------------------------------------------------------------ comments

    def comment(self, coach_id: int, candidate_id: int, answer_id: int, *, start: int,
                end: int, body: str) -> int:  # fmt: skip
        """Pin a comment to characters `start:end` of a shared answer's transcript; the time
        of that moment comes from the word timings of a spoken answer."""
        body = body.strip()
        if not body or len(body) > MAX_COMMENT_CHARS:
            raise InputError(f"A comment has 1 to {MAX_COMMENT_CHARS} characters.")
        coach = self.accounts.get(coach_id)
        with self.viewing(coach_id, coach.username if coach else "", candidate_id):
            record = self.store.get_answer(answer_id)
        text = record.transcript.text
        if not 0 <= start < end <= len(text):
            raise InputError("Pin the comment to a part of the answer's text.")
        times = [(w.start, w.end) for w in record.transcript.words
                 if w.char_end > start and w.char_start < end]  # fmt: skip
        with self.store.transaction() as s:
            row = Comment(
                answer_id=answer_id, author_id=coach_id, start_char=start, end_char=end,
                start_seconds=times[0][0] if times else None,
                end_seconds=times[-1][1] if times else None,
                quote=text[start:end][:500], body=body,
            )  # fmt: skip
            s.add(row)
            s.flush()
            return row.id

    def comments(self, answer_id: int) -> list[CommentView]:
        """Comments on an answer the acting account may read (its own, or shared with it)."""
        with self.store.reading() as s:
            rows = s.execute(
                sa.select(Comment, User.username)
                .join(Answer, Answer.id == Comment.answer_id)  # scoped to the acting owner
                .join(User, User.id == Comment.author_id)
                .where(Comment.answer_id == answer_id)
                .order_by(Comment.start_char, Comment.id)
            ).all()
            fields = ("id", "created_at", "start_char", "end_char", "start_seconds",
                      "end_seconds", "quote", "body")  # fmt: skip
            return [
                CommentView(author=name, **{f: getattr(c, f) for f in fields}) for c, name in rows
            ]
