"""Postings and résumés read as a recruiter reads them: words that name a skill elsewhere but
not where they stand (an awarding body, a school subject, an employer), quoted lines without
their Markdown, and the evidence a recruiter would quote."""

from __future__ import annotations

from datetime import date

import pytest

from interview_coach.questions.gazetteer import find_skills
from interview_coach.questions.matching import match_requirements
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text
from interview_coach.questions.resume_lines import read_lines
from interview_coach.questions.second_look import lower_qualification, out_of_date


def _match(jd: str, cv: str) -> dict[str, tuple[str, str, str]]:
    """Requirement → (status, reason, first evidence line)."""
    job, resume = job_profile_from_text(jd), resume_profile_from_text(cv)
    return {
        m.requirement: (m.status, m.reason, m.evidence[0].text if m.evidence else "")
        for m in match_requirements(job, resume, cv)
    }


def _skills(line: str) -> set[str]:
    return {h.name for h in find_skills(line)}


EAL = "English as an additional language"


@pytest.mark.parametrize(
    ("line", "is_eal"),
    [
        # An awarding body in brackets after a levelled qualification.
        ("NVQ Level 3 Diploma in Electrical Installation (EAL)", False),
        ("Level 2 Award in Health and Safety in the Workplace (EAL, 2019)", False),
        # The brackets spell out what is named before them, or give a course's subject.
        ("Supported pupils with English as an additional language (EAL)", True),
        ("Diploma in Teaching (ESL)", True),
        ("Taught EAL groups in Years 7 to 9", True),
    ],
)
def test_an_awarding_body_in_brackets_is_not_a_skill(line: str, is_eal: bool) -> None:
    assert (EAL in _skills(line)) is is_eal


@pytest.mark.parametrize(
    ("line", "teaches"),
    [
        ("A Level: English Literature (B), History (C)", False),
        ("GCSEs: English Language, Maths, Science", False),
        ("BA (Hons) English Literature, University of Leeds", False),
        # A teaching qualification, or teaching itself, is teaching.
        ("BA (Hons) English Literature with QTS", True),
        ("Ran a reading intervention group for Year 8", True),
    ],
)
def test_a_school_or_degree_subject_taken_is_not_teaching_it(line: str, teaches: bool) -> None:
    assert ("English teaching" in _skills(line)) is teaches


_WAREHOUSE_CV = """Luis Garcia
Austin, TX

Experience
Pest Control Technician – Lone Star Pest, Austin
June 2021 – Present
- Treat homes and yards for termites, ants and mosquitoes

Warehouse Associate – H-E-B Distribution Center, San Antonio
2018 – 2021
- Picked and packed orders for stores across South Texas
"""


def test_an_employer_s_name_shows_no_skill() -> None:
    resume = resume_profile_from_text(_WAREHOUSE_CV)
    assert "Distribution" not in resume.skills
    units = read_lines(_WAREHOUSE_CV, None, [r.organisation or "" for r in resume.roles])
    assert all("Distribution" not in u.skills for u in units)
    # The same word in the candidate's own work still shows it.
    cv = _WAREHOUSE_CV + "- Ran distribution for 40 stores\n"
    assert "Distribution" in resume_profile_from_text(cv).skills


_MARKDOWN_CV = """# Sam Walker
Redcliffe QLD

## Work history
**Climbing Arborist** – Canopy Crew, Caboolture
July 2019 – Current
- Climb and dismantle *large* trees for residential clients
"""


def test_a_quoted_line_loses_its_markdown_marks() -> None:
    units = read_lines(_MARKDOWN_CV)
    texts = [u.text for u in units]
    assert "Climbing Arborist – Canopy Crew, Caboolture" in texts
    assert "Climb and dismantle large trees for residential clients" in texts
    # Offsets still index the résumé as written, marks and all.
    head = next(u for u in units if u.text.startswith("Climbing"))
    assert _MARKDOWN_CV[head.start : head.end].replace("**", "") == head.text
    got = _match(
        "Climbing Arborist\nCanopy Tree Care – Brisbane\n\nRequirements:\n"
        "- 3+ years of experience as a climbing arborist\n",
        _MARKDOWN_CV,
    )
    evidence = got["3+ years of experience as a climbing arborist"][2]
    assert evidence and "*" not in evidence


def test_marks_around_a_line_s_dates_come_off_as_a_pair() -> None:
    cv = "Jo Reed\n\nExperience\n**Data Analyst Intern** — Granite Water — *06/2025 - 09/2025*\n"
    assert any(
        u.text == "Data Analyst Intern — Granite Water — 06/2025 - 09/2025" for u in read_lines(cv)
    )


_OPTICIAN_JD = """Dispensing Optician
Clearview Opticians – Bath

Requirements:
- Experience dispensing varifocals and high-index lenses
- Able to work one Saturday in three
"""
_OPTICIAN_CV = """Priya Shah
Bath

Profile
Qualified dispensing optician with six years in independent practice, dispensing complex
prescriptions and advising on lens options.

Experience
Dispensing Optician – Lens & Frame, Bristol
March 2019 – Present
- Dispense varifocals and high-index lenses for complex prescriptions
- Process GOS 3 vouchers and NHS paperwork
- Work alternate Saturdays
"""


def test_the_line_in_the_requirement_s_own_words_is_quoted() -> None:
    status, _, line = _match(_OPTICIAN_JD, _OPTICIAN_CV)[
        "Experience dispensing varifocals and high-index lenses"
    ]
    assert status == "covered"
    assert line == "Dispense varifocals and high-index lenses for complex prescriptions"


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Work alternate Saturdays", "covered"),
        ("Saturdays on a one-in-two rota", "covered"),
        # A figure that happens to match ("3" for "three") shows no working time.
        ("Process GOS 3 vouchers and NHS paperwork", "missing"),
    ],
)
def test_a_day_of_the_weekend_is_a_working_time(line: str, status: str) -> None:
    cv = _OPTICIAN_CV.split("- Dispense")[0] + f"- {line}\n"
    got, _, evidence = _match(_OPTICIAN_JD, cv)["Able to work one Saturday in three"]
    assert got == status
    assert evidence == (line if status == "covered" else "")


@pytest.mark.parametrize(
    "card", ["", "OSHA 10-Hour Construction card (heat illness prevention module)"]
)
def test_a_quality_is_quoted_from_the_work_not_a_card_or_a_role_s_head(card: str) -> None:
    jd = (
        "Pest Control Technician\nBugAway – Austin, TX\n\nRequirements:\n"
        "- Comfortable working outdoors in Texas heat\n"
    )
    cv = _WAREHOUSE_CV.split("\n\nWarehouse")[0] + f"\n\nCertifications\n{card}\n"
    status, _, line = _match(jd, cv)["Comfortable working outdoors in Texas heat"]
    assert status == "covered"
    assert line == "Treat homes and yards for termites, ants and mosquitoes"


_ARBORIST_JD = """Climbing Arborist
Canopy Tree Care – Brisbane

Requirements:
- Current Aerial Rescue ticket
- Strong understanding of AS 4373 Pruning of amenity trees

Highly regarded:
- Diploma of Arboriculture
"""


def _arborist(*tickets: str) -> dict[str, tuple[str, str, str]]:
    cv = _MARKDOWN_CV + "\n## Tickets & quals\n" + "".join(f"- {t}\n" for t in tickets)
    return _match(_ARBORIST_JD, cv)


def test_a_ticket_dated_years_back_is_not_the_current_one_asked_for() -> None:
    this_year = date.today().year
    rescue = "Current Aerial Rescue ticket"
    assert _arborist("Aerial Rescue (AHCARB211), 2019")[rescue][0] == "weak"
    assert _arborist(f"Aerial Rescue (AHCARB211), {this_year - 1}")[rescue][0] == "covered"
    # A refresher or an expiry later on the line keeps it current.
    assert _arborist(f"Aerial Rescue, 2019, refreshed {this_year}")[rescue][0] == "covered"


def test_out_of_date_reads_only_tickets_asked_for_as_current() -> None:
    today = date(2026, 12, 8)
    assert out_of_date("Valid first aid certificate", "First Aid at Work, 2021", today) == 2021
    assert out_of_date("Valid first aid certificate", "First Aid at Work, 2024", today) is None
    assert out_of_date("First aid certificate", "First Aid at Work, 2019", today) is None
    # A registration carries the year it began, and is renewed without a new date.
    assert out_of_date("Current GPhC registration", "GPhC registered, 2012", today) is None


def test_an_awareness_course_is_not_a_strong_understanding() -> None:
    standard = "Strong understanding of AS 4373 Pruning of amenity trees"
    assert _arborist("AS 4373 awareness course, 2022")[standard][0] == "weak"
    assert _arborist("Pruning to AS 4373 on council contracts")[standard][0] == "covered"


def test_a_lower_qualification_on_the_ladder_is_not_the_one_asked_for() -> None:
    diploma = "Diploma of Arboriculture"
    got = _arborist("Certificate III in Arboriculture, TAFE Queensland, 2023")[diploma]
    assert got[0] == "missing"
    assert _arborist("Diploma of Arboriculture, 2024")[diploma][0] == "covered"


@pytest.mark.parametrize(
    ("requirement", "line", "lower"),
    [
        ("Diploma of Arboriculture", "Certificate IV in Arboriculture", True),
        ("Certificate III in Horticulture", "Certificate II in Horticulture", True),
        ("Certificate III in Horticulture", "Diploma of Horticulture", False),
        # A high school diploma is on no such ladder, nor a levelled English one.
        ("High school diploma or GED", "Certificate III in Hospitality", False),
        ("Level 3 Diploma in Childcare", "Level 2 Certificate in Childcare", False),
    ],
)
def test_the_qualification_ladder(requirement: str, line: str, lower: bool) -> None:
    assert lower_qualification(requirement, line) is lower


_FUNERAL_JD = """Funeral Director
Hartley & Sons Funeral Directors – Harrogate

Requirements:
- Experience of pre-paid funeral plans
- Garda vetting will be carried out prior to appointment
"""
_FUNERAL_CV = """Niamh Byrne
Harrogate

Profile
Compassionate funeral director with eight years supporting bereaved families from first call
to committal.

Experience
Funeral Arranger – Dignity Funerals, Ripon
2017 – Present
- Arrange funerals with families and complete cremation paperwork
"""


def test_closeness_through_the_trade_s_own_name_alone_is_not_the_thing_asked() -> None:
    plans = "Experience of pre-paid funeral plans"
    assert _match(_FUNERAL_JD, _FUNERAL_CV)[plans][0] == "weak"
    cv = _FUNERAL_CV + "- Sold and administered pre-paid funeral plans\n"
    assert _match(_FUNERAL_JD, cv)[plans][0] == "covered"


def test_a_check_carried_out_before_appointment_is_the_employer_s_step() -> None:
    vetting = "Garda vetting will be carried out prior to appointment"
    assert _match(_FUNERAL_JD, _FUNERAL_CV)[vetting][0] == "missing"
    # A line close to it in words does not do it before the start either.
    cv = _FUNERAL_CV + "- Completed vetting paperwork for new starters\n"
    assert _match(_FUNERAL_JD, cv)[vetting][0] == "missing"
    cv = _FUNERAL_CV + "\nCertifications\nGarda vetted (2024)\n"
    assert _match(_FUNERAL_JD, cv)[vetting][0] == "covered"


def test_a_ticket_shown_in_part_is_prepared_as_held_or_not() -> None:
    from interview_coach.questions.prep import _weak_suggestion

    for held in ("Current aerial rescue ticket", "CSCS card", "ECS accreditation"):
        assert _weak_suggestion(held).startswith("Say where you stand on"), held
    practised = _weak_suggestion("Experience of tree surveys")
    assert practised.startswith("Prepare one concrete example of")


def test_a_job_term_met_in_other_words_marks_those_words_not_the_sentence() -> None:
    from interview_coach.questions.matching import terms_in_answer

    answer = (
        "On admission I always reconcile each patient's medicines against their GP record, "
        "and I flag any difference to the ward pharmacist."
    )
    [hit] = terms_in_answer(answer, ["Medicines reconciliation"])
    assert hit.text == "reconcile each patient's medicines"
    assert answer[hit.start : hit.end] == hit.text
