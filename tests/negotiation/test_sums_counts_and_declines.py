"""Current pay said with a dollar sign, a decimal, a fortnight's pay or "had me at"; counts
that are not sums; another offer said in the present and work others cannot do as reasons; a
hedge, an ultimatum and levers in plain words; and a lever named only to turn it down. Each
checked on the `negotiate` contract with a market object."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.money import figures
from negotiation_scripts import market_object, mistake_codes

# Figures chosen for the test.
MARKET = market_object(
    "Pharmacy Technicians",
    "29-2052",
    "Charleston, SC",
    (36000.0, 40000.0, 46000.0, 52000.0, 58000.0),
)
SCRIPT = dict(role="Pharmacy technician", style="firm", seed=7, target=52000, walk_away=47000)


def _mistakes(lines: list[str]) -> set[str]:
    return mistake_codes(MARKET, lines, **SCRIPT)


@pytest.mark.parametrize(
    "opening",
    [
        "Right now at the county plant I'm at $21.80 an hour. I'm looking for around 52.",
        "The last store had me at 22.75 an hour. I'm looking for 52 thousand.",
        "Down at the old pharmacy they had me at nineteen an hour, so I'd want 52.",
        "At the hospital they have me at 21 dollar. Now I want 52.",
        "Well, dey bin payin' me twenty-one dollah an hour. Fuh dis job I lookin' fuh 52.",
        "My take-home right now is about 1,600 every two weeks, so I'm asking 52.",
        "In my last job they pay me 1,700 each two weeks. I am thinking 52 thousand.",
        "At my current store I'm at about 3,450 a month, so maybe 52?",
        "At the chain I topped out at 44 after eight years. For this role I'd say 52.",
    ],
)
def test_current_pay_in_more_shapes(opening: str) -> None:
    assert "disclosed_current_salary" in _mistakes([opening])


def test_a_fortnights_pay_a_bare_dollar_rate_and_a_count() -> None:
    assert [f.annual for f in figures("about 1,900 every two weeks")] == [49400.0]
    assert [f.annual for f in figures("they have me at 19 dollar", 46000.0)] == [39520.0]
    assert figures("I've moved 60,000 object records into the new system") == []
    assert [f.annual for f in figures("I've saved $60,000 this year")] == [60000.0]


def test_an_hourly_rate_with_its_currency_word_between() -> None:
    # One list of currency words serves the rate said in digits and in words.
    assert [f.annual for f in figures("on 22 quid an hour")] == [45760.0]
    assert [f.annual for f in figures("twenty-two quid an hour")] == [45760.0]
    assert [f.annual for f in figures("I make 17 dollah per hour")] == [35360.0]


REASONED = "I'm asking 54, I hold the CPhT and I run the IV room."


@pytest.mark.parametrize(
    "counter",
    [
        "Fifty-four. The hospital already offer me 53, on paper.",
        "Fifty-four. The other company offer me 53 already.",
        "Fifty-four. I do the sterile compounding, ent every tech can do dat.",
        "Could we say 54? I do chemo compounding that most pharmacies here send out.",
    ],
)
def test_another_offer_in_the_present_or_scarce_work_is_a_reason(counter: str) -> None:
    assert "counter_without_rationale" in _mistakes(["Around 52.", "Could we say 54?"])
    assert "counter_without_rationale" not in _mistakes(["Around 52.", counter])


def test_a_competing_offers_figure_is_not_a_lowered_ask() -> None:
    lines = [REASONED, "Please make it 56. I have another offer on the table at 53."]
    assert "negotiated_against_self" not in _mistakes(lines)
    assert "negotiated_against_self" in _mistakes(["I want 54. But 52 also I take."])


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        (["I was hoping for 52, if that's all right. I hope I'm not overstepping."],
         "apologetic_language"),
        ([REASONED, "Fifty-four or no deal."], "ultimatum_or_hostile"),
        ([REASONED, "You give fifty-four or tomorrow I go to the other company, finish."],
         "ultimatum_or_hostile"),
        ([REASONED, "This is your problem, not my problem."], "ultimatum_or_hostile"),
    ],
)  # fmt: skip
def test_hedges_and_ultimatums_in_plain_words(lines: list[str], code: str) -> None:
    assert code not in _mistakes([REASONED])
    assert code in _mistakes(lines)


@pytest.mark.parametrize(
    "ask",
    [
        "Then a twelve-month contract instead of ten, please.",
        "The gloves and the lab coats, the company can pay for that?",
        "Could you pay for my certification renewal?",
    ],
)
def test_levers_in_plain_words(ask: str) -> None:
    plain = [REASONED, "I'd still like 54.", "No, that's it.", "Send it over in writing."]
    assert "ignored_total_compensation" in _mistakes(plain)
    assert "ignored_total_compensation" not in _mistakes([REASONED, "I'd still like 54.", ask])


@pytest.mark.parametrize(
    "close",
    [
        "No, I think the benefits are fine as they are.",
        "Can you get to 54? It's a long drive every shift.",
        "Great, please send the paperwork and let me know the start date.",
    ],
)
def test_a_lever_turned_down_or_in_passing_is_not_one_raised(close: str) -> None:
    assert "ignored_total_compensation" in _mistakes([REASONED, "I'd still like 54.", close])


def test_a_lever_asked_for_after_a_no_is_raised() -> None:
    close = "No, the base is fine, but I'd like the night differential."
    assert "ignored_total_compensation" not in _mistakes([REASONED, "I'd still like 54.", close])
