"""A posting titled by its trade's agent noun ("Roofer", "Phlebotomist") has that title; an
acronym that is not money ("Computer Aided Dispatch (CAD)") does not make the pay Canadian;
an Australian postcode after the state is not part of the place."""

from __future__ import annotations

import pytest

from interview_coach.questions.profile import job_profile_from_text

BODY = "\n\nThe job\nYou will join one of our three crews.\n"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Roofer (Pitched & Flat) - Immediate Start", "Roofer"),
        ("Phlebotomist – Patient Service Center (Full-Time)", "Phlebotomist"),
        ("Senior Farrier", "Senior Farrier"),
        ("Embalmer - Night Calls", "Embalmer"),
    ],
)
def test_a_trades_agent_noun_is_a_title(first_line: str, title: str) -> None:
    job = job_profile_from_text(f"{first_line}\nBrannock Roofing Ltd\nBristol, BS5{BODY}")
    assert job.title == title
    assert job.company == "Brannock Roofing Ltd"


@pytest.mark.parametrize("first_line", ["Patient Service Center", "Careers at Brannock", "Alder"])
def test_a_word_that_only_ends_like_one_is_not(first_line: str) -> None:
    job = job_profile_from_text(f"{first_line}\nBrannock Roofing Ltd\nBristol, BS5{BODY}")
    assert job.title != first_line


def test_an_acronym_beside_no_figure_is_not_a_currency() -> None:
    text = (
        "Emergency Communications Dispatcher\nCedar Valley Emergency Communications\n"
        "Cedar Rapids, IA\n$24.18 - $31.62 Hourly | Full-Time\n\nDuties\n"
        "- Enter calls into Computer Aided Dispatch (CAD)\n"
    )
    salary = job_profile_from_text(text).salary
    assert salary is not None and salary.currency == "USD"
    canadian = text.replace("$24.18 - $31.62 Hourly", "CAD $24.18 - $31.62 Hourly")
    salary = job_profile_from_text(canadian).salary
    assert salary is not None and salary.currency == "CAD"


def test_an_australian_postcode_after_the_state_is_left_off() -> None:
    text = "Bookkeeper\nTandy & Lowe Chartered Accountants\nGeelong VIC 3220\n$72,000 + super\n"
    assert job_profile_from_text(text + BODY).location == "Geelong VIC"
