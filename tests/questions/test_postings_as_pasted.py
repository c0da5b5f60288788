"""Postings and résumés as a new user pastes them: a list's heading written as a sentence, a
line saying what is no longer asked, a posting pasted twice, a driving licence named by its
class, someone else's credential told on one's own line; and `plan --prep` in one JSON
document whose coverage is the prep sheet's."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from interview_coach.cli import main
from interview_coach.config import get_settings
from interview_coach.questions.holders import own_words
from interview_coach.questions.matching import match_requirements
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

JOB = """Veterinary Nurse
Banksia Vets, Geelong VIC

What you'll need
- Certificate IV in Veterinary Nursing
- Current driver's licence
- Proof of COVID-19 vaccination is no longer required

It would be great if you also had
- Diploma of Veterinary Nursing
- Interest in dentistry or feline medicine
"""


def _kinds(text: str) -> dict[str, str]:
    return {r.text: r.kind for r in job_profile_from_text(text).requirements}


def test_a_sentence_over_a_list_is_its_heading() -> None:
    assert _kinds(JOB) == {
        "Certificate IV in Veterinary Nursing": "required",
        "Current driver's licence": "required",
        "Diploma of Veterinary Nursing": "nice_to_have",
        "Interest in dentistry or feline medicine": "nice_to_have",
    }
    # A line naming a skill is not a heading: the list under it stays in the section above.
    skill_first = JOB.replace("It would be great if you also had", "Strong Excel skills")
    assert _kinds(skill_first)["Diploma of Veterinary Nursing"] == "required"


def test_what_is_not_asked_is_not_a_requirement_and_a_posting_pasted_twice_counts_once() -> None:
    text = JOB + (
        "\nRequirements\n- No experience necessary, full training given\n- Degree not required\n"
    )
    kinds = _kinds(text + "\n" + text)
    assert len(job_profile_from_text(text + "\n" + text).requirements) == len(kinds) == 4
    assert not any("required" in t or "necessary" in t for t in kinds)
    # Said with a condition, it is still asked.
    assert _kinds("Nurse\n\nRequirements\n- A degree is not required but you must have 3 years "
                  "on a ward\n")  # fmt: skip


def _status(requirement: str, cv: str) -> tuple[str, str]:
    job = job_profile_from_text(f"Site Engineer\n\nRequirements\n- {requirement}\n")
    (m,) = match_requirements(job, resume_profile_from_text(cv), cv)
    return m.status, m.reason


def test_a_driving_licence_named_by_its_class_is_a_driving_licence() -> None:
    cv = "Ana Ruiz\n\nExperience\nSite Engineer, Hume Civil (2020 - present)\n\nLicences\n- {}\n"
    assert _status("Valid driver's licence", cv.format("Valid Ontario G licence"))[0] == "covered"
    full = "NZ Class 1 full driver's licence"
    assert _status(full, cv.format("NZ Class 1 full licence"))[0] == "covered"
    assert _status(full, cv.format("NZ Class 1 restricted licence"))[0] == "weak"
    # A trade's licence is still not a driving licence.
    trade = _status("Valid driver's licence", cv.format("Journeyman Electrician License"))
    assert trade == ("missing", "no driving licence on the résumé")


def test_someone_elses_credential_on_the_candidates_line_is_not_theirs() -> None:
    theirs = [
        ("Our practice's head nurse holds the Diploma of Veterinary Nursing, and I assisted "
         "her in theatre", ", and I assisted her in theatre"),
        ("My sister is a certified dental assistant, so I know the work", ", so I know the work"),
        ("Worked alongside our Project Engineer, who is CPEng, on the deck",
         "Worked , on the deck"),
        ("My supervisor was impressed and I got promoted", "and I got promoted"),
    ]  # fmt: skip
    for line, kept in theirs:
        assert " ".join(own_words(line).split()) == kept
    for line in ("My NVQ Level 3 is in Health and Social Care", "My role as site engineer is "
                 "to set out", "The team I lead has a 98% pass rate"):  # fmt: skip
        assert own_words(line) == line
    cv = "Mia Hart\n\nExperience\nVet Nurse (2021 - present)\n- {}\n"
    diploma = "Diploma of Veterinary Nursing"
    head = "Our practice's head nurse holds the Diploma of Veterinary Nursing"
    assert _status(diploma, cv.format(head))[0] != "covered"
    assert _status(diploma, cv.format("Diploma of Veterinary Nursing, 2022"))[0] == "covered"


def test_plan_with_prep_as_json_is_one_document_with_the_prep_sheets_coverage(
    tmp_path: Path,
) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text(
        "Warehouse Supervisor\nNorthgate Foods, Leeds\n\nRequirements\n- Counterbalance "
        "forklift licence\n- 2 years leading a shift team\n- Experience with WMS such as "
        "Manhattan or SAP EWM\n",
        encoding="utf-8",
    )
    cv = tmp_path / "cv.txt"
    cv.write_text(
        "Ann Lee\n\nExperience\nShift Lead, Acme Foods (2019 - 2024)\n- Led a shift team of 12"
        "\n- Counterbalance forklift licence (RTITB)\n",
        encoding="utf-8",
    )
    get_settings.cache_clear()
    try:
        args = ["--job-description", str(jd), "--resume", str(cv), "--format", "json"]
        env = {"INTERVIEW_COACH_HOME": str(tmp_path / "home")}
        planned = CliRunner().invoke(main, ["plan", *args, "--prep"], env=env)
        prepped = CliRunner().invoke(main, ["prep", *args], env=env)
    finally:
        get_settings.cache_clear()
    assert planned.exit_code == 0 and prepped.exit_code == 0
    both = json.loads(planned.stdout)  # one document, not two back to back
    assert set(both) == {"plan", "prep"}
    note = next(n for n in both["plan"]["notes"] if n.startswith("Résumé coverage"))
    prep = json.loads(prepped.stdout)["prep"]
    assert note == f"Résumé coverage of the required items: {prep['coverage']:.0%}."
    assert both["prep"]["requirements"] == prep["requirements"]  # the same evidence, quoted


def _match(requirement: str, cv: str) -> tuple[str, str, str]:
    job = job_profile_from_text(f"Payroll Officer\n\nRequirements\n- {requirement}\n")
    (m,) = match_requirements(job, resume_profile_from_text(cv), cv)
    return m.status, m.reason, m.evidence[0].text if m.evidence else ""


def test_a_quality_is_quoted_from_work_not_from_a_date_or_a_title() -> None:
    cv = (
        "Ana Ruiz\n\nExperience\nOvernight Freight Team Lead\nJan 2020 - Present\n"
        "- Coached new hires on unloading, pallet jack safety and scanning\n"
        "- Unloaded two trailers a night with a crew of eight\n"
    )
    lead = "Ability to lead, coach and motivate a team of 10-20 associates"
    status, reason, quoted = _match(lead, cv)
    assert status == "covered" and "personal quality" in reason
    assert quoted.startswith(("Coached", "Unloaded"))  # work, not the title or the dates


def test_ability_to_work_nights_asks_when_one_can_work() -> None:
    cv = "Ana Ruiz\n\nExperience\nShift Lead (2020 - present)\n- {}\n"
    nights = "Ability to work 4 on / 4 off nights, including weekends"
    status, reason, quoted = _match(nights, cv.format("Run a night picking team of 22"))
    assert (status, reason, quoted) == ("covered", "names the working times",
                                        "Run a night picking team of 22")  # fmt: skip
    assert _match(nights, cv.format("Run a picking team of 22"))[0] == "missing"


def test_a_kind_of_system_by_its_acronym_is_shown_by_one_of_its_kind() -> None:
    cv = "Ana Ruiz\n\nExperience\nPayroll Officer (2020 - present)\n- {}\n"
    hris = "Experience with HRIS systems such as Ceridian Dayforce or UKG Pro"
    assert _match(hris, cv.format("Ran payroll for 850 staff in Ceridian Dayforce"))[0] == (
        "covered"
    )
    # An acronym's plural is the acronym, and a name is still a name ("OSHA 30" is not 10).
    assert (
        _match("ITPs and QA files", cv.format("Prepared ITP checklists for the QA file"))[0]
        == "covered"
    )
    assert _match("OSHA 30 card", cv.format("OSHA 10 card, 2019"))[0] != "covered"


def test_someone_in_work_is_not_asked_what_they_have_done_since_their_last_job() -> None:
    from interview_coach.questions.bank import JOB_FAMILIES
    from interview_coach.questions.plan import build_plan

    cv = (
        "Ana Ruiz\n\nExperience\nSite Engineer, Hume Civil, Jul 2024 - {end}\n- Set out kerbs\n"
        "Graduate Engineer, Pune Roads, 2021 - 2024\n- Surveyed roads\n"
    )

    def gap_questions(end: str) -> int:
        resume = resume_profile_from_text(cv.format(end=end))
        plans = [build_plan(None, resume, job_family=f, minutes=m)
                 for f in JOB_FAMILIES for m in (30, 60, 90)]  # fmt: skip
        return sum("gap" in (q.id or "") for p in plans for s in p.stages for q in s.questions)

    assert gap_questions("present") == 0
    assert gap_questions("Mar 2025") > 0  # out of work since then: the question is fair


def test_json_on_screen_is_saved_as_json(tmp_path: Path) -> None:
    jd = tmp_path / "jd.txt"
    jd.write_text("Cook\nHarbour Café, Leeds\n\nRequirements\n- Level 2 Food Hygiene\n", "utf-8")
    home = tmp_path / "home"
    get_settings.cache_clear()
    try:
        for command in ("prep", "plan"):
            args = [command, "--job-description", str(jd), "--format", "json"]
            r = CliRunner().invoke(main, args, env={"INTERVIEW_COACH_HOME": str(home)})
            assert r.exit_code == 0
    finally:
        get_settings.cache_clear()
    saved = sorted((home / "plans").iterdir())
    assert [p.suffix for p in saved] == [".json", ".json"]
    assert all(isinstance(json.loads(p.read_text(encoding="utf-8")), dict) for p in saved)


def test_the_prep_sheet_leads_with_the_result_and_asks_a_fact_of_a_condition() -> None:
    from interview_coach.questions.prep import prep_sheet

    jd = (
        "Warehouse Supervisor\nNorthgate Foods, Leeds\n\nRequirements\n"
        "- Must pass a background check and drug screen\n"
        "- Counterbalance forklift licence\n- Experience leading a night shift\n"
    )
    cv = (
        "Ann Lee\n\nExperience\nShift Lead, Acme Foods (2019 - present)\n"
        "- Raised team pick rate from 165 to 190 cases per hour over 12 months\n"
        "- Background in night shifts; check completed with a previous employer in 2015\n"
        "- Forklift licence (counterbalance), expired 2020\n"
    )
    sheet = prep_sheet(job_profile_from_text(jd), resume_profile_from_text(cv), resume_text=cv)
    told = " ".join(s.suggestion for s in sheet.stories)
    assert "lead with the result (190)" in told
    assert "in use" not in " ".join(
        s.suggestion
        for s in sheet.stories
        if "background" in s.competency or "licence" in s.competency
    )


def test_a_question_to_ask_names_a_tool_the_team_uses_not_a_trade_or_the_employer() -> None:
    from interview_coach.questions.plan import _candidate_questions

    chef = job_profile_from_text(
        "Chef de Partie\nHarrow Logistics Ltd, Leeds\n\nRequirements\n- Experience as a chef "
        "in a busy kitchen\n- Logistics of a 120-cover service\n"
    )
    asked = " ".join(_candidate_questions(chef, None))
    assert "How does the team use" not in asked
    assert "biggest challenge" in asked
    office = job_profile_from_text(
        "School Administrator\nSt Brigid's College, Naas\n\nRequirements\n- Payroll and "
        "correspondence\n- Confident with Microsoft Excel and Outlook\n"
    )
    assert "How does the team use Microsoft Excel today" in " ".join(
        _candidate_questions(office, None)
    )


def test_the_plan_does_not_probe_a_requirement_the_prep_sheet_finds_shown() -> None:
    from interview_coach.questions.plan import build_plan

    jd = (
        "Site Engineer\nHume Civil, Hamilton\n\nRequirements\n"
        "- Eligibility to work in New Zealand\n- Experience setting out on civil sites\n"
    )
    cv = (
        "Ana Ruiz\n\nExperience\nSite Engineer, Waikato Earthworks (Jul 2024 - present)\n"
        "- Set out kerbs and pipe runs on civil sites\n\nOther\n"
        "- Open work visa (New Zealand), valid to 2027\n"
    )

    def probed(resume_text: str) -> str:
        plan = build_plan(
            job_profile_from_text(jd), resume_profile_from_text(resume_text), minutes=60,
            resume_text=resume_text,
        )  # fmt: skip
        return " ".join(q.text for s in plan.stages for q in s.questions)

    assert "Do you hold it now" not in probed(cv)
    asked = probed(cv.replace("- Open work visa (New Zealand), valid to 2027\n", ""))
    assert "The job asks for “Eligibility to work in New Zealand”" in asked


def test_a_prep_sheet_without_a_resume_lists_the_postings_lines_to_check() -> None:
    from interview_coach.questions.prep import prep_sheet
    from interview_coach.reports.plans import NOT_CHECKED, render_prep_markdown

    sheet = prep_sheet(job_profile_from_text(JOB), None)
    assert [r.requirement for r in sheet.requirements] == list(_kinds(JOB))
    table = render_prep_markdown(sheet)
    assert table.count(NOT_CHECKED) == 4 and "❌" not in table


def test_assets_head_desirable_items_and_a_bracket_waives_only_what_it_names() -> None:
    kinds = _kinds(
        "Pharmacy Assistant\nRexall, Surrey BC\n\nRequirements\n- Experience with pharmacy "
        "software (Kroll preferred)\n- Able to stand for long periods\n\nAssets:\n- Fluent "
        "Punjabi or Hindi\n- Standard First Aid and CPR\n"
    )
    assert kinds == {
        "Experience with pharmacy software (Kroll preferred)": "required",
        "Able to stand for long periods": "required",
        "Fluent Punjabi or Hindi": "nice_to_have",
        "Standard First Aid and CPR": "nice_to_have",
    }
    assert _kinds("Cook\n\nRequirements\n- SQL (highly desirable)\n")["SQL (highly desirable)"] == (
        "nice_to_have"
    )


def test_what_colleagues_hold_use_or_do_is_not_the_candidates() -> None:
    theirs = {
        "Worked with my boss, a qualified electrician with his 18th Edition, on rewires": "18th",
        "Served customers; the pharmacy technicians use Kroll for dispensing": "Kroll",
        "Supported the nurse in charge, who supervises the HCAs on nights": "supervises",
    }
    for line, word in theirs.items():
        assert word not in own_words(line)
    for line in ("Led the team who won the award", "I use Kroll for dispensing every day"):
        assert own_words(line) == line


def test_a_weekday_is_not_a_project_tool() -> None:
    job = job_profile_from_text(
        "Forklift Operator\n\nRequirements\n- Available Monday to Friday, 6am - 2:30pm\n"
    )
    assert "Monday.com" not in job.required_skills


def test_values_are_read_from_what_the_posting_says_it_values() -> None:
    from interview_coach.questions.plan import _candidate_questions

    job = job_profile_from_text(
        "Site Engineer\nHume Civil\n\nAbout us\nWe work in a busy environment and hold "
        "ourselves to high standards.\n\nRequirements\n- Quality assurance and ITPs\n"
        "- Flexibility to cover weekend shifts\n- Centre of Excellence course in AutoCAD\n"
    )
    assert job.values == ("excellence",)  # "high standards"; not the QA, the shifts or a course
    asked = " ".join(_candidate_questions(job, None))
    assert "What does excellence look like in the way the team works" in asked
    assert "talks about" not in asked  # our word for it is asked, not put in their mouth


def test_a_check_is_asked_about_in_the_postings_own_words() -> None:
    from interview_coach.questions.plan import build_plan

    jd = (
        "Reach Truck Operator\nAcme Logistics, Dallas TX\n\nRequirements\n"
        "- Must pass a background check and drug screen\n- 1+ year of reach truck experience\n"
    )
    cv = "Sam Lee\n\nExperience\nWarehouse Associate (2022 - present)\n- Picked 200 orders\n"
    plan = build_plan(
        job_profile_from_text(jd), resume_profile_from_text(cv), minutes=60, resume_text=cv
    )
    asked = " ".join(q.text for s in plan.stages for q in s.questions)
    # A check done before the start is one to be ready for, not one already held.
    assert "The posting says: “Must pass a background check and drug screen”" in asked
    assert "Are you ready to complete it" in asked
    assert "Do you hold it now" not in asked
    assert "DBS" not in asked  # the UK name the skill list gives it
