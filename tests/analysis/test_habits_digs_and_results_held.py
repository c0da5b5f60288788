"""Blame told as others' habit and as an error handed down; digs dressed as asides, doubts
and conditions; results as a success rate or a clean check; and pastimes by their own names.
Each sentence is put into the same answer, so only it can decide."""

from __future__ import annotations

import pytest

from answer_codes import PLAIN_MIDDLE, STORY_Q, clinic_story, codes


def test_the_plain_story_draws_neither_blame_nor_a_dig() -> None:
    got = codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "blame" not in got and "disparaging" not in got


@pytest.mark.parametrize(
    "middle",
    [
        "The practice manager was off sick again as usual, so it all fell on me.",
        "We got through it in the end, no thanks to the rest of them.",
        "I logged every call myself, because if I don't, nobody else does.",
        "Half these outages wouldn't happen if IT didn't keep pushing updates on a Friday.",
        "IT were meant to test the update first, which on that job they often didn't.",
        "I'd have checked the backups, when the office actually let you near them.",
        "Nobody had warned the branch, so how was I to know?",
        "It should've been flagged before it ever got to me.",
        "Head office never told the branches about the update, did they.",
        "The backlog that morning was not from my team.",
        "Honestly, that one wasn't down to me, the update came from head office.",
        "Nobody tell me the update was that morning.",
    ],
)
def test_blame_as_others_habit_or_an_error_handed_down(middle: str) -> None:
    assert "blame" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "Let's be honest, some of them just love a good moan, so I let them get it out.",
        "I kept calm, unlike half my team.",
        "Our receptionists, who seem to think a phone answers itself, were no help.",
        "I explained it slowly, because that's what it takes with this kind of patient.",
        "I asked the locum to take calls, assuming he can actually work the phones, which is "
        "a big if.",
        "I rang the IT manager, not that he'd know a server if it hit him.",
        "Good luck getting anyone from IT before nine, that lot don't rush.",
        "The first useful thing the IT manager had done all week was pick up the phone.",
        "Half these patients think the system runs itself.",
        "One lady was making a big drama at the desk in front of everyone.",
        "The locum was very patient also, for once.",
        "The branch is run by people who think a backup is optional.",
    ],
)
def test_a_dig_in_an_aside_a_doubt_or_a_condition(middle: str) -> None:
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


PEST_Q = "Tell me about a time you brought a pest problem under control."


def _pest(end: str) -> str:
    return (
        "Last season at Wyevale Growers whitefly took hold in two of our tomato bays. I "
        "checked the sticky traps every week and counted the adults in each bay, released "
        "Encarsia in the hot spots and kept sprays for the worst bays only, because they harm "
        f"the bumblebees. I also asked the pickers not to walk from a bad bay to a clean one. {end}"
    )


@pytest.mark.parametrize(
    "end",
    [
        "After that the crop was clean on 25 out of 26 weekly checks.",
        "At the autumn audit we got no actions on pest control.",
    ],
)
def test_a_success_rate_or_a_clean_check_is_a_result(end: str) -> None:
    plain = "I walked every bay on a Monday with the manager and the two pickers."
    assert "no_result" in codes(PEST_Q, _pest(plain))
    assert "no_result" not in codes(PEST_Q, _pest(end))


WHY_Q = "Why do you want to work for this company?"


def _why(aside: str) -> str:
    return (
        "I've spent four years dispatching for a courier firm in Salford, and your medical "
        "sample runs are the time-critical work I'm best at. Your live tracking would let me "
        f"plan runs properly, and you promote dispatchers into shift leads. {aside} I'd like "
        "to build my career with a team that size."
    )


@pytest.mark.parametrize(
    "aside",
    [
        "Outside of that I'm properly into F1, I watch every race even at four in the "
        "morning, and I play the game online in a league with my mates most weekends.",
        "I'm training for my first triathlon this summer, and at weekends I'm up at six for "
        "a long ride and then the pool most Saturdays with my brother-in-law.",
        "At weekends we've done most of the Munros round Lochnagar, and every summer we take "
        "the campervan up to Torridon for a fortnight with my partner.",
    ],
)
def test_a_pastime_by_its_own_name_is_a_detour(aside: str) -> None:
    assert "off_question" not in codes(WHY_Q, _why("I know your depot well."))
    assert "off_question" in codes(WHY_Q, _why(aside))
