"""Pay now said as others set it ("they got me at like eighteen an hour", "dem pay me
sixty-two", "they only pay me fifty-two"), an ask lowered with "'d" ("fifty-two'd be alright
too"), and slights said plainly ("seventy eight or i'm good", "a slap in the face")."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.tactics import current_pay_figures
from negotiation_scripts import market_object, mistake_codes

# Figures chosen for the test.
MARKET = market_object(
    "Tree Trimmers and Pruners",
    "37-3013",
    "Cleveland, OH",
    (36000.0, 42000.0, 51000.0, 60000.0, 70000.0),
)
SCRIPT = dict(role="Arborist", style="warm", seed=7, target=58000, walk_away=52000)


def _codes(lines: list[str]) -> set[str]:
    return mistake_codes(MARKET, lines, **SCRIPT)


@pytest.mark.parametrize(
    ("line", "annual"),
    [
        ("um so right now they got me at like eighteen an hour", 18 * 2080),
        ("They got me at thirty-eight an hour right now on the turnaround crew.", 38 * 2080),
        ("Right now dem pay me sixty-two at di carrier.", 62_000.0),
        ("Honestly, they only pay me fifty-two at the big-box store right now.", 52_000.0),
    ],
)
def test_pay_now_as_others_set_it(line: str, annual: float) -> None:
    assert [f.annual for f in current_pay_figures(line, 51000.0)] == [annual]


@pytest.mark.parametrize(
    "line",
    [
        "The posting got it at eighteen an hour, so I'd look for twenty.",
        "They could pay me fifty-eight if the budget allows, I reckon.",
    ],
)
def test_a_sum_that_is_not_ones_pay_is_not_disclosed(line: str) -> None:
    assert current_pay_figures(line, 51000.0) == []


def test_an_ask_lowered_with_a_contraction_is_going_down() -> None:
    lowered = "I reckon around fifty-six... though honestly fifty-two'd be alright too."
    held = "I reckon around fifty-six, and I'd stand by that."
    then = "I'm ISA certified with a CDL and an aerial lift cert, so fifty-eight."
    assert "negotiated_against_self" in _codes([lowered, then])
    assert "negotiated_against_self" not in _codes([held, then])


@pytest.mark.parametrize(
    ("hostile", "polite"),
    [
        (
            "nah bro that's low seventy eight or i'm good",
            "I was hoping for seventy eight, I'm good at this",
        ),
        (
            "Man, that's a slap in the face. Could you do seventy?",
            "Thanks for that. Could you do seventy?",
        ),
    ],
)
def test_slights_said_plainly_are_hostile(hostile: str, polite: str) -> None:
    assert "ultimatum_or_hostile" in _codes(["Around fifty-eight.", hostile])
    assert "ultimatum_or_hostile" not in _codes(["Around fifty-eight.", polite])
