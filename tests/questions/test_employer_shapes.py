"""More of the shapes in which a posting names who hires: a team "at" a name that starts with
"The", an introduction in bold, a writer introducing themselves with their role "for" the
employer, a subject after a label or past an aside, a careers site's trail, a university's
school, a name broken over a PDF's lines, a firm of "Partners"; and an agency's posting for
"our client", whose poster, sign-off and bullets name nobody who hires."""

from __future__ import annotations

import pytest

from interview_coach.questions.profile import job_profile_from_text

DUTIES = "\n\nWhat you'll do:\n- Keep the weekly rota\n- Order stock\n"


@pytest.mark.parametrize(
    ("posting", "company"),
    [
        (
            "Bar Supervisor\n\nWe're looking for a Bar Supervisor to join the front-of-house "
            "team at The Copper Kettle, our 60-cover bistro by the quay in Whitby.",
            "The Copper Kettle",
        ),
        (
            "# Data Engineer — Remote\n\nHello! We're **Tidebrook**. We build the booking "
            "system that 900 marinas use.",
            "Tidebrook",
        ),
        (
            "Dental Nurse wanted in Bangor – £24,000\n\nHi there! I'm Sian, Practice Lead for "
            "Marlow Dental Group – a family-run group of six practices across North Wales.",
            "Marlow Dental Group",
        ),
        (
            "**Care Coordinator** | Full time | Perth\n\n*About us:* Greystone Care is a "
            "not-for-profit home care provider with 600 staff.",
            "Greystone Care",
        ),
        (
            "Ashcombe Orchards, one of Kent's largest growers of apples and pears, is looking "
            "for a Farm Supervisor to run our picking teams.",
            "Ashcombe Orchards",
        ),
        (
            "Penrose District Council - Jobs and careers > Current vacancies > Housing\n\n"
            "Housing Officer\nGrade 6\n\nYou will manage a patch of 400 council homes.",
            "Penrose District Council",
        ),
        (
            "# Research Technician in Analytical Chemistry\n\nSchool of Chemistry · Harwick "
            "University\nLocation: Main Campus\n\nYou will run the department's mass "
            "spectrometers.",
            "Harwick University",
        ),
        (
            "**Physiotherapist – PRN – Outpatient**\n\n📍 Mobile, AL\n\nSeaview Therapy "
            "Partners provides physical therapy in 9 clinics around Mobile Bay.",
            "Seaview Therapy Partners",
        ),
    ],
)
def test_the_employer_in_more_of_its_shapes(posting: str, company: str) -> None:
    assert job_profile_from_text(posting + DUTIES).company == company


def test_a_name_broken_over_lines_is_read_whole_where_the_posting_writes_it_whole() -> None:
    posting = (
        "JOB DESCRIPTION\n\nAlder\nVale\nHomes\n\nPost title:   Income Officer\n"
        "Reports to:   Income Manager\nGrade:   Grade 5\n\nAbout Alder Vale Homes\n"
        "We own 9,000 homes across Derby.\n\nAlder Vale Homes – JD – Income Officer – v1\n"
    )
    assert job_profile_from_text(posting + DUTIES).company == "Alder Vale Homes"


@pytest.mark.parametrize(
    "posting",
    [
        "# Payroll Analyst – Leeds – £38k\n\n*Posted by Jo Pearce · Consultant at Brightline "
        "Staffing*\n\nOur client, a regional building society, is looking for a Payroll "
        "Analyst to join their finance team.",
        "WAREHOUSE SUPERVISOR - NIGHTS - DONCASTER\n\nOUR CLIENT, A NATIONAL RETAILER, "
        "REQUIRES A WAREHOUSE SUPERVISOR FOR THEIR DONCASTER SITE.\n\nDUTIES:\n"
        "- SUPERVISING A TEAM OF 20 PICKERS\n- STOCK ROTATION IN THE WMS",
    ],
)
def test_an_agency_posting_for_its_client_names_no_employer(posting: str) -> None:
    assert job_profile_from_text(posting).company is None


def test_a_job_description_heading_is_not_the_employer() -> None:
    posting = (
        "Job Description - Site Engineer (2500412)\n\nJob Number: 2500412\nSchedule: Full-time"
        "\n\nDescription\nHarrow Lane Engineers is looking for a Site Engineer to join our "
        "highways team.\n"
    )
    assert job_profile_from_text(posting + DUTIES).company == "Harrow Lane Engineers"
