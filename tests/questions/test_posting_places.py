"""Where a job is, in the shapes postings print it: applicant-tracking fields ("Campus
Location:", "Job Site:", a gap instead of a colon, the value on the next line, "US-GA-Atlanta"),
a named site with its town in brackets, a town with its postcode in the title's line, and the
place said in the posting's words ("based in Hull", "in our Calgary, AB office"). What is not
a place stays out: a title after a bullet, a school year."""

from __future__ import annotations

import pytest

from interview_coach.questions.profile import job_profile_from_text

BODY = "\n\nThe role\n- Keep the stores running\n- Order the stock\n"


@pytest.mark.parametrize(
    ("header", "place"),
    [
        ("Stores Clerk\nCampus Location: Emporia, KS\nFTE: 1.0", "Emporia, KS"),
        ("Stores Clerk\nJob Site: Ames, IA - library refit, north campus", "Ames, IA"),
        ("Stores Clerk\nLocation  Winnemucca, NV\nJob Type  Full-time", "Winnemucca, NV"),
        ("Stores Clerk\nJob Locations  US-OR-Bend\nType  Regular", "Bend, OR"),
        ("Stores Clerk\nPrimary Location: United States-South Carolina-Aiken", "Aiken, SC"),
        ("Stores Clerk\nLocation: 2 vacancies in the following location: Minot, ND", "Minot, ND"),
        ("Stores Clerk\nLocation: Ridgeway Elementary School (Tulare, CA)", "Tulare, CA"),
        ("Stores Clerk\nClosing date\n3 May\nLocation\nSt Agnes Hospital\nKelsworth\nBand 3",
         "Kelsworth"),
        ("Stores Clerk - Nights - Temp - Kettering NN15 - £13 per hour", "Kettering"),
    ],
)  # fmt: skip
def test_a_place_in_an_applicant_tracking_shape(header: str, place: str) -> None:
    assert job_profile_from_text(header + BODY).location == place


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("NOW RECRUITING\nStores Clerk needed.\n📍 Based in Grimsby (town centre)", "Grimsby"),
        ("Millward Supplies is hiring a Stores Clerk for the depot in Bangor, Gwynedd, from June.",
         "Bangor, Gwynedd"),
        ("Req 25-101\nWe need a Stores Clerk in our Red Deer, AB warehouse.", "Red Deer, AB"),
        ("Hollin Print Co.\nPosted Monday\nWE'RE HIRING\nA note from the owner\nMore below\n"
         "Keep reading\nStores Clerk (Part-Time)\nHollin Print Co. · Macon, GA", "Macon, GA"),
    ],
)  # fmt: skip
def test_a_place_said_in_the_postings_words(opening: str, place: str) -> None:
    assert job_profile_from_text(opening + BODY).location == place


@pytest.mark.parametrize(
    "header",
    [
        "We're hiring!\nThe role\n- Stores Clerk, Logistics\n- Full-time",
        "Ashgrove School\nTeacher – Year 3/4 (Fixed Term)\nKia ora",
    ],
)
def test_a_title_or_a_school_year_is_not_a_place(header: str) -> None:
    assert job_profile_from_text(header + BODY).location is None


def test_an_empty_location_field_takes_no_label_for_a_place() -> None:
    header = "Stores Clerk\nLocation\nSalary\n£24,000\nJob type\nPermanent"
    assert job_profile_from_text(header + BODY).location is None
