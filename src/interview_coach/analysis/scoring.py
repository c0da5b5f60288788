"""Scores 0–100 from documented rules. Each rule that moves a score leaves a Factor with its
evidence, so the user can see why. The rules and weights are described in docs/scoring.md.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.analysis.delivery_score import score_delivery
from interview_coach.analysis.frames import SCENE_PARTS
from interview_coach.analysis.questions_back import score_questions_back
from interview_coach.analysis.spans import FACTOR_EVIDENCE, as_evidence
from interview_coach.analysis.structure import OTHER
from interview_coach.types import (
    Content,
    Delivery,
    Evidence,
    Factor,
    Frame,
    Judgement,
    Mark,
    Scores,
    Structure,
    plural,
)

# Area weights in the overall score. Listeners weigh how an answer is said about as much as
# what it says; the structure score adds little once content and the judgements are counted
# (near-zero partial correlation with outside grades; docs/scoring.md, "Overall").
WEIGHTS = {"delivery": 0.40, "structure": 0.25, "content": 0.35}

# Structure.
MISSING_PENALTY = {
    "situation": 12.0,
    "action": 35.0,
    "result": 25.0,
    "present": 15.0,
    "past": 15.0,
    "future": 20.0,
    "role": 15.0,
    "company": 20.0,
    "self": 20.0,
    "claim": 20.0,
    "evidence": 30.0,
    "impact": 20.0,
    "approach": 15.0,
    "steps": 30.0,
    "outcome": 8.0,
    "point": 30.0,
}
# The frame's rules about a story's result, set aside when the no_result judgement applies.
RESULT_RULES = frozenset(
    {"missing_result", "thin_result", "unquantified_result", "missing_outcome", "thin_outcome"}
)
THIN_PENALTY = 6.0
ORDER_PENALTY = 6.0
# A result told without a number is still a result: it is advice ("put a number on it"), not a
# cost, which had made a story with an unmeasured result score below the same story with none.
UNQUANTIFIED_RESULT_PENALTY = 0.0
LOW_ACTION_SHARE = 0.3  # STAR action below 30 % of the words
LOW_ACTION_PENALTY = 10.0
OTHER_SHARE_LIMIT = 0.35  # more than a third of the words outside the frame
OTHER_PENALTY = 10.0

# Content.
# Relevance to the question is not scored here: the embedding similarity does not track
# answer quality (docs/scoring.md); the off_question judgement decides instead.
CONTENT_POINTS = {
    "specifics": 40.0,
    "actions": 20.0,
    "ownership": 15.0,
    "reflection": 10.0,
    "outcomes": 10.0,
    "job": 15.0,
}
SPECIFIC_WEIGHT = {"metric": 1.0, "number": 0.6, "named": 0.5, "time_frame": 0.5}
# Specifics are credited by density, so a longer answer earns no more for the same facts:
# weighted specifics per 100 words, counted over at least the question's minimum length.
SPECIFICS_DENSITY_SCALE = 3.0  # per 100 words at which the credit reaches 63 %
SPECIFICS_MIN_WORDS = 40
# A specific told in the scene (situation, task) or outside the frame counts this much: the
# day, the street and the head count of the backdrop show less than a figure in what was done
# or achieved, and a result swapped for scene detail must not read as more concrete. On the
# dev graded sets the content score's partial correlation with the grade rose with it
# (outside coach 0.574 → 0.621, blind spoken 0.544 → 0.567); 0.25 and 0 rose further on
# content but not overall (docs/scoring.md, "Specifics").
SCENE_SPECIFIC_SHARE = 0.5
# A specific in a closing sentence that tells only the setting where a result belongs ("the
# factory had 40 operators on each shift", `result_probe.DETAIL_PROBE_MIN`) counts this much:
# on the dev pairs, with every close read, none (0.917 won) beat a quarter (0.916) or a half
# (0.915).
DETAIL_SPECIFIC_SHARE = 0.0
BACKGROUND_PARTS = SCENE_PARTS | {OTHER}
ACTIONS_SCALE = 2.0
# Results told: the first earns ~49 % of the outcome points, a second ~74 %, a third ~86 %.
OUTCOMES_SCALE = 1.5
# A result only the probe read (`analysis/result_probe.py`) counts as this share of one a
# pattern named: it also reads one in 5 % of closes that have none, and on the dev pairs a
# whole share won no more (0.915 against 0.915, with the setting's figures at half weight).
READ_RESULT_SHARE = 0.5

# Caps on the overall score for answers that fail outright.
MIN_WORDS_FOR_CREDIT = 15
TOO_SHORT_CAP = 30
# A success story told without a lesson: no fault (no_reflection is for failure stories, where
# the lesson is what is asked), but the line that lifts a good story to a strong one is
# missing. Per cent of the overall score, half of no_reflection's cost (docs/scoring.md).
LESSON_POLISH = 5.0

# What an overall score usually means, from the graded answers (docs/scoring.md).
BANDS = ((80, "strong"), (65, "good"), (50, "mixed"), (0, "weak"))
BAND_MEANING = {
    "strong": "80+: would usually advance",
    "good": "65–79: a solid answer; polish the points below",
    "mixed": "50–64: would not stand out; fix the first tip",
    "weak": "under 50: would usually not advance",
}


@dataclass(frozen=True)
class ScoringInput:
    frame: Frame
    word_count: int
    delivery: Delivery
    structure: Structure
    content: Content
    has_job: bool
    judgements: Sequence[Judgement] = ()
    # Questions asked back ("any questions for us?"): their content is the questions.
    questions_back: str | None = None
    # A story other than a failure, told without a lesson (`LESSON_POLISH`).
    lesson_wanted: bool = False
    # Closing sentences that tell only the setting (`result_probe.read_closing`): their
    # figures count as the scene's do.
    details: Sequence[tuple[int, int]] = ()


def _part_evidence(s: Structure, part: str) -> list[Evidence]:
    """The sentences labelled with one part of the frame, as evidence."""
    return [Evidence(start=x.start, end=x.end, text=x.text) for x in s.sentences if x.part == part]


def _clamp(v: float) -> int:
    return round(min(max(v, 0.0), 100.0))


def score_structure(
    s: Structure, words: int, set_aside: frozenset[str] = frozenset()
) -> tuple[float, list[Factor]]:
    """Structure score and the factors behind it, without the rules in `set_aside` (those a
    judgement already carries)."""
    f: list[Factor] = []
    has_support = any(x.part == "support" for x in s.sentences)
    for part in s.missing:
        if part == "point" and has_support:
            continue  # a direct answer that supports a point has one; its first line is it
        f.append(
            # Times the chance that it is missing: a reworded sentence read as another part
            # must not move the score by a whole part.
            Factor(
                area="structure",
                rule=f"missing_{part}",
                points=-MISSING_PENALTY.get(part, 15.0) * (1.0 - s.missing_nearest.get(part, 0.0)),
                detail=f"no {part} in the answer",
            )
        )
    for part in s.thin:
        ev = _part_evidence(s, part)
        f.append(
            Factor(
                area="structure",
                rule=f"thin_{part}",
                points=-THIN_PENALTY,
                detail=f"the {part} is only a few words",
                evidence=ev,
            )
        )
    if not s.in_order and len(s.sentences) > 2:
        f.append(
            Factor(
                area="structure",
                rule="order",
                points=-ORDER_PENALTY,
                detail="the parts come out of their natural order",
            )
        )
    if s.frame == Frame.STAR:
        if s.result_quantified is False and "result" not in s.missing:
            ev = _part_evidence(s, "result")
            f.append(
                Factor(
                    area="structure",
                    rule="unquantified_result",
                    points=-UNQUANTIFIED_RESULT_PENALTY or 0.0,  # advice: never "-0.0"
                    detail="the result has no number",
                    evidence=ev,
                )
            )
        share = s.proportions.get("action", 0.0)
        if "action" not in s.missing and share < LOW_ACTION_SHARE and words >= 40:
            f.append(
                Factor(
                    area="structure",
                    rule="low_action_share",
                    points=-LOW_ACTION_PENALTY,
                    detail=f"actions are {share:.0%} of the answer (aim for about 60 %)",
                )
            )
    other = s.proportions.get("other", 0.0)
    if other > OTHER_SHARE_LIMIT and words >= 20:
        ev = _part_evidence(s, "other")
        f.append(
            Factor(
                area="structure",
                rule="off_frame",
                points=-OTHER_PENALTY,
                detail=f"{other:.0%} of the answer does not serve the question",
                evidence=ev[:5],
            )
        )
    f = [x for x in f if x.rule not in set_aside]
    return 100.0 + sum(x.points for x in f), f


def _saturate(points: float, scale: float) -> float:
    """0–1, rising quickly at first and levelling off: 1 - e^(-points/scale)."""
    return 1.0 - math.exp(-max(points, 0.0) / scale)


def band(overall: int) -> str:
    """The band an overall score falls in (see BAND_MEANING)."""
    return next(name for floor, name in BANDS if overall >= floor)


def score_content(
    c: Content,
    confident: Sequence[Mark],
    has_job: bool,
    words: int,
    min_words: int,
    scene: Sequence[tuple[int, int]] = (),
    details: Sequence[tuple[int, int]] = (),
) -> tuple[float, list[Factor]]:
    """Content score: points earned for substance, ownership, reflection and job fit.
    `scene`: spans of the sentences that set the scene, whose specifics count for less;
    `details`: closing sentences that tell only the setting, whose specifics count less still."""
    pts = CONTENT_POINTS
    in_detail = [any(s <= m.start < e for s, e in details) for m in c.specifics]
    in_scene = [
        not d and any(s <= m.start < e for s, e in scene)
        for m, d in zip(c.specifics, in_detail, strict=True)
    ]
    weighted = sum(
        SPECIFIC_WEIGHT.get(m.kind, 0.5)
        * (DETAIL_SPECIFIC_SHARE if d else SCENE_SPECIFIC_SHARE if seen else 1.0)
        for m, seen, d in zip(c.specifics, in_scene, in_detail, strict=True)
    )
    scene_note = f", {sum(in_scene)} in the scene at half weight" if any(in_scene) else ""
    if any(in_detail):
        scene_note += f", {sum(in_detail)} not counted: the close tells only the setting"
    density = weighted * 100 / max(words, min_words, SPECIFICS_MIN_WORDS)
    own_share = c.ownership.i_share if c.ownership.i_share is not None else 0.5
    lessons = c.talking_points.get("lessons", [])
    outcomes = c.talking_points.get("outcomes", [])
    read = c.talking_points.get("results_read", [])
    told = len(outcomes) + READ_RESULT_SHARE * len(read)
    read_note = f", {plural(len(read), 'more')} read in the close at half weight" if read else ""
    # (rule, points earned, what was found, its evidence); a lesson or a result not told
    # earns nothing and is not listed.
    earned = [
        (
            "specifics",
            pts["specifics"] * _saturate(density, SPECIFICS_DENSITY_SCALE),
            f"{plural(len(c.specifics), 'specific')} (numbers, names, time frames)"
            f"{scene_note}, {density:.1f} per 100 words",
            as_evidence(c.specifics, FACTOR_EVIDENCE),
        ),
        (
            "actions",
            pts["actions"] * _saturate(len(confident), ACTIONS_SCALE),
            f"{plural(len(confident), 'first-person action verb')}",
            as_evidence(confident, FACTOR_EVIDENCE),
        ),
        (
            "ownership",
            pts["ownership"] * min(own_share / 0.7, 1.0),
            f"'I' {plural(c.ownership.i_count, 'time')}, 'we' "
            f"{plural(c.ownership.we_count, 'time')} in the actions",
            as_evidence(c.ownership.we_marks, FACTOR_EVIDENCE),
        ),
        (
            "reflection",
            pts["reflection"] if lessons else 0.0,
            "reflects on a lesson learned",
            as_evidence(lessons, 2),
        ),
        (
            "outcomes",
            pts["outcomes"] * _saturate(told, OUTCOMES_SCALE),
            f"{plural(len(outcomes), 'result')} told{read_note}",
            as_evidence([*outcomes, *read], FACTOR_EVIDENCE),
        ),
    ]
    f = [
        Factor(area="content", rule=rule, points=round(points, 1), detail=detail, evidence=ev)
        for rule, points, detail, ev in earned
        if points or rule not in ("reflection", "outcomes")
    ]
    total = sum(points for _, points, _, _ in earned)
    budget = sum(pts[rule] for rule, _, _, _ in earned)
    if has_job and c.job_description is not None:
        jd = c.job_description
        n = len(jd.covered) + len(jd.missing)
        share = min(len(jd.covered) / max(min(n, 4), 1), 1.0) if n else 0.0
        job = pts["job"] * share
        f.append(
            Factor(
                area="content",
                rule="job_coverage",
                points=round(job, 1),
                detail=f"mentions {len(jd.covered)} of the job's key skills",
                evidence=[e for cov in jd.covered for e in cov.evidence[:1]],
            )
        )
        total += job
        budget += pts["job"]
    return total / budget * 100.0, f


# Area weights turn a factor's points into overall points (a tip's expected gain).
AREA_WEIGHT = {**WEIGHTS, "judgement": 1.0, "overall": 1.0}


def overall_cost(factors: Sequence[Factor], *rules: str) -> float:
    """Overall points these rules took from the answer (area weights applied), which fixing
    them would win back."""
    return sum(
        -f.points * AREA_WEIGHT.get(f.area, 0.0)
        for f in factors
        if f.rule in rules and f.points < 0
    )


def score(inp: ScoringInput) -> tuple[Scores, list[Factor]]:
    """All four scores and the factors behind them.

    The overall score weighs delivery, structure and content, then each judgement (blame,
    humblebrag, off the question, …) takes its share of it: a hiring manager weighs those
    above polish, so they are not diluted by the area weights.
    """
    if inp.word_count == 0:
        return Scores(overall=0, delivery=0, structure=0, content=0, band="weak"), []
    d, fd = score_delivery(inp.delivery, inp.word_count)
    # The no_result judgement carries a missing result, with its cost and its tip; the frame's
    # own result rules would count it twice ("the result has no number" beside "no result").
    no_result = any(j.code == "no_result" for j in inp.judgements)
    s, fs = score_structure(
        inp.structure, inp.word_count, RESULT_RULES if no_result else frozenset()
    )
    # Figures quoted in a detour (the rambling judgement's sentences) are not the answer's
    # substance: a lab built in 1974 does not make a strength concrete.
    detour = [(e.start, e.end) for j in inp.judgements if j.code == "rambling" for e in j.evidence]
    content = inp.content
    if detour:
        kept = [m for m in content.specifics if not any(s <= m.start < e for s, e in detour)]
        content = content.model_copy(update={"specifics": kept})
    c, fc = score_content(
        content,
        inp.delivery.confident_language,
        inp.has_job,
        inp.word_count,
        inp.delivery.length.target_min_words,
        [(x.start, x.end) for x in inp.structure.sentences if x.part in BACKGROUND_PARTS],
        inp.details,
    )
    if inp.questions_back is not None:
        # Questions asked back are judged as questions, with their specifics at a share.
        given = next(f for f in fc if f.rule == "specifics")
        c, fc = score_questions_back(
            inp.questions_back, given, given.points / CONTENT_POINTS["specifics"]
        )
    d, s, c = _clamp(d), _clamp(s), _clamp(c)
    overall = WEIGHTS["delivery"] * d + WEIGHTS["structure"] * s + WEIGHTS["content"] * c
    factors = [*fd, *fs, *fc]
    costs = [("judgement", j.code, -j.points, j.title, j.evidence) for j in inp.judgements]
    if inp.lesson_wanted:
        last = [
            Evidence(start=x.start, end=x.end, text=x.text) for x in inp.structure.sentences[-1:]
        ]
        costs.append(("overall", "lesson", LESSON_POLISH, "No lesson or reflection", last))
    for area, rule, pct, detail, evidence in costs:
        # Each judgement takes its share of what the answer had earned (registry points are
        # per cent of a full score), so a weak answer is not driven below an empty one.
        lost = overall * pct / 100.0
        overall -= lost
        factors.append(
            Factor(area=area, rule=rule, points=-round(lost, 1), detail=detail, evidence=evidence)
        )
    if inp.word_count < MIN_WORDS_FOR_CREDIT and overall > TOO_SHORT_CAP:
        overall = TOO_SHORT_CAP
        factors.append(
            Factor(
                area="overall",
                rule="too_short_cap",
                points=0.0,
                detail=f"{inp.word_count} words is too little to judge; overall "
                f"capped at {TOO_SHORT_CAP}",
            )
        )
    total = _clamp(overall)
    return Scores(overall=total, delivery=d, structure=s, content=c, band=band(total)), factors
