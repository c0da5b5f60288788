"""Interview plans, prep sheets and the `plan`/`prep` commands, on real documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from fpdf import FPDF

from interview_coach.errors import InputError
from interview_coach.questions.plan import STAGES, build_plan
from interview_coach.questions.prep import prep_sheet
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import match_profiles, resume_profile_from_text
from interview_coach.reports.plans import markdown

# The stages of a plan under 45 minutes: pay comes up only when asked for.
SHORT = [s for s in STAGES if s != "salary_logistics"]

JD = """\
Customer Success Manager - Lumen Payroll

Lumen Payroll makes payroll software for 3,000 small firms.
We're looking for a Customer Success Manager.

Responsibilities
- Own a book of 80 accounts: onboarding, renewals and upselling
- Run quarterly business reviews and track NPS and churn risk in Salesforce
- Handle escalations calmly and work with support and product to resolve them

Requirements
- 3+ years in customer success or account management for a SaaS product
- Confident with Salesforce and Excel
- Excellent communication and stakeholder management; you resolve conflict with tact
- Customer-focused, organised, able to prioritise a busy week

Nice to have
- Payroll or HR software experience
- HubSpot
"""

RESUME = """\
Jordan Reyes

EXPERIENCE
Account Manager, Brightside HR Software, Feb 2022 - Present
- Grew net revenue retention from 96% to 108% across 65 accounts
- Led onboarding for 40 new customers with a new playbook
- Resolved a contract dispute with our largest client and kept the renewal

Customer Support Specialist | Tillpoint | 2019 - 2022
- Answered 60 tickets a day in Zendesk with a CSAT of 94%
- Trained five new starters

SKILLS
Salesforce, HubSpot, Zendesk, Excel
"""


@pytest.fixture(scope="module")
def job():
    return job_profile_from_text(JD)


@pytest.fixture(scope="module")
def resume():
    return resume_profile_from_text(RESUME)


def test_plan_shape_and_timing(job, resume) -> None:
    plan = build_plan(job, resume, minutes=40)
    assert [s.name for s in plan.stages] == SHORT
    assert abs(sum(s.minutes for s in plan.stages) - 40) < 0.5
    assert all(s.questions for s in plan.stages)
    for q in plan.questions():
        assert q.why and len(q.why) > 15
    assert plan.job_family == "customer_support"
    assert plan.company == "Lumen Payroll"
    # more time, more questions
    short = build_plan(job, resume, minutes=15)
    assert len(short.questions()) < len(plan.questions())


def test_resume_walkthrough_asks_about_the_candidates_own_items(job, resume) -> None:
    plan = build_plan(job, resume)
    walk = next(s for s in plan.stages if s.name == "resume_walkthrough")
    texts = " ".join(q.text for q in walk.questions)
    assert "Account Manager at Brightside HR Software" in texts
    # at least one of their own quantified bullets is quoted back, with its figure
    quantified = [a for a in resume.achievements if a.quantified]
    assert any(a.text in texts and a.numbers[0] in texts for a in quantified)
    assert all(q.source == "resume" for q in walk.questions)


def test_behavioural_questions_follow_stressed_competencies(job, resume) -> None:
    plan = build_plan(job, resume)
    beh = next(s for s in plan.stages if s.name == "behavioural")
    probed = {p for q in beh.questions for p in q.probes}
    assert {"communication", "conflict"} & probed
    assert any("stresses" in q.why for q in beh.questions)
    assert all(q.category == "behavioural" for q in beh.questions)


def test_role_stage_uses_the_family_and_flags_gaps(job) -> None:
    thin = resume_profile_from_text(
        "Alex Doe\n\nEXPERIENCE\nBarista, Bean Co, 2020 - 2023\n- Served 300 customers a day\n"
    )
    plan = build_plan(job, thin)
    role = next(s for s in plan.stages if s.name == "role_specific")
    missing = {r.requirement for r in match_profiles(job, thin).by_status("missing")}
    first = role.questions[0]
    assert first.source == "job" and first.probes[0] in missing
    assert first.probes[0] in first.text
    bank_qs = [q for q in role.questions if q.source == "bank"]
    assert bank_qs and all(q.category == "role_specific" for q in bank_qs)
    assert any("Required but not on your résumé" in n for n in plan.notes)


def test_plan_is_deterministic(job, resume) -> None:
    assert build_plan(job, resume).to_json() == build_plan(job, resume).to_json()


def test_plan_without_job_description() -> None:
    plan = build_plan(None, None, job_family="teaching", seniority="entry", minutes=30)
    assert [s.name for s in plan.stages] == SHORT
    role = next(s for s in plan.stages if s.name == "role_specific")
    assert role.questions and all("teaching" in q.why for q in role.questions)
    general = build_plan(None, None)
    assert any("general" in n for n in general.notes)


def test_bad_plan_options(job) -> None:
    with pytest.raises(InputError):
        build_plan(job, None, minutes=5)
    with pytest.raises(InputError):
        build_plan(job, None, job_family="astronaut")
    with pytest.raises(InputError):
        build_plan(job, None, seniority="guru")


def test_renderings(job, resume) -> None:
    plan = build_plan(job, resume)
    md = markdown(plan)
    assert md.startswith("# Interview plan: Customer Success Manager at Lumen Payroll")
    assert "## 2. Résumé walk-through" in md and "Why:" in md
    data = json.loads(plan.to_json())
    assert [s["name"] for s in data["stages"]] == SHORT


def test_prep_sheet(job, resume) -> None:
    sheet = prep_sheet(job, resume)
    # One row per written requirement, as the job description words it.
    status = {r.requirement: r.status for r in sheet.requirements}
    # Named in the skills list: a recruiter takes that as shown.
    assert status["Confident with Salesforce and Excel"] == "covered"
    # Four years as an Account Manager and three in support cover "3+ years".
    assert status["3+ years in customer success or account management for a SaaS product"] == (
        "covered"
    )
    assert status["Payroll or HR software experience"] == "covered"  # Brightside HR Software
    kinds = {r.requirement: r.kind for r in sheet.requirements}
    assert kinds["HubSpot"] == "nice_to_have"
    assert len(sheet.questions_to_ask) == 5
    assert len(set(sheet.questions_to_ask)) == 5
    assert sheet.stories and any(s.achievement for s in sheet.stories)
    conflict = [s for s in sheet.stories if s.competency == "conflict"]
    assert conflict and "dispute" in (conflict[0].achievement or "")
    md = markdown(sheet)
    assert "| Requirement | Type | Status | Evidence |" in md
    assert "## Questions to ask the interviewer" in md


def test_prep_sheet_without_resume(job) -> None:
    sheet = prep_sheet(job, None)
    assert sheet.requirements and all(r.status == "missing" for r in sheet.requirements)
    assert len(sheet.questions_to_ask) == 5


# ---------------------------------------------------------------- command line


def _pdf(path: Path, text: str) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.splitlines():
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _docx(path: Path, text: str) -> Path:
    doc = Document()
    for line in text.splitlines():
        if line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.isupper() and line.strip():
            doc.add_heading(line.title(), level=1)
        else:
            doc.add_paragraph(line)
    doc.save(str(path))
    return path


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTERVIEW_COACH_HOME": str(home)}
    return subprocess.run(
        [str(Path(sys.executable).parent / "interview-coach"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def cli_files(tmp_path_factory):
    base = tmp_path_factory.mktemp("cli")
    return base, _pdf(base / "jd.pdf", JD), _docx(base / "cv.docx", RESUME)


def test_cli_plan_from_pdf_and_docx(cli_files) -> None:
    base, jd, cv = cli_files
    home = base / "home"
    run = _cli(
        "plan", "--job-description", str(jd), "--resume", str(cv), "--minutes", "45", home=home
    )
    assert run.returncode == 0, run.stderr
    assert "# Interview plan: Customer Success Manager at Lumen Payroll" in run.stdout
    assert "Brightside HR Software" in run.stdout
    saved = list((home / "plans").glob("*-customer-success-manager.md"))
    assert len(saved) == 1
    assert saved[0].read_text(encoding="utf-8") == run.stdout.rstrip("\n") + "\n"
    assert f"Saved to {saved[0]}" in run.stderr
    assert not list((home / "plans").glob(".plan-*"))  # no temporary files left behind


def test_cli_json_output_file_and_prep(cli_files) -> None:
    base, jd, cv = cli_files
    out = base / "plan.json"
    run = _cli(
        "plan",
        "-j",
        str(jd),
        "-r",
        str(cv),
        "--format",
        "json",
        "--prep",
        "--output",
        str(out),
        home=base / "home2",
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"plan", "prep"}
    assert len(data["prep"]["questions_to_ask"]) == 5
    run = _cli(
        "prep", "-j", str(jd), "-r", str(cv), "-o", str(base / "prep.md"), home=base / "home2"
    )
    assert run.returncode == 0, run.stderr
    assert "## Requirements and your evidence" in (base / "prep.md").read_text(encoding="utf-8")


def test_cli_plan_by_family(tmp_path: Path) -> None:
    run = _cli(
        "plan",
        "--job-family",
        "nursing",
        "--seniority",
        "senior",
        "--format",
        "json",
        "-o",
        str(tmp_path / "p.md"),
        home=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["job_family"] == "nursing" and data["seniority"] == "senior"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("scan.pdf", b"%PDF-1.4\n%broken", "PDF"),
        ("cv.odt", b"text that is not supported", "not supported"),
    ],
)
def test_cli_bad_documents(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    run = _cli("plan", "--job-description", str(path), home=tmp_path)
    assert run.returncode == 2
    assert message in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "plans").exists()


def test_cli_needs_a_job_or_family(tmp_path: Path) -> None:
    run = _cli("plan", home=tmp_path)
    assert run.returncode == 2
    assert "--job-description" in run.stderr


def test_cli_not_a_job_description(tmp_path: Path) -> None:
    path = tmp_path / "poem.txt"
    path.write_text("the sea was calm tonight and the moon was full above the harbour wall\n")
    run = _cli("plan", "-j", str(path), home=tmp_path)
    assert run.returncode == 2
    assert "is this a job description" in run.stderr


def test_cli_rejects_out_of_range_minutes(cli_files) -> None:
    base, jd, _ = cli_files
    run = _cli("plan", "-j", str(jd), "--minutes", "5", home=base / "home3")
    assert run.returncode == 2
    assert "--minutes" in run.stderr and "Traceback" not in run.stderr


def test_plan_from_docx_job_and_pdf_resume(tmp_path: Path) -> None:
    from interview_coach.questions.documents import read_document

    jd = _docx(tmp_path / "jd.docx", JD)
    cv = _pdf(tmp_path / "cv.pdf", RESUME)
    md = tmp_path / "cv.md"
    md.write_text("# " + RESUME, encoding="utf-8")
    job = job_profile_from_text(read_document(jd))
    assert job.title == "Customer Success Manager"
    assert "Salesforce" in job.required_skills and "HubSpot" in job.nice_to_have_skills
    for path in (cv, md):
        resume = resume_profile_from_text(read_document(path))
        assert resume.roles[0].organisation == "Brightside HR Software"
        plan = build_plan(job, resume)
        assert "Brightside HR Software" in markdown(plan)


def test_pay_and_practicalities_from_45_minutes_or_when_asked() -> None:
    def stages(**kw) -> list[str]:
        return [s.name for s in build_plan(None, None, job_family="nursing", **kw).stages]

    assert "salary_logistics" not in stages(minutes=30)
    assert "salary_logistics" in stages(minutes=45)
    assert "salary_logistics" in stages(minutes=30, salary=True)
    assert "salary_logistics" not in stages(minutes=60, salary=False)
    plan = build_plan(None, None, job_family="nursing", minutes=45)
    pay = next(s for s in plan.stages if s.name == "salary_logistics")
    assert pay.questions[0].text == "What are your salary expectations?"
    assert abs(sum(s.minutes for s in plan.stages) - 45) < 0.5  # the time is shared, not added


def test_a_missing_check_or_licence_is_asked_about_as_held_not_practised() -> None:
    job = job_profile_from_text(
        "Home Care Assistant\nBrookfield Care Ltd\n\n## What you need\n- An enhanced DBS check\n"
        "- Kindness and patience with older people\n"
    )
    cv = resume_profile_from_text(
        "Jo Bell\n\nEXPERIENCE\nCare Assistant, Oak House, 2021 - present\n"
        "- Personal care for 12 residents with kindness and patience\n"
    )
    role = next(s for s in build_plan(job, cv).stages if s.name == "role_specific")
    first = role.questions[0]
    assert first.source == "job" and "DBS" in first.text
    assert "Do you hold it now" in first.text and "experience with it" not in first.text


def test_the_walk_through_tests_a_before_and_after_first() -> None:
    job = job_profile_from_text(
        "Warehouse Supervisor\nNorthway Ltd\n\n## What you need\n- Excel and WMS reporting\n"
    )
    cv = resume_profile_from_text(
        "Sam Kerr\n\nEXPERIENCE\nShift Supervisor, Dockside Foods, 2019 - present\n"
        "- Weekly WMS and Excel reports for the site manager and the planners\n"
        "- Raised pick rate from 118 to 141 units an hour by re-slotting fast movers\n"
    )
    resume_stage = next(s for s in build_plan(job, cv).stages if s.name == "resume_walkthrough")
    asked = " ".join(q.text for q in resume_stage.questions)
    assert "How did you get from 118 to 141" in asked
