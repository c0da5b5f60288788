"""Putting right the cause is a lesson acted on, a problem that stopped is a result, and an
answer whose body keeps to the question's words is not about something else. Pairs differ in
one thing."""

from __future__ import annotations

import pytest

from .test_judgements import codes

MISTAKE_Q = "Tell me about a mistake you made at work and what you learned from it."
STORY = (
    "I booked a coach for the Year 9 trip to the wrong date, the Thursday instead of the "
    "Tuesday, and I only noticed the day before. I rang the company at seven the next morning, "
    "found another firm with a free coach, and rearranged the museum slot for the afternoon, "
    "so the trip still went ahead. "
)


@pytest.mark.parametrize(
    "lesson",
    [
        "Then I fixed the cause: every booking now needs a second person to read the date back.",
        "Afterwards I suggested adding a date check to the trip request form, and the office "
        "agreed.",
        "I added a read-back step so it can't happen again.",
        "Now every booking I make goes past the office before it is paid.",
    ],
)
def test_putting_right_the_cause_is_reflection(lesson: str) -> None:
    assert "no_reflection" not in codes(MISTAKE_Q, STORY + lesson)
    assert "no_reflection" in codes(MISTAKE_Q, STORY + "The head was fine about it in the end.")


PROCESS_Q = "Tell me about a time you improved a process at work."
PROCESS = (
    "Our night deploys kept failing because the database copy was a week old, so I wrote a "
    "script that refreshed it every evening and I made it part of the release checklist. "
)


@pytest.mark.parametrize(
    "stopped",
    [
        "In the next year we had zero outages from releases.",
        "Over the next quarter we saw no failures on release night.",
    ],
)
def test_a_problem_that_stopped_is_a_result(stopped: str) -> None:
    assert "no_result" not in codes(PROCESS_Q, PROCESS + stopped)
    assert "no_result" in codes(PROCESS_Q, PROCESS + "The team were busy that year anyway.")


def test_a_body_that_keeps_to_the_question_is_not_another_topic() -> None:
    question = (
        "A customer rings saying the water pressure in their house is poor. How would you go "
        "about finding the cause?"
    )
    # The opening and close (what relevance reads) say little of water or pressure.
    opening = (
        "So I've been doing this for nineteen years now, since I left school, and the first "
        "thing I learned from my old gaffer was to ask before you touch anything. "
    )
    close = " Last month that whole job took me forty minutes and it was a half-shut stopcock."
    on_topic = (
        "If the whole road has low water pressure it's the supplier's problem. If it's every "
        "tap in the house, I'd check the stopcock is fully open, then put a gauge on the "
        "outside tap and time a bucket."
    )
    elsewhere = (
        "My van is a 2019 Transit and I keep it spotless, with every fitting in labelled "
        "drawers and a spare of each size, because a tidy van saves a second trip to the "
        "merchant."
    )
    assert "off_question" not in codes(question, opening + on_topic + close)
    assert "off_question" in codes(question, opening + elsewhere + close)


PRESSURE_Q = "Tell me about a time you kept your team going under pressure."
SERVICE = (
    "It was a Saturday in December with ninety booked and two servers off sick, so I redid "
    "the sections on the back of a menu and gave the party to my two most experienced staff. "
    "I asked the kitchen if they'd stagger the party's starters by ten minutes so we weren't "
    "hitting the pass all at once, and I ran drinks between my own tables. "
)


def test_a_figure_in_what_was_asked_for_is_not_the_result() -> None:
    scene = "The party was an office Christmas do with crackers and a secret Santa going."
    assert "no_result" in codes(PRESSURE_Q, SERVICE + scene)
    landed = "We had one complaint all night, and the party booked again for summer."
    assert "no_result" not in codes(PRESSURE_Q, SERVICE + landed)


def test_a_story_whose_point_is_mid_way_is_not_another_topic() -> None:
    # Its opening and close (the digest) share little with the question; its body is the
    # process it improved. Read only because the ends looked like another topic.
    question = "Give me an example of when you improved a process."
    answer = (
        "On the service desk at a regional hospital trust in Leeds, about a third of our "
        "Monday-morning calls were password lockouts. I pulled three months of ticket data, "
        "proposed a self-service reset portal with an email reminder before expiry, and rewrote "
        "the instructions with two ward nurses so they made sense on the ward. Lockout calls "
        "fell by about 60 percent in two months. What I took from it is to test instructions "
        "with the people who will use them before launch, not after."
    )
    assert "off_question" not in codes(question, answer)
    football = (
        "On Saturdays I run the under-nines football at our club, and we play in a league "
        "across the county. The kids are brilliant, the parents less so, and we finished "
        "third last season after a penalty shoot-out in the semi-final. What I took from it "
        "is that the kids remember the fun more than the scores."
    )
    assert "off_question" in codes(question, football)


@pytest.mark.parametrize(
    ("question", "own_topic"),
    [
        ("Give me an example of an error you made and what you learned from it.", False),
        ("Tell me about a time you failed.", False),
        ("What is the biggest mistake you have made at work?", False),
        ("Tell me about a mistake you made with a customer.", True),
        ("Tell me about a time you got a medication dose wrong.", True),
    ],
)
def test_a_question_asking_only_for_a_mistake_names_no_topic(
    question: str, own_topic: bool
) -> None:
    from interview_coach.analysis.answer_cues import has_own_topic

    assert has_own_topic(question) is own_topic


def test_any_mistake_story_is_on_a_question_that_names_no_topic() -> None:
    """Its close about what changed since read as another topic to the relevance model
    (0.115 where the plainer close scored 0.306), which cost it half its score."""
    story = (
        "On a school extension project, I was preparing an interim valuation and missed that a "
        "variation for additional drainage had already been included in the previous month's "
        "payment. I paid it again, around £9,500. I picked it up myself the following month "
        "during a reconciliation, told my director straight away, and then called the "
        "subcontractor's QS to explain. We agreed to deduct it from the next valuation rather "
        "than ask for it back as a lump sum, which kept the relationship intact, and it was "
        "corrected within a few weeks. The root cause was that I was tracking variations in my "
        "own spreadsheet separately from the main cost report. Since then I keep a single "
        "variation register per project, with a column for which valuation each item was paid "
        "in, and there have been no duplicate payments on any of my six projects since; it's "
        "now the company template."
    )
    q = "Give me an example of an error you made and what you learned from it."
    assert "off_question" not in codes(q, story)
