"""A personal quality ("a calm phone manner", "kindness and patience") is not proved on paper:
a recruiter takes work that calls on it as showing it, and leaves the interview to test it.
Experience, knowledge, a credential or a named skill still needs its own evidence."""

from __future__ import annotations

from interview_coach.questions.matching import match_requirements
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

JOB = """Patient Coordinator
Harbourside Physio, Falmouth

Requirements:
- A calm, friendly phone manner
- Patience and kindness with anxious patients
- Experience of orthopaedic clinics
- Proficiency in Cliniko or a similar booking system
"""

CV = """Alex Morgan
alex@example.com

Experience
Receptionist – Penryn Family Dental (2021 – present)
- Cover reception two days a week: phones, bookings, recalls and payments
- Chairside support for children's appointments

Retail Assistant – Trago Mills (2018 – 2021)
- Served customers on the tills and handled returns
"""


def _statuses() -> dict[str, str]:
    got = match_requirements(job_profile_from_text(JOB), resume_profile_from_text(CV), CV)
    return {m.requirement: m.status for m in got}


def test_work_that_calls_on_a_quality_shows_it() -> None:
    assert _statuses()["A calm, friendly phone manner"] == "covered"


def test_a_quality_nothing_in_the_work_calls_on_is_not_shown() -> None:
    assert _statuses()["Patience and kindness with anxious patients"] == "missing"


def test_a_quality_with_no_work_on_the_resume_is_not_shown() -> None:
    cv = "Sam Lee\nsam@example.com\n\nEducation\nBTEC Level 3 in Business, Truro College (2025)\n"
    got = match_requirements(job_profile_from_text(JOB), resume_profile_from_text(cv), cv)
    statuses = {m.requirement: m.status for m in got}
    assert statuses["Patience and kindness with anxious patients"] == "missing"


def test_experience_and_a_named_tool_still_need_their_own_evidence() -> None:
    statuses = _statuses()
    assert statuses["Experience of orthopaedic clinics"] != "covered"
    assert statuses["Proficiency in Cliniko or a similar booking system"] != "covered"
