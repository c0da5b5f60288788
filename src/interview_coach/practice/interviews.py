"""Mock interviews kept between turns: start, reply, end, read back.

The staged engine (`interviewer.session.InterviewSession`) holds an interview's whole state
in one pydantic model; this service loads it from the session's notes in the Store, lets the
engine take one turn, keeps what the engine's events report (answers scored, the end) and
saves the state again in the same call, so any number of requests (or a restarted server)
carry the same interview on. The engine itself writes nothing. One lock per interview keeps
two replies to the same interview from overwriting each other. Rendering is left to the
caller: the report is `reports.interview.build_report(service.state(id))`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError

from interview_coach.errors import InputError, StorageError
from interview_coach.inputs import decode_text
from interview_coach.interviewer.models import InterviewOptions, SessionState, Turn
from interview_coach.interviewer.session import InterviewSession
from interview_coach.practice.locks import SessionLocks
from interview_coach.practice.notes import read_notes, write_notes
from interview_coach.store import Store
from interview_coach.store.repository import DamagedRecord
from interview_coach.types import Transcript

# A session's mode and the tag on its notes: a mock interview's state, never misread as a plan.
MODE = "interview"
TAG = "interview-coach/interview@1"
# The longest reply accepted from a typed box (words): a two-minute answer is about 260
# words, and the engine itself asks a candidate past 400 words to wrap up.
MAX_REPLY_WORDS = 1_500
MAX_REPLY_CHARS = 20_000  # the same limit for the pages as for the API

T = TypeVar("T")


class InterviewNotFound(StorageError):
    """No mock interview with that id (HTTP 404)."""


class Interviews:
    """Mock interviews kept in one Store, or in memory only (`store=None`: nothing saved)."""

    def __init__(self, store: Store | None) -> None:
        self.store = store
        self._memory: dict[int, SessionState] = {}
        self._locks = SessionLocks()

    # ------------------------------------------------------------ the public steps

    def start(self, options: InterviewOptions) -> tuple[int, list[Turn]]:
        """Plan and open an interview; its id and the interviewer's first turns."""
        session = InterviewSession.start(options)
        state = session.state
        if self.store is None:  # not saved: numbered in memory
            session_id = len(self._memory) + 1
        else:
            if options.job_description:
                state.job_target_id = self.store.save_job_target(
                    options.job_description, options.resume, state.job
                )
            session_id = self.store.start_session(job_target_id=state.job_target_id, mode=MODE)
            state.store_session_id = session_id
        self._keep(session)
        self._save(session_id, state)
        return session_id, list(session.turns)

    def reply(self, session_id: int, answer: str | Transcript) -> list[Turn]:
        """The candidate's reply (typed text, or a Transcript from audio); the interviewer's
        turns, the candidate's own first. An empty reply is a silence."""
        if isinstance(answer, str):
            answer = check_reply(answer)

        def step(session: InterviewSession) -> list[Turn]:
            if session.finished:  # said after the end: refused, not silently dropped
                raise InputError("This interview has ended; its report is ready.")
            return session.reply(answer)

        return self._turn(session_id, step)

    def end(self, session_id: int) -> list[Turn]:
        """End the interview now, politely."""
        return self._turn(session_id, lambda s: s.end())

    def state(self, session_id: int) -> SessionState:
        """Everything said so far and every answer's analysis."""
        return self._load(session_id)

    def session(self, session_id: int) -> InterviewSession:
        """A detached copy of the engine, to read (its `llm` phrases the report's draft);
        replies go through `reply`, so they are kept."""
        return InterviewSession.from_state(self._load(session_id))

    # ------------------------------------------------------------ internals

    def _turn(self, session_id: int, step: Callable[[InterviewSession], T]) -> T:
        with self._locks.hold(session_id):
            state = self._load(session_id)
            session = InterviewSession.from_state(state)
            out = step(session)
            self._keep(session)
            self._save(session_id, session.state)
            return out

    def _keep(self, session: InterviewSession) -> None:
        """Save what the engine's events report: each scored answer (revised in place when a
        reply to a follow-up joins it) and the end of the interview."""
        events = session.take_events()
        if self.store is None:
            return
        state = session.state
        scored = {e.record for e in events if e.kind == "answer_scored"}  # the latest counts
        for index in sorted(i for i in scored if i is not None):
            rec = state.records[index]
            if rec.feedback is None or rec.transcript is None:
                continue
            if rec.stored_answer_id is None:
                rec.stored_answer_id = self.store.save_answer(
                    rec.feedback,
                    transcript=rec.transcript,
                    question=rec.question,
                    session_id=state.store_session_id,
                    job_target_id=state.job_target_id,
                )
            else:
                self.store.revise_answer(rec.stored_answer_id, rec.transcript, rec.feedback)
        if any(e.kind == "finished" for e in events) and state.store_session_id is not None:
            self.store.finish_session(state.store_session_id)

    def _load(self, session_id: int) -> SessionState:
        if self.store is None:
            if session_id not in self._memory:
                raise InterviewNotFound(f"No mock interview {session_id}.")
            return self._memory[session_id].model_copy(deep=True)
        doc = read_notes(self.store, session_id, mode=MODE, tag=TAG, what="mock interview",
                         missing=InterviewNotFound)  # fmt: skip
        try:
            if doc is None:
                raise ValueError("not a saved interview")
            return SessionState.model_validate(doc["state"])
        except (ValueError, KeyError, TypeError, ValidationError):
            raise DamagedRecord(
                f"Mock interview {session_id} is damaged in the history and cannot continue."
            ) from None

    def _save(self, session_id: int, state: SessionState) -> None:
        if self.store is None:
            self._memory[session_id] = state.model_copy(deep=True)
            return
        write_notes(self.store, session_id, TAG, state=state.model_dump(mode="json"))


def check_reply(text: str, max_words: int = MAX_REPLY_WORDS) -> str:
    """A typed reply as the engine should hear it, or InputError for what no candidate says:
    binary junk or a wall of text. Empty is a silence, and gibberish or another language
    gets the interviewer's own "I didn't follow"."""
    if len(text) > MAX_REPLY_CHARS:
        raise InputError(f"The reply is over {MAX_REPLY_CHARS:,} characters.")
    text = decode_text(text.encode("utf-8", "replace"), "The reply")
    if len(text.split()) > max_words:
        raise InputError(
            f"The reply has {len(text.split()):,} words; the limit is {max_words:,}. Spoken "
            "answers are usually under 400 words."
        )
    return text.strip()
