"""Pay said in another currency or manner: the sum is read with its period, in its own money
(negotiation/money.py)."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.money import figures
from interview_coach.negotiation.tactics import current_pay_figures


@pytest.mark.parametrize(
    ("line", "annual"),
    [
        ("Right now I'm on 2,400 euros a month.", 28_800.0),
        ("Where I am now I get 3,500 reais per month, before tax.", 42_000.0),
        ("At the moment I take home 900 rand a week.", 46_800.0),
        ("Currently I earn 4,100 dollars monthly.", 49_200.0),
        ("I'm on 1,900 fortnightly at the depot now.", 49_400.0),
        ("Right now I draw 6 lakh a year.", 600_000.0),
        ("These days I'm on 9 thousand reais a month.", 108_000.0),
        ("I currently make about 5k a month.", 60_000.0),
    ],
)
def test_current_pay_with_its_currency_between_sum_and_period(line: str, annual: float) -> None:
    assert [f.annual for f in current_pay_figures(line, 50_000.0)] == [annual]


@pytest.mark.parametrize(
    "line",
    [
        "I drove 500 miles monthly on the old route.",
        "We served 1,200 covers weekly in the summer.",
        "The van did 300 kilometres a day.",
    ],
)
def test_counts_said_with_a_period_are_no_pay(line: str) -> None:
    assert figures(line) == []


def test_a_small_sum_in_dollars_is_still_an_hourly_rate() -> None:
    [rate] = figures("They have me at 19 dollar, no overtime.")
    assert rate.hourly and rate.annual == 19 * 2080


def test_thousands_a_week_are_takings_not_pay() -> None:
    assert figures("The stall took 12k a week at Christmas.") == []
