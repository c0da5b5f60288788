"""The close said in other words ("get the papers to me and I'll sign", "we have agreement",
"send me the written terms"), which the recruiter must take as a yes and the scorer as the
offer in writing; a "start date" set at the close is no lever; pay "for the week" and "I clear
about 720 a week"; a sum named with "you can give" or "I believe … is right"; a lower figure
"also okay" in the same breath; another employer's offer in the present and work not many can
do as reasons; a deadline with the other offer as its price. Each checked on `money.figures`
or the `negotiate` contract with a market object."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.money import figures
from negotiation_scripts import market_object, mistake_codes, played

# Figures chosen for the test.
MARKET = market_object(
    "Machinists", "51-4041", "Louisville, KY", (40000.0, 48000.0, 58000.0, 68000.0, 78000.0)
)
SCRIPT = dict(role="Machinist", style="firm", seed=11, target=66000, walk_away=60000)
OPENING = "I'm looking for 66 thousand. I run the five-axis mill and program in Mastercam."
COUNTER = "Thank you. I hold tolerance to two tenths, so I'd ask for 66."
LEVER = "Then I'd like the tool allowance, please."


def _mistakes(lines: list[str]) -> set[str]:
    return mistake_codes(MARKET, lines, **SCRIPT)


@pytest.mark.parametrize(
    ("close", "in_writing"),
    [
        ("Alright, get the papers to me and I'll sign.", True),
        ("Good. Please send me the written terms and I'll have them read this week.", True),
        ("Good. Write it down for me on the paper, then I sign.", True),
        ("Good. We have agreement. Thank you.", False),
    ],
)
def test_the_close_in_other_words_is_a_yes(close: str, in_writing: bool) -> None:
    game = played(MARKET, [OPENING, COUNTER, LEVER, "No, that's all.", close], **SCRIPT)
    last = game["turns"][-1]
    assert last["speaker"] == "counterpart"
    assert "didn't catch" not in last["text"]
    assert game["outcome"]["agreed"] is True
    codes = {m["code"] for m in game["mistakes"]}
    assert ("no_written_confirmation" not in codes) is in_writing


def test_a_plain_thanks_at_the_close_is_no_offer_in_writing() -> None:
    lines = [OPENING, COUNTER, LEVER, "No, that's all.", "Okay, deal. Thanks."]
    assert "no_written_confirmation" in _mistakes(lines)


def test_a_start_date_set_at_the_close_is_no_lever() -> None:
    close = "Then we have a deal. Please send the contract over and let's set a start date."
    lines = [OPENING, COUNTER, "No, I think the package is fine as it is.", close]
    assert "ignored_total_compensation" in _mistakes(lines)
    asked = [OPENING, COUNTER, "Could we talk about the start date? I'd like four weeks.", close]
    assert "ignored_total_compensation" not in _mistakes(asked)


@pytest.mark.parametrize(
    ("said", "annual"),
    [
        ("In my shop now I get 1,150 for the week, before the tax.", 1150 * 52),
        ("I clear about 720 a week at the plant now.", 720 * 52),
    ],
)
def test_pay_for_the_week_and_what_one_clears_are_current_pay(said: str, annual: float) -> None:
    assert [f.annual for f in figures(said)] == [annual]
    assert "disclosed_current_salary" in _mistakes([f"{said} I want 66 thousand."])


def test_you_can_give_or_i_believe_names_a_sum() -> None:
    assert [f.annual for f in figures("You can give 62? I have three kids.", 57000.0)] == [62000]
    said = "I believe 66 is right for this role."
    assert [f.annual for f in figures(said, 57000.0)] == [66000]
    assert "no_counter" not in _mistakes([OPENING, f"Thank you. {said} I hold two tenths."])


def test_a_lower_figure_also_okay_in_the_same_breath_is_going_down() -> None:
    lowered = "Thanks. Maybe 66, because I run the five-axis? But if not possible, 64 also is okay."
    held = "Thank you. Maybe 66, because I run the five-axis? That is the right number for me."
    assert "negotiated_against_self" in _mistakes([OPENING, lowered])
    assert "negotiated_against_self" not in _mistakes([OPENING, held])


@pytest.mark.parametrize(
    "counter",
    [
        "No. The other shop on Dixie Highway, they offer me 66. You pay 66.",
        "I do the fixtures, the setups, the first articles. Not many people can do. So I ask 66.",
    ],
)
def test_another_offer_now_or_work_not_many_can_do_is_a_reason(counter: str) -> None:
    bare = "I'm looking for 66 thousand."
    assert "counter_without_rationale" in _mistakes([bare, "No. You pay 66."])
    assert "counter_without_rationale" not in _mistakes([bare, counter])


def test_a_deadline_with_the_other_offer_as_its_price_is_an_ultimatum() -> None:
    said = "Here's where I stand: you get to 66 by Friday or I sign with them."
    assert "ultimatum_or_hostile" in _mistakes([OPENING, said])
    polite = "I have another offer at 66, and I'd rather join you. Could you get to 66 by Friday?"
    assert "ultimatum_or_hostile" not in _mistakes([OPENING, polite])


def test_the_figure_one_would_have_settled_for_is_the_first_figure() -> None:
    lines = [
        "I'd rather hear what you've budgeted first.",
        "Heck, that's more than the 45 I'd have settled for. I'll take it.",
    ]
    assert "anchored_low" in _mistakes(lines)
