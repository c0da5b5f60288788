"""A relationship kept, time saved, a fix that lasted or harm averted is a result, and a
family or a pastime told at length is a detour from a self-introduction: each checked on
answers that differ in that one thing."""

from __future__ import annotations

import pytest

from answer_codes import codes
from interview_coach.questions.answering import analyze_answer

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


DEADLINE = "Tell me about a time you nearly missed a deadline."
ENJOY = "What part of your work do you enjoy most?"
WEAKNESS = "What is your biggest weakness?"
LATE_REPORT = (
    "In March our quarterly safety report was due on a Friday and two site returns were still "
    "missing on the Wednesday. I rang both site managers, filled the gaps from the permit log "
    "and sent the report on Friday morning. {aside} Since then I chase returns a week early."
)


@pytest.mark.parametrize(
    "aside",
    [
        "Honestly, the part of my job I enjoy most is the site visits, and I'd love more here.",
        "More broadly, I think these reports are far longer than anyone needs.",
        "The bigger problem in construction right now is that nobody wants to do paperwork.",
    ],
)
def test_an_aside_about_oneself_or_the_trade_leaves_the_story(aside: str) -> None:
    found = analyze_answer(DEADLINE, LATE_REPORT.format(aside=aside)).judgements
    titles = [j.title for j in found if j.code == "off_question"]
    assert titles == ["Drifts into what you enjoy or think of the field"]


def test_the_story_told_straight_stays_on_the_question() -> None:
    aside = "The client had it two hours before their board met."
    assert "off_question" not in codes(DEADLINE, LATE_REPORT.format(aside=aside))


def test_what_one_enjoys_answers_a_question_that_asks_it() -> None:
    answer = (
        "The part of my job I enjoy most is the site visits. Last month I walked a new scaffold "
        "with the foreman and we found two missing toe boards before anyone went up."
    )
    assert "off_question" not in codes(ENJOY, answer)


def test_a_task_disliked_in_a_weakness_answer_is_the_weakness() -> None:
    answer = (
        "My weakness is admin: I used to leave my notes until Friday. Now I write them each "
        "evening in twenty minutes. It's still not my favourite part of the job, but my records "
        "are up to date and my manager has stopped chasing me."
    )
    assert "off_question" not in codes(WEAKNESS, answer)
