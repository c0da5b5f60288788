"""Figures that are others' pay or a scale are not the candidate's asks; current pay, a polite
ultimatum, an accept, a hedge and a written close said in plain words; and sympathy that is
not an apology. Each checked on the `negotiate` contract with a market object."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.money import figures
from negotiation_scripts import market_object, mistake_codes

# Figures chosen for the test.
MARKET = market_object(
    "Electricians", "47-2111", "Columbus, OH", (42000.0, 50000.0, 62000.0, 76000.0, 98000.0)
)
SCRIPT = dict(role="Electrician", style="warm", seed=11, target=66000, walk_away=58000)


def _mistakes(lines: list[str]) -> set[str]:
    return mistake_codes(MARKET, lines, **SCRIPT)


@pytest.mark.parametrize(
    "opening",
    [
        "Journeymen here are getting from 64 to 70 thousand, so my target is 66,000.",
        "My cousin who wires for a contractor pulls about 70 a year, so I'm asking 66.",
        "The local union scale works out near 34 an hour, so I'm looking at 66.",
    ],
)
def test_others_pay_or_a_scale_before_the_ask_is_not_lowering_it(opening: str) -> None:
    assert "negotiated_against_self" not in _mistakes([opening])


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        (["I want 66 thousand. My current is 55, I need to beat it."], "disclosed_current_salary"),
        (["I was thinking 66, but even 60 would be fine."], "negotiated_against_self"),
        (["Maybe 50-ish? I didn't look it up."], "anchored_low"),
        (["Based on my licence, 66.", "If we can't get there by Friday, I'll sign with the other "
          "company."], "ultimatum_or_hostile"),
        (["Based on my licence, 66.", "Without the van I don't come, simple."],
         "ultimatum_or_hostile"),
        (["Based on my licence, 66.", "I hope is not too much to ask, but could it be 68?"],
         "apologetic_language"),
        (["Whatever you think.", "Oh, that's decent. Yeah, I'll take 'er."],
         "accepted_first_offer"),
        (["I'm after 66. The contractor I wire for pays me 27 an hour."],
         "disclosed_current_salary"),
        (["I'd want 66, since my current firm has me at 58."], "disclosed_current_salary"),
        (["Around 66. I need to beat what I'm bringing home now, 4,000 a month."],
         "disclosed_current_salary"),
        (["I make now 27 dollars per hour. I want 66."], "disclosed_current_salary"),
        (["Based on my licence, 66.", "I'd like 68, but honestly I'd be fine a little under "
          "that."], "negotiated_against_self"),
        (["Based on my licence, 66.", "I'd like 68. Though I'd come down some if I had to."],
         "negotiated_against_self"),
    ],
)  # fmt: skip
def test_mistakes_in_plain_words(lines: list[str], code: str) -> None:
    assert code in _mistakes(lines)


@pytest.mark.parametrize(
    "firm",
    [
        "Based on my licence, 68, and I wouldn't come down from that.",
        "Based on my licence, 68. If you paid me 60 I'd be underpaid for the work.",
        "Based on my licence, 68. My apprentices I'd happily see paid more.",
    ],
)
def test_firm_asks_are_not_lowered(firm: str) -> None:
    found = _mistakes([firm])
    assert "negotiated_against_self" not in found
    assert "disclosed_current_salary" not in found


def test_sympathy_is_not_an_apology() -> None:
    lines = [
        "With my licence and eight years on commercial jobs, I'm looking for 66,000.",
        "I'm sorry to hear the budget is tight this year. Could you cover my climbing gear "
        "and my licence renewal instead?",
        "That's everything.",
        "Deal. Could you put it in an email so I can sign it?",
    ]
    found = _mistakes(lines)
    assert "apologetic_language" not in found
    assert "ignored_total_compensation" not in found
    assert "no_written_confirmation" not in found


def test_a_number_said_roughly_is_still_a_sum() -> None:
    assert [f.annual for f in figures("Maybe 80-ish?", near=95_000)] == [80_000]
    assert [f.annual for f in figures("I was thinking 38, but", near=45_000)] == [38_000]
