"""Postings and résumés read for the job's level and line of work: a hotel's front desk is
hotel work, a staff nurse is not a lead, an improver is not asked about training apprentices,
years of retail count whatever the job title, a qualifier ("manual", "freezer", "completed")
decides a requirement, a figure that sizes the work is not a result, and a résumé's "Other",
"Registration" and "Name:" lines go where a reader expects."""

from __future__ import annotations

import pytest

from interview_coach.questions.bank import load_bank
from interview_coach.questions.claims import claim_of
from interview_coach.questions.families import family_for_title
from interview_coach.questions.gazetteer import find_skills
from interview_coach.questions.match_words import below_grade
from interview_coach.questions.matching import match_requirements
from interview_coach.questions.plan import build_plan
from interview_coach.questions.prep import prep_sheet
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.requirements import salary_from_text
from interview_coach.questions.resume import resume_profile_from_text


def _status(jd: str, cv: str) -> dict[str, tuple[str, str]]:
    job, resume = job_profile_from_text(jd), resume_profile_from_text(cv)
    return {m.requirement: (m.status, m.reason) for m in match_requirements(job, resume, cv)}


# ---------------------------------------------------------------- family and level


@pytest.mark.parametrize(
    ("title", "employer", "family"),
    [
        ("Front Office Receptionist", "The Harbour View Hotel", "hospitality_food_service"),
        ("Receptionist", "Old Mill Inn", "hospitality_food_service"),
        ("Customer Service Advisor", "Seaview Resort & Spa", "hospitality_food_service"),
        # The venue decides only for work every workplace has.
        ("Receptionist", "Greenway Dental Practice", "administration_office_support"),
        ("Office Administrator", "Northern Engineering Ltd", "administration_office_support"),
        ("Sous Chef", "Greenway Dental Practice", "hospitality_food_service"),
    ],
)
def test_a_venue_decides_the_family_of_work_every_workplace_has(
    title: str, employer: str, family: str
) -> None:
    assert family_for_title(title, employer) == family


def test_a_posting_for_a_hotel_receptionist_is_hospitality() -> None:
    job = job_profile_from_text(
        "Front Office Receptionist\nThe Harbour View Hotel · Galway · Full-time\n\n"
        "What you'll do\n- Check guests in and out\n- Handle reservations by phone and email\n"
    )
    assert job.job_family == "hospitality_food_service"


def test_a_short_code_in_a_family_pattern_is_a_word_not_part_of_a_name() -> None:
    # "pmo" inside "Keepmoat" made a builder's name a project-management job title.
    assert family_for_title("Keepmoat Homes (via agency), Bradford") is None
    assert family_for_title("PMO Analyst") == "project_management"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Staff Nurse", "mid"),
        ("Staff Software Engineer", "lead"),
        ("Electrician's Mate / Improver", "entry"),
        ("Solar Installer Helper", "entry"),
        ("Plumber's mate", "entry"),
    ],
)
def test_seniority_reads_the_title_as_the_trade_uses_it(title: str, level: str) -> None:
    job = job_profile_from_text(f"{title}\nAcme Ltd · Leeds\n\nAbout the role\nGood work.\n")
    assert job.seniority == level


def test_entry_level_plans_do_not_ask_about_managing_people() -> None:
    people = {q.id for q in load_bank().questions if "entry" not in (q.seniority or ("entry",))}
    assert {"beh-leadership-008", "trade-apprentice-010", "ops-kpi-001"} <= people
    jd = (
        "Electrician's Mate\nBrightwire Electrical Ltd · Bradford\n\nYou'll need\n"
        "- Own hand tools\n- A valid CSCS card\n"
    )
    job = job_profile_from_text(jd)
    asked = {
        q.text
        for seed in range(4)
        for s in build_plan(job, None, minutes=60 + 15 * seed).stages
        for q in s.questions
    }
    bank = {q.id: q.text for q in load_bank().questions}
    assert not {bank[i] for i in people} & asked


# ---------------------------------------------------------------- years of a line of work


def test_years_of_retail_count_a_cashier_whatever_the_title() -> None:
    jd = (
        "Pharmacy Assistant\nLakeshore Pharmacy · Kelowna, BC\n\nQualifications\n"
        "- Minimum 1 year of retail or customer service experience\n"
    )
    cv = (
        "Harpreet Gill\n\nExperience\nCashier / Front Store Associate - Shoppers Drug Mart, "
        "Kelowna | 2021 - present\n- Served 150 customers a shift at the till\n"
    )
    status, reason = _status(jd, cv)["Minimum 1 year of retail or customer service experience"]
    assert status == "covered", reason


def test_front_office_years_count_the_front_desk_not_the_restaurant() -> None:
    jd = (
        "Front Office Receptionist\nThe Harbour View Hotel · Galway\n\nRequirements\n"
        "- Minimum 1 year front office experience in a hotel\n"
    )
    cv = (
        "Lucía Fernández\n\nExperience\n"
        "Guest Services Assistant - The Connacht Hotel, Galway | May 2026 - Oct 2026\n"
        "- Checked guests in and out\n"
        "Waitress - Hotel Meliá Valencia, Spain | 2021 - 2025\n- Breakfast service\n"
    )
    status, reason = _status(jd, cv)["Minimum 1 year front office experience in a hotel"]
    assert status == "weak"
    assert "0.5 in related roles" in reason  # the front desk months, not the waitressing


# ---------------------------------------------------------------- qualifiers that decide


@pytest.mark.parametrize(
    ("requirement", "line", "below"),
    [
        ("Full UK manual driving licence", "Category B driving licence (automatic only)", True),
        ("Full UK manual driving licence", "Full UK manual licence", False),
        ("Full UK driving licence (manual or automatic)", "Automatic licence", False),
        ("High school diploma or GED", "Joliet West High School - completed 11th grade", True),
        ("High school diploma or GED", "Joliet West High School - Diploma 2018", False),
        ("Matric (Grade 12)", "Completed Grade 10, Ivory Park Secondary", True),
        ("Able to work in freezer conditions", "Picked orders in ambient and cooler areas", True),
        ("Able to work in freezer conditions", "Two years in a -25C freezer store", False),
        ("Able to work in chilled conditions", "Picked in the freezer and chiller", False),
    ],
)
def test_a_qualifier_is_a_grade_of_what_is_asked(requirement: str, line: str, below: bool) -> None:
    assert below_grade(requirement, line) is below


def test_an_unfinished_course_is_partial_however_it_is_said() -> None:
    jd = (
        "Accounts Assistant\nUbuntu Freight · Johannesburg\n\nRequirements\n"
        "- National Diploma in Financial Accounting (completed)\n"
        "- Level 2 Diploma in Electrical Installations\n"
    )
    cv = (
        "Thandiwe Nkosi\n\nEducation\nNational Diploma: Financial Accounting, Tshwane "
        "University of Technology - final module outstanding (expected completion June 2027)\n"
        "Level 2 Diploma in Electrical Installations, evenings (year 1 of 2)\n"
    )
    got = _status(jd, cv)
    assert got["National Diploma in Financial Accounting (completed)"][0] == "weak"
    assert got["Level 2 Diploma in Electrical Installations"][0] == "weak"


def test_a_manual_licence_is_not_shown_by_an_automatic_one() -> None:
    jd = "Electrician's Mate\nBrightwire Ltd\n\nYou'll need\n- Full UK manual driving licence\n"
    cv = "Jordan Pryce\n\nOther\n- Category B driving licence (automatic only)\n"
    assert _status(jd, cv)["Full UK manual driving licence"][0] == "weak"


# ---------------------------------------------------------------- résumé reading


def test_a_resumes_registration_and_other_sections_go_where_a_reader_expects() -> None:
    cv = (
        "Fiona MacLeod\nDundee | fiona@example.com\n\nRegistration\n"
        "NMC PIN 21E0456S - Registered Nurse (Adult), registered March 2026\n\n"
        "Education\nBSc Nursing (Adult), University of Dundee - 2026\n\n"
        "Other\nProvisional driving licence - theory test passed\n"
    )
    resume = resume_profile_from_text(cv)
    assert resume.certifications == (
        "NMC PIN 21E0456S - Registered Nurse (Adult), registered March 2026",
    )
    assert resume.education == ("BSc Nursing (Adult), University of Dundee - 2026",)


@pytest.mark.parametrize(
    "top",
    [
        "CURRICULUM VITAE\n\nPERSONAL DETAILS\nName: Thandiwe Nkosi\nLocation: Tembisa\n",
        "Résumé\nThandiwe Nkosi\nTembisa, Gauteng\n",
        "Full name: Thandiwe Nkosi\nContact: 072 555 0198\n",
    ],
)
def test_the_name_is_not_the_page_title(top: str) -> None:
    assert resume_profile_from_text(top + "\nEducation\nMatric, 2018\n").name == "Thandiwe Nkosi"


def test_a_title_before_the_employer_is_the_title_for_a_labourer_too() -> None:
    cv = (
        "Jordan Pryce\n\nWork history\n"
        "Groundworks Labourer - Keepmoat Homes (via agency), Bradford - Jan 2026 to present\n"
        "- General site labouring\n"
    )
    role = resume_profile_from_text(cv).roles[0]
    assert (role.title, role.organisation) == ("Groundworks Labourer", "Keepmoat Homes")


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        (
            "Currently doing an Opera PMS course (Oracle Hospitality, module 2 of 4)",
            "Oracle Database",
        ),
        ("Electrician's Mate (temporary) - Sparks R Us, Halifax", "R"),
        ("Statutory deductions (CPP, EI, income tax)", "C++"),
        ("Subjects: Accounting, Mathematical Literacy, English", "English teaching"),
        ("Helped with first fix on domestic rewires", "Carpentry"),
    ],
)
def test_a_word_that_only_looks_like_a_skill_is_not_one(line: str, absent: str) -> None:
    assert absent not in {h.name for h in find_skills(line)}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("SQL Server, Oracle and MySQL", "Oracle Database"),
        ("Python or R for analysis", "R"),
        ("Modelled energy use in R (tidyverse)", "R"),
        ("Literacy intervention groups for Year 3", "English teaching"),
        ("Checked guests in and out on Mews PMS", "Mews"),
    ],
)
def test_the_same_skills_are_still_found(line: str, skill: str) -> None:
    assert skill in {h.name for h in find_skills(line)}


def test_a_managers_credential_is_not_the_candidates_skill() -> None:
    cv = (
        "Thandiwe Nkosi\n\nExperience\nBookkeeper - Lekker Logistics | Feb 2024 - present\n"
        "- My manager, a qualified Chartered Accountant, submits the VAT201 returns; I prepare "
        "the VAT reports for her\n"
    )
    assert "ACA" not in resume_profile_from_text(cv).skills


def test_rand_salaries_are_read() -> None:
    pay = salary_from_text("Accounts Assistant\nSalary: R18 000 - R22 000 per month (CTC)\n")
    assert pay is not None
    assert (pay.min, pay.max, pay.currency, pay.period) == (18000, 22000, "ZAR", "month")
    assert salary_from_text("Grade R2 role, Sparks R Us") is None


def test_a_title_in_capitals_is_re_cased_keeping_letters() -> None:
    assert job_profile_from_text("ACCOUNTS ASSISTANT\nUbuntu Freight\n").title == (
        "Accounts Assistant"
    )
    assert job_profile_from_text("HGV CLASS 1 DRIVER\nNorth Haul Ltd\n").title == (
        "HGV Class 1 Driver"
    )


# ---------------------------------------------------------------- figures and results


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("Care for a bay of 8 patients, many with dementia", False),
        ("Trained on stand-up reach truck for 2 weeks (not certified)", False),
        ("Managed a £2m budget", False),
        ("Cut shrink from 2.1% to 1.4%", True),
        ("Processed 300 invoices a week with 99.8% accuracy", True),
        ("Raised NPS to 72", True),
    ],
)
def test_a_figure_that_sizes_the_work_is_not_a_result(line: str, outcome: bool) -> None:
    claim = claim_of(line)
    assert claim is not None
    assert claim.outcome is outcome


def test_the_plan_and_sheet_ask_about_scope_not_how_it_was_reached() -> None:
    jd = "Staff Nurse\nThistle Court Care Home · Perth\n\nRequirements\n- Dementia care\n"
    cv = (
        "Fiona MacLeod\n\nExperience\nStaff Nurse - Ninewells Hospital | April 2026 - present\n"
        "- Care for a bay of 8 patients, many with delirium and dementia\n"
    )
    job, resume = job_profile_from_text(jd), resume_profile_from_text(cv)
    asked = " ".join(
        q.text for s in build_plan(job, resume, resume_text=cv).stages for q in s.questions
    )
    assert "How did you reach 8" not in asked
    assert "What did that involve day to day" in asked
    sheet = prep_sheet(job, resume, resume_text=cv)
    said = " ".join(s.suggestion for s in sheet.stories)
    assert "lead with the result (8" not in said
    assert "is the size of the work" in said


# ---------------------------------------------------------------- a third tester's pairs


@pytest.mark.parametrize(
    ("line", "requirement", "skills"),
    [
        # a hedge after a bracket, on the same item
        (
            "BLS for Healthcare Providers (American Heart Association) – expired 08/2026",
            "Current CPR/BLS certification",
            {"BLS"},
        ),
        # a label that hedges the list after it
        (
            "Currently learning: TypeScript (Udemy, 60% complete), React (official tutorial)",
            "Experience building components in React",
            {"React"},
        ),
        (
            "Certificate III in Cleaning Operations – enrolled, 7 of 12 units completed",
            "Certificate III in Cleaning Operations",
            set(),
        ),
        ("CACS Paper 1 – passed Oct 2026; Paper 2 not yet attempted", "CACS Paper 1 and 2", set()),
        (
            "English (fluent), Tamil (fluent), French (basic – reading)",
            "Bilingual English/French",
            {"French"},
        ),
        ("English (native), conversational Spanish", "Bilingual English/Spanish", {"Spanish"}),
    ],
)
def test_a_hedge_is_read_wherever_it_is_written(
    line: str, requirement: str, skills: set[str]
) -> None:
    from interview_coach.questions.match_words import qualified
    from interview_coach.questions.resume_lines import word_stems

    assert qualified(line, skills, frozenset(word_stems(requirement)))


def test_a_hedge_the_posting_asks_for_is_no_hedge() -> None:
    from interview_coach.questions.match_words import qualified
    from interview_coach.questions.resume_lines import word_stems

    wanted = "Conversational Spanish a plus"
    assert not qualified("Spanish (conversational)", {"Spanish"}, frozenset(word_stems(wanted)))


def test_a_named_check_is_a_credential_not_words_shared_with_a_duty() -> None:
    jd = (
        "Cleaning Supervisor\nSouthern Cross Facility Services · Parramatta NSW\n\n"
        "Essential\n- Working With Children Check (required for school sites)\n"
        "- Must pass a drug and alcohol screen\n"
    )
    cv = (
        "Rajesh Naidu\n\nWork history\nLeading Hand – Greenway Cleaning | Jan 2025 – Present\n"
        "- Check areas at end of shift and report issues to the Site Supervisor\n"
        "- Trained new staff on drug and alcohol policy\n"
    )
    got = _status(jd, cv)
    assert got["Working With Children Check (required for school sites)"][0] == "missing"
    assert got["Must pass a drug and alcohol screen"][0] == "missing"


def test_work_another_person_did_is_not_the_candidates() -> None:
    from interview_coach.questions.holders import own_words

    assert "WCAG" not in own_words("the team's accessibility lead fixed the WCAG issues I flagged")
    assert "sealing" not in own_words("Burnishing floors (stripping and sealing done by the crew)")
    assert "testing" not in own_words("Collected swabs (testing sent to external lab)")
    assert "Makaton" not in own_words("Worked alongside a Makaton-trained colleague")
    kept = "Reviewed by my supervisor each week"
    assert own_words(kept) == kept


def test_a_version_after_a_name_is_the_name() -> None:
    from interview_coach.questions.match_words import names_shown, names_wanted

    names, _ = names_wanted("Solid knowledge of HTML, CSS and modern JavaScript (ES6+)")
    assert names_shown(names, "Languages: HTML5, CSS3, JavaScript (ES6)")
    osha, _ = names_wanted("OSHA 3 card")
    assert not names_shown(osha, "OSHA 30")  # a number after a number is another number


@pytest.mark.parametrize(
    ("top", "name"),
    [
        ("RAJESH (RAJ) NAIDU\nBlacktown NSW\n", "Rajesh Naidu"),
        ("TAN WEI LING (Wendy)\nSingapore\n", "Tan Wei Ling"),
    ],
)
def test_a_name_with_the_name_someone_goes_by(top: str, name: str) -> None:
    assert resume_profile_from_text(top + "\nEducation\nDiploma, 2018\n").name == name


def test_a_career_summary_is_not_a_job() -> None:
    cv = (
        "Rajesh Naidu\n\nCAREER SUMMARY\nHard-working cleaning professional with 5 years in "
        "commercial cleaning across offices, shopping centres and a private hospital.\n\n"
        "WORK HISTORY\nLeading Hand (Night Shift) – Greenway Commercial Cleaning   "
        "Jan 2025 – Present\n- Lead a crew of 6 cleaners\n\n"
        "Co-op Student – Conestoga College Applied Research Lab   January 2023 – April 2023\n"
    )
    resume = resume_profile_from_text(cv)
    assert [(r.title, r.organisation) for r in resume.roles] == [
        ("Leading Hand (Night Shift)", "Greenway Commercial Cleaning"),
        ("Co-op Student", "Conestoga College Applied Research Lab"),
    ]
    assert resume.summary and resume.summary.startswith("Hard-working")


def test_a_figure_in_a_name_is_not_a_claim() -> None:
    cv = (
        "Priya Shankar\n\nExperience\nLaboratory Analyst – Grand River Labs | 2024 – Present\n"
        "- Microbiology testing (ISO/IEC 17025 accredited contract laboratory)\n"
        "- TideTable: Vue 3 app showing tide times\n- Trained 12 staff on the new LIMS\n"
    )
    quantified = [a.text for a in resume_profile_from_text(cv).achievements if a.quantified]
    assert quantified == ["Trained 12 staff on the new LIMS"]


def test_currency_codes_benefits_and_supervisors() -> None:
    job = job_profile_from_text(
        "Cleaning Supervisor\nSouthern Cross Facility Services · Sydney\n"
        "$72,000 – $78,000 AUD + super\n\nEssential\n"
        "- Minimum 3 years' experience including at least 1 year in a supervisory role\n\n"
        "What's on offer\n- Vehicle allowance and fuel card\n- Company phone and laptop\n"
    )
    assert job.seniority == "mid"  # a supervisor, however few years are asked
    assert [r.text for r in job.requirements] == [
        "Minimum 3 years' experience including at least 1 year in a supervisory role"
    ]
    lab = job_profile_from_text(
        "Lab Technician\nMaplecrest · Guelph, ON\n\n$52,000 – $61,000 CAD\n"
    )
    assert "CAD" not in {*lab.required_skills, *lab.nice_to_have_skills}


def test_a_dental_hygienist_is_asked_about_a_clinic_not_a_dispensary() -> None:
    jd = (
        "Registered Dental Hygienist\nBrightPath Family Dentistry · Columbus, OH\n\n"
        "What you'll do\n- Perform prophylaxis, scaling and root planing\n"
        "- Educate patients on home care\n\nRequirements\n- Current Ohio Dental Hygienist license\n"
    )
    job = job_profile_from_text(jd)
    assert job.job_family == "pharmacy_allied_health"
    asked = " ".join(q.text for s in build_plan(job, None).stages for q in s.questions)
    assert "dispensary" not in asked and "infections spreading on a ward" not in asked
    assert "home-care" in asked or "in your clinic" in asked or "treatment plan" in asked


def test_an_entry_level_driver_is_asked_about_the_road_not_running_the_operation() -> None:
    jd = (
        "PSV Bus Driver\nNorthgate Riders Ltd · Leeds\n\nWhat you'll need\n"
        "- At least 1 year's experience driving buses or coaches\n"
        "- Full UK PCV licence (Category D)\n- Able to work shifts including weekends\n"
        "- A calm approach to difficult passengers\n"
    )
    job = job_profile_from_text(jd)
    assert job.seniority == "entry"
    asked = " ".join(q.text for s in build_plan(job, None).stages for q in s.questions)
    assert "cut operating costs" not in asked and "manage a team" not in asked
    assert "aggressive" in asked or "checks you make on a vehicle" in asked


def test_a_language_after_english_and_a_slash_is_named() -> None:
    assert {h.name for h in find_skills("Bilingual English/Spanish")} == {"Spanish"}
    assert {h.name for h in find_skills("Bilingual English / French")} == {"French"}
    jd = (
        "Dental Hygienist\nBrightPath · Columbus, OH\n\nNice to have\n- Bilingual English/Spanish\n"
    )
    cv = "Danielle Ortiz\n\nLanguages\nEnglish (native), conversational Spanish\n"
    assert _status(jd, cv)["Bilingual English/Spanish"][0] == "weak"


def test_a_pre_employment_check_is_not_shown_by_a_course_near_it() -> None:
    jd = (
        "PSV Bus Driver\nNorthgate Riders · Leeds\n\nWhat you'll need\n"
        "- Able to pass a pre-employment medical and drug & alcohol screen\n"
    )
    cv = "Gareth Pemberton\n\nCertificates\nEmergency First Aid at Work (1 day) – 2021\n"
    status, reason = _status(jd, cv)[
        "Able to pass a pre-employment medical and drug & alcohol screen"
    ]
    assert status == "missing"
    assert reason == "a check done before the start"


def test_a_language_is_shown_by_the_language_with_its_level() -> None:
    jd = "Customer Service Officer\nStraits Harbour Bank\n\nRequirements\n- Proficient in English\n"
    named = (
        "Tan Wei Ling\n\nLanguages\nEnglish (fluent), Mandarin (fluent – spoken, basic written)\n"
    )
    assert _status(jd, named)["Proficient in English"][0] == "covered"
    # A résumé that never names English is read as before (most never do).
    silent = "Tan Wei Ling\n\nLanguages\nMandarin (fluent)\n"
    assert _status(jd, silent)["Proficient in English"][1] != "names the language, fluent"


@pytest.mark.parametrize(
    ("requirement", "line"),
    [
        ("Legally entitled to work in Canada", "Canadian Permanent Resident."),
        ("Australian work rights", "Australian permanent resident."),
        ("Singaporean or Singapore PR only", "Nationality: Singaporean"),
    ],
)
def test_the_right_to_work_is_shown_by_citizenship_or_residence(
    requirement: str, line: str
) -> None:
    assert "Right to work" in {h.name for h in find_skills(requirement)}
    assert "Right to work" in {h.name for h in find_skills(line)}
    assert "Public relations" not in {h.name for h in find_skills(requirement)}


def test_an_alternative_without_names_needs_none() -> None:
    jd = "Bank Officer\nStraits Harbour Bank\n\nRequirements\n- Singaporean or Singapore PR only\n"
    cv = "Tan Wei Ling\nNationality: Singaporean\n\nExperience\nCashier – Popular | 2021 – 2023\n"
    assert _status(jd, cv)["Singaporean or Singapore PR only"][0] == "covered"
    # A named alternative still needs its name: OSHA 10 is not OSHA 30.
    jd2 = "Site Labourer\nAcme Build\n\nRequirements\n- OSHA 30 card\n"
    cv2 = "Sam Lee\n\nCertifications\nOSHA 10-Hour Construction card, 2021\n"
    assert _status(jd2, cv2)["OSHA 30 card"][0] == "weak"


# ---------------------------------------------------------------- a fourth tester's pairs


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Plastering Supervisor", "skilled_trades_manufacturing"),
        ("Painter and Decorator", "skilled_trades_manufacturing"),
        ("Pupil Support Assistant", "teaching"),
        ("Inventory Controller", "operations_logistics"),
        ("Financial Controller", "finance_accounting"),
        ("Credit Controller", "finance_accounting"),
    ],
)
def test_more_trades_have_their_family(title: str, family: str) -> None:
    assert family_for_title(title) == family


@pytest.mark.parametrize(
    ("requirement", "line", "below"),
    [
        ("CSCS Gold Card (Supervisor)", "CSCS Blue Card (Skilled Worker) - expires 03/2028", True),
        ("CSCS Black Card (Manager)", "CSCS Gold Card (Supervisory)", True),
        ("CSCS Blue Card or higher", "CSCS Gold Card", False),
    ],
)
def test_a_site_card_is_ranked_by_its_colour(requirement: str, line: str, below: bool) -> None:
    assert below_grade(requirement, line) is below


def test_moving_jobs_every_year_is_asked_only_of_a_resume_that_shows_it() -> None:
    from interview_coach.questions.plan import _short_stays

    hopping = resume_profile_from_text(
        "Jo Bloggs\n\nExperience\nClerk - A Ltd | Jan 2021 - Dec 2021\n"
        "Clerk - B Ltd | Jan 2022 - Nov 2022\nClerk - C Ltd | Jan 2023 - Dec 2023\n"
    )
    staying = resume_profile_from_text(
        "Jo Bloggs\n\nExperience\nParalegal - A Ltd | 2019 - 2022\n"
        "Legal Secretary - B Ltd | 06/2022 - 01/2024\nLegal Assistant - C Ltd | 02/2024 - present\n"
    )
    assert _short_stays(hopping) and not _short_stays(staying)
    job = job_profile_from_text("Paralegal\nHale & Ortiz LLP · Chicago\n\nRequirements\n- Clio\n")
    for seed_minutes in (30, 45, 60, 90):
        plan = build_plan(job, staying, minutes=seed_minutes)
        asked = " ".join(q.text for s in plan.stages for q in s.questions)
        assert "moved jobs every year" not in asked


def test_a_posting_pasted_as_one_block_keeps_its_sections() -> None:
    jd = (
        "Inventory Controller - Midrand, Gauteng - Kgotso Distribution (Pty) Ltd - Permanent. "
        "Kgotso Distribution runs an ambient distribution centre in Midrand for FMCG and "
        "pharmaceutical clients. Duties include: planning and running daily cycle counts; "
        "investigating stock variances between the WMS and SAP; compiling weekly shrinkage "
        "reports. Minimum requirements: Matric (Grade 12); at least 3 years' experience in "
        "stock control in a warehouse; working knowledge of SAP (MM/WM modules). Advantageous: "
        "forklift licence; exposure to a WMS such as Manhattan. Benefits: provident fund, "
        "medical aid contribution. Only shortlisted candidates will be contacted.\n"
    )
    job = job_profile_from_text(jd)
    assert [(r.kind, r.text.rstrip(".;")) for r in job.requirements] == [
        ("required", "Matric (Grade 12)"),
        ("required", "at least 3 years' experience in stock control in a warehouse"),
        ("required", "working knowledge of SAP (MM/WM modules)"),
        ("nice_to_have", "forklift licence"),
        ("nice_to_have", "exposure to a WMS such as Manhattan"),
    ]
    assert job.years_required == 3
    assert job.responsibilities[0].startswith("planning and running daily cycle counts")
    # The spans still point at the posting as pasted.
    first = job.requirements[0]
    assert jd[first.start : first.end].startswith("Matric (Grade 12)")


def test_a_long_paragraph_with_one_label_is_left_alone() -> None:
    from interview_coach.questions.sections import unfold_inline_sections

    prose = "We are a friendly team. " * 14 + "Salary: competitive, reviewed every year."
    assert unfold_inline_sections(prose) == prose
