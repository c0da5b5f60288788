"""Pay said by the day, by "one month" and "the hour", to the cent, or after the verbs of
pay one has ("I was making 74", "currently drawing 138"); a figure that something is said
to do ("68 would do it too"); and going down measured against what the other side gave: a
drop far larger than a token move is still going down, a figure said round is not a drop,
and "I need it over 50" is a floor, not an ask."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.money import figures
from interview_coach.negotiation.tactics import current_pay_figures
from negotiation_scripts import market_object, mistake_codes

# Figures chosen for the test.
MARKET = market_object(
    "Upholsterers", "51-6093", "Raleigh, NC", (32000.0, 38000.0, 46000.0, 54000.0, 62000.0)
)
SCRIPT = dict(role="Upholsterer", style="warm", seed=11, target=52000, walk_away=47000)


@pytest.mark.parametrize(
    ("line", "annual"),
    [
        ("Now I make 3,900 one month at the mill.", 46800.0),
        ("At the stables they pay me 15 the hour.", 31200.0),
        ("Right now mi get 320 a day at di practice.", 83200.0),
        ("At my last store they had me at 19.25, so I'd like more.", 40040.0),
        ("At the county I was making 71, and I liked it.", 71000.0),
        ("I am currently drawing 139 at the group practice.", 139000.0),
    ],
)
def test_pay_one_has_in_its_many_periods(line: str, annual: float) -> None:
    assert [f.annual for f in current_pay_figures(line, 70000.0)] == [annual]


@pytest.mark.parametrize(
    "line",
    [
        "We drove 8 hours a day on that contract.",
        "They gave us a $60 a day per diem.",
        "My GPA was 3.85 in the program.",
    ],
)
def test_hours_a_per_diem_or_a_grade_are_no_pay(line: str) -> None:
    assert figures(line, 70000.0) == []


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("I'd like 70. Heck, 68 would do it too.", [70000.0, 68000.0]),
        ("Can you do 85? Or meet me halfway and call it 82.", [85000.0, 82000.0]),
        ("To be candid, I could live with 225 on base.", [225000.0]),
    ],
)
def test_a_figure_said_to_do_is_a_sum(line: str, said: list[float]) -> None:
    near = 150000.0 if "225" in line else 70000.0
    assert [f.annual for f in figures(line, near)] == said


def _codes(lines: list[str]) -> set[str]:
    return mistake_codes(MARKET, lines, **SCRIPT)


def test_a_drop_far_larger_than_a_token_move_is_going_down() -> None:
    # The warm recruiter moves a little toward 60; coming down to 50 gives far more back.
    lines = ["I'd like 52, I run the frame shop.", "Could you do 60? I trained three apprentices."]
    assert "negotiated_against_self" not in _codes(lines)
    assert "negotiated_against_self" in _codes([*lines, "Honestly, I could live with 50."])


@pytest.mark.parametrize(
    "lines",
    [
        ["Look, I want 26 an hour.", "That is 54 thousand, more or less. 54 or nothing."],
        ["I'm looking for about 50.", "Could you do 52? I need it over 50, my rent went up."],
    ],
)
def test_a_figure_said_round_or_a_floor_is_no_drop(lines: list[str]) -> None:
    assert "negotiated_against_self" not in _codes(lines)


def test_a_long_line_of_figures_is_read_whole() -> None:
    # Every figure of a pasted 8,000-word line is read (the reading is n log n, not n²;
    # its time is in docs/benchmarks.md, not asserted here).
    line = "they had me at 18.25 " * 2000
    now = current_pay_figures(line, 50000.0)
    assert len(now) == 2000
    assert {f.annual for f in now} == {18.25 * 2080}


@pytest.mark.parametrize(
    "reason",
    [
        "because my daughter starts college this year",
        "because I have no car and the bus is two hours",
        "since my rent went up three hundred",
    ],
)
def test_a_need_is_no_reason_for_a_counter(reason: str) -> None:
    from interview_coach.negotiation.tactics import gives_reason

    assert not gives_reason(f"Could you do 52? I need it {reason}.")
    assert gives_reason("Could you do 52? I need it because I run the frame shop alone.")
    assert gives_reason(f"Could you do 52, given my ten years? I need it {reason}.")
