"""Render Feedback as plain text (terminal) or Markdown, with the evidence quoted."""

from __future__ import annotations

from interview_coach.analysis.frames import FRAME_LABELS
from interview_coach.analysis.scoring import BAND_MEANING
from interview_coach.types import Feedback, Mark
from interview_coach.types import part_label as _tag

NOTHING_TO_FIX = "Nothing important to fix."
"""Said under the tips when there are none, in every format: an empty list reads as a fault."""


def _marked_transcript(fb: Feedback, open_: str, close: str) -> str:
    """The transcript with fillers and hedges wrapped in markers."""
    marks: list[Mark] = sorted([*fb.delivery.fillers, *fb.delivery.hedges], key=lambda m: m.start)
    out, pos = [], 0
    for m in marks:
        if m.start < pos:
            continue
        out.append(fb.transcript[pos : m.start])
        out.append(f"{open_}{fb.transcript[m.start : m.end]}{close}")
        pos = m.end
    out.append(fb.transcript[pos:])
    return "".join(out)


def _summary_lines(fb: Feedback) -> list[str]:
    d, c, s = fb.delivery, fb.content, fb.structure
    lines = [
        f"Words: {fb.word_count} (target {d.length.target_min_words}–{d.length.target_max_words},"
        f" {d.length.verdict.replace('_', ' ')})",
        f"Fillers: {len(d.fillers)} ({d.fillers_per_100_words:.1f} per 100 words)"
        + (f", {d.fillers_per_minute:.1f} per minute" if d.fillers_per_minute is not None else ""),
        f"Hedges: {len(d.hedges)}   Repeats/restarts: {len(d.repetitions)}   "
        f"Self-corrections: {len(d.self_corrections)}",
    ]
    if d.wpm is not None:
        lines.append(
            f"Pace: {d.wpm:.0f} words/min overall, {d.articulation_wpm or 0:.0f} while speaking;"
            f" {len(d.long_pauses)} long pauses; first word after {d.time_to_first_word or 0:.1f} s"
        )
    lines.append(
        f"Specifics: {len(c.specifics)}   'I' vs 'we' in actions: "
        f"{c.ownership.i_count}/{c.ownership.we_count}"
    )
    missing = ", ".join(_tag(p) for p in s.missing) or "none"
    lines.append(f"Frame: {FRAME_LABELS.get(s.frame, s.frame.value)}; missing parts: {missing}")
    if c.job_description is not None and not (
        c.job_description.covered or c.job_description.missing
    ):
        # Not "covered: none; missing: none", which reads as a check that passed.
        lines.append("Job skills: none could be read from the job description to check against")
    elif c.job_description is not None:
        cov = ", ".join(x.term for x in c.job_description.covered) or "none"
        miss = ", ".join(c.job_description.missing) or "none"
        lines.append(f"Job skills covered: {cov}; missing: {miss}")
    return lines


def _band(fb: Feedback) -> str:
    return BAND_MEANING.get(fb.scores.band or "", "")


def _rubric_lines(fb: Feedback) -> list[str]:
    r = fb.rubric
    if r is None or not (r.points_covered or r.points_missing or r.pitfalls_hit):
        return []
    lines = [f"Rubric of: {r.matched_question}" if r.matched_question else "Rubric:"]
    lines += [
        f"  ✓ {p.point}" + (f" — “{p.evidence[0].text}”" if p.evidence else "")
        for p in r.points_covered
    ]
    lines += [f"  ✗ {p}" for p in r.points_missing]
    lines += [f"  ! pitfall: {p.point}" for p in r.pitfalls_hit]
    return lines


def render_text(fb: Feedback) -> str:
    """Plain text for a terminal."""
    sc = fb.scores
    out = [
        f"Overall {sc.overall}/100 ({_band(fb)})   delivery {sc.delivery}   "
        f"structure {sc.structure}   content {sc.content}",
        "",
        *_summary_lines(fb),
    ]
    if fb.judgements:
        out += ["", "What a hiring manager would notice:"]
        for j in fb.judgements:
            quotes = "; ".join(f'"{e.text}"' for e in j.evidence[:3])
            out.append(f"  - {j.title} ({j.points:+.0f})" + (f": {quotes}" if quotes else ""))
    out += ["", "Tips (most gain first):"]
    for t in fb.tips:
        out.append(f"  {t.priority}. [{t.area}, +{t.gain:.0f}] {t.message}")
        if t.evidence:
            quotes = "; ".join(f'"{e.text}"' for e in t.evidence[:3])
            out.append(f"     evidence: {quotes}")
    if not fb.tips:
        out.append(f"  {NOTHING_TO_FIX}")
    if fb.strengths:
        out += ["", "Keep doing:"] + [f"  - {t.message}" for t in fb.strengths]
    rubric = _rubric_lines(fb)
    if rubric:
        out += ["", *rubric]
    out += ["", "Structure:"]
    for snt in fb.structure.sentences:
        out.append(f"  [{_tag(snt.part)}] {snt.text}")
    if fb.stronger_version is not None:
        out += ["", "A stronger version (your words, edited; [brackets] are yours to fill):"]
        out.append("  " + fb.stronger_version.text)
    out += [
        "",
        "Transcript ([fillers and hedges] marked):",
        "  " + _marked_transcript(fb, "[", "]"),
    ]
    if fb.warnings:
        out += ["", *[f"Warning: {w}" for w in fb.warnings]]
    return "\n".join(out)


def render_markdown(fb: Feedback) -> str:
    """Markdown, for saving or sharing."""
    sc = fb.scores
    out = [
        f"# Feedback: {fb.question}",
        "",
        "| overall | delivery | structure | content |",
        "|---|---|---|---|",
        f"| {sc.overall} | {sc.delivery} | {sc.structure} | {sc.content} |",
        "",
        f"_{_band(fb)}_",
        "",
        *[f"- {line}" for line in _summary_lines(fb)],
    ]
    if fb.judgements:
        out += ["", "## What a hiring manager would notice", ""]
        for j in fb.judgements:
            ev = "; ".join(f"“{e.text}”" for e in j.evidence[:3])
            out.append(f"- **{j.title}** ({j.points:+.0f})" + (f": {ev}" if ev else ""))
    out += ["", "## Tips (most gain first)", ""]
    for t in fb.tips:
        ev = "; ".join(f"“{e.text}”" for e in t.evidence[:3])
        out.append(
            f"{t.priority}. **{t.area}** (+{t.gain:.0f}): {t.message}" + (f" — {ev}" if ev else "")
        )
    if not fb.tips:
        out.append(NOTHING_TO_FIX)
    if fb.strengths:
        out += ["", "## Keep doing", ""] + [f"- {t.message}" for t in fb.strengths]
    rubric = _rubric_lines(fb)
    if rubric:
        out += ["", "## Rubric", ""] + [f"- {x.strip()}" for x in rubric[1:]]
    out += ["", "## Why these scores", "", "| area | rule | points | detail |", "|---|---|---|---|"]
    for f in fb.score_breakdown:
        out.append(f"| {f.area} | {f.rule} | {f.points:+.1f} | {f.detail} |")
    out += ["", "## Structure", ""]
    for snt in fb.structure.sentences:
        out.append(f"- **{_tag(snt.part)}**: {snt.text}")
    if fb.stronger_version is not None:
        out += ["", "## A stronger version", "", fb.stronger_version.text, ""]
        changes = [
            f"~~{d.text}~~" if d.op == "delete" else f"**{d.text}**"
            for d in fb.stronger_version.diff
            if d.op != "equal"
        ]
        if changes:
            out.append("Changes: " + " · ".join(changes[:30]))
    out += ["", "## Rewrite scaffold", ""]
    for part in fb.rewrite:
        body = " ".join(part.sentences) if part.sentences else f"_{part.placeholder}_"
        out.append(f"- **{part.part}**: {body}")
    out += [
        "",
        "## Transcript (fillers and hedges in bold)",
        "",
        _marked_transcript(fb, "**", "**"),
    ]
    return "\n".join(out) + "\n"
