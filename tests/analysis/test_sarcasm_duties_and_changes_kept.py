"""Sarcasm in any trade (scare quotes, a failing expected of someone, a group run down), a
duty another failed in any verb, a request left waiting, distrust learned (a sneer, not a
lesson) and a lesson said as the change itself. Where a sentence is tested, it is put into
the same answer, so only it can decide."""

from __future__ import annotations

import pytest

from answer_codes import PLAIN_MIDDLE, STORY_Q, clinic_story, codes


@pytest.mark.parametrize(
    "middle",
    [
        'The duty manager was upstairs doing her "admin."',
        'I\'ve watched plenty of "senior" receptionists wing it.',
        "My colleague hid in the back office, which is kind of her specialty.",
        "One patient said he was fine to wait, for what that's worth.",
        "He rang back twice more because of course he did.",
        "You'd think a grown man could manage a queue.",
        "IT took their sweet time getting back to us.",
        "I wrote the list down, which tells you how carefully the last manager kept it.",
        "Some of the staff here still can't tell a booking from a walk-in.",
        "I made a card with pictures, for people who don't read.",
        "The agency staff are sometimes worse, they just shrug.",
        "The new receptionist, who was honestly not much more mature, just panicked.",
        "I checked every booking myself, because I've learned not to trust whoever set it up.",
    ],
)
def test_sarcasm_runs_people_down(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        'We call it "the sweep" and it takes ten minutes.',
        'Saturday is the "quiet" clinic, so I had planned for twenty patients.',
        'I booked them into the "overflow" list the practice keeps for days like that.',
        'The sign on the door said "closed" and nobody had noticed.',
        "For what it's worth, I think a paper list should always be ready.",
        "The receptionist took her time with each patient, which they liked.",
        "Some of the patients can't read small print, so I read the times out.",
        "I made a card with pictures for people who can't read English.",
        "I had twenty-two patients booked and the morning's notes were not much use.",
    ],
)
def test_quotes_names_and_kind_words_are_no_sarcasm(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "To be honest the software firm should've picked that up in testing.",
        "The last practice manager should have backed the list up every night.",
        "My manager sat on my request for a backup laptop for two months.",
    ],
)
def test_a_duty_another_failed_is_blame(middle: str) -> None:
    assert "blame" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "blame" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "One patient waited longer than she should have, so I apologised to her.",
        "I think the team should have more training on the system in general.",
        "The engineer should have arrived by nine, so I rang to check.",
        "I should have backed the list up the night before, which was my mistake.",
        "The team sat on the floor sorting the paper files into time order.",
    ],
)
def test_a_wish_a_schedule_or_ones_own_duty_is_no_blame(middle: str) -> None:
    assert "blame" not in codes(STORY_Q, clinic_story(middle))


def _story(end: str) -> str:
    return (
        "Two years ago I fitted a combi boiler and didn't test one joint under the sink "
        "properly, because I was rushing to another job. The customer rang that evening with "
        "a drip, so I went straight back, found the joint weeping and remade it. I rang my "
        f"boss before the customer could and did the extra hour in my own time. {end}"
    )


@pytest.mark.parametrize(
    "end",
    [
        "What I changed after: I don't book anything else on a swap day until the job's done.",
        "what changed for me is every joint now gets dry tissue round it before I leave",
    ],
)
def test_a_lesson_said_as_the_change_itself(end: str) -> None:
    q = "Tell me about a time you made a mistake at work."
    plain = "The customer paid the invoice in the end and left us a review online."
    assert "no_reflection" in codes(q, _story(plain))
    assert "no_reflection" not in codes(q, _story(end))


def test_distrust_learned_is_no_lesson() -> None:
    q = "Tell me about a time you made a mistake at work."
    end = "I've learned not to trust whoever fitted the valve before me."
    assert "no_reflection" in codes(q, _story(end))


@pytest.mark.parametrize(
    "middle",
    [
        "Usually it is not really the receptionist. It is the company, they cut the hours.",
        "It's not the nurses, it's the management that sets the lists.",
        "We got a backup laptop, which they should have had from the start.",
    ],
)
def test_the_cause_moved_onto_another_party_is_blame(middle: str) -> None:
    assert "blame" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "It's not the weather, it's the paper list that matters most.",
        "First I checked the printer is really the problem and not the network.",
    ],
)
def test_a_cause_diagnosed_is_no_blame(middle: str) -> None:
    assert "blame" not in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "Our receptionist thinks the backup folder is for decoration, and I always have to redo "
        "her lists.",
        "Not like the practice across town, they just send everyone home.",
    ],
)
def test_work_redone_a_rival_put_below_and_a_tool_as_ornament(middle: str) -> None:
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "It's not like the old branch where we had two receptionists on a Saturday.",
        "Some patients think the reminder text is optional, so I rang them all.",
        "I always have to redo my own list at the end of a Saturday, which is fine.",
    ],
)
def test_a_comparison_a_misconception_or_ones_own_redo_is_no_sneer(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(middle))


METHOD_Q = "What would you do if a patient arrived for an appointment the system had lost?"
METHOD = (
    "I'd apologise first and check the paper list and the day's emails for the booking. If I "
    "found it, I'd fit them in with the next free clinician and tell them how long the wait "
    "is. If not, I'd book them the first slot that suits them and note what happened for the "
    "practice manager. {aside}"
)


@pytest.mark.parametrize(
    "aside",
    [
        "That said, I think the bigger issue is what booking systems in clinics are even for "
        "now, since most people book on their phones anyway and half the calls are about "
        "prescriptions.",
        "Honestly I think small clinics should get proper funding for reception, because we "
        "are basically a help desk for the whole town and nobody sees it at all.",
    ],
)
def test_a_view_of_the_field_is_a_detour_in_a_method(aside: str) -> None:
    plain = (
        "Then I'd check the system again the next morning with the practice manager, so the "
        "same booking isn't lost a second time for anyone on the list."
    )
    assert "off_question" not in codes(METHOD_Q, METHOD.format(aside=plain))
    assert "off_question" in codes(METHOD_Q, METHOD.format(aside=aside))
