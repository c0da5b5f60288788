"""Questions about one's own team are planned only for jobs that lead people: a driver is not
asked how they manage a team across shifts, a store manager is."""

from __future__ import annotations

import pytest

from interview_coach.questions.bank import load_bank
from interview_coach.questions.leading import leads_people
from interview_coach.questions.plan import build_plan
from interview_coach.questions.profile import job_profile_from_text

DRIVER = """HGV Class 1 Driver – Nights
Northern Freight Ltd, Doncaster DN4
Salary: £38,000 – £42,000 per year plus overtime

We are looking for an experienced Class 1 (C+E) driver to join our night trunking team.

Requirements:
- Full UK C+E licence with no more than 6 points
- Valid Driver CPC card and digital tachograph card
- At least 2 years' Class 1 experience, ideally on trunking or multi-drop
- Good knowledge of drivers' hours and working time rules
- Able to complete daily walk-round vehicle checks and report defects
"""

SHIFT_LEAD = """Warehouse Shift Supervisor
Brookfield Distribution, Wakefield

Responsibilities:
- Supervise a team of 14 pickers and two forklift drivers on the late shift
- Hold return-to-work conversations and weekly one-to-ones
- Keep pick rates and accuracy on target

Requirements:
- Two years' experience in a busy warehouse
- Counterbalance forklift licence
"""

DUTIES_ONLY = """Transport Planner
Hartley Logistics, Leeds

Responsibilities:
- Plan daily routes for 40 vehicles
- Line manage two junior planners and cover the transport office rota
"""


@pytest.mark.parametrize(
    ("text", "leads"),
    [(DRIVER, False), (SHIFT_LEAD, True), (DUTIES_ONLY, True)],
    ids=["driver", "supervisor by title", "line manager by duty"],
)
def test_a_job_leads_people_by_its_title_or_its_duties(text: str, leads: bool) -> None:
    assert leads_people(job_profile_from_text(text)) is leads


def _asked(text: str) -> list[str]:
    plan = build_plan(job_profile_from_text(text), None, minutes=60)
    return [q.id or "" for stage in plan.stages for q in stage.questions]


def test_a_drivers_plan_asks_nothing_about_a_team_they_would_manage() -> None:
    bank = load_bank()
    managing = {q.id for q in bank.questions if q.manages_people}
    assert "ops-shift-007" in managing
    asked = _asked(DRIVER)
    assert asked
    assert not managing & set(asked)


def test_a_supervisors_plan_may_ask_about_their_team() -> None:
    bank = load_bank()
    pool = bank.filter(category="role_specific", job_family="operations_logistics")
    assert any(q.manages_people for q in pool)
    assert not any(
        q.manages_people
        for q in bank.filter(
            category="role_specific", job_family="operations_logistics", leads_people=False
        )
    )
    managing = {q.id for q in bank.questions if q.manages_people}
    assert managing & set(_asked(SHIFT_LEAD))


def test_a_dental_nurse_is_planned_as_clinic_work_not_ward_nursing() -> None:
    job = job_profile_from_text(
        "Dental Nurse\nSmile Bright Dental Care, Leeds\n\nWe are looking for a qualified "
        "dental nurse to support two dentists across NHS and private lists.\n\nRequirements:\n"
        "- GDC registration\n- Decontamination to HTM 01-05\n- Chairside support\n"
    )
    assert job.job_family == "pharmacy_allied_health"
