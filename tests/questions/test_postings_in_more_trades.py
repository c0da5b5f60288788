"""Postings and résumés from trades the labelled sets hold few of (lift servicing, tree work,
pest control, funerals, opticians, home-care scheduling): the family of a trade's title, the
sections such postings and résumés are written in, and the lines quoted as evidence."""

from __future__ import annotations

import pytest

from interview_coach.questions.families import family_for_title
from interview_coach.questions.gazetteer import find_skills
from interview_coach.questions.matching import match_requirements
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text


def _match(jd: str, cv: str) -> dict[str, tuple[str, str, str]]:
    """Requirement → (status, reason, first evidence line)."""
    job, resume = job_profile_from_text(jd), resume_profile_from_text(cv)
    return {
        m.requirement: (m.status, m.reason, m.evidence[0].text if m.evidence else "")
        for m in match_requirements(job, resume, cv)
    }


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Lift Service Engineer", "skilled_trades_manufacturing"),
        ("Field Service Engineer – Boilers", "skilled_trades_manufacturing"),
        ("Qualified Arborist / Climber", "skilled_trades_manufacturing"),
        ("Pest Control Technician", "skilled_trades_manufacturing"),
        # "Engineer" alone is still software; a service desk is still IT support.
        ("Senior Software Engineer", "software_engineering"),
        ("Service Desk Engineer", "it_support"),
    ],
)
def test_a_trade_that_services_equipment_on_site_is_a_skilled_trade(
    title: str, family: str
) -> None:
    assert family_for_title(title) == family


def test_highly_regarded_heads_the_desirable_items() -> None:
    # Australian postings head what they would like as "Highly regarded:".
    job = job_profile_from_text(
        "Arborist\nCanopy Tree Care – Brisbane\n\nRequirements:\n"
        "- Certificate III in Arboriculture\n- Current Aerial Rescue ticket\n\n"
        "Highly regarded:\n- Powerline clearance ticket\n- Diploma of Arboriculture\n\n"
        "What we offer:\n- Paid overtime\n"
    )
    kinds = {r.text: r.kind for r in job.requirements}
    assert kinds == {
        "Certificate III in Arboriculture": "required",
        "Current Aerial Rescue ticket": "required",
        "Powerline clearance ticket": "nice_to_have",
        "Diploma of Arboriculture": "nice_to_have",
    }


_TICKETS_CV = """# Sam Walker
Redcliffe QLD | 0412 000 111

## Work history
**Climbing Arborist** – Canopy Crew, Caboolture
July 2022 – Current
- Climb and dismantle trees for residential clients

## Tickets & quals
- Certificate III in Arboriculture, TAFE Queensland, 2023
- First Aid HLTAID011, March 2025

## Systems
Optisoft, Microsoft Office

## Interests
Five-a-side football, fishing.

## Referees
Available on request
"""


def test_tickets_interests_systems_and_referees_are_sections_of_their_own() -> None:
    resume = resume_profile_from_text(_TICKETS_CV)
    assert resume.certifications == (
        "Certificate III in Arboriculture, TAFE Queensland, 2023",
        "First Aid HLTAID011, March 2025",
    )
    assert resume.education == ()
    assert "Microsoft Office" in resume.skills


def test_a_ticket_under_tickets_shows_the_certificate_asked_for() -> None:
    got = _match(
        "Arborist\nCanopy Tree Care – Brisbane\n\nRequirements:\n"
        "- First Aid certificate (HLTAID011)\n- Certificate III in Arboriculture\n",
        _TICKETS_CV,
    )
    assert got["First Aid certificate (HLTAID011)"][0] == "covered"
    assert got["First Aid certificate (HLTAID011)"][2].startswith("First Aid HLTAID011")


@pytest.mark.parametrize(
    ("line", "is_c"),
    [
        # A letter in brackets after a subject is its grade.
        ("A Levels: Sociology (B), Religious Studies (C) – Harrogate Grammar School", False),
        ("GCSE Maths (C), English (B)", False),
        ("Languages: Python, C, Rust", True),
        ("Embedded firmware (C, C++)", True),
    ],
)
def test_a_grade_in_brackets_is_not_the_c_language(line: str, is_c: bool) -> None:
    assert ("C" in {h.name for h in find_skills(line)}) is is_c


@pytest.mark.parametrize(
    ("line", "onboards"),
    [
        # A site's induction is one the candidate sat, not new staff brought on board.
        ("Construction induction card (White Card)", False),
        ("White Card (General Construction Induction)", False),
        ("Site induction completed at each new job", False),
        ("Ran inductions for new starters", True),
        ("Onboarding and induction of new carers", True),
    ],
)
def test_a_site_or_construction_induction_is_not_onboarding(line: str, onboards: bool) -> None:
    assert ("Onboarding" in {h.name for h in find_skills(line)}) is onboards


_ROUTE_CV = """Daniel Hart
Stockport

Experience

Lift Service Engineer — Northern Lift Services, Salford
March 2021 – Present
- Maintain a route of 85 passenger and goods lifts across Salford
- Diagnose controller and door operator faults on traction and hydraulic units

Funeral Arranger
Dignity Funerals (Ripon branch) | June 2019 – February 2021
- Arrange around 150 funerals a year, meeting families at the branch and in their homes
"""


def test_a_date_or_an_employer_line_is_no_evidence_even_of_related_work() -> None:
    # "March 2021 – Present" had made "18th Edition" weak, and an employer's name
    # "Experience of embalming": near in meaning to anything, they show nothing.
    got = _match(
        "Lift Engineer\nApex Lifts – Manchester\n\nDesirable\n- 18th Edition\n"
        "- Experience of embalming or hygienic treatment\n",
        _ROUTE_CV,
    )
    assert got["18th Edition"][0] == "missing"
    assert got["Experience of embalming or hygienic treatment"][0] == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "- Part of the out-of-hours call-out rota for removals (one week in four)",
        "- Covered the on call rota for lift breakdowns",
    ],
)
def test_on_call_is_shown_by_a_call_out_or_out_of_hours_rota(line: str) -> None:
    got = _match(
        "Funeral Director\nHollins & Ward – Harrogate\n\nAbout you\n"
        "* Able to work on-call nights and weekends\n",
        f"Sam Lee\n\nWork history\n\nFuneral Arranger\nJune 2022 – present\n{line}\n",
    )
    assert got["Able to work on-call nights and weekends"][0] == "covered"
