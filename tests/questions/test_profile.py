"""Job and résumé profiles: skills, sections, titles, seniority, and the résumé match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from docx import Document
from fpdf import FPDF

from interview_coach.questions.bank import JOB_FAMILIES
from interview_coach.questions.documents import read_document
from interview_coach.questions.gazetteer import find_skills, load_gazetteer
from interview_coach.questions.profile import job_family_for, job_profile_from_text
from interview_coach.questions.resume import match_profiles, resume_profile_from_text
from interview_coach.questions.sections import heading_kind

NURSE_JD = """\
Staff Nurse - Cardiology Ward
Kingsmead General Hospital

Kingsmead General Hospital is recruiting a Staff Nurse for our 28-bed cardiology ward.

Responsibilities
- Assess patients, monitor vital signs and telemetry, and escalate deterioration
- Administer medications, including IV medications
- Keep clinical documentation up to date in Epic

Essential
- Registered Nurse with active NMC registration
- BLS certificate
- Excellent communication and teamwork

Desirable
- ACLS
- Experience in acute care

We offer free parking and a wellbeing programme.
"""

SWE_JD = """\
# Backend Developer

**Company:** Quayside Freight

## About the role
You'll build Go services and REST APIs for our shipment tracking platform.

## Requirements
- 3+ years with Go, Java or Kotlin
- PostgreSQL and Docker
- You react to incidents calmly and go the extra mile for customers

## Nice to have
- Experience with Kafka is a plus
- C++ or C#

## Benefits
Salary review every year, Excel training if you want it, and a Slack channel for dog photos.
"""

RESUME = """\
Morgan Ellery
morgan@example.org | Bristol

PROFILE
Backend developer with five years building logistics software.

EXPERIENCE
Software Engineer | Harbour Tracking Ltd | Mar 2021 - Present
- Rebuilt the shipment API in Go, cutting p95 latency by 40%
- Moved 12 services to Docker and GitHub Actions
- Mentored two junior engineers

Junior Developer
Parcelwise, Bath | 2018 - 2021
- Wrote Java services for label printing used by 3,000 couriers
- Fixed flaky tests in the billing system

SKILLS
Go, Java, PostgreSQL, Kubernetes, Python

EDUCATION
BSc Computer Science, University of Bath
"""


def test_gazetteer_is_large_and_consistent() -> None:
    gaz = load_gazetteer()
    assert gaz.size >= 600
    assert set(gaz.families.values()) <= set(JOB_FAMILIES)
    raw = yaml.safe_load(
        (Path(__file__).parents[2] / "src/interview_coach/questions/skills.yaml").read_text()
    )
    for group in raw["related"]:
        assert all(name in gaz.areas for name in group), group
    # every area that is not cross-cutting points to a job family
    cross_cutting = {"office_tools", "languages", "business"}
    assert set(gaz.families) | cross_cutting == set(gaz.areas.values())


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("We use JavaScript and Java.", {"JavaScript", "Java"}, set()),
        ("Strong C++ and C# skills", {"C++", "C#"}, set()),
        ("Python, R and SQL", {"Python", "R", "SQL"}, set()),
        ("Services in Go, Rust and TypeScript", {"Go", "Rust", "TypeScript"}, set()),
        ("Ready to go the extra mile and react quickly", set(), {"Go", "React"}),
        ("Our React Native app", {"React Native"}, {"React"}),
        ("Google Analytics 4 reports", {"Google Analytics"}, set()),
        ("Reporting to the rest of the team", set(), {"REST APIs"}),
        ("Experience with Epic EHR and BLS", {"Epic", "BLS"}, set()),
        ("Sage 200, Xero and QuickBooks", {"Sage", "Xero", "QuickBooks"}, set()),
        ("pivot tables in Excel; VLOOKUP", {"Microsoft Excel"}, set()),
        ("Wireframes and prototypes", {"Wireframing", "Prototyping"}, set()),
    ],
)
def test_skill_matching_respects_word_boundaries(
    text: str, expected: set[str], absent: set[str]
) -> None:
    found = {h.name for h in find_skills(text)}
    assert expected <= found
    assert not (absent & found)


def test_heading_kinds() -> None:
    assert heading_kind("Preferred qualifications:") == "nice"
    assert heading_kind("Minimum qualifications") == "required"
    assert heading_kind("## What you'll do") == "responsibilities"
    assert heading_kind("WHAT WE OFFER") == "benefits"
    assert heading_kind("About us") == "company"


def test_nurse_job_description() -> None:
    job = job_profile_from_text(NURSE_JD)
    assert job.title == "Staff Nurse"
    assert job.company == "Kingsmead General Hospital"
    assert job.job_family == "nursing"
    for skill in ("Epic", "BLS", "Registered Nurse licence", "Vital signs monitoring"):
        assert skill in job.required_skills
    assert set(job.nice_to_have_skills) == {"ACLS", "Acute care"}
    assert {"communication", "teamwork"} <= set(job.competencies)
    assert any("vital signs" in r for r in job.responsibilities)


def test_software_job_description_sections_and_traps() -> None:
    job = job_profile_from_text(SWE_JD)
    assert job.title == "Backend Developer"
    assert job.company == "Quayside Freight"
    assert job.seniority == "mid"
    assert job.job_family == "software_engineering"
    assert {"Go", "REST APIs", "Java", "Kotlin", "PostgreSQL", "Docker"} <= set(job.required_skills)
    assert {"Apache Kafka", "C++", "C#"} == set(job.nice_to_have_skills)
    # benefits text is not a requirement; "react"/"go the extra mile" are not skills
    assert "Microsoft Excel" not in job.required_skills + job.nice_to_have_skills
    assert "Slack" not in job.required_skills + job.nice_to_have_skills
    assert "React" not in job.required_skills


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Graduate Accountant", "Join our graduate scheme.", "entry"),
        ("Accountant", "You have 2-3 years of experience in practice.", "mid"),
        ("Accountant", "At least 6 years' experience in industry.", "senior"),
        ("Senior Accountant", "", "senior"),
        ("Head of Finance", "", "lead"),
        ("Principal Engineer", "3 years", "lead"),
        ("Support Agent", "Entry-level role, no prior experience required.", "entry"),
    ],
)
def test_seniority(title: str, body: str, expected: str) -> None:
    text = f"{title}\n\nRequirements:\n- Xero and payroll\n- {body}\n"
    assert job_profile_from_text(text).seniority == expected


def test_title_from_prose_when_first_line_is_not_a_title() -> None:
    text = (
        "Come and work with us!\n\nWe are looking for a friendly Customer Service Advisor "
        "to join our contact centre in Cardiff.\n\nYou will answer phone and live chat."
    )
    job = job_profile_from_text(text)
    assert job.title == "Customer Service Advisor"
    assert job.job_family == "customer_support"


def test_job_family_from_skills_when_title_is_vague() -> None:
    assert job_family_for("Associate", ["Lesson planning", "Classroom management"]) == "teaching"
    assert job_family_for(None, []) is None


def test_resume_profile() -> None:
    cv = resume_profile_from_text(RESUME)
    assert cv.name == "Morgan Ellery"
    roles = [(r.title, r.organisation, r.start, r.end) for r in cv.roles]
    assert roles[0] == ("Software Engineer", "Harbour Tracking Ltd", "Mar 2021", "Present")
    assert roles[1][:2] == ("Junior Developer", "Parcelwise")
    assert len(cv.roles[0].bullets) == 3
    quantified = {a.text: a.numbers for a in cv.achievements if a.quantified}
    assert any("40%" in n for n in quantified.values())
    assert any("3,000" in n[0] for n in quantified.values())
    assert not any(re.fullmatch(r"(19|20)\d\d", n) for ns in quantified.values() for n in ns)
    assert {"Go", "Docker", "GitHub Actions", "Java", "Kubernetes"} <= set(cv.skills)
    # named only in the skills list, never in a role
    assert {"Kubernetes", "Python"} <= set(cv.listed_only)
    assert "Go" not in cv.listed_only


def test_match_covered_weak_missing() -> None:
    job = job_profile_from_text(SWE_JD)
    cv = resume_profile_from_text(RESUME)
    match = match_profiles(job, cv)
    status = {r.requirement: r.status for r in match.requirements}
    assert status["Go"] == "covered"
    assert status["Docker"] == "covered"
    assert status["Kotlin"] == "weak"  # not named, but Java (related) is used
    assert status["PostgreSQL"] == "weak"  # only in the skills list
    assert status["Apache Kafka"] == "missing"
    go = next(r for r in match.requirements if r.requirement == "Go")
    assert any("Rebuilt the shipment API in Go" in e for e in go.evidence)
    assert 0.0 < match.coverage < 1.0


def test_profiles_from_real_pdf_and_docx(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in NURSE_JD.replace("\u2019", "'").splitlines():
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "jd.pdf"))
    job = job_profile_from_text(read_document(tmp_path / "jd.pdf"))
    assert job.title == "Staff Nurse"
    assert {"Epic", "BLS"} <= set(job.required_skills)

    doc = Document()
    doc.add_paragraph("Sam Okafor")
    doc.add_heading("Experience", level=1)
    doc.add_paragraph("Staff Nurse, Riverside Hospital, Jan 2020 - Present")
    doc.add_paragraph("Cut missed observations by 25% with a NEWS2 audit", style="List Bullet")
    doc.add_heading("Skills", level=1)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Epic", "BLS", "IV therapy"], strict=True):
        cell.text = text
    doc.save(str(tmp_path / "cv.docx"))
    cv = resume_profile_from_text(read_document(tmp_path / "cv.docx"))
    assert cv.roles[0].title == "Staff Nurse"
    assert cv.roles[0].organisation == "Riverside Hospital"
    assert cv.achievements[0].numbers == ("25%",)
    assert {"Epic", "BLS", "IV therapy"} <= set(cv.skills)


def test_profile_is_deterministic() -> None:
    assert job_profile_from_text(SWE_JD) == job_profile_from_text(SWE_JD)


def test_extraction_evaluation_meets_target() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2]))  # the repository root holds `eval`
    from eval.jd_extraction import run

    result = run()
    for split in ("dev", "test"):
        assert result[split]["files"] >= 8
        assert result[split]["combined"]["precision"] >= 0.8
        assert result[split]["combined"]["recall"] >= 0.8
    assert result["all"]["files"] >= 20


def test_resume_with_capital_headings_and_title_at_company() -> None:
    cv = resume_profile_from_text(
        "JANE DOE\njane@example.com\n\nWORK EXPERIENCE\n\n"
        "Senior Accountant at Fenwick & Co (06/2019 – Present)\n"
        "• Closed month-end in 3 days instead of 7 by automating reconciliations in Excel\n"
        "• Introduced a new expenses policy that saved £15k a year\n\n"
        "Accounts Assistant — Bellow Foods Ltd\n2016 – 2019\n"
        "• Processed 1,200 invoices a month in Sage\n\n"
        "EDUCATION\nACCA, 2018\n"
    )
    assert cv.name == "Jane Doe"
    assert [(r.title, r.organisation, r.start, r.end) for r in cv.roles] == [
        ("Senior Accountant", "Fenwick & Co", "06/2019", "Present"),
        ("Accounts Assistant", "Bellow Foods Ltd", "2016", "2019"),
    ]
    assert cv.education == ("ACCA, 2018",)
    assert ("£15k",) in [a.numbers for a in cv.achievements]
    assert {"Month-end close", "Sage", "Microsoft Excel", "ACCA"} <= set(cv.skills)
