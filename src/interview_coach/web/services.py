"""What the pages and the API do, in one place: plans, sessions, answers and their feedback.

Both front ends call these functions, so a typed answer on a page and a POST to `/api` go
through the same checks. Everything here is synchronous; the routes run it in worker threads.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from interview_coach.config import Settings
from interview_coach.errors import DatabaseAway, InputError, StorageError
from interview_coach.interviewer.models import InterviewOptions
from interview_coach.norms import SESSION_MINUTES
from interview_coach.practice import Interviews
from interview_coach.practice.interviews import MODE as INTERVIEW
from interview_coach.practice.negotiations import MODE as NEGOTIATION
from interview_coach.practice.negotiations import Negotiations
from interview_coach.questions.documents import MAX_TEXT_CHARS
from interview_coach.store import AnswerRecord, Store, open_store
from interview_coach.store.plans import (
    PlanSummary,
    SavedPlan,
    insert_question,
    plan_summaries,
    session_plan,
    start_planned_session,
)
from interview_coach.store.repository import DamagedRecord
from interview_coach.tasks import Remote, remote_for
from interview_coach.types import Feedback, JobProfile, Question, Transcript

# A new session's length unless told otherwise, and the most questions one may ask.
DEFAULT_MINUTES = 15
MIN_MINUTES, MAX_MINUTES = SESSION_MINUTES
MAX_QUESTION_COUNT = 20
# The longest job description or résumé accepted as pasted text: the same as for a file.
MAX_DOCUMENT_CHARS = MAX_TEXT_CHARS


# The category given to the interviewer's follow-up questions added to a plan.
FOLLOW_UP = "follow_up"


class NotFound(StorageError):
    """A session, answer or question that does not exist (HTTP 404)."""


@dataclass(frozen=True)
class PlanRequest:
    """What the candidate asked for on the new-session page."""

    job_family: str | None = None
    seniority: str | None = None
    minutes: int = DEFAULT_MINUTES
    count: int | None = None
    jd_text: str | None = None
    resume_text: str | None = None
    salary: bool | None = None  # ask about pay (default: for 45 minutes or more)


@dataclass(frozen=True)
class Plan(SavedPlan):
    """A session's plan as built for the new-session page, with the job it was fitted to
    (kept apart from the plan, as the session's job target)."""

    job: JobProfile | None = None


@dataclass
class SessionView:
    """A practice session as the pages show it."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    job_target_id: int | None
    job: JobProfile | None
    questions: list[Question]
    job_family: str | None = None
    seniority: str | None = None
    title: str | None = None
    why: list[str] = field(default_factory=list)
    answers: list[AnswerRecord] = field(default_factory=list)
    guided: bool = False  # the two-minute first session from the home page

    def answers_for(self, index: int) -> list[AnswerRecord]:
        """Answers given to the plan's question at `index`, oldest first."""
        q = self.questions[index]
        return [a for a in self.answers if a.question is not None and _same(a.question, q)]

    def index_of(self, question: Question | None) -> int | None:
        if question is None:
            return None
        for i, q in enumerate(self.questions):
            if _same(q, question):
                return i
        return None

    def next_unanswered(self) -> int | None:
        for i in range(len(self.questions)):
            if not self.answers_for(i):
                return i
        return None


def _same(a: Question, b: Question) -> bool:
    return (a.id is not None and a.id == b.id) or (
        a.id is None and b.id is None and a.text == b.text
    )


# ---------------------------------------------------------------- plans


def _check_count(count: int) -> int:
    if not 1 <= count <= MAX_QUESTION_COUNT:
        raise InputError(f"A session asks between 1 and {MAX_QUESTION_COUNT} questions.")
    return count


def _check_document(text: str | None, what: str) -> str | None:
    if text is None or not text.strip():
        return None
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(
            f"The {what} is {len(text):,} characters; the limit is {MAX_DOCUMENT_CHARS:,}."
        )
    from interview_coach.inputs import decode_text

    return decode_text(text.encode("utf-8", "replace"), f"The {what}").strip()  # no NUL, no junk


def job_families() -> list[str]:
    from interview_coach.questions.bank import JOB_FAMILIES

    return list(JOB_FAMILIES)


def seniorities() -> list[str]:
    from interview_coach.questions.vocabulary import SENIORITIES

    return list(SENIORITIES)


def build_plan(req: PlanRequest) -> Plan:
    """Questions for a session, fitted to the job family, seniority, job and résumé, by the
    interview planner (`questions.plan`); the candidate's own questions are left out."""
    from interview_coach.questions.bank import load_bank
    from interview_coach.questions.plan import build_plan as plan_interview
    from interview_coach.questions.safe_read import read_profiles_safely

    if req.count is not None:
        _check_count(req.count)
    if not MIN_MINUTES <= req.minutes <= MAX_MINUTES:
        raise InputError(f"A session lasts between {MIN_MINUTES} and {MAX_MINUTES} minutes.")
    jd = _check_document(req.jd_text, "job description")
    cv = _check_document(req.resume_text, "résumé")
    job, resume = read_profiles_safely(jd, cv)  # in a limited worker: the text is untrusted
    plan = plan_interview(
        job,
        resume,
        job_family=req.job_family or None,
        seniority=req.seniority or None,
        minutes=req.minutes,
        salary=req.salary,
        resume_text=cv,
    )
    bank = load_bank()
    questions: list[Question] = []
    why: list[str] = []
    for pq in plan.questions():
        if pq.category == "candidate_question":
            continue
        q = pq.question(bank)
        questions.append(q)
        why.append(pq.why)
    if req.count is not None:
        questions, why = questions[: req.count], why[: req.count]
    return Plan(
        questions=questions,
        why=why,
        title=plan.title,
        job_family=plan.job_family,
        seniority=plan.seniority,
        job=job,
    )


# The guided first session asks the question most interviews open with.
GUIDED_QUESTION = "open-intro-001"
GUIDED_WHY = (
    "Most interviews open with it, and it sets the tone: about a minute on who you are at work, "
    "how you got here and why this job is next."
)


def plan_from_ids(ids: list[str]) -> list[Question]:
    """Bank questions by id, in the order given (a plan the candidate already previewed)."""
    from interview_coach.questions.bank import load_bank

    bank = load_bank()
    out = []
    for qid in ids:
        try:
            out.append(bank.get(qid))
        except KeyError:
            raise InputError(f"No question {qid!r} in the question bank.") from None
    return out


# ---------------------------------------------------------------- the coach


def _own_page(mode: str, session_id: int) -> str | None:
    """The page of a session kept by its own service (a mock interview, a negotiation)."""
    if mode == INTERVIEW:
        return f"/interviews/{session_id}"
    if mode == NEGOTIATION:
        return f"/negotiations/{session_id}"
    return None


class Coach:
    """The app's long-lived state: settings and one shared Store (opened on first use)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Store | None = None
        self._interviews: Interviews | None = None
        self._negotiations: Negotiations | None = None
        self._lock = threading.Lock()
        self.remote: Remote | None = remote_for(settings)  # speech and PDFs on the workers

    @property
    def store(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = open_store(self.settings)
            return self._store

    @property
    def interviews(self) -> Interviews:
        """The staged mock interviews (the same service the CLI's `practice` runs)."""
        store = self.store
        with self._lock:
            if self._interviews is None or self._interviews.store is not store:
                self._interviews = Interviews(store)
            return self._interviews

    @property
    def negotiations(self) -> Negotiations:
        """Practice negotiations (the same recruiter the CLI's `negotiate` plays)."""
        store = self.store
        with self._lock:
            if self._negotiations is None or self._negotiations.store is not store:
                self._negotiations = Negotiations(store, Path(self.settings.home), self.settings)
            return self._negotiations

    def own_page(self, session_id: int) -> str | None:
        """Where a staged mock interview or a negotiation is seen (it has no plan of questions
        to sum up); None for a practice session, or one that does not exist."""
        try:
            mode = self.store.session_notes(session_id)[0]
        except StorageError as exc:  # no such session: the caller's own lookup says so
            if isinstance(exc, DatabaseAway):
                raise
            return None
        return _own_page(mode, session_id)

    def start_interview(self, req: PlanRequest) -> int:
        """Open a staged mock interview fitted to the job and résumé; its id."""
        if not MIN_MINUTES <= req.minutes <= MAX_MINUTES:
            raise InputError(f"A session lasts between {MIN_MINUTES} and {MAX_MINUTES} minutes.")
        if req.job_family and req.job_family not in job_families():
            raise InputError(f"No job family {req.job_family[:40]!r}; see /api/options.")
        if req.seniority and req.seniority not in seniorities():
            raise InputError(f"No seniority {req.seniority[:40]!r}; see /api/options.")
        options = InterviewOptions(
            job_description=_check_document(req.jd_text, "job description"),
            resume=_check_document(req.resume_text, "résumé"),
            job_family=req.job_family or None,
            seniority=req.seniority or None,
            minutes=req.minutes,
            salary=req.salary,
        )
        session_id, _turns = self.interviews.start(options)
        return session_id

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    # ------------------------------------------------------------ sessions

    def start_session(self, req: PlanRequest, question_ids: list[str] | None = None) -> SessionView:
        """Open a session with a plan (the ids previewed, or a fresh plan)."""
        plan = build_plan(req)
        questions, why = plan.questions, plan.why
        if question_ids:
            questions = plan_from_ids(question_ids)
            why = ["chosen by hand"] * len(questions)
        if not questions:
            raise InputError("No questions fit these choices; pick another job family.")
        _check_count(len(questions))
        store = self.store
        job_target_id = None
        jd = _check_document(req.jd_text, "job description")
        if jd is not None:
            job_target_id = store.save_job_target(
                jd, _check_document(req.resume_text, "résumé"), plan.job
            )
        kept = replace(plan, questions=questions, why=list(why))
        return self.session(start_planned_session(store, kept, job_target_id=job_target_id))

    def start_guided(self) -> SessionView:
        """The two-minute first session: the question most interviews open with, then its
        feedback and what to do next."""
        question = plan_from_ids([GUIDED_QUESTION])[0]
        kept = SavedPlan([question], [GUIDED_WHY], "First practice: one question", guided=True)
        return self.session(start_planned_session(self.store, kept))

    def session(self, session_id: int, *, with_answers: bool = True) -> SessionView:
        store = self.store
        try:
            row = store.session_row(session_id, with_answers=with_answers)
        except DatabaseAway:
            raise
        except StorageError:
            raise NotFound(f"No practice session {session_id}.") from None
        plan = session_plan(store, session_id) or SavedPlan([], [])
        target = row.job_target_id
        view = SessionView(
            id=session_id,
            started_at=row.started_at,
            finished_at=row.finished_at,
            job_target_id=target,
            job=store.job_profile(target) if target is not None else None,
            questions=plan.questions,
            job_family=plan.job_family,
            seniority=plan.seniority,
            title=plan.title,
            why=plan.why,
            guided=plan.guided,
        )
        view.answers = store.answers_by_id(list(row.answer_ids))
        return view

    def sessions(self, limit: int = 10, offset: int = 0) -> list[dict[str, object]]:
        """The newest sessions, with how many answers each has and their mean score, and the
        page each is seen on (`url`). A negotiation has no questions: its title is the job it
        is for and its `outcome` says how it ended, or "in progress"."""
        out: list[dict[str, object]] = []
        rows = self.store.recent_sessions(limit, offset)
        plans = plan_summaries(self.store, [r.id for r in rows])
        for r in rows:
            plan = plans.get(r.id, PlanSummary(0))
            item: dict[str, object] = {
                "id": r.id,
                "mode": r.mode,
                "url": _own_page(r.mode, r.id) or f"/sessions/{r.id}",
                "started_at": r.started_at,
                "finished_at": r.finished_at,
                "questions": plan.questions,
                "answers": r.answers,
                "mean_overall": round(r.mean_overall) if r.mean_overall is not None else None,
                "job_family": plan.job_family,
                "title": plan.title,
            }
            if r.mode == NEGOTIATION:
                item.update(self._negotiation_outline(r.id))
            out.append(item)
        return out

    def _negotiation_outline(self, session_id: int) -> dict[str, object]:
        """A negotiation's title and outcome for the list; one that cannot be replayed (damaged
        in the history) is still listed, by its number, rather than hiding the others."""
        try:
            brief = self.negotiations.outline(session_id)
        except DatabaseAway:
            raise
        except (StorageError, InputError):
            return {"title": None, "outcome": "cannot be read"}
        return {"title": brief["role"], "outcome": brief["outcome"]}

    def finish_session(self, session_id: int) -> SessionView:
        self.session(session_id, with_answers=False)  # 404 first
        self.store.finish_session(session_id)
        return self.session(session_id)

    def question(
        self,
        session_id: int,
        index: int,
        *,
        with_answers: bool = False,
        view: SessionView | None = None,
    ) -> tuple[SessionView, Question]:
        """A session's question (and the session, its answers only when asked for: a typed
        answer need not read every earlier one). `view` is the session if the caller has read
        it already."""
        if view is None:
            view = self.session(session_id, with_answers=with_answers)
        if not 0 <= index < len(view.questions):
            raise NotFound(f"Session {view.id} has no question {index + 1}.")
        return view, view.questions[index]

    # ------------------------------------------------------------ answers

    def answer(
        self,
        session_id: int,
        index: int,
        transcript: Transcript,
        *,
        audio_path: Path | None = None,
        view: SessionView | None = None,
    ) -> tuple[int, Feedback]:
        """Analyse an answer to a session's question and keep it; (answer id, feedback).

        Nothing is written unless the analysis succeeded: the answer, its question, audio
        reference and feedback go into the history in one transaction. `view` is the session
        if the caller has read it already.
        """
        from interview_coach.questions.answering import analyze_answer

        view, question = self.question(session_id, index, view=view)
        feedback = analyze_answer(question, transcript, view.job)
        answer_id = self.store.save_answer(
            feedback,
            transcript=transcript,
            question=question,
            audio_path=audio_path,
            session_id=session_id,
            job_target_id=view.job_target_id,
        )
        return answer_id, feedback

    def follow_up(
        self,
        session_id: int,
        index: int,
        feedback: Feedback,
        answer_id: int | None = None,
        view: SessionView | None = None,
    ) -> str | None:
        """What the mock interviewer would ask next about this answer, if anything.

        The rules are the interviewer engine's (`interviewer.followups`); a follow-up is not
        followed up again, so the room never loops, and a skill from the job description is
        probed only the first time an answer in the session mentions it. Asked once the answer
        is kept: a database dropping out now costs the suggestion, not the confirmation.
        """
        from interview_coach.interviewer.followups import probes_for

        try:
            view, question = self.question(session_id, index, view=view)
            if question.category == FOLLOW_UP:
                return None
            mentioned: frozenset[str] = frozenset()
            if view.job is not None:  # skills to probe come only from a job description
                ids = [i for i in self.store.session_row(session_id).answer_ids if i != answer_id]
                mentioned = frozenset(
                    c.term.lower()
                    for a in self.store.answers_by_id(ids)
                    if a.feedback and a.feedback.content.job_description
                    for c in a.feedback.content.job_description.covered
                )
        except DatabaseAway:
            return None
        probes = probes_for(question, feedback, job=view.job, probed_skills=mentioned)
        return probes[0].text if probes else None

    def add_follow_up(self, session_id: int, index: int, text: str) -> int:
        """Put a follow-up into the plan right after question `index`; its index."""
        from interview_coach.inputs import drop_unseen

        text = " ".join(drop_unseen(text).split())
        if not text or len(text) > 500:
            raise InputError("A follow-up question needs between 1 and 500 characters.")
        _view, parent = self.question(session_id, index)
        follow = Question(
            text=text,
            category=FOLLOW_UP,
            competencies=parent.competencies,
            min_seconds=15,
            max_seconds=60,
        )

        # Asked already (a page reloaded, a button pressed twice): nothing is added.
        insert_question(self.store, session_id, index + 1, follow, f"follow-up to: {parent.text}")
        return index + 1

    def typed_answer(
        self, session_id: int, index: int, text: str, view: SessionView | None = None
    ) -> tuple[int, Feedback]:
        from interview_coach.inputs import check_answer_text

        cleaned = check_answer_text(text, self.settings.max_answer_words)
        return self.answer(session_id, index, Transcript(text=cleaned), view=view)

    def get_answer(self, answer_id: int) -> AnswerRecord:
        try:
            return self.store.get_answer(answer_id)
        except (DamagedRecord, DatabaseAway):
            raise
        except StorageError as exc:
            raise NotFound(str(exc)) from exc
