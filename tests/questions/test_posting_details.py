"""The details a posting gives in its own way: announcements before the title, details as
bullets or behind emoji, agency lines, firms named for their trade, pay beside allowances and
commission, and seniority from the unit managed or the training given."""

from __future__ import annotations

import pytest

from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.requirements import salary_from_text


def test_an_announcement_and_emoji_are_not_the_title() -> None:
    job = job_profile_from_text(
        "URGENT: Gas Engineer – Van and Fuel Card\nFerncliffe Heating Ltd\n\nWhat you'll do\n"
        "- Service boilers\n"
    )
    assert job.title == "Gas Engineer"
    decorated = job_profile_from_text("## 🌟 SOUS CHEF 🌟\n\n**Company:** The Wrenfold Inn\n")
    assert decorated.title == "Sous Chef"  # a heading in capitals is re-cased


def test_of_two_titles_joined_by_a_slash_the_first_is_kept() -> None:
    job = job_profile_from_text("Paralegal / Legal Assistant — Family Law\nBirchmoor Law LLP\n")
    assert job.title == "Paralegal"


@pytest.mark.parametrize(
    ("details", "company", "location"),
    [
        (
            "- **Company:** Tallowmere Freight Ltd\n- **Site:** Crewe Gates Industrial Estate, "
            "Crewe, Cheshire\n",
            "Tallowmere Freight Ltd",
            "Crewe, Cheshire",
        ),
        (
            "**Agency:** Kestrel Lane Recruitment\n📍 Location: Ipswich, Suffolk | Full-time\n",
            "Kestrel Lane Recruitment",
            "Ipswich, Suffolk",
        ),
        (
            "Posted by: Greyfriars Staffing Ltd | Ref: GS/114\nBase: Hexham Community Hospital, "
            "covering the Tyne Valley\n",
            "Greyfriars Staffing Ltd",
            "Hexham",
        ),
    ],
)
def test_details_as_bullets_emoji_or_agency_lines(
    details: str, company: str, location: str
) -> None:
    job = job_profile_from_text(f"Night Shift Supervisor\n{details}\nAbout the job\n- Lead\n")
    assert job.company == company
    assert job.location == location


def test_a_firm_named_for_its_trade_is_the_employer_not_a_pipe_part() -> None:
    job = job_profile_from_text(
        "Bridge Engineer | Chartered or working towards it | Highways\n"
        "Ormsby Vale Consulting Engineers – Carlisle – Hybrid\n\nThe role\n- Design bridges\n"
    )
    assert job.company == "Ormsby Vale Consulting Engineers"
    assert job.location == "Carlisle"


def test_a_place_in_lower_case_words_is_not_the_employer() -> None:
    job = job_profile_from_text(
        "# Support Worker | Days\n\n📍 Bridport & surrounding villages · Part-time\n\n"
        "At Larkspur Care, we help people live at home.\n"
    )
    assert job.company == "Larkspur Care"
    assert job.location == "Bridport"


@pytest.mark.parametrize(
    ("details", "location"),
    [
        # A perk, travel or an agency in the details line is not where the job is.
        ("£21/hour | 37.5 hrs/week | Pension from your first month", None),
        ("$58/hr + super | Darwin airport transfers | Maintenance shutdowns", None),
        ("Ref: QX-1187 | Posted today | Harbridge Technical Recruitment", None),
        # The place is kept and what follows it dropped.
        ("Whitby | 2 days per week on site", "Whitby"),
        ("Canary Wharf, 1 day a week in the office | Permanent", "Canary Wharf"),
        ("Stockton-on-Tees | Full-time", "Stockton-on-Tees"),
    ],
)
def test_only_a_name_in_the_details_line_is_the_place(details: str, location: str | None) -> None:
    job = job_profile_from_text(
        f"Customer Service Adviser\nHolloway Print Ltd\n{details}\n\nWhat you'll do\n"
    )
    assert job.location == location


@pytest.mark.parametrize(
    ("posting", "expected"),
    [
        # A figure in millions is a project's value, and a field that gives no figure wins.
        ("Salary: Competitive\n- Lead schemes worth £5m–£40m in value\n", None),
        # Commission on top is not the base; an allowance beside it is not pay.
        (
            "Package: £31,000 basic, first-year OTE £45,000 + £300/month car allowance\n",
            (31000, 31000, "year"),
        ),
        # What the pay includes stays pay.
        ("**£29,800 per year including weekend allowance**\n", (29800, 29800, "year")),
    ],
)
def test_pay_beside_projects_commission_and_allowances(
    posting: str, expected: tuple[int, int, str] | None
) -> None:
    salary = salary_from_text("Site Manager\n" + posting)
    if expected is None:
        assert salary is None
    else:
        assert salary is not None
        assert (salary.min, salary.max, salary.period) == expected


@pytest.mark.parametrize(
    ("posting", "seniority"),
    [
        ("Branch Manager\n\nWhat you need\n- 3 years in retail\n", "senior"),
        ("Deputy Branch Manager\n\nWhat you need\n- 3 years in retail\n", "mid"),
        ("Kitchen Porter\n\nWhat you need\n- 6 months' kitchen experience\n", "entry"),
        ("Care Assistant\n\nWhat you need\n- Full paid training is given\n", "entry"),
        ("Lab Analyst\n\nWhat you need\n- At least 1 year of hands-on experience\n", "entry"),
    ],
)
def test_seniority_from_the_unit_managed_or_the_experience_asked(
    posting: str, seniority: str
) -> None:
    assert job_profile_from_text(posting).seniority == seniority


@pytest.mark.parametrize(
    ("details", "location"),
    [
        # "Per" in a town's name is not "per hour".
        ("Fenwick Group — Pershore, Worcestershire — Full-time", "Pershore, Worcestershire"),
        # A legal form after the employer's name is not a place; a ZIP code is not the town.
        ("Ridgeback Roofing, LLC — Boise, ID 83702", "Boise, ID"),
        ("Larchmont Grocers - Store #88, Toledo, OH", "Toledo, OH"),
        # A town and county on their own line.
        ("Ormond Build\nHarrogate, North Yorkshire (site-based)", "Harrogate, North Yorkshire"),
    ],
)
def test_the_place_among_other_details(details: str, location: str) -> None:
    job = job_profile_from_text(f"Site Supervisor\n{details}\n\nThe role\n- Run the site\n")
    assert job.location == location


def reqs(posting: str) -> list[tuple[str, str]]:
    return [(r.text, r.kind) for r in job_profile_from_text(posting).requirements]


def test_prose_after_a_list_is_not_a_requirement() -> None:
    posting = (
        "Baker\n\n## What you need\n- Two years in a craft bakery\n- Happy with 4am starts\n\n"
        "Perks: free bread, 28 days' holiday and a pension.\n\n"
        "Loafwell Ltd is an equal opportunities employer.\n"
    )
    assert reqs(posting) == [
        ("Two years in a craft bakery", "required"),
        ("Happy with 4am starts", "required"),
    ]


def test_an_ideal_or_desirable_qualifier_is_its_own_nice_to_have() -> None:
    posting = (
        "Payroll Clerk\n\n## Must haves\n- 2 years in payroll, ideally in the public sector\n"
        "- Experience with Sage or a similar system (Sage is highly desirable)\n"
        "- 1 year in an office (retail not essential)\n"
    )
    assert reqs(posting) == [
        ("2 years in payroll", "required"),
        ("ideally in the public sector", "nice_to_have"),
        ("Experience with Sage or a similar system", "required"),
        ("Sage is highly desirable", "nice_to_have"),
        ("1 year in an office (retail not essential)", "required"),
    ]


@pytest.mark.parametrize("heading", ["Would be lovely", "Also welcome", "Good to have"])
def test_more_names_for_nice_to_have(heading: str) -> None:
    posting = f"Chef\n\n## Must haves\n- Level 2 food hygiene\n\n## {heading}\n- Pastry work\n"
    assert reqs(posting)[-1] == ("Pastry work", "nice_to_have")


def test_words_in_the_title_heading_do_not_open_a_section() -> None:
    posting = "# Night Nurse | $5K Sign-On Bonus\n\n## What you need\n- Current RN licence\n"
    assert reqs(posting) == [("Current RN licence", "required")]


@pytest.mark.parametrize(
    ("opening", "title", "company"),
    [
        ("Are you an experienced HGV Class 1 Driver?\nRoadway Haulage Ltd is hiring.\n",
         "HGV Class 1 Driver", "Roadway Haulage Ltd"),
        ("Join us as a Veterinary Nurse!\nPawsworth Vets, Derby\n", "Veterinary Nurse",
         "Pawsworth Vets"),
        ("We're recruiting: Community Pharmacist\nHollins Pharmacy Group\n",
         "Community Pharmacist", "Hollins Pharmacy Group"),
        ("Apprentice Hairdresser wanted\nSalon Nine, Bath\n", "Apprentice Hairdresser",
         "Salon Nine"),
        ("Looking for a Part-Time Dental Receptionist\nSmile Studio, Leeds\n",
         "Dental Receptionist", "Smile Studio"),
    ],
)  # fmt: skip
def test_a_title_asked_for_in_a_sentence(opening: str, title: str, company: str) -> None:
    job = job_profile_from_text(opening + "\nWhat you need\n- Kindness\n")
    assert (job.title, job.company) == (title, company)


@pytest.mark.parametrize(
    ("header", "title", "company"),
    [
        # A careers site's trail and menus name neither the job nor who hires.
        ("Brackwater Health > Careers > Nursing > Search Results\nLPN - Rehab - Days\n"
         "Brackwater Community Hospital\nApply    Save job\n", "LPN",
         "Brackwater Community Hospital"),
        ("Fernmoor School District\nOnline Employment Center  |  Search Jobs  |  Job Details\n\n"
         "Teacher - Grade 4\n", "Teacher", "Fernmoor School District"),
        ("Holmwood Care Centre\nCareers | Current Opportunities | Posting Details\n\n"
         "Registered Practical Nurse - Part-Time\n", "Registered Practical Nurse",
         "Holmwood Care Centre"),
        # A department is not the firm; a legal form's full stop ends a name.
        ("# Support Advisor\n\nCardiff, Wales\nCustomer Operations – Support /\nFull-time /\n\n"
         "Tidewell Water is a small supplier.\n", "Support Advisor", "Tidewell Water"),
        ("Field Sales Representative - Plumbing Supplies\nCopperline Supply Co.\nAtlanta, GA\n",
         "Field Sales Representative", "Copperline Supply Co."),
    ],
)  # fmt: skip
def test_site_menus_departments_and_job_numbers_are_not_the_employer(
    header: str, title: str, company: str
) -> None:
    job = job_profile_from_text(header + "\nWhat you'll do\n- Care for patients\n")
    assert job.title == title
    assert job.company == company


def test_a_requisition_number_is_never_a_name() -> None:
    job = job_profile_from_text(
        "Payroll Specialists\nJob ID  2025-44120\n# of Openings  2\n\nOverview\n"
        "Ashgrove Living runs care homes across the region.\n"
    )
    assert job.company != "Job ID  2025-44120"


@pytest.mark.parametrize(
    ("header", "company"),
    [
        # A specialism or a site after the title's dash is no employer; the body's is.
        ("# Store Manager - Riverside Commons\n\n**Apply**\n\n- **Locations:** Tacoma, WA - "
         "Riverside Commons (Store #0212)\n- **Time Type:** Full time\n\nHollin & Reed "
         "Outfitters has sold outdoor gear since 1988.\n", "Hollin & Reed Outfitters"),
        ("Schedulers - Home Care (Multiple Openings)\nJob ID  2025-40917\n# of Openings  3\n"
         "Job Locations  US-TN-Nashville\n\nOverview\nBrightmoor Senior Living runs thirty "
         "care communities.\n", "Brightmoor Senior Living"),
        # A name after the dash that the body names again, by its first word, stays.
        ("Accounts Clerk | Tarrant Joinery Supplies\nHybrid - 2 days in York\n"
         "£25,000 pa\n\nTarrant has supplied builders since 1971.\n", "Tarrant Joinery Supplies"),
    ],
)  # fmt: skip
def test_after_the_title_s_dash_a_name_must_read_as_one(header: str, company: str) -> None:
    job = job_profile_from_text(header + "\nWhat you'll do\n- Keep the ledger\n")
    assert job.company == company
