"""Typed values that flow through the product.

Inputs to the analysis (Transcript, Question, JobProfile) and its output (Feedback) are
frozen pydantic models: they validate at the boundary, serialise to the JSON contract
(`docs/feedback.schema.json`) and are safe to share between threads.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ANALYZER_VERSION = "1.1.0"
FEEDBACK_SCHEMA_VERSION = "1.1"


class Frozen(BaseModel):
    """The base of every immutable value: unknown fields refused, nothing changed after."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Strict(BaseModel):
    """The base of values built up step by step (an interview's state, a report): unknown
    fields refused."""

    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- inputs


class Word(Frozen):
    """One recognised word with its time in the audio and its place in the transcript."""

    word: str
    start: float = Field(description="seconds from the start of the audio")
    end: float = Field(description="seconds from the start of the audio")
    char_start: int = Field(description="offset of the word in Transcript.text")
    char_end: int
    probability: float | None = None


class Pause(Frozen):
    """A silence measured from the audio itself (not from word timings)."""

    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


class Transcript(Frozen):
    """An answer as text, with word timings and measured silences when it came from audio."""

    text: str
    words: tuple[Word, ...] = ()
    duration_seconds: float | None = None
    pauses: tuple[Pause, ...] = ()
    speech_segments: tuple[Pause, ...] = Field(
        default=(), description="stretches of voice found by the VAD (start/end seconds)"
    )

    @property
    def has_timing(self) -> bool:
        return bool(self.words) and self.duration_seconds is not None

    def followed_by(self, other: Transcript) -> Transcript:
        """This answer with `other` (a reply to a follow-up) after it, as one answer.

        Times of the second part start where the first ends, so the interviewer's turn
        between them counts as neither speech nor pause; when only one part has timings the
        result is text alone, since half-timed text would skew the pace."""
        if not other.text.strip():
            return self
        if not self.text.strip():
            return other
        text = f"{self.text}\n{other.text}"
        if not (self.has_timing and other.has_timing):
            return Transcript(text=text)
        shift, offset = float(self.duration_seconds or 0.0), len(self.text) + 1
        words = (
            *self.words,
            *(
                w.model_copy(
                    update={
                        "start": w.start + shift,
                        "end": w.end + shift,
                        "char_start": w.char_start + offset,
                        "char_end": w.char_end + offset,
                    }
                )
                for w in other.words
            ),
        )

        def moved(spans: tuple[Pause, ...]) -> tuple[Pause, ...]:
            return tuple(Pause(start=p.start + shift, end=p.end + shift) for p in spans)

        return Transcript(
            text=text,
            words=words,
            duration_seconds=shift + float(other.duration_seconds or 0.0),
            pauses=(*self.pauses, *moved(other.pauses)),
            speech_segments=(*self.speech_segments, *moved(other.speech_segments)),
        )


class Frame(StrEnum):
    """How an answer to a question is best organised."""

    STAR = "star"  # behavioural: situation, task, action, result
    PRESENT_PAST_FUTURE = "present_past_future"  # tell me about yourself
    ROLE_COMPANY_SELF = "role_company_self"  # why this role / why us
    CLAIM_EVIDENCE = "claim_evidence"  # strengths and weaknesses: claim, example, impact
    HYPOTHETICAL = "hypothetical"  # situational: approach, steps, outcome
    DIRECT = "direct"  # technical, salary, logistics, closing: clear point first


# What each kind of question is called on screen. The bank's own kinds are
# `questions.vocabulary.CATEGORIES`; the room adds follow-ups and typed questions.
QUESTION_CATEGORY_LABELS: dict[str, str] = {
    "opening": "Opening",
    "behavioural": "Behavioural",
    "situational": "Situational",
    "motivation": "Motivation",
    "strengths_weaknesses": "Strengths and weaknesses",
    "role_specific": "Role-specific",
    "salary_logistics": "Pay and practicalities",
    "closing": "Closing",
    "resume": "Résumé",
    "follow_up": "Follow-up",
    "general": "General",
}


def category_label(category: str) -> str:
    """A question category as people read it ('role_specific' -> 'Role-specific')."""
    known = QUESTION_CATEGORY_LABELS.get(category)
    return known or category.replace("_", " ").capitalize()


# How each part of an answer's frame is named to people (the frames are analysis/frames.py).
PART_LABELS: dict[str, str] = {
    "situation": "Situation",
    "task": "Task",
    "action": "Action",
    "result": "Result",
    "present": "Present",
    "past": "Past",
    "future": "Future",
    "role": "Role",
    "company": "Company",
    "self": "You",
    "claim": "Claim",
    "evidence": "Evidence",
    "impact": "Impact",
    "approach": "Approach",
    "steps": "Steps",
    "outcome": "Outcome",
    "point": "Point",
    "support": "Support",
    "other": "Other",
}


def part_label(part: str) -> str:
    """A part as people read it ("self" is "You")."""
    return PART_LABELS.get(part, part.replace("_", " ").capitalize())


def plural(count: int, noun: str) -> str:
    """'1 specific', '3 specifics'."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


class Question(Frozen):
    """A practice question and what a good answer to it looks like."""

    id: str | None = None
    text: str
    category: str = "general"
    frame: Frame = Frame.DIRECT
    competencies: tuple[str, ...] = ()
    strong_answer: tuple[str, ...] = ()
    pitfalls: tuple[str, ...] = ()
    min_seconds: int = 30
    max_seconds: int = 120
    difficulty: str = "medium"
    seniority: tuple[str, ...] = ()
    job_families: tuple[str, ...] = ()
    manages_people: bool = Field(
        False, description="asks about people the candidate manages: only for jobs that lead"
    )
    follow_ups: tuple[str, ...] = ()
    matched_question: str | None = Field(
        None, description="the bank question whose rubric was borrowed for a free-text question"
    )
    match_score: float | None = Field(None, description="cosine similarity of that match (0–1)")


class Requirement(Frozen):
    """One thing a job description asks for, as written, with where it sits in the text."""

    text: str
    kind: Literal["required", "nice_to_have"] = "required"
    skills: tuple[str, ...] = Field((), description="gazetteer skills the requirement names")
    start: int = Field(0, description="character offset of the requirement in the document")
    end: int = 0


class Salary(Frozen):
    """A posted pay range."""

    min: float
    max: float
    currency: str = Field(description="ISO 4217 code, e.g. GBP")
    period: Literal["year", "month", "week", "day", "hour"]
    start: int = 0
    end: int = 0


class JobProfile(Frozen):
    """What a job description asks for (filled by `interview_coach.questions.profile`)."""

    title: str | None = None
    company: str | None = None
    seniority: str | None = None
    required_skills: tuple[str, ...] = ()
    nice_to_have_skills: tuple[str, ...] = ()
    responsibilities: tuple[str, ...] = ()
    competencies: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    job_family: str | None = Field(None, description="inferred from the title and skills")
    family_confidence: float = Field(0.0, ge=0.0, le=1.0, description="0 when no family fits")
    location: str | None = None
    work_model: str | None = Field(None, description="remote, hybrid or on-site, when stated")
    years_required: float | None = Field(None, description="fewest years a requirement asks")
    salary: Salary | None = None
    requirements: tuple[Requirement, ...] = ()


# ---------------------------------------------------------------- output


class Evidence(Frozen):
    """A stretch of the transcript behind a finding: character offsets, and seconds with audio."""

    start: int
    end: int
    text: str
    start_time: float | None = None
    end_time: float | None = None


class Mark(Evidence):
    """A marked phrase: a filler, hedge, repetition, self-correction, number, skill…"""

    kind: str = Field(description="sub-type, e.g. 'um', 'you know', 'restart', 'metric'")


class PaceWindow(Frozen):
    start: float
    end: float
    wpm: float


class PauseMark(Frozen):
    """A long silence placed between the words around it."""

    start_time: float
    end_time: float
    duration: float
    after_char: int = Field(description="offset in the transcript where the pause falls")
    before_word: str | None = None
    after_word: str | None = None


class Length(Frozen):
    word_count: int
    target_min_words: int
    target_max_words: int
    verdict: str = Field(description="too_short, short, good, long or too_long")


class Vocabulary(Frozen):
    unique_words: int
    type_token_ratio: float
    moving_average_ttr: float = Field(description="MATTR over 50-word windows; length-robust")


class Delivery(Frozen):
    fillers: list[Mark]
    hedges: list[Mark]
    confident_language: list[Mark]
    repetitions: list[Mark]
    self_corrections: list[Mark]
    fillers_per_100_words: float
    fillers_per_minute: float | None = None
    hedges_per_100_words: float
    wpm: float | None = None
    articulation_wpm: float | None = Field(None, description="words per minute of speaking time")
    pace: list[PaceWindow] = []
    long_pauses: list[PauseMark] = []
    speaking_seconds: float | None = None
    silence_seconds: float | None = None
    time_to_first_word: float | None = None
    length: Length
    vocabulary: Vocabulary


class Label(StrEnum):
    SITUATION = "situation"
    TASK = "task"
    ACTION = "action"
    RESULT = "result"
    OTHER = "other"


class Sentence(Frozen):
    text: str
    start: int
    end: int
    label: Label
    part: str = Field(description="the part of this question's frame the sentence serves")
    confidence: float
    start_time: float | None = None
    end_time: float | None = None


class Structure(Frozen):
    frame: Frame
    frame_parts: list[str] = Field(description="the parts this frame expects, in order")
    sentences: list[Sentence]
    missing: list[str] = Field(description="STAR labels (or frame parts) absent from the answer")
    missing_nearest: dict[str, float] = Field(
        default_factory=dict,
        description="for each missing part, the highest probability the sentence labeller gave "
        "it in any sentence: a near miss costs less",
    )
    thin: list[str] = Field(description="parts present but too brief to convince")
    proportions: dict[str, float] = Field(description="share of words per part")
    in_order: bool
    result_quantified: bool | None = None


class Coverage(Frozen):
    term: str
    evidence: list[Evidence]


class JobCoverage(Frozen):
    covered: list[Coverage]
    missing: list[str]


class Ownership(Frozen):
    i_count: int
    we_count: int
    i_share: float | None = Field(description="I / (I + we) in action sentences; null if neither")
    we_marks: list[Mark]


class Content(Frozen):
    relevance: float = Field(ge=0.0, le=1.0)
    relevance_label: str = Field(description="off_topic, loose, relevant or focused")
    specifics: list[Mark] = Field(description="numbers, metrics, named tools and time frames")
    specificity: float = Field(ge=0.0, le=1.0)
    ownership: Ownership
    talking_points: dict[str, list[Mark]] = Field(
        description="experience, skills, lessons, outcomes (results told), results_read "
        "(closing sentences the result probe reads as a result where no phrase names one) and "
        "interests mentioned"
    )
    job_description: JobCoverage | None = None


class Scores(Frozen):
    overall: int = Field(ge=0, le=100)
    delivery: int = Field(ge=0, le=100)
    structure: int = Field(ge=0, le=100)
    content: int = Field(ge=0, le=100)
    band: str | None = Field(
        None, description="what the overall score usually means: strong, good, mixed or weak"
    )


class Factor(Frozen):
    """One documented rule that moved a score, with the evidence that triggered it."""

    area: str
    rule: str
    points: float
    detail: str
    evidence: list[Evidence] = []


class Tip(Frozen):
    area: str
    priority: int = Field(description="1 is the most important")
    message: str
    evidence: list[Evidence]
    gain: float = Field(0.0, description="overall points this fix is expected to win back")


class Judgement(Frozen):
    """A hiring manager's verdict on one aspect of the answer (blame, humblebrag, …)."""

    code: str = Field(description="from the shared judgement registry (analysis/registry.py)")
    title: str = Field(description="the problem in plain words")
    points: float = Field(
        description="overall points this cost the answer (negative); for too_short and "
        "filler_heavy, the cost the delivery score already took, not charged again"
    )
    evidence: list[Evidence] = Field(description="the words that triggered it")
    tip: str = Field(description="how to fix it")


class RubricPoint(Frozen):
    point: str = Field(description="a strong-answer point or a pitfall, as the bank words it")
    evidence: list[Evidence] = Field(
        description="the sentence or words that meet it (none for a point met by what the "
        "answer leaves out, such as staying positive about a former employer)"
    )


class Rubric(Frozen):
    """The question's strong-answer points and pitfalls, checked against the answer."""

    question_type: str = Field(description="what kind of question this is, e.g. weakness")
    matched_question: str | None = Field(
        None, description="the bank question the rubric comes from (null: none close enough)"
    )
    match_score: float | None = Field(None, description="similarity of that match (0–1)")
    points_covered: list[RubricPoint] = Field(description="strong-answer points the answer makes")
    points_missing: list[str] = Field(description="strong-answer points it does not make")
    pitfalls_hit: list[RubricPoint] = Field(description="pitfalls it falls into")


class DiffOp(Frozen):
    op: str = Field(description="equal, delete or insert")
    text: str = Field(description="the words kept, removed or added")


class StrongerVersion(Frozen):
    """The user's own answer, edited (never invented): placeholders mark missing facts."""

    text: str = Field(description="the edited answer; [brackets] mark facts for you to add")
    diff: list[DiffOp] = Field(description="word-level edits from your answer to this one")


class RewritePart(Frozen):
    part: str
    sentences: list[str]
    placeholder: str | None = Field(None, description="what to add when the part is missing")


class Feedback(Frozen):
    """Everything the analysis found in one answer. See docs/feedback.schema.json."""

    schema_version: str = FEEDBACK_SCHEMA_VERSION
    analyzer_version: str = ANALYZER_VERSION
    question: str
    question_category: str
    transcript: str
    word_count: int
    duration_seconds: float | None
    delivery: Delivery
    structure: Structure
    content: Content
    scores: Scores
    score_breakdown: list[Factor]
    tips: list[Tip]
    rewrite: list[RewritePart]
    warnings: list[str] = []
    question_type: str | None = Field(
        None, description="what the question asks for: self_intro, behavioural, failure, …"
    )
    judgements: list[Judgement] = Field(
        default=[], description="a hiring manager's verdicts, costliest first"
    )
    rubric: Rubric | None = None
    strengths: list[Tip] = Field(default=[], description="what to keep doing (never a fix)")
    stronger_version: StrongerVersion | None = None
