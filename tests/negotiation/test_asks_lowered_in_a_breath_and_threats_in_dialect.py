"""An ask lowered in the same breath ("48… or, I mean, 45 would honestly be fine"), a line
said by the hour read by the hour, pay now in Scots and Irish words, on a W-2 or where one
works, and ultimatums in other words ("Forty-two or ah'm stayin' where ah am", "Is final",
"That's not a bluff", "cheap outfit")."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.money import figures
from interview_coach.negotiation.tactics import current_pay_figures
from negotiation_scripts import market_object, mistake_codes

# Figures chosen for the test.
MARKET = market_object(
    "Bicycle Repairers", "49-3091", "Sacramento, CA", (30000.0, 36000.0, 43000.0, 50000.0, 58000.0)
)
SCRIPT = dict(role="Bicycle mechanic", style="warm", seed=7, target=48000, walk_away=44000)


def _codes(lines: list[str]) -> set[str]:
    return mistake_codes(MARKET, lines, **SCRIPT)


@pytest.mark.parametrize(
    "first",
    [
        "I'd like to be around 48. Or, I mean, 45 would honestly be fine too.",
        "I think twenty-four dollar the hour. But if you cannot, twenty-two is okay for me too.",
    ],
)
def test_an_ask_lowered_in_the_same_breath_is_going_down(first: str) -> None:
    held = first.split(".")[0] + "."
    assert "negotiated_against_self" not in _codes([held, "Could you do 49? I build wheels."])
    assert "negotiated_against_self" in _codes([first, "Could you do 49? I build wheels."])


def test_a_line_said_by_the_hour_reads_its_bare_figures_by_the_hour() -> None:
    line = "Me, I think eighteen dollar the hour. But if you cannot, seventeen is okay."
    assert [f.annual for f in figures(line, 43000.0)] == [18 * 2080, 17 * 2080]


@pytest.mark.parametrize(
    ("line", "annual"),
    [
        ("Right, ah'm on thirty-six grand the noo wi' the housing association.", 36_000.0),
        ("Well, my W-2 last year came out just about 54.", 54_000.0),
        ("Now the shop where I am pay me 650 every week, six days.", 33_800.0),
        ("At the shop before, they pay me fourteen dollar for one hour.", 14 * 2080),
    ],
)
def test_pay_now_in_other_words(line: str, annual: float) -> None:
    assert [f.annual for f in current_pay_figures(line, 43000.0)] == [annual]


@pytest.mark.parametrize(
    "line",
    [
        "Forty-nine or ah'm stayin' where ah am, end o'.",
        "I need 49. If not 49, I stay in my job, no problem. Is final.",
        "If you can't get to 49 by Friday, I'm signing with them. That's not a bluff.",
        "Real cheap outfit you're running. Fine, 49 then.",
        "Then ah'll no' waste yer time or mine. Forty-nine.",
    ],
)
def test_ultimatums_in_other_words(line: str) -> None:
    assert "ultimatum_or_hostile" not in _codes(
        ["I'd like 49, I build wheels.", "Could you do 49?"]
    )
    assert "ultimatum_or_hostile" in _codes(["I'd like 49, I build wheels.", line])


@pytest.mark.parametrize(
    "line",
    [
        "Could you do 49? That final figure matters to me, I build wheels.",
        "I won't waste your time: could you do 49 for a mechanic with ten years?",
    ],
)
def test_firm_words_are_no_ultimatum(line: str) -> None:
    assert "ultimatum_or_hostile" not in _codes(["I'd like 49, I build wheels.", line])


def test_a_stance_on_a_figure_is_no_pay() -> None:
    assert current_pay_figures("I'm firm on 49, the surveys put it there.", 43000.0) == []
    assert [f.annual for f in current_pay_figures("I'm on 41 now.", 43000.0)] == [41000.0]


def test_years_said_singular_are_experience() -> None:
    lines = ["I'd be lookin' at 49.", "I done twelve year on the wheels, I'd ask for 49."]
    assert "counter_without_rationale" not in _codes(lines)
    assert "counter_without_rationale" in _codes([lines[0], "I'd ask for 49 if you could."])


def test_acceptance_and_the_paper_in_plain_words() -> None:
    lines = ["I want 46 thousand one year.", "Okay, okay, is good for me. I take."]
    assert "accepted_first_offer" in _codes(lines)
    assert "no_written_confirmation" in _codes(lines)
    paper = [lines[0], lines[1] + " You write the paper for me, I sign."]
    assert "no_written_confirmation" not in _codes(paper)


def test_asking_what_to_bring_asks_for_the_next_step() -> None:
    lines = ["I'd like 49, I build wheels.", "Could you do 49?", "Deal."]
    assert "no_written_confirmation" in _codes(lines)
    assert "no_written_confirmation" not in _codes(
        [*lines[:2], "Deal. What do I need to bring on the first day?"]
    )


def test_a_figure_figured_is_the_anchor() -> None:
    assert "anchored_low" in _codes(["I was figurin' 35 or so.", "Okay, deal."])
