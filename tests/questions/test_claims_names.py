"""A number that is part of a code or a name (a standard, a grade, a model, a version, a
postcode, a ticket) is not a figure of the work; sums, rates, counts and times still are."""

from __future__ import annotations

import pytest

from interview_coach.questions.claims import claims_of
from interview_coach.questions.plan import build_plan
from interview_coach.questions.prep import prep_sheet
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

NAMES = [
    "Led the decontamination room upgrade; all HTM 01-05 audits passed",
    "Passed the ISO 9001 surveillance audit",
    "Tested and certified installations to BS 7671",
    "Led the ISO/IEC 27001 certification project",
    "Welded structural steel to EN 1090",
    "Completed NVQ Level 3 in Health and Social Care",
    "Promoted to Band 5 staff nurse",
    "Hold Class 1 and C+E licences",
    "Passed Part 2 of the exam first time",
    "Wrote Section 20 assessments for the court",
    "Serviced the Ford F-150 fleet",
    "Line maintenance on A320 aircraft",
    "Ran the depot at LS1 4AB",
    "Released v2.3 of the booking app",
    "Migrated the services to Python 3.12",
    "Fixed JIRA-123 and other payment bugs",
    "Answered calls on the NHS 111 line",
    "Registered with the GDC (No. 123456)",
]

FIGURES = [
    ("Cut waiting times from 90 minutes to 50", ("50 minutes", "90 minutes", "-40 minutes")),
    ("Raised retention 30%", (None, None, "+30%")),
    ("Managed a £2m budget", ("£2m", None, None)),
    ("Led 14 staff across two sites", ("14 staff", None, None)),
    ("Trained 14 staff on ISO 9001", ("14 staff", None, None)),
    ("Shipped 2,000 parcels a day", ("2,000 parcels", None, None)),
    ("Grew ARR 40% in a year", (None, None, "+40%")),
    ("CSAT 4.8 over the last 12 months", ("4.8", None, None)),
    ("Cut the ISO 9001 audit from 5 days to 2", ("2 days", "5 days", "-3 days")),
]


@pytest.mark.parametrize("line", NAMES)
def test_a_number_in_a_name_is_no_figure(line: str) -> None:
    assert claims_of(line) == []


@pytest.mark.parametrize(("line", "expected"), FIGURES)
def test_quantities_keep_their_figures(
    line: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    claim = claims_of(line)[0]
    assert (claim.result, claim.baseline, claim.change) == expected


def test_the_resume_counts_quantities_not_names() -> None:
    # The same rule decides which bullets are quantified on the résumé.
    kept = [line for line, _ in FIGURES] + ["Managed c.50 staff on nights"]
    cv = "Sam Reid\n\nExperience\nSupervisor - Northgate Ltd | 2020 - present\n" + "".join(
        f"- {line}\n" for line in NAMES + kept
    )
    achievements = resume_profile_from_text(cv).achievements
    assert {a.text for a in achievements} >= set(NAMES)
    assert [a.text for a in achievements if a.quantified] == kept


def test_the_plan_and_sheet_take_no_figure_from_a_standard() -> None:
    jd = (
        "Dental Nurse\nSmile Bright Dental Care · Harrogate\n\nEssential\n"
        "- Good knowledge of cross-infection control and decontamination (HTM 01-05)\n"
    )
    cv = (
        "Aisha Khan\n\nExperience\nSenior Dental Nurse, Parkside Dental, Leeds, 2020 - present\n"
        "- Led the decontamination room upgrade; all HTM 01-05 audits passed\n"
    )
    job, resume = job_profile_from_text(jd), resume_profile_from_text(cv)
    asked = " ".join(
        q.text for s in build_plan(job, resume, resume_text=cv).stages for q in s.questions
    )
    assert "How did you reach" not in asked
    said = " ".join(s.suggestion for s in prep_sheet(job, resume, resume_text=cv).stories)
    assert "audits passed”; add a measurable result" in said
    assert "lead with the result" not in said
