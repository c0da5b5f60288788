"""A posting's header read as a recruiter reads it: a town and its region are a place, not
the employer; "X is hiring: Title"; a details table; an agency advertising for an unnamed
client; a place on the title's line; the employer named only where the posting signs off; a
department under the employer's name; and pay beside the hours or the tips."""

from __future__ import annotations

import pytest

from interview_coach.nlp.places import is_town_and_region
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.requirements import salary_from_text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Boston, MA", True),
        ("South San Francisco, CA", True),
        ("Leeds, West Yorkshire", True),
        ("Oranmore, Co. Galway", True),
        ("Austin TX", True),
        ("Fremantle, WA", True),
        ("Millbrook Academy, Luton", False),
        ("Harbour & Pine, Leeds", False),
        ("Product, Platform", False),
    ],
)
def test_a_town_and_its_region_is_a_place(text: str, place: bool) -> None:
    assert is_town_and_region(text) is place


def test_a_town_and_region_under_the_title_is_where_not_who() -> None:
    job = job_profile_from_text(
        "# Senior Product Manager, Claims\n\n**Hartford, CT (Hybrid)** · Full-time · Product\n\n"
        "At Kestrel Health we make insurance claims simple for 2 million members.\n\n"
        "## What you'll do\n- Own the claims roadmap\n"
    )
    assert job.company == "Kestrel Health"
    assert job.location == "Hartford, CT"


def test_an_employer_hiring_for_a_title_on_one_line() -> None:
    job = job_profile_from_text(
        "Quarrybank Print is hiring: Junior Artworker\n\nWhere: Derby, Derbyshire (studio)\n"
        "Pay: £23,500 a year\n\nThe job\n- Prepare files for press\n"
    )
    assert (job.title, job.company) == ("Junior Artworker", "Quarrybank Print")
    assert job.location == "Derby, Derbyshire"


def test_a_details_table_reads_as_labelled_fields() -> None:
    job = job_profile_from_text(
        "| Field | Details |\n|---|---|\n| Job Title | Payroll Clerk |\n"
        "| Company | Orrin Freight Inc. |\n| Location | Dayton, OH |\n| Pay | $21–$24/hr |\n\n"
        "### About us\nOrrin Freight moves pallets across Ohio.\n"
    )
    assert (job.title, job.company, job.location) == (
        "Payroll Clerk",
        "Orrin Freight Inc.",
        "Dayton, OH",
    )


def test_an_agency_advertising_for_an_unnamed_client_names_no_employer() -> None:
    hidden = job_profile_from_text(
        "Finance Manager\nPosted by: Fenwood Recruitment | Ref: FR/221\n\n"
        "Our client, a growing manufacturer in Preston, is looking for a Finance Manager.\n"
    )
    named = job_profile_from_text(
        "IT Support Technician – Leeds\nClient: Harbour Law LLP\nLocation: Leeds\n\n"
        "We are recruiting for Harbour Law LLP's Leeds office.\n"
    )
    assert hidden.company is None
    assert named.company == "Harbour Law LLP"


def test_a_place_on_the_title_line_and_an_employer_who_signs_off() -> None:
    job = job_profile_from_text(
        "Customer Adviser – Part time (20 hrs) – Penrith\n£12.40 per hour\n\n"
        "Working from our contact centre in Penrith, you'll answer calls about heating.\n\n"
        "What you'll bring\n- A friendly phone manner\n\nKind regards,\nThe People Team\n"
        "Fellside Energy Ltd\n"
    )
    assert job.company == "Fellside Energy Ltd"
    assert job.location == "Penrith"


def test_a_department_under_the_employer_is_not_the_title() -> None:
    job = job_profile_from_text(
        "**Riverside Unified School District**\nHuman Resources · Certificated Job Posting\n\n"
        "| Posting ID | 26-041 |\n|---|---|\n| Location | Fresno, CA |\n\n"
        "## Science Teacher (2026–27 School Year)\n\nTeach biology and chemistry to grades 9–10.\n"
    )
    assert job.title == "Science Teacher"
    assert job.location == "Fresno, CA"


@pytest.mark.parametrize(
    ("line", "low", "period"),
    [
        ("**€52k–€60k DOE** · 39 hours/week · Rota: 1 in 4 Saturdays", 52000, "year"),
        ("£30,000 per year + tips (approx £2-3k) | Live-in available", 30000, "year"),
    ],
)
def test_pay_is_read_apart_from_the_hours_and_what_is_added_to_it(
    line: str, low: int, period: str
) -> None:
    salary = salary_from_text(f"Bar Manager\n{line}\n")
    assert salary is not None
    assert (salary.min, salary.period) == (low, period)


def test_a_list_of_job_locations_gives_the_town_and_county() -> None:
    job = job_profile_from_text(
        "Band 5 Occupational Therapist\n\nNorth Vale Healthcare NHS Trust\n\n"
        "Job locations: Vale Community Hospital, Aylesbury, Buckinghamshire, HP21 8AL\n"
    )
    assert job.location == "Aylesbury, Buckinghamshire"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("Are you an experienced bench joiner looking for steady work in a proper workshop?",
         "bench joiner"),
        ("Hi all! We need caring, reliable Support Workers to join our small team in Hull.",
         "Support Worker"),
        ("Eastvale School District is accepting applications for a High School Chemistry "
         "Teacher at Eastvale High School.", "High School Chemistry Teacher"),
    ],
)  # fmt: skip
def test_a_title_asked_for_in_a_sentence_ends_at_its_role_noun(opening: str, title: str) -> None:
    assert job_profile_from_text(f"{opening}\n\nWhat you'll do\n- Make things\n").title == title


@pytest.mark.parametrize(
    ("opening", "title", "company"),
    [
        ("Seabright Dental\n\nDental Nurse\nFull-time", "Dental Nurse", "Seabright Dental"),
        ("**KOWHAI LEGAL** — Careers\n\n## Associate Solicitor — Property Law\n",
         "Associate Solicitor", "KOWHAI LEGAL"),
        ("Job: Social Worker – Adults | West Nene Council | Corby\n", "Social Worker",
         "West Nene Council"),
    ],
)  # fmt: skip
def test_the_employer_above_or_beside_the_title(opening: str, title: str, company: str) -> None:
    job = job_profile_from_text(f"{opening}\n\nAbout the role\n- Help people\n")
    assert (job.title, job.company) == (title, company)


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("*Posted by Coastline Talent on behalf of Jarrahdale Engineering*",
         "Jarrahdale Engineering"),
        ("Here at Oakfield Surgery we look after 9,000 patients.", "Oakfield Surgery"),
        ("Founded in 1987, Harwood & Pike Joinery makes sash windows.", "Harwood & Pike Joinery"),
        ("Come and say hello.\n\n— The crew at Hollis Street Coffee", "Hollis Street Coffee"),
        ("Questions? Email jobs@fernbrookcare.example.\n\nFernbrook Care – Supported Living",
         "Fernbrook Care"),
    ],
)  # fmt: skip
def test_an_employer_named_only_in_the_body(body: str, company: str) -> None:
    job = job_profile_from_text(f"Care Assistant\nFull-time\n\n{body}\n")
    assert job.company == company


def test_a_forwarded_email_names_the_job_not_the_sender() -> None:
    job = job_profile_from_text(
        "From: Jo Hart <jo.hart@hartsearch.example>\nTo: Sam Reid\n"
        "Subject: Conveyancer | Leeds | £40k–£45k\n\nHi Sam,\n\nHope all is well. Our client, a "
        "Leeds law firm, needs a Conveyancer.\n"
    )
    assert (job.title, job.company) == ("Conveyancer", None)


@pytest.mark.parametrize(
    ("text", "low", "currency"),
    [
        ("Social Worker\nGrade: Grade 9 – £39,186 to £42,708 per annum\n", 39186, "GBP"),
        ("IT Support Officer\nParramatta, NSW\nFull time\nAU$95k + super\n\nSalary packaging "
         "up to $15,900 tax free\n", 95000, "AUD"),
        ("Pharmacy Assistant\nHalifax, Nova Scotia\n$21–$24 an hour\n", 21, "CAD"),
        ("Barista\nPortland, OR (NE Alberta St)\n$20/hour plus tips\n", 20, "USD"),
        ("Product Manager\nWe process over $40B a year.\nThe base salary range is "
         "$165,000 – $190,000.\n", 165000, "USD"),
    ],
)  # fmt: skip
def test_pay_in_its_many_shapes(text: str, low: int, currency: str) -> None:
    salary = salary_from_text(text)
    assert salary is not None
    assert (salary.min, salary.currency) == (low, currency)


@pytest.mark.parametrize(
    ("field", "place"),
    [
        ("Location: Hybrid (Bristol office 2 days/week)", "Bristol"),
        ("Based: our workshop in Taverham, Norwich (NR8)", "Taverham, Norwich"),
        ("Site: Harrogate Community Hospital, Lancaster Park Road\nTown: Harrogate, North "
         "Yorkshire", "Harrogate, North Yorkshire"),
    ],
)  # fmt: skip
def test_the_place_in_a_location_field(field: str, place: str) -> None:
    job = job_profile_from_text(f"Bench Joiner\n{field}\n\nThe role\n- Make doors\n")
    assert job.location == place


@pytest.mark.parametrize(
    ("posting", "company"),
    [
        # Announcements, rosters and pay are never a name; the name comes from the body.
        (
            "JOB ALERT 📢\nWarehouse Team Leader\nNights | £14.20 an hour\n\n"
            "Penrose Cold Chain is growing its Wakefield site and needs a team leader.",
            "Penrose Cold Chain",
        ),
        (
            "MULTI-SKILLED FITTERS – 4/3 ROSTER\nTop rates, flights paid\n\n"
            "Karri Ridge Engineering runs the shutdown crews at three processing plants.",
            "Karri Ridge Engineering",
        ),
        (
            "Account Manager – Packaging – Field Based\nBasic £38,000 + OTE £55,000\n\n"
            "Dunmore Packaging makes corrugated boxes for food and drink brands.",
            "Dunmore Packaging",
        ),
        # A greeting or an introduction before the name is not part of it.
        (
            "Service Coordinator – Dunedin – $58,000\n\nKia ora! Tarn Valley Services is "
            "a Dunedin-owned facilities firm looking after 40 schools.",
            "Tarn Valley Services",
        ),
        # A full stop inside a name is an abbreviation, and a colon before it is not part of
        # it.
        (
            "Ward Clerk\nSt. Aidan Community Hospital · Full-time\n\nJoin our busy ward.",
            "St. Aidan Community Hospital",
        ),
        (
            "Retail Supervisor\nEmployer: Fern & Flint Outfitters | Toronto, ON\n\nLead a team.",
            "Fern & Flint Outfitters",
        ),
        # A place on the title's line is where, not who: the body names the employer.
        (
            "Bookings Advisor – Galway City – €30,000\n\nDo you speak French? Shannon Coast "
            "Holidays is expanding its Galway booking hub this spring.",
            "Shannon Coast Holidays",
        ),
    ],
)
def test_an_employer_is_a_name_not_an_announcement_a_roster_a_price_or_a_place(
    posting: str, company: str
) -> None:
    assert job_profile_from_text(posting).company == company


def test_a_pronoun_or_a_lone_place_is_no_employer() -> None:
    posting = (
        "Litigation Assistant\nVancouver, BC – Confidential search\n\n"
        "This busy litigation boutique needs an organised assistant for two partners."
    )
    assert job_profile_from_text(posting).company is None


@pytest.mark.parametrize(
    ("posting", "title"),
    [
        ("QUALIFIED ELECTRICIANS\nPilbara | 8/6 roster\n\nJoin our crew.", "Qualified Electrician"),
        ("Dental Nurse needed in Harrogate!\n£12.50 an hour\n\nJoin our practice.", "Dental Nurse"),
        ("Head of Sales\nNorthwind Tools Ltd · Leeds\n\nLead our team.", "Head of Sales"),
    ],
)  # fmt: skip
def test_a_title_names_one_job_without_the_ask_around_it(posting: str, title: str) -> None:
    assert job_profile_from_text(posting).title == title
