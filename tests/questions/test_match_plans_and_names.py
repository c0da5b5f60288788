"""What a résumé shows, read as a recruiter reads it: a plan is not experience, a related
credential is not the one asked for, a licence on the contact line still counts, and a name
the skills list does not know is met word for word."""

from __future__ import annotations

from interview_coach.questions.matching import match_requirements, names_credential
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

JOB = """Clinical Pharmacist
Severnside Hospitals, Gloucester

Requirements:
- Hospital pharmacy experience
- Working towards a Postgraduate Diploma in Clinical Pharmacy
- Full driving licence and own car
- CILEx or CLC qualification
- Right to work in the UK

Desirable:
- Interest in becoming an independent prescriber
"""

CV = """Sam Okoro
Stroud | 07700 900123 | sam.okoro@post.example | Full UK driving licence, own car
British citizen

Profile
Community pharmacist with three years' experience since registration. Now looking to move
into hospital pharmacy to build clinical depth.
Hoping to start the independent prescribing course next year.

Experience
Pharmacist – Cotswold Community Pharmacy (2023 – present)
- Structured medication reviews and New Medicine Service consultations
- Ran the flu vaccination clinic for two winters

Education
MPharm (Hons) Pharmacy, University of Bath, 2019–2023
CILEx Level 3 Certificate in Law and Practice (2018)
"""


def _match() -> dict[str, tuple[str, tuple[str, ...]]]:
    got = match_requirements(job_profile_from_text(JOB), resume_profile_from_text(CV), CV)
    return {m.requirement: (m.status, tuple(e.text for e in m.evidence)) for m in got}


def test_a_plan_to_move_into_the_work_is_not_experience_of_it() -> None:
    _, evidence = _match()["Hospital pharmacy experience"]
    assert not any("hospital" in e.lower() for e in evidence)
    job = job_profile_from_text("Teaching Assistant\n\nRequirements:\n- Experience in a school\n")
    cv = (
        "Profile\nSupport worker with nine years supporting autistic adults. Now looking to"
        " move into a school as a teaching assistant.\n\nExperience\nSupport Worker – Brightpath"
        " Care (2016 – present)\n- Key worker for four adults\n"
    )
    (got,) = match_requirements(job, resume_profile_from_text(cv), cv)
    assert got.status == "missing", got


def test_a_quote_cut_before_a_plan_does_not_end_on_its_joining_word() -> None:
    from interview_coach.questions.resume_lines import read_lines

    lines = read_lines("Profile\nCalm under pressure and interested in older people's medicine.\n")
    assert [u.text for u in lines if not u.hope] == ["Calm under pressure"]


def test_a_plan_meets_a_requirement_that_asks_for_an_interest() -> None:
    status, evidence = _match()["Interest in becoming an independent prescriber"]
    assert status == "covered"
    assert any("independent prescribing" in e for e in evidence)


def test_a_related_degree_is_not_the_diploma_asked_for() -> None:
    status, _ = _match()["Working towards a Postgraduate Diploma in Clinical Pharmacy"]
    assert status != "covered"


def test_a_licence_on_the_contact_line_counts_and_the_phone_number_is_never_quoted() -> None:
    status, evidence = _match()["Full driving licence and own car"]
    assert status == "covered"
    assert evidence == ("Full UK driving licence, own car",)
    for _, quoted in _match().values():
        assert not any("07700" in e or "@" in e for e in quoted)


def test_a_name_the_skills_list_lacks_is_met_word_for_word() -> None:
    status, evidence = _match()["CILEx or CLC qualification"]
    assert status == "covered"
    assert any(e.startswith("CILEx") for e in evidence)


def test_citizenship_shows_the_right_to_work() -> None:
    status, evidence = _match()["Right to work in the UK"]
    assert status == "covered"
    assert evidence == ("British citizen",)


def test_a_credential_named_by_title_differs_from_one_described() -> None:
    assert names_credential("Member of the Royal College of Occupational Therapists")
    assert names_credential("Working towards a Postgraduate Diploma in Clinical Pharmacy")
    assert not names_credential("A degree or qualification in a numerate subject")
    assert not names_credential("Level 3 Teaching Assistant Certificate or equivalent")


def test_reading_stops_at_the_limit_with_the_same_first_lines() -> None:
    from interview_coach.questions.resume_lines import read_lines

    text = "Profile\n" + "Ran the pharmacy counter. " * 50
    assert read_lines(text, 5) == read_lines(text)[:5]
    assert len(read_lines(text, 5)) == 5


def test_items_too_short_to_say_anything_give_no_lines() -> None:
    from interview_coach.questions.resume_lines import read_lines

    assert read_lines("Experience\n" + "ab|" * 200) == []
    lines = read_lines("Experience\n" + "ab|" * 20 + "Ran the pharmacy counter")
    assert [u.text for u in lines] == ["Ran the pharmacy counter"]
