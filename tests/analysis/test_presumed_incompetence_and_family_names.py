"""Digs that presume others' incompetence, set a named colleague below the speaker, type a
group of customers or scorn a habit in a relative clause; a level reached and an inspection
that found nothing as results; family by its other names in a detour from the method.
Where a sentence is tested, it is put into the same answer, so only it can decide."""

from __future__ import annotations

import pytest

from answer_codes import PLAIN_MIDDLE, STORY_Q, clinic_story, codes, lesson_missing


@pytest.mark.parametrize(
    "middle",
    [
        "I rang the software firm, assuming anyone there actually answers on a Saturday.",
        "I'd have asked a colleague to help, ideally not Sharon, who takes an hour to file a note.",
        "I handled the desk myself, not like Mr Okoro in the office, who just watches the queue.",
        "You know how some of these private patients can be, they wanted seeing first.",
        "You know those ladies from the golf club, they all wanted the ten o'clock slot.",
        "Some of them would complain if you saw them early, so I explained the delay.",
        "One patient had booked after changing her mind five times that week.",
        "The paper list was in the day book, which nobody reads.",
        "I checked the backup sheet, which the receptionists mostly ignore.",
        "The old records sat in the basement, a place where files go to die.",
    ],
)
def test_presumed_incompetence_a_named_colleague_or_a_typed_group(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I rang the software firm, assuming the line would be open on a Saturday.",
        "I asked Sharon, who knew the paper system, to help at the desk.",
        "The log was in the day book, which nobody had filled in since Friday.",
        "I had changed my mind twice about the order, so I wrote the plan down.",
    ],
)
def test_a_plain_condition_a_named_helper_or_a_finding_is_no_dig(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(middle))


METHOD_Q = "Walk me through how you plan a delivery route for a full van."


def _route_answer(end: str) -> str:
    return (
        "I start from the drop list the night before and group the drops by postcode. I put "
        "timed deliveries first and check each one against the loading bay hours. I load the "
        "van in reverse order so the first drop is at the back doors. I check the weights "
        f"against the van's limit and print the route for the driver. {end}"
    )


@pytest.mark.parametrize(
    "end",
    [
        "Last spring that approach got us to around 48 drops a day, with zero redeliveries "
        "the following week.",
        "When the depot auditor came round in May, she couldn't find a single error in my sheets.",
    ],
)
def test_a_level_reached_or_an_inspection_that_found_nothing_is_a_result(end: str) -> None:
    plain = "Last spring I did this for the depot in Leyland with two other planners nearby."
    assert _outcome_points(_route_answer(end)) > _outcome_points(_route_answer(plain))


def test_a_start_with_nothing_or_a_fault_searched_for_is_no_result() -> None:
    for end in (
        "I started that job with zero qualifications and learned the depot from the drivers.",
        "Once I couldn't find the fault in a van's sat nav, so I printed the route instead.",
    ):
        assert _outcome_points(_route_answer(end)) == 0


def _outcome_points(answer: str) -> float:
    from interview_coach.questions.answering import analyze_answer

    factors = analyze_answer(METHOD_Q, answer).score_breakdown
    return sum(f.points for f in factors if f.rule == "outcomes")


def test_family_by_its_other_names_is_a_detour_from_the_method() -> None:
    drift = (
        "I got the habit from my granddaddy, who drove a milk round for thirty years. My "
        "little boy comes out in the van with me on a Saturday and counts the drops. My "
        "grandma still sends him a card with a toy lorry in it every birthday."
    )
    plain = (
        "I check the bay hours again at six, because a late change at a store can move three "
        "drops. I ring the first store if a timed slot looks tight, and I note the change on "
        "the driver's sheet so the next planner sees it the same day."
    )
    assert "off_question" not in codes(METHOD_Q, _route_answer(plain))
    assert "off_question" in codes(METHOD_Q, _route_answer(drift))


FIRST_AID_Q = "What would you do if a customer fainted in the shop?"


def test_steps_said_without_apostrophes_are_steps() -> None:
    # Speech written down without apostrophes: "id" is "I'd", as in the same answer typed.
    said = (
        "right so first thing id check theyre breathing and id send someone for the first aid "
        "kit and the defib and id ring 999 if they dont come round in a minute then id keep "
        "everyone back give them space and stay with them talking to them the whole time and "
        "when the paramedics come id tell them exactly what happened and how long they were "
        "out and after that id write it up in the accident book the same day"
    )
    typed = said.replace(" id ", " i'd ").replace("theyre", "they're").replace("dont", "don't")
    assert "off_question" not in codes(FIRST_AID_Q, typed)
    assert "off_question" not in codes(FIRST_AID_Q, said)


def test_a_condition_on_someones_state_is_no_dig() -> None:
    answer = (
        "First I'd check they're breathing and send someone for the first aid kit. If they're "
        "really bad, I'd get them lying down with their legs up and ring 999 straight away. "
        "I'd stay with them, keep people back and tell the paramedics what happened, then "
        "write it up in the accident book the same day."
    )
    assert "disparaging" not in codes(FIRST_AID_Q, answer)


def _storm_story(end: str) -> str:
    return (
        "I supervise the night gang on the container quay. Last winter the wind started "
        "picking up past our limit for lifting reefers, with the ship due out on the morning "
        "tide. So I stopped the operation, cleared the quay edge and stood the gang down in "
        "the canteen on pay. I told the duty manager and the agent, and logged the wind every "
        f"fifteen minutes while I arranged a second gang for the morning. {end}"
    )


DECISION_Q = "Tell me about a time you had to make a difficult decision quickly."


@pytest.mark.parametrize(
    "end",
    [
        "No injuries, no damage to the cranes, and the gangs were back on at five.",
        "With the second gang we still completed the loading before the tide.",
        "At the debrief the terminal manager backed the decision in front of everyone.",
    ],
)
def test_harm_that_did_not_come_work_done_in_time_or_a_decision_backed_is_a_result(
    end: str,
) -> None:
    plain = "The canteen had a new coffee machine that week, and the gang liked it."
    assert "no_result" in codes(DECISION_Q, _storm_story(plain))
    assert "no_result" not in codes(DECISION_Q, _storm_story(end))


@pytest.mark.parametrize(
    "middle",
    [
        "A senior tech, or at least he thinks so, had signed the sheet without a look.",
        "The part came from the distributor, which from those clowns usually means late.",
        "You know what agency drivers are like, they never read the sheet.",
        "The checklist is printed on the desk, but apparently reading is optional.",
        "The van was late, knowing that crew, because it was nearly break time.",
        "Half of these callers just want someone to shout at, so I let her talk.",
        "My junior could just about be trusted with the phone, so I did the rest.",
        "I rang the on-call manager, who answered like I'd asked him to give blood.",
        "One patient, not very good with computers, let's say, had booked twice.",
        "The backup sheets were out, when the office remembers to print them.",
        "The old supervisor is not exactly fast with decisions, so I went ahead.",
    ],
)
def test_skill_doubted_a_group_typed_or_an_employer_mocked(middle: str) -> None:
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I said it wouldn't be on me to fix their software, and waited for them.",
        "I told the patients it was really for the software firm to sort out.",
        "The receptionists are the ones who set up the booking rules, not me.",
    ],
)
def test_the_trouble_handed_back_to_others(middle: str) -> None:
    assert "blame" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "end",
    [
        "She's since bought her next two vans from us, so, you know, it turned out all right.",
        "Across the depot our redelivery rate was under two percent last year.",
        "I reduced the drops a driver missed from seven a week to one.",
        "By my third month I was planning the whole depot's routes alone.",
        "That winter we didn't have a single failed delivery on a timed slot.",
        "I got it to around forty drops a van, from thirty-one.",
    ],
)
def test_a_rate_held_a_count_moved_or_trouble_that_never_came(end: str) -> None:
    plain = "Last spring I did this for the depot in Leyland with two other planners nearby."
    assert _outcome_points(_route_answer(end)) > _outcome_points(_route_answer(plain))


def test_a_lesson_with_a_word_between() -> None:
    story = clinic_story(PLAIN_MIDDLE).replace(
        " and I now print the day's list every morning.", "."
    )
    assert lesson_missing(STORY_Q, story)
    lesson = story + " What I do now, mind, is print the list before we open."
    assert not lesson_missing(STORY_Q, lesson)


@pytest.mark.parametrize(
    "middle",
    [
        "The nurses are the ones who set the standard here, so I asked them first.",
        "For the open day I had booked the clowns and a face painter for the waiting room.",
    ],
)
def test_praise_of_others_or_a_booking_is_no_fault(middle: str) -> None:
    found = codes(STORY_Q, clinic_story(middle))
    assert "blame" not in found and "disparaging" not in found


def test_a_rate_at_a_level_at_the_start_is_no_result() -> None:
    start = "When I joined, the depot's redelivery rate was at about nine percent."
    assert _outcome_points(_route_answer(start)) == 0


def test_a_complaint_that_was_a_reason_is_no_dig() -> None:
    middle = "Most of the patients would complain about the wait, so I moved the urgent ones."
    assert "disparaging" not in codes(STORY_Q, clinic_story(middle))
