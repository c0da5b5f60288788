"""A relationship kept, time saved, a fix that lasted or harm averted is a result, and a
family or a pastime told at length is a detour from a self-introduction: each checked on
answers that differ in that one thing."""

from __future__ import annotations

import pytest

from answer_codes import codes

MISTAKE = "Tell me about a time you got something wrong in your work."
INTRO = "Tell me about yourself."

CORRECTION = (
    "Last year I sent a supplier a purchase order with last season's prices on it, and they "
    "shipped two pallets at the old rate. I saw it was my error, rang their account manager, "
    "and we agreed a credit note the same afternoon. {ending} Since then I check every order "
    "against the live price list before it goes out."
)


@pytest.mark.parametrize(
    "ending",
    [
        "She appreciated the call, and she's still one of our most reliable suppliers.",
        "They are still a regular supplier of ours.",
        "We made the month-end cut-off with two days to spare.",
        "The new check saved the buying team about half a day every week.",
        "It became a checklist which the other buyers still use.",
        "The ordering system has run fine ever since.",
        "We caught it before any invoice went out.",
        "They were very understanding about it and came back a few weeks later.",
    ],
)
def test_a_relationship_kept_is_a_result(ending: str) -> None:
    assert "no_result" not in codes(MISTAKE, CORRECTION.format(ending=ending))


def test_a_story_that_stops_at_the_call_has_no_result() -> None:
    ending = "Their office is in Leeds, near the old station, and they open at seven."
    assert "no_result" in codes(MISTAKE, CORRECTION.format(ending=ending))


CAREER = (
    "I'm a site engineer with nine years on mid-rise housing, most recently running a "
    "sixty-flat block from groundworks to handover, which we finished three weeks early. Before "
    "that I spent four years on a hospital extension, where I set up the snagging system the "
    "contractor still uses. {middle} I'm now looking for a project manager role where I can run "
    "more than one site."
)
FAMILY = (
    "I am also married, I have two daughters, and the eldest has just started secondary "
    "school, so the house is busy in the mornings. My youngest plays in a band at the weekends, "
    "and my mother lives with us now. When I have the time I like to read history and I go "
    "sea swimming with friends."
)
WORK = (
    "On the hospital job I learned to sequence trades so that no gang waits on another, and I "
    "cut the snag list at handover from two hundred items to forty by walking every floor with "
    "the foremen each Friday. I also hold my SMSTS and a first aid certificate, both renewed "
    "this year, and I mentor two graduate engineers."
)


def test_a_family_told_at_length_is_a_detour_from_a_self_introduction() -> None:
    assert "off_question" in codes(INTRO, CAREER.format(middle=FAMILY))


def test_the_same_words_about_work_stay_clear() -> None:
    assert "off_question" not in codes(INTRO, CAREER.format(middle=WORK))
