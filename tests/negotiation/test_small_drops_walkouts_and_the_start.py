"""A drop of a thousand said the same way is a drop ("108… but 107 also fine"); a bare
number asked or conceded in few words ("Can 28? If no, 27 also okay", "55 coulda still
work"); a talk that ends with no deal has no offer to confirm in writing; and asking when to
start or where to sign asks for the next step. Each checked on `money.figures` or the
`negotiate` contract with a market object."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.money import figures
from negotiation_scripts import market_object, mistake_codes, played

# Figures chosen for the test.
MARKET = market_object(
    "Diagnostic Medical Sonographers",
    "29-2032",
    "Denver, CO",
    (70000.0, 82000.0, 96000.0, 110000.0, 125000.0),
)
SCRIPT = dict(role="Sonographer", style="firm", seed=5, target=105000, walk_away=98000)
OPENING = "I'm looking for 105. I hold RDMS and RVT, vascular and OB."


def _mistakes(lines: list[str]) -> set[str]:
    return mistake_codes(MARKET, lines, **SCRIPT)


def test_a_thousand_off_ones_own_ask_is_a_drop() -> None:
    lowered = "I ask 108, because I cover the vascular lab. But 107 also fine."
    held = "I ask 108, because I cover the vascular lab."
    close = "Okay, deal. Please email me the offer letter."
    assert "negotiated_against_self" in _mistakes([OPENING, lowered, "No.", "No.", close])
    assert "negotiated_against_self" not in _mistakes([OPENING, held, "No.", "No.", close])


@pytest.mark.parametrize(
    ("line", "by_hour", "said"),
    [
        ("Can 28? If no, 27 also okay.", True, ["28", "27"]),
        ("Mi need 58 or mi gone, seen? ...Well, 55 coulda still work.", False, ["58", "55"]),
        ("I can 10 people a day on my own.", False, []),
    ],
)
def test_bare_sums_in_few_words(line: str, by_hour: bool, said: list[str]) -> None:
    assert [f.text for f in figures(line, 50000.0, by_hour)] == said


def test_no_deal_leaves_nothing_to_confirm_in_writing() -> None:
    walk = "Match 130 or I walk. No scale, no deal."
    game = played(MARKET, [OPENING, walk, walk, walk, "Then no deal."], **SCRIPT)
    assert game["outcome"]["agreed"] is False
    codes = {m["code"] for m in game["mistakes"]}
    assert "ultimatum_or_hostile" in codes
    assert "no_written_confirmation" not in codes


@pytest.mark.parametrize(
    "close",
    ["Good. We have a deal. When do I start, and where do I sign?", "Deal. When's orientation?"],
)
def test_asking_when_to_start_asks_for_the_next_step(close: str) -> None:
    lines = [OPENING, "I'd ask 108, given the vascular cover.", "Then a sign-on bonus.", "No."]
    assert "no_written_confirmation" not in _mistakes([*lines, close])
    assert "no_written_confirmation" in _mistakes([*lines, "Good. We have a deal."])


@pytest.mark.parametrize(
    ("line", "hostile"),
    [
        ("If it cannot be 150, I will be constrained to decline.", True),
        ("You all find that money or I'll go haul for somebody that will.", True),
        ("Mi need 58 or mi gone a next gym, seen?", True),
        ("Don't jerk me around with the budget line.", True),
        ("If hazard pay isn't in writing, I'm not signing.", True),
        ("86 or I don't come. That's all.", True),
        ("I'd like to go over the package, or I'll go with the base as is.", False),
        ("Or I will go ahead and sign today, if that helps.", False),
        ("If it isn't too much trouble, I'm not sure about the start date yet.", False),
    ],
)
def test_ultimatums_said_in_other_words(line: str, hostile: bool) -> None:
    from interview_coach.negotiation.tactics import HOSTILE

    assert bool(HOSTILE.search(line)) is hostile


def test_a_sum_said_with_what_it_includes_is_read() -> None:
    from interview_coach.negotiation.tactics import current_pay_figures

    line = "My target is 140. Now my total package is 128 including the bonus."
    assert [f.text for f in current_pay_figures(line, 130000.0)] == ["128"]
