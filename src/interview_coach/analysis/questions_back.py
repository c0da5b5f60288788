"""The content of an answer to "Do you have any questions for us?": what an interviewer
weighs there is the questions themselves (about the work, drawn from what the candidate read
or heard, with the reason for asking), not figures, action verbs or a result, which a good
set of questions has none of.
"""

from __future__ import annotations

import math

from interview_coach.analysis.answer_cues import asked, perks_question
from interview_coach.analysis.patterns import rx
from interview_coach.types import Evidence, Factor

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


def score_questions_back(text: str, specifics: Factor) -> tuple[float, list[Factor]]:
    """Content score (0–100) of questions asked back, and the factors behind it; `specifics`
    is the usual specifics factor, out of its own points (`CONTENT_POINTS`)."""
    work = [q for q in asked(text) if not perks_question(q)]
    earned = QUESTIONS_POINTS * (1.0 - math.exp(-len(work) / QUESTIONS_SCALE))
    factors = [
        specifics,
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
    return earned, factors


def _evidence(text: str, question: str) -> Evidence:
    start = max(text.find(question.strip()), 0)
    quoted = question.strip()
    return Evidence(start=start, end=start + len(quoted), text=quoted)
