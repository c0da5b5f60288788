"""The delivery score: fillers, hedges, repeats, length, pace, pauses and vocabulary, each
rule leaving a Factor with its evidence (docs/scoring.md, "Delivery")."""

from __future__ import annotations

import math

from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.spans import FACTOR_EVIDENCE, as_evidence
from interview_coach.norms import PACE_BAND
from interview_coach.types import Delivery, Factor

FILLER_FREE_RATE = 2.0  # weighted fillers per 100 words that cost nothing (~fluent speech)
FILLER_POINTS_PER_RATE = 5.0  # points lost per weighted filler per 100 words above that
FILLER_MAX_PENALTY = 35.0
HEDGE_FREE_RATE = 1.0
HEDGE_POINTS_PER_RATE = 4.0
HEDGE_MAX_PENALTY = 20.0
REPEAT_POINTS = 2.0
REPEAT_MAX_PENALTY = 10.0
# Length costs delivery points on a smooth curve (never a cliff at a word count): nothing
# inside the question's target, rising with the relative shortfall or excess.
SHORT_MAX_PENALTY = 40.0  # an empty answer's cost; half the target words cost ~16
SHORT_CURVE = 1.3  # > 1: a small shortfall costs little, a large one a lot
LONG_MAX_PENALTY = 18.0
LONG_SCALE = 0.6  # excess (share of the top target) at which ~63 % of the long cost applies
PACE_TARGET = PACE_BAND  # words per minute, usual interview target
PACE_ACCEPTABLE = (110.0, 170.0)
PACE_BASE_POINTS = 5.0  # outside the acceptable band at all: a listener notices
PACE_POINTS_PER_WPM = 0.4  # and each word a minute further out costs more
PACE_MAX_PENALTY = 20.0
PAUSE_POINTS = 3.0  # per pause over PAUSE_LONG seconds
PAUSE_LONG = 3.0
PAUSE_MAX_PENALTY = 12.0
LOW_VOCABULARY_MATTR = 0.62
VOCABULARY_POINTS = 5.0
VOCABULARY_MIN_WORDS = 60  # the moving-average type-token ratio needs a few windows of words


def _over(rate: float, free: float, points_per_rate: float, most: float) -> float:
    """Points lost for a rate above what costs nothing, rising linearly up to `most`."""
    return min((rate - free) * points_per_rate, most) if rate > free else 0.0


def score_delivery(d: Delivery, words: int) -> tuple[float, list[Factor]]:
    """Delivery score and the factors behind it."""
    f: list[Factor] = []
    per100 = 100.0 / max(words, 25)
    weighted = sum(
        lx.FILLER_WEIGHT["vocal" if m.kind in lx.VOCAL_FILLERS else "verbal"] for m in d.fillers
    )
    pts = _over(weighted * per100, FILLER_FREE_RATE, FILLER_POINTS_PER_RATE, FILLER_MAX_PENALTY)
    if pts:
        f.append(
            Factor(
                area="delivery",
                rule="fillers",
                points=-round(pts, 1),
                detail=f"{len(d.fillers)} fillers, {d.fillers_per_100_words:.1f} per 100 words",
                evidence=as_evidence(d.fillers, FACTOR_EVIDENCE),
            )
        )
    pts = _over(len(d.hedges) * per100, HEDGE_FREE_RATE, HEDGE_POINTS_PER_RATE, HEDGE_MAX_PENALTY)
    if pts:
        f.append(
            Factor(
                area="delivery",
                rule="hedges",
                points=-round(pts, 1),
                detail=f"{len(d.hedges)} hedges",
                evidence=as_evidence(d.hedges, FACTOR_EVIDENCE),
            )
        )
    reps = [*d.repetitions, *d.self_corrections]
    if reps:
        pts = min(len(reps) * REPEAT_POINTS, REPEAT_MAX_PENALTY)
        f.append(
            Factor(
                area="delivery",
                rule="repetitions",
                points=-pts,
                detail=f"{len(reps)} repeats or restarts",
                evidence=as_evidence(reps, FACTOR_EVIDENCE),
            )
        )
    lp = length_penalty(d.length.word_count, d.length.target_min_words, d.length.target_max_words)
    if lp >= 0.5:
        f.append(
            Factor(
                area="delivery",
                rule="length",
                points=-round(lp, 1),
                detail=f"{d.length.word_count} words; this question calls for "
                f"{d.length.target_min_words}–{d.length.target_max_words}",
            )
        )
    if d.wpm is not None:
        lo, hi = PACE_ACCEPTABLE
        if d.wpm < lo or d.wpm > hi:
            off = (lo - d.wpm) if d.wpm < lo else (d.wpm - hi)
            pts = min(PACE_BASE_POINTS + off * PACE_POINTS_PER_WPM, PACE_MAX_PENALTY)
            f.append(
                Factor(
                    area="delivery",
                    rule="pace",
                    points=-round(pts, 1),
                    detail=f"{d.wpm:.0f} words per minute (aim for "
                    f"{PACE_TARGET[0]:.0f}–{PACE_TARGET[1]:.0f})",
                )
            )
    long = [p for p in d.long_pauses if p.duration >= PAUSE_LONG]
    if long:
        pts = min(len(long) * PAUSE_POINTS, PAUSE_MAX_PENALTY)
        f.append(
            Factor(
                area="delivery",
                rule="long_pauses",
                points=-pts,
                detail=f"{len(long)} silences over {PAUSE_LONG:.0f} s",
            )
        )
    if words >= VOCABULARY_MIN_WORDS and d.vocabulary.moving_average_ttr < LOW_VOCABULARY_MATTR:
        f.append(
            Factor(
                area="delivery",
                rule="vocabulary",
                points=-VOCABULARY_POINTS,
                detail=f"varied vocabulary {d.vocabulary.moving_average_ttr:.2f} "
                f"(MATTR; {LOW_VOCABULARY_MATTR} or more reads as varied)",
            )
        )
    return 100.0 + sum(x.points for x in f), f


def length_penalty(words: int, lo: int, hi: int) -> float:
    """Delivery points lost for length: 0 inside the target, smooth and rising outside it."""
    if words < lo:
        return SHORT_MAX_PENALTY * ((lo - words) / max(lo, 1)) ** SHORT_CURVE
    if words > hi:
        return LONG_MAX_PENALTY * (1.0 - math.exp(-(words - hi) / max(hi, 1) / LONG_SCALE))
    return 0.0
