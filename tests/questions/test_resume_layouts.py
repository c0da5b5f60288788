"""Résumé roles in the layouts people use: dates on a line of their own above or below the
role, the employer on its own line, a title with its promotion, a career break that is not a
job, and a name followed by the title sought."""

from __future__ import annotations

from interview_coach.questions.resume import resume_profile_from_text


def roles(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(r.title, r.organisation, r.start, r.end) for r in resume_profile_from_text(text).roles]


def test_dates_above_the_role_line() -> None:
    cv = (
        "Priya Lakhani\n\nEXPERIENCE\n\nMar 2020 – now\n"
        "Head Baker – Crumb & Co Bakery, Ludlow\n- Ran the night bake for four shops\n\n"
        "2016 - 2020 (part-time)\nApprentice, then Baker, Teme Valley Bread Ltd, Tenbury\n"
        "- Laminated dough for 300 croissants a day\n"
    )
    assert roles(cv) == [
        ("Head Baker", "Crumb & Co Bakery", "Mar 2020", "Now"),
        ("Apprentice, then Baker", "Teme Valley Bread Ltd", "2016", "2020"),
    ]


def test_title_and_employer_on_their_own_lines_over_the_dates() -> None:
    cv = (
        "Tom Ashdown\n\nWORK\nReceptionist – Out-of-Hours Team\nMarlow Vets Group, Bicester\n"
        "2021 to now\n- Triage calls for three surgeries and book emergency slots\n\n"
        "Volunteer, Bicester Food Bank (Saturdays)\n2019 to 2021\n"
    )
    assert roles(cv) == [
        ("Receptionist – Out-of-Hours Team", "Marlow Vets Group", "2021", "Now"),
        ("Volunteer", "Bicester Food Bank", "2019", "2021"),
    ]


def test_a_role_noun_names_the_job_before_a_place_that_sounds_like_a_trade() -> None:
    cv = (
        "Sam Ode\n\nExperience\n**Harbourside Hotel, Poole — Commis Chef**\n_05/2015–08/2018_\n"
        "- Larder and pastry sections\n"
    )
    assert roles(cv) == [("Commis Chef", "Harbourside Hotel", "05/2015", "08/2018")]


def test_a_career_break_is_not_a_job_and_a_note_on_dates_is_not_a_name() -> None:
    cv = (
        "Ana Ruiz\n\nExperience\n**Radiographer — Tarnside General Hospital, Hull**\n"
        "Jan 2022 – Present\n- Plain film and CT\n\n"
        "*Career break, Jun 2019 – Dec 2021: caring for my father.*\n\n"
        "### Sales Assistant · Brightwell Shoes, York\n*Sept 2014 – May 2017, while at "
        "university*\n- Weekend shifts\n"
    )
    assert roles(cv) == [
        ("Radiographer", "Tarnside General Hospital", "Jan 2022", "Present"),
        ("Sales Assistant", "Brightwell Shoes", "Sept 2014", "May 2017"),
    ]


def test_the_name_before_the_title_sought() -> None:
    profile = resume_profile_from_text("# Declan Morrow — Sous Chef\n\nExperience\n- Cooking\n")
    assert profile.name == "Declan Morrow"


def test_evidence_is_the_line_in_the_requirements_own_words() -> None:
    from interview_coach.questions.matching import match_requirements
    from interview_coach.questions.profile import job_profile_from_text

    job = job_profile_from_text(
        "Electrician\n\n## Must haves\n- City & Guilds 2391 Inspection and Testing\n"
    )
    cv = (
        "Ravi Mehta\n\nExperience\nElectrician, Sparkwell Ltd, 2019 - present\n"
        "- Periodic inspection and testing of shops and offices\n\n"
        "Certifications\nCity & Guilds 2391-52 Inspection and Testing (2021)\n"
    )
    [status] = match_requirements(job, resume_profile_from_text(cv), cv)
    assert status.status == "covered"
    assert status.evidence[0].text == "City & Guilds 2391-52 Inspection and Testing (2021)"


def test_the_employer_and_dates_over_the_title() -> None:
    cv = (
        "Ann Lee\n\nExperience\nSt Anne's Hospital (2019 – present)\nSenior Staff Nurse\n"
        "- Led a team of 8\n\nCity Clinic, 2015 - 2019\nStaff Nurse\n- Ran the asthma clinic\n"
    )
    assert roles(cv) == [
        ("Senior Staff Nurse", "St Anne's Hospital", "2019", "Present"),
        ("Staff Nurse", "City Clinic", "2015", "2019"),
    ]
