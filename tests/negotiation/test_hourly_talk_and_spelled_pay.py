"""A week's or a month's pay said in words; "pulling" a sum as current pay; bare numbers in a
talk by the hour read as hourly rates, by the scorer and the recruiter; a walk-away said as
"you don't give, I go" or "we can part ways"; "a hundred and five" as thousands; a lower
decade or figure offered at once; the employer asked to pay for a thing; a result told as
"from … to". Each checked on `money.figures` or the `negotiate` contract with a market
object."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.money import HOURS_A_YEAR, figures
from negotiation_scripts import market_object, mistake_codes, played

# Figures chosen for the test.
MARKET = market_object(
    "Millwrights", "49-9044", "Grand Rapids, MI", (48000.0, 56000.0, 66000.0, 76000.0, 88000.0)
)
SCRIPT = dict(role="Millwright", style="firm", seed=7, target=72800, walk_away=68000)


def _mistakes(lines: list[str]) -> set[str]:
    return mistake_codes(MARKET, lines, **SCRIPT)


@pytest.mark.parametrize(
    ("said", "annual"),
    [
        ("right now I'm clearing like nine-fifty a week", 950 * 52),
        ("about twelve hundred a week", 1200 * 52),
        ("nine hundred fifty a week", 950 * 52),
        ("I'm at about nine and a half a month", 9500 * 12),
        ("forty-five hundred a month", 4500 * 12),
    ],
)
def test_a_weeks_or_a_months_pay_said_in_words(said: str, annual: float) -> None:
    assert [f.annual for f in figures(said)] == [annual]


@pytest.mark.parametrize(
    "said", ["I work five days a week", "three times a week", "twenty-five a week", "nine a week"]
)
def test_counts_of_days_and_small_sums_a_week_are_not_pay(said: str) -> None:
    assert figures(said) == []


def test_pulling_a_sum_is_current_pay() -> None:
    assert "disclosed_current_salary" not in _mistakes(["I'm asking 35 an hour."])
    said = "I'm pulling 780 a week at the mill right now, so 35 an hour."
    assert "disclosed_current_salary" in _mistakes([said])


def test_bare_numbers_in_a_talk_by_the_hour_are_hourly_rates() -> None:
    opening = "I want 34 dollars per hour. Union scale here is about this."
    assert [f.hourly for f in figures("Thank you. I ask 36.", 70000.0, by_hour=True)] == [True]
    # Read as thousands, 36 would sit below any offer; by the hour it is a counter.
    assert "no_counter" not in _mistakes([opening, "Thank you. I ask 36, I've twenty years."])
    lowered = "I ask 36. But 35 also I take."
    assert "negotiated_against_self" in _mistakes([opening, lowered])
    assert "negotiated_against_self" not in _mistakes([opening, "I ask 36. That is my number."])


@pytest.mark.parametrize(
    "walk_away",
    [
        "You give 36, I come Monday. You don't give, I go there, finish.",
        "Let me be direct. If the letter comes in under 36, we can part ways now.",
    ],
)
def test_a_walk_away_in_plain_words(walk_away: str) -> None:
    opening = "I want 34 dollars per hour, I've run presses for twenty years."
    assert "ultimatum_or_hostile" not in _mistakes([opening])
    assert "ultimatum_or_hostile" in _mistakes([opening, walk_away])


# A warm recruiter, and a candidate who opens by the hour and counters with a bare number.
WARM = {**SCRIPT, "style": "warm"}
BY_THE_HOUR = [
    "I want 34 dollars per hour, I have twenty years.",
    "Could you do 36? I do laser alignment and hydraulics.",
]


def test_the_recruiter_hears_a_bare_counter_by_the_hour() -> None:
    turns = played(MARKET, BY_THE_HOUR, **WARM)["turns"]
    assert "We can go to" in turns[-1]["text"]


def test_a_hundred_and_more_in_words_is_thousands_in_a_talk_of_pay() -> None:
    said = "Well, I'd want to be somewheres around a hundred and five."
    assert [f.annual for f in figures(said, 95000.0)] == [105000.0]
    assert figures("we had a hundred and five people on site", 95000.0) == []


@pytest.mark.parametrize(
    "lines",
    [
        ["I'd like 38 an hour, though anything in the high thirties would work."],
        ["I want 34 dollars per hour.", "You can put 36? Or 35, 35 is good also."],
        ["I want 34 dollars per hour.", "I ask 36. But if 35 is better for you, okay."],
    ],
)
def test_a_lower_decade_or_a_lower_figure_offered_at_once(lines: list[str]) -> None:
    assert "negotiated_against_self" not in _mistakes(["I'd like 38 an hour."])
    assert "negotiated_against_self" in _mistakes(lines)


def test_the_employer_asked_to_pay_for_a_thing_is_a_counter() -> None:
    opening = "I want 34 dollars per hour, I have twenty years."
    assert "no_counter" in _mistakes([opening, "Okay, thank you."])
    ask = "Thank you. Can the shop pay some tool money? I bring my own kit."
    assert "no_counter" not in _mistakes([opening, ask])


def test_a_result_told_as_from_and_to_is_a_reason() -> None:
    bare = ["I'd want 34 an hour.", "Could we say 36?"]
    assert "counter_without_rationale" in _mistakes(bare)
    reasoned = "Could we say 36? I took output from forty to sixty presses a shift."
    assert "counter_without_rationale" not in _mistakes([bare[0], reasoned])


def test_the_talk_is_by_the_hour_until_a_figure_with_another_period() -> None:
    from interview_coach.negotiation.money import talks_by_hour

    assert talks_by_hour(["I want 34 dollars per hour.", "I ask 36."])
    assert not talks_by_hour(["I want 34 dollars per hour.", "Make it 72,000 a year."])
    assert not talks_by_hour(["Thirty-six, please."])


@pytest.mark.parametrize(
    ("ask", "granted"),
    [
        ("Then the CEUs for the license, please.", "learning budget"),
        ("Then a tool allowance, please.", "$500 yearly tool allowance"),
        ("Mileage and boot money would help.", "yearly mileage and boot allowance"),
        ("Then a company truck, please.", "review of your base"),
    ],
)
def test_the_recruiter_answers_a_lever_in_a_trades_words(ask: str, granted: str) -> None:
    turns = played(MARKET, [*BY_THE_HOUR, ask], **WARM)["turns"]
    assert granted in turns[-1]["text"]


def test_the_recruiter_answers_hourly_talk_by_the_hour() -> None:
    turns = played(MARKET, BY_THE_HOUR, **WARM)["turns"]
    offer, move = turns[2]["text"], turns[-1]["text"]
    assert " an hour ($" in offer and " an hour ($" in move
    yearly = played(MARKET, ["I'd like 75,000.", "Could you do 78,000?"], **WARM)["turns"]
    assert " an hour" not in yearly[-1]["text"]


def test_an_hourly_base_moves_in_quarters_of_a_dollar() -> None:
    base = played(MARKET, BY_THE_HOUR, **WARM)["outcome"]["base"]
    assert (base / HOURS_A_YEAR * 4) == round(base / HOURS_A_YEAR * 4)


def test_an_allowance_counts_in_the_years_value() -> None:
    lines = [*BY_THE_HOUR, "Then a tool allowance, please.", "Deal. Please send it in writing."]
    outcome = played(MARKET, lines, **WARM)["outcome"]
    without = played(MARKET, [*BY_THE_HOUR, "No thanks.", "Deal."], **WARM)["outcome"]
    assert outcome["total_value"] - without["total_value"] == 500
