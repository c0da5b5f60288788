"""Tips: up to five things to change, each quoting its evidence and its expected gain, and
separately the strengths to keep."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from interview_coach.analysis.delivery import LONG_VERDICTS, SHORT_VERDICTS
from interview_coach.analysis.frame_advice import (
    CONCRETE_ADVICE,
    CONCRETE_DEFAULT,
    PLACEHOLDERS,
    length_advice,
)
from interview_coach.analysis.frames import FRAMES
from interview_coach.analysis.registry import (
    DELIVERY_CODES,
    LESSON_AS_POLISH,
    fault_reach,
)
from interview_coach.analysis.scoring import WEIGHTS, overall_cost
from interview_coach.analysis.spans import as_evidence, clear_of, sentences_at
from interview_coach.norms import PACE_BAND
from interview_coach.types import (
    Content,
    Delivery,
    Evidence,
    Factor,
    Frame,
    Judgement,
    Mark,
    RewritePart,
    Structure,
    Tip,
    plural,
)

MAX_TIPS = 5
TIP_EVIDENCE = 6  # spans quoted per tip at most


def _display(phrase: str) -> str:
    """A lower-cased phrase as it should read in a tip: the pronoun "I" capitalised."""
    return " ".join("I" + w[1:] if w == "i" or w.startswith("i'") else w for w in phrase.split())


def _counts(marks: Sequence[Mark]) -> str:
    """ "'um' ×3, 'I think'": the commonest phrases with their counts."""
    c = Counter(m.text.lower() for m in marks)
    return ", ".join(
        f"'{_display(k)}' ×{v}" if v > 1 else f"'{_display(k)}'" for k, v in c.most_common(4)
    )


def _points(factors: Sequence[Factor], rule: str) -> float:
    return -sum(f.points for f in factors if f.rule == rule)


MIN_GAIN = 3.0  # overall points below which an issue is not worth a tip
# Tips that say the same thing as a judgement give way to it (its tip is more precise).
_SUPERSEDED_BY = {
    "missing_result": "no_result",
    "unquantified_result": "no_result",
    "concrete": "generic_claim",
    "length_long": "rambling",
    "low_action_share": "rambling",
}


def _quote(ev: Sequence[Evidence]) -> str:
    if not ev:
        return ""
    text = ev[0].text.strip()
    if len(text) > 90:
        text = text[:87].rsplit(" ", 1)[0] + "…"
    return f" (“{text}”)"


# "One day", "one night": how a story opens, not a figure that makes it credible.
_STORY_OPENER = re.compile(
    r"^(?:one|a|an) (?:day|time|night|morning|afternoon|evening|week|shift)$", re.IGNORECASE
)


def make_tips(
    frame: Frame,
    delivery: Delivery,
    structure: Structure,
    content: Content,
    factors: Sequence[Factor],
    judgements: Sequence[Judgement] = (),
    kind: str = "",
) -> list[Tip]:
    """The fixes worth making, ordered by the overall points each is expected to win back.

    Praise never appears here (see `make_strengths`), and tips that would contradict each
    other are not given together: a long answer is never told a part is too thin, nor a
    rambling one that it is too brief.
    """
    cands: dict[str, tuple[float, Tip]] = {}

    def add(key: str, gain: float, area: str, message: str, evidence: list[Evidence]) -> None:
        tip = Tip(area=area, priority=0, message=message, evidence=evidence, gain=round(gain, 1))
        cands[key] = (gain, tip)

    codes = {j.code for j in judgements}
    for j in judgements:
        if j.code in DELIVERY_CODES:
            continue  # the length and filler tips below say it with the counts
        add(j.code, -j.points, "content", f"{j.title}{_quote(j.evidence)}. {j.tip}", j.evidence)

    verdict = delivery.length.verdict
    sentences = structure.sentences
    # A rambling answer that is also short is told to cut the background and get to what was
    # done; "too brief" beside "the point is buried" would read as a contradiction.
    if verdict in SHORT_VERDICTS and "rambling" not in codes:
        lo = delivery.length.target_min_words
        add(
            "length_short",
            overall_cost(factors, "length"),
            "delivery",
            f"At {delivery.length.word_count} words the answer is too brief to convince: aim "
            f"for at least {lo} words with {length_advice(frame, kind)[0]}.",
            [],
        )
    elif verdict in LONG_VERDICTS:
        hi = delivery.length.target_max_words
        add(
            "length_long",
            overall_cost(factors, "length"),
            "delivery",
            f"At {delivery.length.word_count} words the answer runs long: keep it under about "
            f"{hi} words by {length_advice(frame, kind)[1]}.",
            as_evidence(sentences[:1], TIP_EVIDENCE),
        )

    if "off_question" not in codes:
        for part in structure.missing:
            placeholder = PLACEHOLDERS.get(part, "")
            if part == "result":
                msg = (
                    "Your answer has no result: end with what changed because of you, ideally "
                    "with a number (time saved, % improved, customers kept)."
                )
            elif part == "action":
                msg = (
                    "Your answer does not say what you did. Describe your own steps: 'I "
                    "called…, I set up…, I decided…'."
                )
            else:
                # "[Future: what you want next…]": the part's name, then what to say in it.
                label, _, body = placeholder.strip("[]").partition(": ")
                msg = f"Your answer has no {label.lower() or part} part. Add it: {body}"
            add(f"missing_{part}", overall_cost(factors, f"missing_{part}"), "structure", msg, [])
    if verdict not in LONG_VERDICTS:
        for part in structure.thin:
            ev = [s for s in sentences if s.part == part]
            words = sum(len(s.text.split()) for s in ev)
            add(
                f"thin_{part}",
                overall_cost(factors, f"thin_{part}"),
                "structure",
                f"The {part} is very thin ({plural(words, 'word')}): give it a sentence more.",
                as_evidence(ev, TIP_EVIDENCE),
            )
    if overall_cost(factors, "unquantified_result"):
        ev = [s for s in sentences if s.part == "result"]
        add(
            "unquantified_result",
            overall_cost(factors, "unquantified_result"),
            "structure",
            "Put a number on your result: how much time, money, errors or customers did it "
            "change? A measured result is far more convincing.",
            as_evidence(ev, TIP_EVIDENCE),
        )
    if overall_cost(factors, "low_action_share"):
        add(
            "low_action_share",
            overall_cost(factors, "low_action_share"),
            "structure",
            f"Only {structure.proportions.get('action', 0):.0%} of your answer describes what "
            "you did. Spend less on background and more on your actions (about 60 %).",
            as_evidence([s for s in sentences if s.part == "situation"][:2], TIP_EVIDENCE),
        )

    we = content.ownership
    if we.we_count >= 3 and (we.i_share or 0) < 0.5:
        add(
            "ownership",
            overall_cost(factors, "ownership") + WEIGHTS["content"] * 15 * (1 - (we.i_share or 0)),
            "content",
            f"You said 'we' {we.we_count} times while describing the actions: say what you "
            "did yourself.",
            as_evidence(we.we_marks, TIP_EVIDENCE),
        )
    if delivery.fillers and overall_cost(factors, "fillers"):
        add(
            "fillers",
            overall_cost(factors, "fillers"),
            "delivery",
            f"You used {plural(len(delivery.fillers), 'filler word')} "
            f"({_counts(delivery.fillers)}). Pause silently instead; a short pause sounds "
            "confident.",
            as_evidence(delivery.fillers, TIP_EVIDENCE),
        )
    if delivery.hedges and overall_cost(factors, "hedges"):
        add(
            "hedges",
            overall_cost(factors, "hedges"),
            "delivery",
            f"Hedges like {_counts(delivery.hedges)} weaken your claims: state what you did "
            "and what happened plainly.",
            as_evidence(delivery.hedges, TIP_EVIDENCE),
        )
    reps = [*delivery.repetitions, *delivery.self_corrections]
    if len(reps) >= 2:
        add(
            "repetitions",
            overall_cost(factors, "repetitions"),
            "delivery",
            f"You restarted or repeated yourself {len(reps)} times. Take a breath before "
            "each point so it comes out once.",
            as_evidence(reps, TIP_EVIDENCE),
        )
    if overall_cost(factors, "pace"):
        wpm = delivery.wpm or 0
        lo, hi = PACE_BAND
        advice = "slow down" if wpm > hi else "pick up the pace a little"
        add(
            "pace",
            overall_cost(factors, "pace"),
            "delivery",
            f"You spoke at {wpm:.0f} words per minute: {advice} ({lo:.0f}–{hi:.0f} is easy "
            "to follow).",
            [],
        )
    if overall_cost(factors, "long_pauses"):
        pauses = ", ".join(
            f"{p.duration:.0f} s after '{p.before_word}'" for p in delivery.long_pauses[:3]
        )
        add(
            "long_pauses",
            overall_cost(factors, "long_pauses"),
            "delivery",
            f"Long silences ({pauses}) break the flow: plan the structure before you start.",
            [],
        )
    # (Questions asked back are judged as questions: a figure in them is no better.)
    questions_back = any(f.rule == "questions_asked" for f in factors)
    if content.specificity < 0.4 and delivery.length.word_count >= 30 and not questions_back:
        add(
            "concrete",
            WEIGHTS["content"] * 40 * (0.4 - content.specificity),
            "content",
            f"Make it concrete: {CONCRETE_ADVICE.get(frame, CONCRETE_DEFAULT)}.",
            as_evidence(sentences[:1], TIP_EVIDENCE),
        )
    if overall_cost(factors, "lesson"):
        add(
            "lesson",
            overall_cost(factors, "lesson"),
            "content",
            LESSON_AS_POLISH[1],
            [e for f in factors if f.rule == "lesson" for e in f.evidence],
        )
    if content.job_description and content.job_description.missing:
        miss = ", ".join(content.job_description.missing[:4])
        add(
            "job",
            overall_cost(factors, "job_coverage") or 2.0,
            "content",
            f"The job asks for {miss}; if you have used them, say so in this answer.",
            [],
        )

    for key, by in _SUPERSEDED_BY.items():
        if key in cands and by in cands:
            gain, _ = cands.pop(key)
            g, t = cands[by]
            cands[by] = (g + gain, t.model_copy(update={"gain": round(g + gain, 1)}))
    ranked = sorted(cands.values(), key=lambda c: -c[0])
    tips = [t for g, t in ranked if g >= MIN_GAIN][:MAX_TIPS]
    return [t.model_copy(update={"priority": i + 1}) for i, t in enumerate(tips)]


def make_strengths(
    delivery: Delivery,
    structure: Structure,
    content: Content,
    judgements: Sequence[Judgement] = (),
) -> list[Tip]:
    """What to keep doing: things the answer already does well, each with its evidence."""
    tips = []
    codes = {j.code for j in judgements}
    faults = fault_reach(judgements, structure.sentences)  # a fault's words are never praised
    verbs = clear_of(delivery.confident_language, faults)
    if verbs and "blame" not in codes:
        tips.append(
            Tip(
                area="delivery",
                priority=0,
                message=f"Direct first-person verbs such as '{verbs[0].text}' show what you did "
                "yourself.",
                evidence=as_evidence(verbs, TIP_EVIDENCE),
            )
        )
    metrics = clear_of(
        [m for m in content.specifics if m.kind == "metric" and not _STORY_OPENER.match(m.text)],
        faults,
    )
    if metrics:
        tips.append(
            Tip(
                area="content",
                priority=0,
                message=f"Your figures ('{metrics[0].text}') make the answer credible.",
                evidence=as_evidence(metrics, TIP_EVIDENCE),
            )
        )
    lessons = content.talking_points.get("lessons", [])
    if lessons:
        tips.append(
            Tip(
                area="content",
                priority=0,
                message="You say what you learned: interviewers listen for that.",
                # The sentence the lesson is told in, not its opening words ("Since then").
                evidence=as_evidence(
                    sentences_at(structure.sentences, [m.start for m in lessons]) or lessons, 2
                ),
            )
        )
    if not structure.missing and delivery.length.verdict == "good" and not codes:
        tips.append(
            Tip(
                area="structure",
                priority=0,
                message="Every part of the answer's frame is there, at a good length.",
                evidence=[],
            )
        )
    return [t.model_copy(update={"priority": i + 1}) for i, t in enumerate(tips)]


def make_rewrite(frame: Frame, structure: Structure) -> list[RewritePart]:
    """The answer's own sentences arranged by the frame's parts, with placeholders for gaps."""
    parts = FRAMES[frame]
    out = []
    for p in parts:
        sents = [s.text for s in structure.sentences if s.part == p.name]
        placeholder = None if sents else PLACEHOLDERS.get(p.name)
        out.append(RewritePart(part=p.name, sentences=sents, placeholder=placeholder))
    return out
