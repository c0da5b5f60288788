"""Interview plans and prep sheets as Markdown, for the terminal and the saved files."""

from __future__ import annotations

from interview_coach.analysis.frames import FRAME_LABELS
from interview_coach.questions.plan import (
    InterviewPlan,
    PrepSheet,
    _family_label,
    _label,
    _short,
)
from interview_coach.types import plural


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_plan_markdown(plan: InterviewPlan) -> str:
    """The plan as a markdown document."""
    lines = [f"# {plan.title}", ""]
    facts = [
        f"**Length:** {plan.minutes} minutes",
        f"**Job family:** {_family_label(plan.job_family)}" if plan.job_family else None,
        f"**Seniority:** {plan.seniority}" if plan.seniority else None,
    ]
    lines.append(" · ".join(f for f in facts if f))
    lines.append("")
    for note in plan.notes:
        lines.append(f"> {note}")
    if plan.notes:
        lines.append("")
    for i, stage in enumerate(plan.stages, 1):
        lines.append(f"## {i}. {stage.title} ({plural(max(1, round(stage.minutes)), 'minute')})")
        lines.append("")
        lines.append(f"_{stage.purpose}_")
        lines.append("")
        for j, q in enumerate(stage.questions, 1):
            lines.append(f"{j}. **{q.text}**")
            lines.append(f"   - Why: {q.why}")
            if stage.name != "candidate_questions":
                frame = FRAME_LABELS.get(q.frame, q.frame.value)
                lines.append(f"   - Aim for {spoken_length(q.seconds)} · frame: {frame}")
            for point in q.strong_answer[:3]:
                lines.append(f"   - A strong answer: {point}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_STATUS_MARK = {"covered": "✅ covered", "weak": "⚠️ weak", "missing": "❌ missing"}
NOT_CHECKED = "☐ to check"  # no résumé was given: nothing is missing, it is not yet read


def render_prep_markdown(sheet: PrepSheet) -> str:
    """The prep sheet as a markdown document."""
    lines = [f"# {sheet.title}", ""]
    if sheet.coverage is not None:
        lines += [f"Résumé coverage of required skills: **{sheet.coverage:.0%}**", ""]
    if sheet.requirements:
        lines += [
            "## Requirements and your evidence",
            "",
            "| Requirement | Type | Status | Evidence |",
            "|---|---|---|---|",
        ]
        for r in sheet.requirements:
            evidence = "; ".join(_short(e, 90) for e in r.evidence) or r.reason
            lines.append(
                f"| {_md_escape(r.requirement)} | {r.kind.replace('_', ' ')} | "
                f"{_STATUS_MARK[r.status] if sheet.coverage is not None else NOT_CHECKED} | "
                f"{_md_escape(evidence)} |"
            )
        lines.append("")
    if sheet.stories:
        lines += ["## Stories to prepare", ""]
        for s in sheet.stories:
            lines.append(f"- **{_label(s.competency)}** — {s.why} {s.suggestion}")
        lines.append("")
    if sheet.questions_to_ask:
        lines += ["## Questions to ask the interviewer", ""]
        lines += [f"{i}. {q}" for i, q in enumerate(sheet.questions_to_ask, 1)]
        lines.append("")
    for note in sheet.notes:
        lines.append(f"> {note}")
    return "\n".join(lines).rstrip() + "\n"


def markdown(doc: InterviewPlan | PrepSheet) -> str:
    """A plan or a prep sheet as Markdown."""
    if isinstance(doc, InterviewPlan):
        return render_plan_markdown(doc)
    return render_prep_markdown(doc)


def spoken_length(seconds: int) -> str:
    """'about 45 seconds', 'about 1½ minutes': an answer's length as people say it."""
    if seconds < 60:
        return f"about {max(15, round(seconds / 15) * 15)} seconds"
    halves = round(seconds / 30)
    whole, half = divmod(halves, 2)
    text = f"{whole}{'½' if half else ''}"
    return f"about {text} minute{'' if halves == 2 else 's'}"
