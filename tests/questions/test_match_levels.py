"""A recruiter reads a credential at its level: a lower level, a slower speed, a course still
being studied shows it only in part; a job that merely sounds like the qualification does not
show it at all."""

from __future__ import annotations

import pytest

from interview_coach.questions.match_words import below_grade
from interview_coach.questions.matching import match_requirements
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

JOB = """Operations Administrator
Northgate Foods, Leeds

Requirements:
- Level 4 Food Safety certificate
- Lean Six Sigma Green Belt
- Audio typing at 60 wpm or above
- A degree in logistics or supply chain management
- CIM qualification
"""


def _statuses(qualifications: list[str]) -> dict[str, str]:
    cv = (
        "Sam Carter\nsam@example.com\n\nExperience\n"
        "Shift Manager – Redwing Logistics, Daventry (2019 – present)\n"
        "- Ran the night shift for a 40-person warehouse team\n\nQualifications\n"
        + "".join(f"- {q}\n" for q in qualifications)
    )
    got = match_requirements(job_profile_from_text(JOB), resume_profile_from_text(cv), cv)
    return {m.requirement: m.status for m in got}


LOWER = [
    "Level 3 Award in Food Safety (2019)",
    "Lean Six Sigma Yellow Belt (2022)",
    "Audio typing 55 wpm",
    "CIM Certificate in Professional Marketing (studying)",
]
HELD = [
    "Level 4 Award in Food Safety (2019)",
    "Lean Six Sigma Green Belt (2022)",
    "Audio typing 70 wpm",
    "CIM Certificate in Professional Marketing (2021)",
    "BSc Logistics and Supply Chain Management, Aston University",
]


@pytest.mark.parametrize(
    "requirement",
    [
        "Level 4 Food Safety certificate",
        "Lean Six Sigma Green Belt",
        "Audio typing at 60 wpm or above",
        "CIM qualification",
    ],
)
def test_a_lower_or_unfinished_credential_is_weak_and_the_one_asked_for_is_covered(
    requirement: str,
) -> None:
    assert _statuses(LOWER)[requirement] == "weak"
    assert _statuses(HELD)[requirement] == "covered"


def test_a_job_that_sounds_like_the_credential_does_not_show_it() -> None:
    # The only line naming logistics is a job: the work, not the degree, which is held or not.
    degree = "A degree in logistics or supply chain management"
    assert _statuses(LOWER)[degree] == "missing"
    assert _statuses(HELD)[degree] == "covered"


@pytest.mark.parametrize(
    ("requirement", "line", "below"),
    [
        ("Bachelor's degree in business", "Associate of Applied Science, Business", True),
        ("Bachelor's degree in business", "MBA, Aston Business School", False),
        ("PhD in chemistry", "MBA, Aston Business School", True),  # an MBA is a master's
        ("Master's degree in data science", "BSc Mathematics, University of Leeds", True),
        ("Master's degree in data science", "PhD Statistics, University of Leeds", False),
        ("Bachelor's degree (BA or BSc)", "BA (Hons) History", False),
        ("Fusion 360 or Mastercam", "Azure Administrator Associate (AZ-104)", False),
        ("NVQ Level 3 in engineering", "NVQ Level 2 in engineering operations", True),
        ("NVQ Level 3 in engineering", "Level 3 Diploma in Engineering", False),
    ],
)
def test_grades_compare_like_with_like(requirement: str, line: str, below: bool) -> None:
    assert below_grade(requirement, line) is below


NURSERY = """Nursery Practitioner
Little Acorns Nursery, Bath

Requirements:
- Experience with an online learning journal (Famly, Tapestry or similar)
- Propertymark qualification or Level 3 Award in Residential Estate Agency
"""


def _nursery(lines: list[str]) -> dict[str, str]:
    cv = "Amira Haddad\n\nExperience\nNursery Assistant – Bright Start, Bath (2021 – present)\n"
    cv += "".join(f"- {x}\n" for x in lines)
    got = match_requirements(job_profile_from_text(NURSERY), resume_profile_from_text(cv), cv)
    return {m.requirement: m.status for m in got}


def test_a_requirement_that_lists_examples_is_shown_by_any_one_of_them() -> None:
    journal = "Experience with an online learning journal (Famly, Tapestry or similar)"
    assert _nursery(["Observations and next steps on Tapestry"])[journal] == "covered"
    assert _nursery(["Observations and next steps in a paper folder"])[journal] != "covered"


@pytest.mark.parametrize(
    "hedge", ["studying, exam booked for March 2027", "distance learning, due June 2027"]
)
def test_a_course_still_under_way_is_weak_even_when_the_hedge_trails_it(hedge: str) -> None:
    award = "Propertymark qualification or Level 3 Award in Residential Estate Agency"
    line = f"Propertymark Level 3 Award in Residential Estate Agency – {hedge}"
    assert _nursery([line])[award] == "weak"
    assert (
        _nursery(["Propertymark Level 3 Award in Residential Estate Agency (2024)"])[award]
        == "covered"
    )


SYSADMIN = """Systems Administrator
Delta Ridge Health, Memphis, TN

Requirements:
- 3+ years of systems administration experience
- At least 1 year of experience in IT support or a helpdesk role
"""


def _years(roles: str) -> dict[str, str]:
    cv = f"Jordan Reese\n\nExperience\n{roles}"
    got = match_requirements(job_profile_from_text(SYSADMIN), resume_profile_from_text(cv), cv)
    return {m.requirement: m.status for m in got}


def test_years_asked_of_a_kind_of_role_count_only_roles_of_that_kind() -> None:
    admin = "3+ years of systems administration experience"
    helpdesk = "IT Support Specialist — Delta Health (Feb 2019 – Present)\n- Tickets and laptops\n"
    sysadmin = "Systems Administrator — Delta Health (Feb 2019 – Present)\n- Linux servers\n"
    assert _years(helpdesk)[admin] == "weak"  # years of work, not of administering systems
    assert _years(sysadmin)[admin] == "covered"


def test_volunteer_years_show_the_work_but_not_the_years_asked() -> None:
    support = "At least 1 year of experience in IT support or a helpdesk role"
    volunteer = "IT Support Volunteer — Digital Inclusion Hub (Jan 2022 – Present)\n- Setups\n"
    paid = "IT Support Technician — Digital Inclusion Hub (Jan 2022 – Present)\n- Setups\n"
    assert _years(volunteer)[support] != "covered"
    assert _years(paid)[support] == "covered"
