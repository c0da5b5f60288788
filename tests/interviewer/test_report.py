"""The end-of-interview report: contents, HTML and PDF (opened and read back)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from interview_coach.interviewer import InterviewOptions, InterviewSession
from interview_coach.reports.interview import build_report, render_html, write_html, write_pdf

from .conftest import JOB_DESCRIPTION, begin
from .test_scripted import STRONG


@pytest.fixture
def played(home: Path) -> InterviewSession:
    """An interview with a strong, a weak and a skipped answer, against a job description."""
    options = InterviewOptions(minutes=20, job_description=JOB_DESCRIPTION, max_follow_ups=0)
    s = begin(options)
    s.reply(STRONG[0] + " I use Python and PostgreSQL every day.")
    s.reply("We did some stuff with <b>databases</b> and it was fine, um, you know.")
    s.reply("Can I skip this one?")
    s.reply(STRONG[2])
    s.end()
    return s


def test_report_contents(played: InterviewSession):
    r = build_report(played.state, llm=played.llm)
    assert r.answered >= 3 and r.not_answered >= 1
    assert r.strongest is not None and r.weakest is not None
    assert (r.strongest.score or 0) > (r.weakest.score or 0)
    assert 1 <= len(r.practise_next) <= 3
    assert r.jd_coverage is not None and 0 < r.jd_coverage < 1
    assert "python" in {c.lower() for c in r.jd_covered}
    assert {t.metric for t in r.trends} >= {"overall score", "fillers per 100 words"}
    assert all(
        t.direction in ("improving", "steady", "worsening", "not enough answers") for t in r.trends
    )
    assert r.draft is not None and r.draft.source == "rules"
    assert r.suggested_questions, "the plan's questions to ask are offered"


def test_html_is_self_contained_and_escaped(played: InterviewSession, tmp_path: Path):
    html = render_html(build_report(played.state, llm=played.llm))
    assert html.startswith("<!doctype html>")
    assert "data:image/png;base64," in html
    assert "Three things to practise next" in html
    assert "Job description coverage" in html
    assert "<b>databases</b>" not in html  # the candidate's text is escaped
    path = write_html(build_report(played.state, llm=played.llm), tmp_path / "r" / "report.html")
    assert path.read_text(encoding="utf-8") == html


def test_pdf_opens_and_has_the_reports_text(played: InterviewSession, tmp_path: Path):
    report = build_report(played.state, llm=played.llm)
    path = write_pdf(report, tmp_path / "report.pdf")
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "Overall impression" in flat
    assert f"Overall score: {report.overall_score}/100" in flat
    assert "Three things to practise next" in flat
    assert report.practise_next[0].title in flat
    assert "Delivery trends" in flat
    assert "Strongest answer" in flat and "Weakest answer" in flat
    # The chart is an image in the PDF.
    assert any(page.images for page in reader.pages)


def test_cli_writes_html_and_pdf(tmp_path: Path, home: Path):
    from .conftest import play

    html, pdf = tmp_path / "out.html", tmp_path / "out.pdf"
    out = play(tmp_path, STRONG, "--html", str(html), "--pdf", str(pdf), "--no-save")
    assert html.is_file() and pdf.is_file()
    assert out["report"]["title"] in html.read_text(encoding="utf-8")
    assert "Mock interview report" in PdfReader(str(pdf)).pages[0].extract_text()


def test_long_answers_use_up_stage_budgets(home: Path):
    """Answers of about three minutes each: stages drop questions to keep to time, and the
    candidate's questions and the closing still happen."""
    long_answer = " ".join([STRONG[1]] * 5)  # ~350 words, about 2.7 minutes
    s = begin(InterviewOptions(minutes=10, max_follow_ups=0))
    for _ in range(40):
        if s.finished:
            break
        if s.state.pending == "candidate_question":
            s.reply("No, thank you.")
        else:
            s.reply(long_answer)
    assert s.finished and not s.state.ended_early
    planned = sum(len(st.questions) for st in s.state.stages if st.name != "candidate_questions")
    assert len(s.state.records) < planned
    stages = {t.stage for t in s.turns}
    assert {"candidate_questions", "closing"} <= stages
