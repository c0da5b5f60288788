"""Questions asked back ("Do you have any questions for us?"): which questions an answer
puts and which of them are about perks (read by the off-the-question rule and the stronger
version too), and the answer's content score. What an interviewer weighs there is the
questions themselves (about the work, drawn from what the candidate read or heard, with the
reason for asking), not figures, action verbs or a result, which a good set of questions has
none of.
"""

from __future__ import annotations

import math
import re

from interview_coach.analysis.answer_cues import PERKS, QUESTION_FORM, THE_WORK
from interview_coach.analysis.patterns import rx
from interview_coach.types import Evidence, Factor

# Where one question ends and the next begins inside a sentence ("when would I hear back and
# is there parking"), or, in speech written down without question marks, at a sentence's end
# or a comma before a question word ("how many days holiday is it, is there parking").
_NEXT_QUESTION = re.compile(
    r"\?|[.!;]\s+|\b(?:and|also|oh and)\s+(?:(?:um|uh|er|erm),?\s+)?(?=(?:is|are|do|does|can|"
    r"could|would|will|how|what|when|where|who|which)\b)|,\s+(?=(?:is|are|do|does|can|could|"
    r"would|will|how|what|when|where|who|which)\b)",
    re.IGNORECASE,
)


def asked(text: str) -> list[str]:
    """Each question `text` puts: up to a question mark, or in a question's word order."""
    out = []
    pieces = text.split("?")
    for k, piece in enumerate(pieces):
        parts = [p for p in _NEXT_QUESTION.split(piece) if p.strip()]
        for j, part in enumerate(parts):
            if QUESTION_FORM.search(part) or (k < len(pieces) - 1 and j == len(parts) - 1):
                out.append(part)
    return out


def perks_question(question: str) -> bool:
    """A question about what the job gives (holidays, parking, a bonus), not the work."""
    return bool(PERKS.search(question)) and not THE_WORK.search(question)


def asks_perks(sentence: str) -> bool:
    """A sentence putting a question about perks: quoted by the judgement, cut by the rewrite."""
    asks = "?" in sentence or bool(QUESTION_FORM.search(sentence))
    return asks and perks_question(sentence)


def perks_first(text: str) -> bool:
    """Whether the questions `text` puts ask about what the job gives and not the work: all of
    them, or two or more and more than those about the work."""
    questions = asked(text)
    perks = sum(perks_question(q) for q in questions)
    work = sum(bool(THE_WORK.search(q)) for q in questions)
    return perks > 0 and (work == 0 or (perks >= 2 and perks > work))


# Points of the content score, out of 100.
QUESTIONS_POINTS = 40.0  # questions about the work: two earn ~74 %, three ~86 %
QUESTIONS_SCALE = 1.5
REFERENCE_POINTS = 20.0  # one drawn from the advert, the interview or the employer's work
REASON_POINTS = 15.0  # why the candidate asks, which says what they care about
# What the candidate brings to a question (a dish that made a menu, a plan that grew from 150
# to 400 members) still counts, at the share the other kinds give their specifics.
SPECIFICS_POINTS = 25.0

# A question drawn from what the candidate read or heard: "you mentioned that analysts…",
# "the project description says…", "I read your annual report".
REFERENCE = rx(
    r"you (?:mentioned|said|described|talked about|explained)",
    r"(?:i|i've) (?:read|saw|seen|noticed|looked at|heard)",
    r"(?:the|your) (?:job|role|project|position) (?:description|advert|ad|spec|posting|listing)",
    r"(?:the|your) (?:advert|website|annual report|strategy|careers page|blog|report|paper|"
    r"papers|publication|evaluation)",
    r"(?:earlier|before) (?:you|we) (?:said|mentioned|talked|discussed)",
    r"(?:from|in) (?:our|the) (?:conversation|discussion|interview) (?:earlier|today|so far)",
)
# Why the candidate asks: "I'm asking because I'm thinking about a PhD".
REASON = rx(
    r"(?:i'm|i am) asking because",
    r"the reason i(?:'m| am)? ask(?:ing)?",
    r"i ask because",
    r"because i(?:'m| am|'d| would| want| hope| plan)",
    r"(?:that|this|it)(?:'s| is) (?:something|what) i(?:'m| am| really)? (?:care|interested|want)",
)


def score_questions_back(
    text: str, specifics: Factor, specifics_earned: float
) -> tuple[float, list[Factor]]:
    """Content score (0–100) of questions asked back, and the factors behind it. `specifics`
    is the usual specifics factor and `specifics_earned` the share (0–1) of its points it
    earned; here it is worth `SPECIFICS_POINTS`."""
    share = specifics_earned * SPECIFICS_POINTS
    work = [q for q in asked(text) if not perks_question(q)]
    earned = QUESTIONS_POINTS * (1.0 - math.exp(-len(work) / QUESTIONS_SCALE))
    factors = [
        specifics.model_copy(update={"points": round(share, 1)}),
        Factor(
            area="content",
            rule="questions_asked",
            points=round(earned, 1),
            detail=f"{len(work)} question{'s' if len(work) != 1 else ''} about the work",
            evidence=[_evidence(text, q) for q in work[:3]],
        ),
    ]
    for rule, pattern, points, detail in (
        ("questions_reference", REFERENCE, REFERENCE_POINTS, "drawn from what you read or heard"),
        ("questions_reason", REASON, REASON_POINTS, "says why you ask"),
    ):
        m = pattern.search(text)
        if m:
            ev = [Evidence(start=m.start(), end=m.end(), text=m.group())]
            factors.append(
                Factor(area="content", rule=rule, points=points, detail=detail, evidence=ev)
            )
            earned += points
    return earned + share, factors


def _evidence(text: str, question: str) -> Evidence:
    start = max(text.find(question.strip()), 0)
    quoted = question.strip()
    return Evidence(start=start, end=start + len(quoted), text=quoted)
