"""The Store: every read and write of the history goes through here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from interview_coach.config import Settings, get_settings
from interview_coach.errors import DatabaseAway, StorageError
from interview_coach.store import db
from interview_coach.store.audio import resolve_audio, store_audio
from interview_coach.store.owner import scope_sessions
from interview_coach.store.tables import (
    Answer,
    FeedbackRow,
    JobTarget,
    PracticeSession,
    QuestionRow,
    utcnow,
)
from interview_coach.types import Feedback, Frame, JobProfile, Question, Transcript


def feedback_metrics(feedback: Feedback) -> dict[str, float | int | None]:
    """The numbers progress trends, taken from one Feedback (stored as indexed columns)."""
    structure = feedback.structure
    parts = list(structure.frame_parts)
    missing = set(structure.missing)
    # Share of the frame's parts present: S/T/A/R for behavioural questions.
    completeness = sum(1 for p in parts if p not in missing) / len(parts) if parts else 1.0
    jd = feedback.content.job_description
    jd_coverage = None
    if jd is not None and (jd.covered or jd.missing):
        jd_coverage = len(jd.covered) / (len(jd.covered) + len(jd.missing))
    d = feedback.delivery
    return {
        "overall": feedback.scores.overall,
        "delivery": feedback.scores.delivery,
        "structure": feedback.scores.structure,
        "content": feedback.scores.content,
        "word_count": feedback.word_count,
        "fillers_per_minute": d.fillers_per_minute,
        "fillers_per_100_words": d.fillers_per_100_words,
        "hedges_per_100_words": d.hedges_per_100_words,
        "wpm": d.wpm,
        "star_completeness": round(completeness, 4),
        "jd_coverage": None if jd_coverage is None else round(jd_coverage, 4),
    }


@dataclass(frozen=True)
class AnswerRecord:
    """A stored answer with its question and newest feedback."""

    id: int
    created_at: datetime
    question_id: int | None
    question: Question | None
    session_id: int | None
    job_target_id: int | None
    transcript: Transcript
    feedback: Feedback | None
    audio_path: Path | None
    audio_sha256: str | None
    damaged: str | None = None  # why the stored row could not be read; None when it is fine


@dataclass(frozen=True)
class SessionRow:
    """A practice session as stored, with its answers' ids (when asked for), how many it has
    and the mean of their newest overall scores."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    job_target_id: int | None
    mode: str
    notes: str | None
    answer_ids: tuple[int, ...] = ()
    answers: int = 0
    mean_overall: float | None = None


def _session_row(row: PracticeSession, **counts: Any) -> SessionRow:
    return SessionRow(
        id=row.id,
        started_at=row.started_at,
        finished_at=row.finished_at,
        job_target_id=row.job_target_id,
        mode=row.mode,
        notes=row.notes,
        **counts,
    )


def newest_analyses() -> Any:
    """The id of each answer's newest analysis, as a subquery (`.c.id`): re-analysis adds
    rows, and progress and session lists count an answer once, by its newest."""
    return (
        sa.select(sa.func.max(FeedbackRow.id).label("id"))
        .group_by(FeedbackRow.answer_id)
        .subquery()
    )


class DamagedRecord(StorageError):
    """A stored row that does not validate (e.g. from an old or hand-edited import)."""


class Store:
    """The history database and the data folder it belongs to."""

    def __init__(self, engine: Engine, home: Path, *, team: bool = False) -> None:
        self.engine = engine
        self.home = home
        self.team = team
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Reads on their own engine view, so SQLite begins them deferred (store/db.py).
        self._reads = sessionmaker(
            engine.execution_options(**{db.READ_ONLY: True}), expire_on_commit=False
        )
        if team:  # every query sees only the acting account's rows (store/owner.py)
            scope_sessions(self._sessions)
            scope_sessions(self._reads)

    # ------------------------------------------------------------ plumbing

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back."""
        try:
            with db.writer_turn(self.engine), self._sessions.begin() as session:
                yield session
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
            raise self._failed(exc, "written") from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only: it never takes the write lock, so pages and the API
        read while an answer is being saved. Nothing written in it is kept."""
        try:
            with self._reads() as session, session.begin():
                yield session
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
            raise self._failed(exc, "read") from exc

    def _failed(self, exc: sa.exc.DBAPIError, how: str) -> StorageError:
        if self.engine.dialect.name == "sqlite":  # a file: locked, full, or unreadable
            return StorageError(f"The history database cannot be {how}: {exc.orig}")
        # A server that went away or is restarting; the transaction was rolled back.
        return DatabaseAway(
            "The history database is not answering (it may be restarting). Nothing was "
            "saved by this step: please try again in a moment."
        )

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ job targets and sessions

    def save_job_target(
        self, jd_text: str, resume_text: str | None = None, profile: JobProfile | None = None
    ) -> int:
        """Keep a job description (and résumé, and the profile extracted from them)."""
        row = JobTarget(
            jd_text=jd_text,
            resume_text=resume_text,
            title=profile.title if profile else None,
            company=profile.company if profile else None,
            profile=profile.model_dump(mode="json") if profile else None,
        )
        with self.transaction() as s:
            s.add(row)
            s.flush()
            return row.id

    def job_profile(self, job_target_id: int | None = None) -> JobProfile | None:
        """The profile of a job target; the newest one when no id is given."""
        with self.reading() as s:
            q = sa.select(JobTarget)
            q = (
                q.where(JobTarget.id == job_target_id)
                if job_target_id is not None
                else q.order_by(JobTarget.id.desc()).limit(1)
            )
            row = s.scalars(q).first()
            if row is None or row.profile is None:
                return None
            profile = row.profile
        try:
            return JobProfile.model_validate(profile)
        except ValidationError:
            return None  # a damaged profile: the job is treated as unknown

    def start_session(
        self, *, job_target_id: int | None = None, mode: str = "practice", notes: str | None = None
    ) -> int:
        """Open a practice session; answers saved with its id are grouped under it."""
        row = PracticeSession(job_target_id=job_target_id, mode=mode, notes=notes)
        with self.transaction() as s:
            s.add(row)
            s.flush()
            return row.id

    def session_row(self, session_id: int, *, with_answers: bool = True) -> SessionRow:
        """One session, with the ids of its answers, oldest first (unless told not to)."""
        with self.reading() as s:
            row = s.get(PracticeSession, session_id)
            if row is None:
                raise StorageError(f"No practice session {session_id}.")
            ids: tuple[int, ...] = ()
            if with_answers:
                q = sa.select(Answer.id).where(Answer.session_id == session_id).order_by(Answer.id)
                ids = tuple(s.scalars(q))
            return _session_row(row, answer_ids=ids, answers=len(ids))

    def recent_sessions(
        self, limit: int = 10, offset: int = 0, *, mode: str | None = None
    ) -> list[SessionRow]:
        """The newest sessions first, each with its answer count and mean overall score, in
        one query (an answer analysed again counts once, with its newest analysis)."""
        newest = newest_analyses()
        per_session = (
            sa.select(
                Answer.session_id.label("sid"),
                sa.func.count(Answer.id).label("n"),
                sa.func.avg(FeedbackRow.overall).label("mean"),
            )
            .join(FeedbackRow, FeedbackRow.answer_id == Answer.id)
            .join(newest, newest.c.id == FeedbackRow.id)
            .group_by(Answer.session_id)
            .subquery()
        )
        q = (
            sa.select(PracticeSession, per_session.c.n, per_session.c.mean)
            .outerjoin(per_session, per_session.c.sid == PracticeSession.id)
            .where(PracticeSession.mode == mode if mode else sa.true())
            .order_by(PracticeSession.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self.reading() as s:
            return [
                _session_row(
                    r, answers=int(n or 0), mean_overall=float(mean) if mean is not None else None
                )
                for r, n, mean in s.execute(q)
            ]

    def session_notes(self, session_id: int) -> tuple[str, str | None]:
        """A session's mode and notes (a mock interview's or a negotiation's saved state)."""
        with self.reading() as s:
            row = s.get(PracticeSession, session_id)
            if row is None:
                raise StorageError(f"No practice session {session_id}.")
            return row.mode, row.notes

    def set_session_notes(self, session_id: int, notes: str) -> None:
        """Replace a session's notes (a mock interview saves its state here after each turn)."""
        with self.transaction() as s:
            row = s.get(PracticeSession, session_id)
            if row is None:
                raise StorageError(f"No practice session {session_id}.")
            row.notes = notes

    def finish_session(self, session_id: int) -> None:
        with self.transaction() as s:
            row = s.get(PracticeSession, session_id)
            if row is None:
                raise StorageError(f"No practice session {session_id}.")
            row.finished_at = utcnow()

    # ------------------------------------------------------------ questions and answers

    def _question_id(self, s: Session, question: Question) -> int:
        # The same question asked again maps to one row, so its history can be followed.
        q = sa.select(QuestionRow.id)
        if question.id:
            q = q.where(QuestionRow.bank_id == question.id)
        else:
            q = q.where(QuestionRow.bank_id.is_(None), QuestionRow.text == question.text)
        found = s.scalars(q.order_by(QuestionRow.id).limit(1)).first()
        if found is not None:
            return found
        row = QuestionRow(
            bank_id=question.id,
            text=question.text,
            category=question.category,
            frame=question.frame.value,
            data=question.model_dump(mode="json"),
        )
        s.add(row)
        s.flush()
        return row.id

    def save_answer(
        self,
        feedback: Feedback,
        *,
        transcript: Transcript,
        question: Question | None = None,
        audio_path: Path | None = None,
        session_id: int | None = None,
        job_target_id: int | None = None,
    ) -> int:
        """Keep an answer, its transcript, audio and feedback in one transaction; its id."""
        if question is None:
            frame = feedback.structure.frame
            question = Question(
                text=feedback.question,
                category=feedback.question_category,
                frame=frame if isinstance(frame, Frame) else Frame(frame),
            )
        audio = store_audio(self.home, Path(audio_path)) if audio_path is not None else None
        with self.transaction() as s:
            answer = Answer(
                session_id=session_id,
                question_id=self._question_id(s, question),
                job_target_id=job_target_id,
                text=transcript.text,
                transcript=transcript.model_dump(mode="json"),
                duration_seconds=transcript.duration_seconds,
                audio_path=audio[0] if audio else None,
                audio_sha256=audio[1] if audio else None,
                audio_bytes=audio[2] if audio else None,
            )
            s.add(answer)
            s.flush()
            s.add(feedback_row(answer.id, feedback))
            return answer.id

    def add_feedback(self, answer_id: int, feedback: Feedback) -> int:
        """Keep a new analysis of a stored answer (older analyses stay)."""
        with self.transaction() as s:
            if s.get(Answer, answer_id) is None:
                raise StorageError(f"No answer {answer_id} in the history.")
            row = feedback_row(answer_id, feedback)
            s.add(row)
            s.flush()
            return row.id

    def revise_answer(self, answer_id: int, transcript: Transcript, feedback: Feedback) -> int:
        """An answer grown by a reply to a follow-up: the new transcript replaces the old and
        its analysis is kept beside the earlier ones; the new analysis's id."""
        with self.transaction() as s:
            answer = s.get(Answer, answer_id)
            if answer is None:
                raise StorageError(f"No answer {answer_id} in the history.")
            answer.text = transcript.text
            answer.transcript = transcript.model_dump(mode="json")
            answer.duration_seconds = transcript.duration_seconds
            row = feedback_row(answer_id, feedback)
            s.add(row)
            s.flush()
            return row.id

    def get_answer(self, answer_id: int, *, allow_damaged: bool = False) -> AnswerRecord:
        """One answer; DamagedRecord when its stored data does not validate (unless allowed)."""
        with self.reading() as s:
            answer = s.get(Answer, answer_id)
            if answer is None:
                raise StorageError(f"No answer {answer_id} in the history.")
            record = self._record(s, answer)
        if record.damaged and not allow_damaged:
            raise DamagedRecord(
                f"Answer {answer_id} is damaged in the history ({record.damaged}) and is "
                "skipped; export, delete and re-import the history to clean it."
            )
        return record

    def answers(self, *, limit: int | None = None, offset: int = 0) -> list[AnswerRecord]:
        """Stored answers, oldest first (the newest `limit` when given, after skipping the
        newest `offset`: pages of history); damaged ones skipped."""
        with self.reading() as s:
            q = sa.select(Answer).order_by(Answer.created_at.desc(), Answer.id.desc())
            if limit is not None:
                q = q.limit(limit)
            if offset:
                q = q.offset(offset)
            rows = list(s.scalars(q))
            records = [self._record(s, a) for a in reversed(rows)]
        return [r for r in records if not r.damaged]

    def answers_by_id(self, ids: list[int]) -> list[AnswerRecord]:
        """These answers in the order given; missing and damaged ones skipped."""
        if not ids:
            return []
        with self.reading() as s:  # one transaction, one query for the rows
            rows = {a.id: a for a in s.scalars(sa.select(Answer).where(Answer.id.in_(ids)))}
            records = [self._record(s, rows[i]) for i in ids if i in rows]
        return [r for r in records if not r.damaged]

    def feedback_history(self, answer_id: int) -> list[Feedback]:
        """Every analysis of one answer, oldest first."""
        with self.reading() as s:
            q = sa.select(FeedbackRow.data).where(FeedbackRow.answer_id == answer_id)
            rows = list(s.scalars(q.order_by(FeedbackRow.id)))
        out = []
        for d in rows:
            try:
                out.append(Feedback.model_validate(d))
            except ValidationError:
                continue  # a damaged analysis is skipped, never shown half-read
        return out

    def _record(self, s: Session, answer: Answer) -> AnswerRecord:
        question_row = s.get(QuestionRow, answer.question_id) if answer.question_id else None
        fb = s.scalars(
            sa.select(FeedbackRow.data)
            .where(FeedbackRow.answer_id == answer.id)
            .order_by(FeedbackRow.id.desc())
            .limit(1)
        ).first()
        damaged: list[str] = []

        def read(model: type[Any], data: Any, what: str) -> Any:
            if data is None:
                return None
            try:
                return model.model_validate(data)
            except ValidationError:
                damaged.append(what)
                return None

        audio = None
        if answer.audio_path:
            try:
                audio = resolve_audio(self.home, answer.audio_path)
            except StorageError:
                damaged.append("audio path")
        transcript = read(Transcript, answer.transcript, "transcript")
        return AnswerRecord(
            id=answer.id,
            created_at=answer.created_at,
            question_id=answer.question_id,
            question=read(Question, question_row.data if question_row else None, "question"),
            session_id=answer.session_id,
            job_target_id=answer.job_target_id,
            transcript=transcript if transcript is not None else Transcript(text=""),
            feedback=read(Feedback, fb, "feedback"),
            audio_path=audio,
            audio_sha256=answer.audio_sha256,
            damaged=", ".join(damaged) or None,
        )


def feedback_row(answer_id: int, feedback: Feedback) -> FeedbackRow:
    return FeedbackRow(
        answer_id=answer_id,
        analyzer_version=feedback.analyzer_version,
        schema_version=feedback.schema_version,
        question_category=feedback.question_category,
        data=feedback.model_dump(mode="json"),
        **feedback_metrics(feedback),
    )


def open_store(settings: Settings | None = None) -> Store:
    """Open (creating and migrating on first use) the history described by the settings."""
    settings = settings or get_settings()
    engine = db.create_engine(db.database_url(settings))
    db.ensure_schema(engine)
    store = Store(engine, Path(settings.home), team=settings.team)
    if not settings.team:
        _refuse_team_database(store)
    return store


def _refuse_team_database(store: Store) -> None:
    """Personal mode has no sign-in and one history: on a database that holds team accounts
    it would show (and could delete) every account's practice, so it refuses to open it."""
    from interview_coach.store.tables import User

    with store.reading() as s:
        if s.scalar(sa.select(User.id).limit(1)) is not None:
            store.close()
            raise StorageError(
                "This history database holds team accounts: start the server with --team "
                "(or INTERVIEW_COACH_TEAM=1), so everyone signs in and sees only their own "
                "practice (docs/team.md)."
            )


def save_answer(
    feedback: Feedback,
    *,
    transcript: Transcript,
    question: Question | None = None,
    audio_path: Path | None = None,
    session_id: int | None = None,
    job_target_id: int | None = None,
    settings: Settings | None = None,
) -> int:
    """Keep one answer and its feedback in the history; returns the answer's id."""
    with open_store(settings) as store:
        return store.save_answer(
            feedback,
            transcript=transcript,
            question=question,
            audio_path=audio_path,
            session_id=session_id,
            job_target_id=job_target_id,
        )
