"""The two judgements about how much was said rather than what: an answer too short to show
anything, and one heavy with fillers. Graders name both as issues of their own (the outside
coach's codes `too_short` and `filler_heavy`), so they are reported as judgements with their
evidence and tip; their cost is the one the delivery score already takes (the length curve,
the filler rate), so they never charge the answer twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview_coach.analysis.registry import RULES
from interview_coach.analysis.scoring import overall_cost
from interview_coach.analysis.spans import as_evidence
from interview_coach.norms import SPEAKING_RATE_WPM
from interview_coach.types import Delivery, Evidence, Factor, Judgement

# Under about twenty seconds of speech an answer rarely holds a point and a fact behind it.
SHORT_SECONDS = 20
SHORT_WORDS = round(SHORT_SECONDS * SPEAKING_RATE_WPM / 60)  # 43 at 130 words a minute
# Kinds where a short, direct answer is a whole one: a figure, a date, a yes with a condition.
DIRECT_KINDS = frozenset({"salary", "logistics"})
# Fillers in more than one word in twelve: heard in nearly every sentence, four times the rate
# the delivery score lets pass (delivery_score.FILLER_FREE_RATE).
HEAVY_FILLERS_PER_100 = 8.0
HEAVY_FILLERS_MIN = 5  # a couple of "um"s in a one-line answer is a rate, not a habit
FILLER_EVIDENCE = 8


def too_short(kind: str, delivery: Delivery) -> bool:
    """Whether the answer is too short for its question: under twenty seconds where the
    question's own budget asks for more (a figure or a date may be shorter), or under the
    length the question's budget calls far too short."""
    n, lo = delivery.length.word_count, delivery.length.target_min_words
    if n == 0:
        return False
    if delivery.length.verdict == "too_short":
        return True
    return kind not in DIRECT_KINDS and n < min(SHORT_WORDS, lo)


def filler_heavy(delivery: Delivery) -> bool:
    return (
        len(delivery.fillers) >= HEAVY_FILLERS_MIN
        and delivery.fillers_per_100_words >= HEAVY_FILLERS_PER_100
    )


def _cost(factors: Sequence[Factor], rule: str) -> float:
    """What the delivery score's rule took from the overall score (negative)."""
    return -round(overall_cost(factors, rule), 1)


def _judged(code: str, detail: str, points: float, evidence: list[Evidence]) -> Judgement:
    rule = RULES[code]
    return Judgement(
        code=code, title=f"{rule.title}: {detail}", points=points, evidence=evidence, tip=rule.tip
    )


def delivery_judgements(
    kind: str, delivery: Delivery, factors: Sequence[Factor]
) -> list[Judgement]:
    """`too_short` and `filler_heavy` where they apply, costed as the delivery score costs
    them."""
    out = []
    if too_short(kind, delivery):
        n, lo = delivery.length.word_count, delivery.length.target_min_words
        # No quote: the whole answer is the evidence, and the title gives its count.
        detail = f"{n} words, where this question needs at least {lo}"
        out.append(_judged("too_short", detail, _cost(factors, "length"), []))
    if filler_heavy(delivery):
        detail = f"{delivery.fillers_per_100_words:.0f} in every 100 words"
        fillers = as_evidence(delivery.fillers, FILLER_EVIDENCE)
        out.append(_judged("filler_heavy", detail, _cost(factors, "fillers"), fillers))
    return out
