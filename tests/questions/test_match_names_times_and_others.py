"""What a recruiter checks before calling a requirement covered: the name asked for is the
one on the résumé ("OSHA 30", not "OSHA 10"), a lapsed or unfinished credential is partial,
the working times asked for are stated, and a colleague's credential is not the candidate's.
Each requirement has a twin the résumé does show."""

from __future__ import annotations

from interview_coach.questions.matching import match_requirements
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

JOB = """Site Electrician
Larkfield Building Services, Reading

Requirements:
- OSHA 30 Construction
- AWS D1.2 (aluminum) or D17.1 certification
- Experience with Kotlin or TypeScript
- Experience with a case management system (e.g. Proclaim, Osprey, LEAP)
- ADR licence (packages and/or tanks)
- NFPA 70E arc flash training
- Gas Safe registration
- SMSTS (Site Management Safety Training Scheme), in date
- Able to work alternate weekends
- Willing to work 2nd shift and occasional Saturdays
- Payments or marketplace experience
- Good working knowledge of Microsoft Word, Excel and Outlook
"""

CV = """Jordan Pike
jordan.pike@example.com

Experience
Site Supervisor - Corran Construction (2019 - present)
- Worked alongside Gas Safe registered engineers on boiler swaps
- Built a booking tool for a ride-hailing marketplace in Kotlin
- Case management on Proclaim
- Rotating weekend shifts on the maintenance rota
- Day shift lead for a crew of six

Certifications
- OSHA 10-Hour Construction Safety, 2017
- AWS D1.1 Structural Steel, 3G and 4G plate
- ADR certificate (packages, classes 2-9) - valid until 05.2022, not renewed
- NFPA 70E Electrical Safety in the Workplace, card expired 2021
- SMSTS, renewed 2024

Skills
Microsoft Office (Word, Excel - VLOOKUPs and basic pivot tables, Outlook)
"""


def _statuses(cv: str = CV) -> dict[str, str]:
    got = match_requirements(job_profile_from_text(JOB), resume_profile_from_text(cv), cv)
    return {m.requirement: m.status for m in got}


def test_a_name_asked_for_must_be_the_one_held() -> None:
    got = _statuses()
    assert got["OSHA 30 Construction"] != "covered"  # OSHA 10 is a lower card
    assert got["AWS D1.2 (aluminum) or D17.1 certification"] != "covered"  # D1.1 is another
    assert got["SMSTS (Site Management Safety Training Scheme), in date"] == "covered"


def test_one_name_of_several_alternatives_or_examples_is_enough() -> None:
    got = _statuses()
    assert got["Experience with Kotlin or TypeScript"] == "covered"
    assert got["Experience with a case management system (e.g. Proclaim, Osprey, LEAP)"] == (
        "covered"
    )
    assert got["Payments or marketplace experience"] == "covered"


def test_a_lapsed_credential_is_partial() -> None:
    got = _statuses()
    assert got["ADR licence (packages and/or tanks)"] == "weak"
    assert got["NFPA 70E arc flash training"] == "weak"
    renewed = CV.replace("valid until 05.2022, not renewed", "valid until 05.2028").replace(
        "card expired 2021", "card valid to 2027"
    )
    got = _statuses(renewed)
    assert got["ADR licence (packages and/or tanks)"] == "covered"
    assert got["NFPA 70E arc flash training"] == "covered"


def test_a_hedge_before_one_item_does_not_reach_another_named_plainly() -> None:
    assert _statuses()["Good working knowledge of Microsoft Word, Excel and Outlook"] == "covered"


def test_working_times_are_shown_only_by_the_times_stated() -> None:
    got = _statuses()
    assert got["Able to work alternate weekends"] == "covered"
    assert got["Willing to work 2nd shift and occasional Saturdays"] == "missing"  # day shifts
    no_times = CV.replace("- Rotating weekend shifts on the maintenance rota\n", "")
    assert _statuses(no_times)["Able to work alternate weekends"] == "missing"


def test_a_colleagues_credential_is_not_the_candidates() -> None:
    assert _statuses()["Gas Safe registration"] != "covered"
    own = CV.replace("Worked alongside Gas Safe registered engineers", "Gas Safe registered")
    assert _statuses(own)["Gas Safe registration"] == "covered"


def test_a_line_about_the_job_wanted_is_not_evidence() -> None:
    job = "Veterinary Nurse\nRiverside Vets\n\nRequirements:\n- Experience running nurse clinics\n"
    cv = (
        "Hannah Lewis\n\nProfile\nLooking for a practice that values its nurses and runs "
        "nurse clinics.\n\nExperience\nVeterinary Nurse - Dereham Vets (2019 - present)\n"
        "- Monitored anaesthesia for routine surgery\n"
    )
    got = match_requirements(job_profile_from_text(job), resume_profile_from_text(cv), cv)
    assert all("Looking for" not in e.text for m in got for e in m.evidence)


def test_a_trades_licence_is_not_a_driving_licence() -> None:
    job = (
        "Commercial Electrician\nLone Star Electric\n\nRequirements:\n"
        "- Valid Texas driver's license and reliable transportation\n"
    )
    cv = (
        "Dan Ruiz\n\nExperience\nJourneyman Electrician - Alamo Power (2019 - present)\n"
        "- Wired retail fit-outs\n\nLicences\nTexas Journeyman Electrician License, TDLR #198247\n"
    )
    got = match_requirements(job_profile_from_text(job), resume_profile_from_text(cv), cv)
    assert got[0].status == "missing"
    driver = cv + "Valid Texas driver license, clean record\n"
    got = match_requirements(job_profile_from_text(job), resume_profile_from_text(driver), driver)
    assert got[0].status == "covered" and "driver license" in got[0].evidence[0].text
