"""The end-of-interview report: impression, strongest and weakest answers, what to practise
next, job-description coverage across the interview and delivery trends within it.

`build_report(state)` gives an `InterviewReport` (pydantic); `render_html` writes it with
Jinja2 (charts embedded as PNG) and `write_pdf` with ReportLab (the same charts).
Charts are drawn with matplotlib's Agg backend, so no display is needed.

Over 500 lines, kept whole: one document's model, the steps that fill it, its chart and
its PDF. The HTML is in `reports/templates/`.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from functools import cache
from pathlib import Path
from statistics import mean
from typing import TYPE_CHECKING, Literal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from interview_coach.analysis.registry import RULES
from interview_coach.interviewer import followups as fu
from interview_coach.interviewer.models import STAGE_TITLES, AnswerRecord, SessionState
from interview_coach.types import Strict

if TYPE_CHECKING:
    from interview_coach.interviewer.llm import LLMClient


class AnswerSummary(Strict):
    number: int
    stage: str
    question: str
    outcome: str
    answer: str | None = None
    score: int | None = None
    word_count: int = 0
    fillers_per_100_words: float | None = None
    hedges_per_100_words: float | None = None
    wpm: float | None = None
    follow_ups: list[str] = []
    note: str | None = None


class Practice(Strict):
    title: str
    why: str


class Trend(Strict):
    metric: str
    first: float | None
    last: float | None
    direction: Literal["improving", "steady", "worsening", "not enough answers"]


class Draft(Strict):
    """An improved version of one answer, built only from the candidate's own facts."""

    question: str
    text: str
    source: Literal["rules", "llm"]
    note: str


class InterviewReport(Strict):
    title: str
    minutes_planned: int
    minutes_taken: float
    ended_early: bool
    overall_score: int | None  # the interview as a whole: unanswered questions earn nothing
    answers_score: int | None = None  # the mean of the answers that were given
    impression: str
    answered: int
    not_answered: int
    strongest: AnswerSummary | None = None
    weakest: AnswerSummary | None = None
    practise_next: list[Practice]
    jd_covered: list[str] = []
    jd_missing: list[str] = []
    jd_coverage: float | None = None
    trends: list[Trend] = []
    answers: list[AnswerSummary] = []
    candidate_questions: list[str] = []
    suggested_questions: list[str] = []
    draft: Draft | None = None

    @property
    def unanswered_note(self) -> str | None:
        """How unanswered questions weigh on the overall score, when there were any."""
        n = self.not_answered
        if not n or self.answers_score is None:
            return None
        what = "question counts" if n == 1 else "questions count"
        score = self.answers_score
        return f"The answers you gave averaged {score}/100; {n} unanswered {what} as 0."


# Judgements whose follow-up uses a structural rule above.
_HANDLED = frozenset({"off_question", "rambling", "no_result", "generic_claim", "too_short"})
# What to practise, by follow-up rule and by tip area: (title, why).
_RULE_PRACTICE = {
    fu.TOO_SHORT: (
        "Say more than one line",
        "Some answers were a few words; give the point, an example and the result.",
    ),
    fu.NO_RESULT: (
        "End every story with a measurable result",
        "Interviewers had to ask for the outcome; close with a number or a change.",
    ),
    fu.WE_NOT_I: (
        "Say what you did yourself",
        "Your stories leaned on 'we'; name your own decisions and actions.",
    ),
    fu.VAGUE: (
        "Give one specific example",
        "Answers stayed general; pick one moment with names, numbers and dates.",
    ),
    fu.RAMBLING: (
        "Keep answers to about two minutes",
        "An answer ran far too long; lead with the point, then the story.",
    ),
    fu.OFF_TOPIC: (
        "Answer the question that was asked",
        "An answer drifted; restate the question in your first sentence.",
    ),
    fu.SKILL_DEPTH: (
        "Prepare depth on the job's key skills",
        "Be ready to explain how deep you went with the skills you claim.",
    ),
    # The judgements' own advice (blame, humblebrag, …), from the one registry.
    **{code: (rule.title, rule.tip) for code, rule in RULES.items() if code not in _HANDLED},
}
# What an unanswered question (skipped, "I don't know", silence) adds to the interview's score:
# nothing, as for a hiring manager who heard no evidence; a one-line answer scores 25-30.
UNANSWERED_SCORE = 0
# Below this share of questions answered, no headline calls the interview strong or solid.
COMPLETE_SHARE = 0.75
_OUTCOME_PRACTICE = (
    "Prepare stories for the questions you skipped",
    "Some questions went unanswered; a short, honest example beats none.",
)


def _summary(n: int, rec: AnswerRecord) -> AnswerSummary:
    f = rec.feedback
    return AnswerSummary(
        number=n,
        stage=STAGE_TITLES.get(rec.stage, rec.stage),
        question=rec.question.text,
        outcome=rec.outcome,
        answer=rec.answer,
        score=f.scores.overall if f else None,
        word_count=f.word_count if f else 0,
        fillers_per_100_words=f.delivery.fillers_per_100_words if f else None,
        hedges_per_100_words=f.delivery.hedges_per_100_words if f else None,
        wpm=f.delivery.wpm if f else None,
        follow_ups=[
            f"{fu.RULE_LABELS.get(x.rule, x.rule)} ({x.source})"
            + ("" if x.addressed is None else " — answered" if x.addressed else " — not answered")
            for x in rec.follow_ups
        ],
        note=f.tips[0].message if f and f.tips else None,
    )


def _trend(metric: str, values: list[float], lower_is_better: bool, tolerance: float) -> Trend:
    if len(values) < 2:
        return Trend(
            metric=metric,
            first=values[0] if values else None,
            last=None,
            direction="not enough answers",
        )
    half = len(values) // 2
    first, last = mean(values[:half]), mean(values[half:])
    change = last - first
    if abs(change) < tolerance:
        direction = "steady"
    elif (change < 0) == lower_is_better:
        direction = "improving"
    else:
        direction = "worsening"
    return Trend(metric=metric, first=round(first, 1), last=round(last, 1), direction=direction)


def _impression(score: int | None, answered: int, not_answered: int, ended: bool) -> str:
    if score is None:
        return (
            "No question was answered, so there is nothing to assess yet. Try again with "
            "short, honest answers: even a brief example is better than none."
        )
    asked = answered + not_answered
    if answered / asked < COMPLETE_SHARE:
        text = (
            f"An incomplete interview: {not_answered} of {asked} questions went unanswered, "
            "and an interviewer can only judge what they hear. Prepare a short example for "
            "each kind of question you passed on."
        )
    elif score >= 75:
        text = "A strong interview: clear, specific answers that showed your own contribution."
    elif score >= 60:
        text = (
            "A solid interview with room to sharpen: most answers made their point, but "
            "some lacked results or specifics."
        )
    elif score >= 45:
        text = "A mixed interview: several answers needed follow-ups to get to the facts."
    else:
        text = (
            "A difficult interview: answers were short, general or unclear. Practise a few "
            "prepared stories and try again."
        )
    if not_answered and answered / asked >= COMPLETE_SHARE:
        text += f" {not_answered} of {asked} questions went unanswered."
    if ended:
        text += " The interview ended early."
    return text


def build_report(state: SessionState, llm: LLMClient | None = None) -> InterviewReport:
    """The report for an interview (finished or not)."""
    records = [r for r in state.records]
    summaries = [_summary(i + 1, r) for i, r in enumerate(records)]
    scored = [(s, r) for s, r in zip(summaries, records, strict=True) if r.feedback is not None]
    answered = len(scored)
    # A question still waiting for its answer when the interview ended was never answered nor
    # refused; it counts as neither.
    not_answered = sum(1 for r in records if r.outcome != "answered")
    scores = [s.score for s, _ in scored if s.score is not None]
    answers_score = round(mean(scores)) if scores else None
    overall = round(mean([*scores, *[UNANSWERED_SCORE] * not_answered])) if scores else None
    strongest = max(scored, key=lambda x: x[0].score or 0)[0] if scored else None
    weakest = min(scored, key=lambda x: x[0].score or 0)[0] if len(scored) > 1 else None

    # What to practise: follow-up rules that fired (unanswered ones count double), tips by
    # area across answers, and unanswered questions.
    weights: Counter[tuple[str, str]] = Counter()
    for r in records:
        for x in r.follow_ups:
            if x.rule in _RULE_PRACTICE:
                weights[_RULE_PRACTICE[x.rule]] += 2 if x.addressed is False else 1
        if r.feedback:
            for tip in r.feedback.tips[:2]:
                weights[(f"Work on {tip.area}", tip.message)] += 1 / tip.priority
    if not_answered:
        weights[_OUTCOME_PRACTICE] += 1.5 * not_answered
    practise = [Practice(title=t, why=w) for (t, w), _ in weights.most_common()]
    seen: set[str] = set()
    unique = []
    for p in practise:
        if p.title not in seen:
            seen.add(p.title)
            unique.append(p)
    practise = unique[:3]

    # Job description coverage across every answer.
    covered: list[str] = []
    for _, r in scored:
        jd = r.feedback.content.job_description if r.feedback else None
        for c in jd.covered if jd else []:
            if c.term not in covered:
                covered.append(c.term)
    jd_missing: list[str] = []
    coverage = None
    if state.job is not None:
        wanted = list(dict.fromkeys((*state.job.required_skills, *state.job.nice_to_have_skills)))
        low = {c.lower() for c in covered}
        jd_missing = [w for w in wanted if w.lower() not in low]
        total = len(covered) + len(jd_missing)
        coverage = round(len(covered) / total, 3) if total else None

    trends = [
        _trend(
            "overall score",
            [float(s.score) for s, _ in scored if s.score is not None],
            lower_is_better=False,
            tolerance=5,
        ),
        _trend(
            "fillers per 100 words",
            [s.fillers_per_100_words for s, _ in scored if s.fillers_per_100_words is not None],
            lower_is_better=True,
            tolerance=0.5,
        ),
        _trend(
            "hedges per 100 words",
            [s.hedges_per_100_words for s, _ in scored if s.hedges_per_100_words is not None],
            lower_is_better=True,
            tolerance=0.3,
        ),
        _trend(
            "words per answer",
            [float(s.word_count) for s, _ in scored],
            lower_is_better=False,
            tolerance=15,
        ),
    ]
    wpm = [s.wpm for s, _ in scored if s.wpm]
    if wpm:
        trends.append(_trend("words per minute", wpm, lower_is_better=False, tolerance=8))

    suggested = [
        q.text for st in state.stages if st.name == "candidate_questions" for q in st.questions
    ]
    draft = None
    target = next((r for _, r in scored if weakest and r.question.text == weakest.question), None)
    target = target or (scored[0][1] if scored else None)
    if target is not None:
        draft = improved_answer(target, llm)
    title = "Mock interview report"
    if state.job and state.job.title:
        title += f": {state.job.title}" + (f" at {state.job.company}" if state.job.company else "")
    return InterviewReport(
        title=title,
        minutes_planned=state.options.minutes,
        minutes_taken=round(state.elapsed_seconds / 60, 1),
        ended_early=state.ended_early,
        overall_score=overall,
        answers_score=answers_score,
        impression=_impression(overall, answered, not_answered, state.ended_early),
        answered=answered,
        not_answered=not_answered,
        strongest=strongest,
        weakest=weakest,
        practise_next=practise,
        jd_covered=covered,
        jd_missing=jd_missing,
        jd_coverage=coverage,
        trends=trends,
        answers=summaries,
        candidate_questions=list(state.candidate_questions),
        suggested_questions=suggested,
        draft=draft,
    )


def rules_draft(record: AnswerRecord) -> str:
    """The analysis's stronger version of the answer (its own words, fillers and hedges cut,
    the result last, placeholders for what is missing); for an analysis stored before it
    existed, the answer's sentences in the frame's order."""
    assert record.feedback is not None
    if record.feedback.stronger_version is not None:
        return record.feedback.stronger_version.text
    parts = []
    used = 0
    for part in record.feedback.rewrite:
        if part.sentences:
            used += len(part.sentences)
            parts.append(" ".join(part.sentences))
        elif part.placeholder:
            ph = part.placeholder
            parts.append(ph if ph.startswith("[") else f"[{ph}]")
    if not used and record.answer:
        # No sentence fitted a part of the frame: keep the answer and list what to add.
        parts.insert(0, record.answer.strip())
    return " ".join(parts)


def improved_answer(record: AnswerRecord, llm: LLMClient | None = None) -> Draft:
    """A better version of an answer: from the chat model when one is configured and its
    draft passes the number check, otherwise from the rules."""
    assert record.feedback is not None and record.answer is not None
    if llm is not None:
        missing = record.feedback.structure.missing
        text = llm.draft_answer(record.question.text, record.answer, missing)
        if text:
            return Draft(
                question=record.question.text,
                text=text,
                source="llm",
                note="Written by the configured chat model from your own answer; "
                "every number in it appears in your answer or is a [placeholder].",
            )
    return Draft(
        question=record.question.text,
        text=rules_draft(record),
        source="rules",
        note="Your own words with fillers, hedges and repeats cut and the result last; "
        "[brackets] mark what to add.",
    )


# ---------------------------------------------------------------- charts


def chart_png(report: InterviewReport) -> bytes:
    """Two panels: score per answer, and fillers and hedges per 100 words per answer."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [a for a in report.answers if a.score is not None]
    labels = [f"Q{a.number}" for a in rows]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.6), constrained_layout=True)
    colours = [
        "#2e8b57" if (a.score or 0) >= 70 else "#d2691e" if (a.score or 0) >= 50 else "#c0392b"
        for a in rows
    ]
    ax1.bar(labels, [a.score or 0 for a in rows], color=colours)
    ax1.set_ylim(0, 100)
    ax1.axhline(70, color="grey", ls=":", lw=1)
    ax1.set_title("Score per answer (dotted: 70)")
    x = list(range(len(rows)))
    ax2.plot(
        x,
        [a.fillers_per_100_words or 0 for a in rows],
        marker="o",
        color="#c0392b",
        label="fillers / 100 words",
    )
    ax2.plot(
        x,
        [a.hedges_per_100_words or 0 for a in rows],
        marker="s",
        color="#1f4e79",
        label="hedges / 100 words",
    )
    ax2.set_xticks(x, labels)
    peak = max(
        [a.fillers_per_100_words or 0 for a in rows]
        + [a.hedges_per_100_words or 0 for a in rows]
        + [1.0]
    )
    ax2.set_ylim(0, peak * 1.2)  # rates are never negative; a flat zero sits on the axis
    ax2.set_title("Delivery through the interview (lower is better)")
    ax2.legend(fontsize=8)
    if not rows:
        for ax in (ax1, ax2):
            ax.text(0.5, 0.5, "no answers", ha="center", va="center", transform=ax.transAxes)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    return buf.getvalue()


# ---------------------------------------------------------------- HTML


@cache
def _templates() -> Environment:
    return Environment(
        loader=PackageLoader("interview_coach.reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )


def _chart(report: InterviewReport) -> str:
    return base64.b64encode(chart_png(report)).decode("ascii")


def render_html(report: InterviewReport) -> str:
    """The report as one self-contained HTML page (chart embedded)."""
    return _templates().get_template("interview_report.html").render(r=report, chart=_chart(report))


def render_sections(report: InterviewReport) -> Markup:
    """The report's sections alone, for a page that brings its own head and styles."""
    body = _templates().get_template("interview_report_body.html")
    return Markup(body.render(r=report, chart=_chart(report)))


def write_html(report: InterviewReport, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    return path


# ---------------------------------------------------------------- PDF


def write_pdf(report: InterviewReport, path: Path) -> Path:
    """The report as a PDF (ReportLab), with the same chart as the HTML."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        Image,
        ListFlowable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    styles = getSampleStyleSheet()
    body, h1, h2 = styles["BodyText"], styles["Title"], styles["Heading2"]

    def p(text: str, style=body) -> Paragraph:  # type: ignore[no-untyped-def]
        return Paragraph(escape(text), style)

    story: list = [p(report.title, h1)]
    story.append(
        p(
            f"{report.minutes_taken} of {report.minutes_planned} planned minutes, "
            f"{report.answered} answered, {report.not_answered} not answered."
        )
    )
    story.append(p("Overall impression", h2))
    if report.overall_score is not None:
        story.append(p(f"Overall score: {report.overall_score}/100"))
        if report.unanswered_note:
            story.append(p(report.unanswered_note))
    story.append(p(report.impression))
    if report.strongest:
        story += [
            p("Strongest answer", h2),
            p(f"{report.strongest.question} ({report.strongest.score}/100)"),
        ]
    if report.weakest:
        story += [
            p("Weakest answer", h2),
            p(f"{report.weakest.question} ({report.weakest.score}/100)"),
        ]
        if report.weakest.note:
            story.append(p(report.weakest.note))
    story.append(p("Three things to practise next", h2))
    story.append(
        ListFlowable([p(f"{x.title}: {x.why}") for x in report.practise_next], bulletType="1")
    )
    story.append(p("Job description coverage", h2))
    if report.jd_coverage is not None:
        story.append(
            p(
                f"{round(report.jd_coverage * 100)}% of the job's skills came up. "
                f"Covered: {', '.join(report.jd_covered) or 'none'}. "
                f"Never mentioned: {', '.join(report.jd_missing) or 'none'}."
            )
        )
    else:
        story.append(p("No job description was given."))
    story.append(p("Delivery trends", h2))
    rows = [["Measure", "Early", "Late", "Trend"]] + [
        [
            t.metric,
            "" if t.first is None else str(t.first),
            "" if t.last is None else str(t.last),
            t.direction,
        ]
        for t in report.trends
    ]
    table = Table(rows, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 0.3 * cm))
    story.append(Image(io.BytesIO(chart_png(report)), width=17 * cm, height=6.1 * cm))
    story.append(p("Every question", h2))
    for a in report.answers:
        score = "not answered" if a.score is None else f"{a.score}/100"
        extra = f" Follow-ups: {'; '.join(a.follow_ups)}." if a.follow_ups else ""
        story.append(p(f"{a.number}. [{a.stage}] {a.question} — {score} ({a.outcome}).{extra}"))
    if report.draft:
        story += [
            p("A stronger version of one answer", h2),
            p(f"{report.draft.question} (written by {report.draft.source})"),
            p(report.draft.text),
            p(report.draft.note),
        ]
    story.append(p("Your questions", h2))
    story.append(p("; ".join(report.candidate_questions) or "You did not ask any questions."))
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, title=report.title, leftMargin=2 * cm, rightMargin=2 * cm
    )
    doc.build(story)
    return path
