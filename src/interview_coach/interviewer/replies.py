"""What the interviewer says back: small talk, clarifications, acknowledgements that fit what
was said, and honest replies to the candidate's own questions.

Every function here is pure: it reads a reply, a question or a verdict and returns words.
The session (`session.py`) decides when each is said.
"""

from __future__ import annotations

import re

from interview_coach.analysis.kinds import question_kind
from interview_coach.analysis.registry import RULES
from interview_coach.interviewer import followups as fu
from interview_coach.types import Feedback, Question

# An answer at least this good, with no judgement against it, is thanked warmly; below it the
# thanks stay neutral, so "that's helpful" never follows a weak or off-topic answer.
WARM_ACK_SCORE = 75

SMALL_TALK_OPENER = "Before we start, how are you today?"
_ASKED_BACK = re.compile(r"\b(how are you|and you|yourself|how about you|you\?)", re.IGNORECASE)

_WARM = ("Thanks, that's helpful.", "Great, thank you.", "That's clear, thank you.")
_NEUTRAL = ("Thank you.", "Understood, thank you.", "Okay, thank you.")
_OFF = ("Okay.", "I see.", "Right.")
_ADDRESSED = ("Thanks, that's clearer.", "That helps, thank you.", "Good, thank you.")
_NOT_ADDRESSED = ("Okay.", "Thank you.", "I see.")

# What a question of each kind is asking for, said when the candidate asks what it means.
_CLARIFY_BY_KIND = {
    "self_intro": "Start with your current or most recent role, add one or two steps that "
    "explain how you got here, and finish with why this role is next. About two minutes is "
    "plenty.",
    "behavioural": "Any real example is fine: from work, study or volunteering. Pick one "
    "moment and tell me what you did yourself and how it turned out.",
    "failure": "Any real setback is fine, large or small. Tell me what happened, your own "
    "part in it, and what you do differently now.",
    "situational": "Tell me how you would handle it, step by step. If you have met something "
    "like it before, say what you did.",
    "technical": "Walk me through how you would approach it, as you would with a colleague. "
    "Your reasoning matters as much as the answer.",
    "strength": "Pick one or two strengths that matter for this role and back each with an "
    "example.",
    "weakness": "A real area you are working on, and what you are doing about it.",
    "motivation": "What draws you to this role and this employer in particular, and how it "
    "fits where you want to go.",
    "why_leaving": "What you are looking for next, rather than what you are leaving behind.",
    "salary": "The range you would be comfortable with, or how you would like to discuss it.",
    "logistics": "A short, factual answer is fine.",
    "closing": "Anything you would like to know about the role, the team or the next steps.",
}
_CLARIFY_DEFAULT = "Answer it from your own experience; one concrete example is plenty."
# What each follow-up is after, said when the candidate asks what it means: the structural
# probes' here, the judgements' in their registry entries.
_CLARIFY_BY_RULE = {
    fu.NO_RESULT: RULES["no_result"].clarify,
    fu.VAGUE: RULES["generic_claim"].clarify,
    fu.RAMBLING: RULES["rambling"].clarify,
    fu.OFF_TOPIC: RULES["off_question"].clarify,
    fu.WE_NOT_I: "I mean the decisions and actions that were yours rather than the team's.",
    fu.SKILL_DEPTH: "I mean what you built, decided or fixed with it yourself, and how often.",
    **{code: rule.clarify for code, rule in RULES.items() if rule.clarify},
}
_CHOICE = re.compile(r"\bor\b", re.IGNORECASE)


def _pick(options: tuple[str, ...], n: int) -> str:
    return options[n % len(options)]


def small_talk_reply(text: str) -> str:
    """A short, friendly answer to the candidate's small talk, before moving on."""
    if _ASKED_BACK.search(text):
        return "I'm well, thank you."
    if re.search(r"\b(good|fine|well|great|not bad|okay|ok)\b", text, re.IGNORECASE):
        return "Good to hear."
    if re.search(r"\b(happy|glad|pleased|excited|delighted)\b", text, re.IGNORECASE):
        return "Glad you could make it."
    if re.search(r"\b(meet|meeting)\b", text, re.IGNORECASE):
        return "Nice to meet you too."
    if re.search(r"\b(thanks|thank you)\b", text, re.IGNORECASE):
        return "You're welcome."
    return "Good to hear."


def clarification(question: Question, asked: str, *, rule: str | None = None) -> str:
    """What the interviewer means, for a candidate who asked (`asked`) before answering."""
    if rule is not None:
        body = _CLARIFY_BY_RULE.get(rule, _CLARIFY_DEFAULT)
    else:
        body = _CLARIFY_BY_KIND.get(question_kind(question), _CLARIFY_DEFAULT)
    if _CHOICE.search(asked):
        return f"Either is fine; choose whichever shows your experience best. {body}"
    return f"Good question. {body}"


def acknowledgement(feedback: Feedback | None, n: int) -> str:
    """Thanks that fit the answer: warm for a strong one, neutral otherwise, and never
    "that's helpful" after an answer that missed the question."""
    if feedback is None:
        return _pick(_NEUTRAL, n)
    codes = {j.code for j in feedback.judgements}
    if "off_question" in codes:
        return _pick(_OFF, n)
    if feedback.scores.overall >= WARM_ACK_SCORE and not codes:
        return _pick(_WARM, n)
    return _pick(_NEUTRAL, n)


def follow_up_acknowledgement(addressed: bool, n: int) -> str:
    """Thanks after a reply to a follow-up, by whether it gave what was asked."""
    return _pick(_ADDRESSED if addressed else _NOT_ADDRESSED, n)


_QUESTION_START = re.compile(
    r"^(what|how|who|when|where|why|which|is|are|do|does|did|can|could|would|will|should|"
    r"may|might|have|has|i was wondering|i'd like to know|tell me)\b",
    re.IGNORECASE,
)
# Honest replies to common candidate questions: the interviewer is a practice partner and
# cannot speak for a real employer, but can say why the question is worth asking.
_CANDIDATE_ANSWERS: tuple[tuple[str, str], ...] = (
    (
        r"success|first (30|60|90|few)|expect(ations)? of|measure",
        "Asking what success looks "
        "like early on is one of the strongest questions you can ask: in a real interview, note "
        "the measures they name and link them to your examples.",
    ),
    (
        r"team|colleague|manager|report to|work with",
        "Asking about the team shows you are "
        "thinking about working there, not just getting the offer. Listen for how they describe "
        "collaboration and support.",
    ),
    (
        r"challenge|difficult|hard|problem",
        "Asking about the challenges is a good sign of "
        "realism; in a real interview you can follow up with how you would help.",
    ),
    (
        r"next step|process|timeline|hear back|decision",
        "A fair question to end on. Real "
        "interviewers usually give a timeline; it's fine to ask for one.",
    ),
    (
        r"salary|pay|bonus|holiday|vacation|benefit|remote|hours",
        "That's a legitimate "
        "question; many candidates save pay and benefits for the recruiter or a later round.",
    ),
    (
        r"culture|values|like working|enjoy",
        "Asking what people enjoy about working there "
        "invites an honest answer and tells you a lot about the culture.",
    ),
)
_GENERIC_ANSWER = (
    "That's a good question to ask. As this is a practice interview I can't "
    "answer for a real employer, but questions about the work itself leave a "
    "good impression."
)


def is_question(text: str) -> bool:
    """Whether the candidate asked something (a question mark, or a question's first words)."""
    return "?" in text or bool(_QUESTION_START.search(text.strip()))


def answer_candidate(text: str) -> str:
    """The practice interviewer's honest reply to a candidate's question."""
    for pattern, answer in _CANDIDATE_ANSWERS:
        if re.search(pattern, text, re.IGNORECASE):
            return (
                "Good question. As this is a practice interview I can't speak for a real "
                "employer. " + answer
            )
    return _GENERIC_ANSWER
