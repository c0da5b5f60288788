"""Tips: the three to five most useful things to change, each quoting its evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from interview_coach.analysis.frames import FRAMES, PLACEHOLDERS
from interview_coach.analysis.spans import as_evidence
from interview_coach.types import (
    Content,
    Delivery,
    Evidence,
    Factor,
    Frame,
    Mark,
    RewritePart,
    Structure,
    Tip,
)

MAX_TIPS = 5
MIN_TIPS = 3
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


def make_tips(
    frame: Frame,
    delivery: Delivery,
    structure: Structure,
    content: Content,
    factors: Sequence[Factor],
) -> list[Tip]:
    """Candidate tips weighted by the points their issue cost; the top ones are kept."""
    cands: list[tuple[float, Tip]] = []

    def add(weight: float, area: str, message: str, evidence: list[Evidence]) -> None:
        cands.append((weight, Tip(area=area, priority=0, message=message, evidence=evidence)))

    sentences = structure.sentences
    if content.relevance_label == "off_topic" and delivery.length.word_count >= 5:
        add(
            60,
            "content",
            "This answer does not seem to address the question. Start by "
            "answering it directly in your first sentence, then give one example.",
            as_evidence(sentences[:1], TIP_EVIDENCE),
        )
    elif content.relevance_label == "loose":
        add(
            18,
            "content",
            "The answer only loosely addresses the question. Tie your first "
            "and last sentences back to what was asked.",
            as_evidence(sentences[:1], TIP_EVIDENCE),
        )

    if delivery.length.verdict in ("too_short", "short"):
        lo = delivery.length.target_min_words
        add(
            30 if delivery.length.verdict == "too_short" else 12,
            "delivery",
            f"At {delivery.length.word_count} words the answer is too brief to convince: aim "
            f"for at least {lo} words with a concrete example.",
            [],
        )
    elif delivery.length.verdict in ("long", "too_long"):
        hi = delivery.length.target_max_words
        add(
            _points(factors, "length") + 4,
            "delivery",
            f"At {delivery.length.word_count} words the answer runs long: keep it under about "
            f"{hi} words by cutting background and keeping the actions and result.",
            as_evidence(sentences[:1], TIP_EVIDENCE),
        )

    for part in structure.missing:
        placeholder = PLACEHOLDERS.get(part, "")
        weight = _points(factors, f"missing_{part}")
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
            msg = f"Add the missing {part}: {placeholder.strip('[]')}"
        add(weight, "structure", msg, [])
    for part in structure.thin:
        ev = [s for s in sentences if s.part == part]
        add(
            _points(factors, f"thin_{part}"),
            "structure",
            f"The {part} is very thin ({sum(len(s.text.split()) for s in ev)} words): "
            "give it a sentence or two more.",
            as_evidence(ev, TIP_EVIDENCE),
        )

    if (
        frame == Frame.STAR
        and structure.result_quantified is False
        and "result" not in structure.missing
    ):
        ev = [s for s in sentences if s.part == "result"]
        add(
            _points(factors, "unquantified_result") + 3,
            "structure",
            "Put a number on your result: how much time, money, errors or customers did it "
            "change? A measured result is far more convincing.",
            as_evidence(ev, TIP_EVIDENCE),
        )
    if _points(factors, "low_action_share"):
        add(
            _points(factors, "low_action_share"),
            "structure",
            f"Only {structure.proportions.get('action', 0):.0%} of your answer describes what "
            "you did. Spend less on background and more on your actions (about 60 %).",
            as_evidence([s for s in sentences if s.part == "situation"][:2], TIP_EVIDENCE),
        )

    we = content.ownership
    if we.we_count >= 3 and (we.i_share or 0) < 0.5:
        add(
            _points(factors, "ownership") + 10 + we.we_count,
            "content",
            f"You said 'we' {we.we_count} times while describing the actions: say what you "
            "did yourself.",
            as_evidence(we.we_marks, TIP_EVIDENCE),
        )

    if delivery.fillers and _points(factors, "fillers") > 0:
        add(
            _points(factors, "fillers") + 5,
            "delivery",
            f"You used {len(delivery.fillers)} filler words ({_counts(delivery.fillers)}). "
            "Pause silently instead; a short pause sounds confident.",
            as_evidence(delivery.fillers, TIP_EVIDENCE),
        )
    if delivery.hedges and _points(factors, "hedges") > 0:
        add(
            _points(factors, "hedges") + 4,
            "delivery",
            f"Hedges like {_counts(delivery.hedges)} weaken your claims: state what you did "
            "and what happened plainly.",
            as_evidence(delivery.hedges, TIP_EVIDENCE),
        )
    reps = [*delivery.repetitions, *delivery.self_corrections]
    if len(reps) >= 2:
        add(
            _points(factors, "repetitions"),
            "delivery",
            f"You restarted or repeated yourself {len(reps)} times. Take a breath before "
            "each point so it comes out once.",
            as_evidence(reps, TIP_EVIDENCE),
        )
    if _points(factors, "pace"):
        wpm = delivery.wpm or 0
        advice = "slow down" if wpm > 160 else "pick up the pace a little"
        add(
            _points(factors, "pace") + 3,
            "delivery",
            f"You spoke at {wpm:.0f} words per minute: {advice} (130–160 is easy to follow).",
            [],
        )
    if _points(factors, "long_pauses"):
        pauses = ", ".join(
            f"{p.duration:.1f} s after '{p.before_word}'" for p in delivery.long_pauses[:3]
        )
        add(
            _points(factors, "long_pauses"),
            "delivery",
            f"Long silences ({pauses}) break the flow: plan the structure before you start.",
            [],
        )

    if content.specificity < 0.4 and delivery.length.word_count >= 30:
        add(
            25 * (0.4 - content.specificity) / 0.4 + 4,
            "content",
            "Make it concrete: name the tools, people, numbers and time frames involved.",
            as_evidence(sentences[:1], TIP_EVIDENCE),
        )
    if content.job_description and content.job_description.missing:
        miss = ", ".join(content.job_description.missing[:4])
        add(
            6,
            "content",
            f"The job asks for {miss}; if you have used them, say so in this answer.",
            [],
        )

    cands.sort(key=lambda c: -c[0])
    tips = [t for w, t in cands if w > 0][:MAX_TIPS]
    if len(tips) < MIN_TIPS:
        for w, t in cands[len(tips) :]:
            if len(tips) >= MIN_TIPS:
                break
            if w <= 0:
                tips.append(t)
    strengths = _strength_tips(delivery, structure, content)
    for t in strengths:
        if len(tips) >= MIN_TIPS:
            break
        tips.append(t)
    return [t.model_copy(update={"priority": i + 1}) for i, t in enumerate(tips)]


def _strength_tips(delivery: Delivery, structure: Structure, content: Content) -> list[Tip]:
    """What to keep doing, when there is little to fix."""
    tips = []
    if delivery.confident_language:
        tips.append(
            Tip(
                area="delivery",
                priority=0,
                message="Keep using direct first-person verbs such as "
                f"'{delivery.confident_language[0].text}': they show ownership.",
                evidence=as_evidence(delivery.confident_language, TIP_EVIDENCE),
            )
        )
    metrics = [m for m in content.specifics if m.kind == "metric"]
    if metrics:
        tips.append(
            Tip(
                area="content",
                priority=0,
                message=f"Your figures ('{metrics[0].text}') make the answer credible: "
                "lead with them in the interview.",
                evidence=as_evidence(metrics, TIP_EVIDENCE),
            )
        )
    if not structure.missing:
        tips.append(
            Tip(
                area="structure",
                priority=0,
                message="Every part of the answer's frame is there: rehearse it until "
                "you can tell it in under two minutes.",
                evidence=[],
            )
        )
    tips.append(
        Tip(
            area="delivery",
            priority=0,
            message="Practise this answer out loud once more and record it: spoken "
            "delivery shows pace and pauses that text cannot.",
            evidence=[],
        )
    )
    return tips


def make_rewrite(frame: Frame, structure: Structure) -> list[RewritePart]:
    """The answer's own sentences arranged by the frame's parts, with placeholders for gaps."""
    parts = FRAMES[frame]
    out = []
    for p in parts:
        sents = [s.text for s in structure.sentences if s.part == p.name]
        placeholder = None if sents else PLACEHOLDERS.get(p.name)
        out.append(RewritePart(part=p.name, sentences=sents, placeholder=placeholder))
    return out
