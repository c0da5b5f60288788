"""Serialisable values of a mock interview: options, turns, stages and the saved state.

Everything here is a pydantic model so the web app can keep a session between HTTP requests
as JSON (`InterviewSession.to_state()` / `from_state()`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from interview_coach.norms import SESSION_MINUTES
from interview_coach.types import Feedback, JobProfile, Question, Strict, Transcript

Speaker = Literal["interviewer", "candidate"]
Source = Literal["rules", "llm", "candidate"]

# Stage names in interview order.
STAGES: tuple[str, ...] = (
    "welcome",
    "opening",
    "resume",
    "behavioural",
    "role_specific",
    "motivation",
    "salary",
    "candidate_questions",
    "closing",
)

STAGE_TITLES: dict[str, str] = {
    "welcome": "Welcome",
    "opening": "Opening",
    "resume": "Résumé deep-dive",
    "behavioural": "Behavioural",
    "role_specific": "Role-specific",
    "motivation": "Motivation",
    "salary": "Pay and practicalities",
    "candidate_questions": "Your questions",
    "closing": "Closing",
}


class InterviewOptions(Strict):
    """What to build the interview from. Every field is optional."""

    job_description: str | None = Field(None, description="job description text")
    resume: str | None = Field(None, description="résumé text")
    job_family: str | None = Field(None, description="overrides the family read from the job")
    seniority: str | None = Field(None, description="entry, mid, senior or lead")
    minutes: int = Field(
        30, ge=SESSION_MINUTES[0], le=SESSION_MINUTES[1], description="planned length"
    )
    max_follow_ups: int = Field(2, ge=0, le=4, description="follow-ups per main question")
    use_llm: bool = Field(False, description="let the configured chat model phrase follow-ups")
    salary: bool | None = Field(
        None, description="ask about pay and practicalities (default: for 45 minutes or more)"
    )
    voice: bool = Field(False, description="answers come from audio (affects wording only)")


class Turn(Strict):
    """One thing said in the interview."""

    index: int
    speaker: Speaker
    text: str
    stage: str
    kind: str = Field(
        description="interviewer: welcome, question, follow_up, repeat, clarify, prompt, ack, "
        "redirect, answer_question, closing; candidate: small_talk, answer, follow_up_answer, "
        "repeat, clarify, skip, dont_know, silence, too_long, hostile, unclear, question, "
        "no_questions, end"
    )
    source: Source = "rules"
    follow_up_rule: str | None = Field(None, description="the rule that chose a follow-up")
    question_id: str | None = None
    seconds: float = Field(0.0, description="estimated (or measured) speaking time")


class FollowUp(Strict):
    """A follow-up asked about a main answer, and what the reply showed."""

    rule: str
    text: str
    source: Source = "rules"
    reply: str | None = None
    addressed: bool | None = None


class AnswerRecord(Strict):
    """A main question, the candidate's answer to it, its analysis and its follow-ups."""

    stage: str
    question: Question
    answer: str | None = Field(None, description="the answer with any replies to follow-ups")
    transcript: Transcript | None = Field(None, description="the same, with word timings")
    outcome: Literal["answered", "skipped", "dont_know", "silence", "hostile", "unclear"] = (
        "answered"
    )
    feedback: Feedback | None = None
    follow_ups: list[FollowUp] = []
    seconds: float = 0.0
    stored_answer_id: int | None = None


EventKind = Literal[
    "question_asked", "follow_up_asked", "answer_scored", "stage_changed", "finished"
]


class Event(Strict):
    """Something the engine did in one call, for its caller to keep or show: the engine
    itself writes nothing anywhere (`InterviewSession.take_events()`)."""

    kind: EventKind
    stage: str
    record: int | None = Field(None, description="index of the main question in `records`")
    text: str | None = Field(None, description="what was asked, for the asking events")


class StagePlan(Strict):
    """One stage of the interview with its time budget and the questions it may ask."""

    name: str
    budget_seconds: float
    questions: list[Question] = []


class SessionState(Strict):
    """Everything needed to carry on an interview later (JSON-serialisable)."""

    version: int = 1
    options: InterviewOptions
    job: JobProfile | None = None
    stages: list[StagePlan]
    stage_index: int = 0
    question_index: int = -1
    turns: list[Turn] = []
    records: list[AnswerRecord] = []
    elapsed_seconds: float = 0.0
    stage_elapsed: dict[str, float] = {}
    pending: str = Field(
        "answer",
        description="what the candidate's next reply is: small_talk, answer, follow_up, "
        "candidate_question, done",
    )
    pending_rules: list[str] = []
    strikes: dict[str, int] = Field(
        default_factory=dict, description="repeat/silence/dont_know/unclear counts this question"
    )
    hostile_count: int = 0
    probed_skills: list[str] = []
    covered_competencies: list[str] = []
    candidate_questions: list[str] = []
    finished: bool = False
    ended_early: bool = False
    # Where the caller keeps this interview (`practice.Interviews`); the engine never reads them.
    store_session_id: int | None = None
    job_target_id: int | None = None
