"""Faults in everyday words: every employer written off as alike, peers ranked below, a
colleague ranked lowest or excused by their load, a required check kept for when trouble
shows or done by oneself, a child handed to whoever comes; each with a clean twin. And the
reasons of a why-leave answer, a quality seen in others and an achievement question, which
must not be read as faults."""

from __future__ import annotations

import pytest

from answer_codes import codes
from interview_coach.questions.answering import analyze_answer

WHY_US = "Why do you want to work for Northgate Logistics?"
WHY_US_ANSWER = (
    "I've driven class one for nine years, mostly chilled food out of the Daventry hub. {aside} "
    "Your depot runs the Tesco contract I used to back up on nights, and I'd like steady days "
    "with the same two routes, which your advert offers."
)


@pytest.mark.parametrize(
    "aside",
    [
        "To be honest all haulage firms are the same once you're in the cab.",
        "A wagon's a wagon at the end of the day.",
        "It's the same as everywhere else really, the only difference is the logo on the door.",
        "I'm not going to sit here and pretend I've always dreamed of working for you.",
        "I don't really mind who I drive for as long as it pays.",
    ],
)
def test_every_employer_written_off_as_alike_is_negative_tone(aside: str) -> None:
    assert "negative_tone" in codes(WHY_US, WHY_US_ANSWER.format(aside=aside))


@pytest.mark.parametrize(
    "aside",
    [
        "All the trailers on that contract are the same size, so loading plans carry over.",
        "I always thought a deal's a deal, so I keep to the times I give a customer.",
        "Every depot I've worked at runs the same system for tachograph checks.",
    ],
)
def test_the_same_answer_without_a_shrug_is_not_negative_tone(aside: str) -> None:
    assert "negative_tone" not in codes(WHY_US, WHY_US_ANSWER.format(aside=aside))


def test_a_dull_job_said_before_a_method_is_negative_tone() -> None:
    q = "How would you carry out a night patrol of an empty office building?"
    method = (
        "{opener} I'd start at the control room, check the alarm panel and the CCTV, then walk "
        "each floor on a set route, trying every fire door and logging each point on the "
        "handheld. Anything odd I'd photograph, report to the duty manager and write up before "
        "the end of the shift."
    )
    assert "negative_tone" in codes(q, method.format(opener="Realistically it's a dull job, but"))
    assert "negative_tone" not in codes(q, method.format(opener="First of all,"))


def test_a_wrong_assumption_owned_is_no_shrug() -> None:
    q = "Tell me about a mistake you made at work."
    story = (
        "At the school kitchen our buns ran out and the supplier sent a substitute. I put them "
        "out without reading the label, I just assumed a bun's a bun. One had sesame in the "
        "glaze, so I pulled the tray before lunch, told the cook and checked every allergy "
        "card. Since then I read every substitute's label before it goes out."
    )
    assert "negative_tone" not in codes(q, story)


ACHIEVEMENT_Q = "Tell me about an achievement at work you're proud of."
ACHIEVEMENT = (
    "Last summer our keg washer kept failing its rinse temperature check and we lost an hour a "
    "day re-running kegs. I logged every cycle for two weeks and found the heater tripped when "
    "the cellar cooler kicked in. {close} The engineer moved the heater onto its own circuit and "
    "we haven't lost a cycle since."
)


@pytest.mark.parametrize(
    "close",
    [
        "It wasn't hard really, I just notice things the others walk straight past.",
        "Not many cellar lads round here could've done it, mind.",
    ],
)
def test_peers_ranked_below_is_arrogance(close: str) -> None:
    assert "arrogance" in codes(ACHIEVEMENT_Q, ACHIEVEMENT.format(close=close))


def test_an_achievement_question_is_a_story_not_a_strength() -> None:
    answer = ACHIEVEMENT.format(close="I showed the log to the manager.")
    assert analyze_answer(ACHIEVEMENT_Q, answer).question_type == "behavioural"
    assert "arrogance" not in codes(ACHIEVEMENT_Q, answer)


def test_popularity_given_as_the_weakness_is_arrogance() -> None:
    q = "What's your biggest weakness?"
    answer = (
        "I run over on appointments. {why} so the next client waits. I've started booking "
        "fifteen minutes more for colour and I tell clients at the start how long we've got."
    )
    assert "arrogance" in codes(
        q, answer.format(why="My clients just love me and everyone wants my chair")
    )
    assert "arrogance" not in codes(q, answer.format(why="I get chatting with the client"))


CUSTOMER_Q = "Tell me about a time you dealt with a difficult client."
MEETING = (
    "I was interpreting a disciplinary meeting for a deaf warehouse worker. {scene} Halfway "
    "through the manager started speaking fast across the table, so I paused the meeting, "
    "asked everyone to speak one at a time and explained why. The meeting finished on time and "
    "the worker told his rep it was the first one he had fully followed."
)


@pytest.mark.parametrize(
    "scene",
    [
        "The HR manager running it was polite enough, but frankly one of the least competent "
        "people I've ever worked with.",
        "The note-taker was a lovely lad but still very new.",
    ],
)
def test_a_colleague_ranked_lowest_or_praised_faintly_is_disparaging(scene: str) -> None:
    assert "disparaging" in codes(CUSTOMER_Q, MEETING.format(scene=scene))


def test_the_same_story_with_a_plain_scene_is_not_disparaging() -> None:
    scene = "We met in a small room at the depot with the worker, his union rep and two managers."
    assert "disparaging" not in codes(CUSTOMER_Q, MEETING.format(scene=scene))


def test_a_nationality_written_off_is_disparaging() -> None:
    q = "Tell me about yourself."
    answer = (
        "I came to Reading five years ago and started in landscaping with a friend's company. "
        "{remark} Now I run my own rounds, cutting grass and laying patios for about thirty "
        "regular customers, and I'd like to join a bigger team."
    )
    remark = "The english guys in the team they don't work hard, always tea break."
    assert "disparaging" in codes(q, answer.format(remark=remark))
    plain = "The english guys in the team taught me the names of every plant."
    assert "disparaging" not in codes(q, answer.format(remark=plain))


def test_the_one_it_was_left_with_excused_by_their_load_is_blame() -> None:
    q = "Tell me about a time you missed a deadline."
    story = (
        "We had a lorry booked in for its annual test on the Friday and I found the air dryer "
        "was worn. {cause} By Thursday the factors were out of stock, so it missed its slot. I "
        "rang the transport manager myself and lent him a spare unit for the week."
    )
    cause = "The part never went on order on the Wednesday, the parts lad's got a lot on."
    assert "blame" in codes(q, story.format(cause=cause))
    owned = "I hadn't ordered the part on the Wednesday, I thought I'd get round to it."
    assert "blame" not in codes(q, story.format(cause=owned))


@pytest.mark.parametrize(
    "reason",
    [
        "because my employer now could not fund it this year",
        "because in my old school we did not have that kind of support",
    ],
)
def test_an_employer_without_the_means_is_a_reason_to_move_not_blame(reason: str) -> None:
    q = "Why are you leaving your current role?"
    answer = (
        "I like the residents and my team, but I want to do my level three diploma, {reason}. "
        "Your home funds the diploma in the first year and pairs new carers with a senior."
    )
    assert "blame" not in codes(q, answer.format(reason=reason))


def test_a_quality_seen_in_others_is_no_cliche_of_ones_own() -> None:
    q = "Why do you want to work at the Riverside Hotel?"
    answer = (
        "I want to move from supervisor to assistant head housekeeper, and your advert says I'd "
        "cover the head housekeeper's days off, so I'd learn the ordering. I stayed with you "
        "once and noticed the staff are very organised even at checkout, busy but calm."
    )
    assert "generic_claim" not in codes(q, answer)
    claimed = answer.replace("noticed the staff are very organised", "I am very organised")
    assert "generic_claim" in codes(q, claimed + " I am hard-working and a team player.")


SERVICE_Q = "How would you carry out an annual boiler service?"
SERVICE = (
    "{check} Then I'd isolate the boiler, take the case off, clean the burner and the heat "
    "exchanger, check the seals and the condensate trap, and put the case back. Last I'd run "
    "a flue gas analysis, check the burner pressure against the data plate and fill in the "
    "service record for the customer."
)


@pytest.mark.parametrize(
    "check",
    [
        "I'd only bother with a tightness test at the meter if I smelled gas or the customer "
        "mentioned it.",
        "You get a feel for it after a bit, so I don't bother wi' t' monitor for a quick job.",
    ],
)
def test_a_required_check_kept_for_when_trouble_shows_is_unsafe(check: str) -> None:
    assert "unsafe" in codes(SERVICE_Q, SERVICE.format(check=check))


def test_the_same_method_with_the_check_done_is_not_unsafe() -> None:
    check = "Before opening anything I'd do a tightness test on the gas supply at the meter."
    assert "unsafe" not in codes(SERVICE_Q, SERVICE.format(check=check))


PACKS_Q = "How would you make sure a care home's blister packs go out accurate and on time?"
PACKS = (
    "I order the repeats ten days before the cycle and chase anything missing by day four. For "
    "residents whose medication has not changed for months, {check}. It saves us about an hour "
    "on a big home. Then the driver takes the packs two days before the cycle starts."
)


def test_an_accuracy_check_done_by_oneself_with_a_reason_is_unsafe() -> None:
    check = "I assemble the pack and then do the accuracy check myself and sign it off"
    assert "unsafe" in codes(PACKS_Q, PACKS.format(check=check))


def test_the_same_packs_checked_by_the_pharmacist_are_not_unsafe() -> None:
    check = "I assemble the pack and the pharmacist does the accuracy check before it's sealed"
    assert "unsafe" not in codes(PACKS_Q, PACKS.format(check=check))


def test_a_child_handed_to_someone_not_on_the_list_is_unsafe() -> None:
    q = "How would you handle someone arriving to collect a child who isn't on the list?"
    answer = (
        "If it's someone I recognise from the school gate {act}, because you don't want to make "
        "a fuss in front of the child. Either way I'd log the collection in the office book."
    )
    assert "unsafe" in codes(q, answer.format(act="I'd just let the child go with them"))
    safe = "I'd still ring the parent and the safeguarding lead before the child leaves"
    assert "unsafe" not in codes(q, answer.format(act=safe))


def test_care_promised_in_the_steps_place_is_off_the_question() -> None:
    q = "How would you lay a new lawn from turf?"
    qualities = (
        "I would make sure I do a really professional job, because a good lawn makes the whole "
        "garden. I'm very careful and I take pride in my work, so I'd take my time and not rush. "
        "I'd use good turf from a reliable supplier, and I always treat every garden like it's "
        "my own garden."
    )
    steps = (
        "I'd clear the old grass and weeds, dig or rotavate to about fifteen centimetres, rake it "
        "level and firm it by treading, then rake again. I'd lay the first row along a straight "
        "edge, stagger the joints like brickwork, work off a board so I never stand on the soil, "
        "and water it well the same day."
    )
    assert "off_question" in codes(q, qualities)
    assert "off_question" not in codes(q, steps)


def test_why_be_this_worker_is_answered_by_the_work_itself() -> None:
    q = "Why do you want to be a conductor?"
    answer = (
        "I've worked on the platform side at the station for three years, dispatch and customer "
        "service. I shadowed a conductor on the Borders line for a day and watched the door "
        "checks and a ticket inspection, and I'd like to be the one responsible for the train "
        "between stations. I've done my track safety course already."
    )
    assert "off_question" not in codes(q, answer)


@pytest.mark.parametrize(
    "aside",
    [
        "Honestly warehouse is warehouse, you do your hours and go home.",
        "Driving is easy really, it's just sitting in a cab.",
        "The job doesn't change much wherever you go, it's pallets and scanners.",
        "It was this or pack it in, so I applied.",
    ],
)
def test_the_work_as_just_itself_is_negative_tone(aside: str) -> None:
    assert "negative_tone" in codes(WHY_US, WHY_US_ANSWER.format(aside=aside))


@pytest.mark.parametrize(
    "close",
    [
        "The other cellar lads send me their hard ones now.",
        "It was obvious to me, these things usually are.",
    ],
)
def test_others_work_ranked_below_ones_own_is_arrogance(close: str) -> None:
    assert "arrogance" in codes(ACHIEVEMENT_Q, ACHIEVEMENT.format(close=close))


def test_a_cliche_in_any_grammar_is_no_figure() -> None:
    q = "Tell me about yourself."
    answer = (
        "I am picker in warehouse two years. I am hard working and team player, I always give "
        "hundred ten percent. I want to grow in your company and learn more."
    )
    assert "generic_claim" in codes(q, answer)


@pytest.mark.parametrize(
    "step",
    [
        "nobody really does the swab every time, the team leader just signs it",
        "if the edge protection isn't there when we arrive we just crack on",
        "most of us leave the face shield off for a quick swap",
    ],
)
def test_a_safeguard_left_by_everyone_is_unsafe(step: str) -> None:
    q = "How would you do a changeover on the line?"
    answer = (
        f"First I'd stop the line and take the product off. Honestly {step}. Then I'd clean the "
        "belts, check the allergen sheet and start the next run."
    )
    assert "unsafe" in codes(q, answer)


def test_a_habit_since_said_plainly_is_a_lesson() -> None:
    q = "Tell me about a mistake you made at work."
    story = (
        "Last winter I fitted a customer's skis without asking for their boot, and the binding "
        "was set for the wrong sole length. She came back after one run and I reset it at no "
        "charge. {close}"
    )
    for close in (
        "After this I always ask for the boot before I touch a binding.",
        "Now what I do is ask for the boot before I touch a binding.",
    ):
        assert "no_reflection" not in codes(q, story.format(close=close))


def test_a_cause_said_to_be_beyond_ones_control_is_blame() -> None:
    q = "Tell me about a time you made an error with money."
    story = (
        "At the end of one shift my till was forty pounds short. {cause} I told my supervisor "
        "before closing, we found the two notes given as change, and the customer brought them "
        "back. After that I always count large notes twice out loud."
    )
    excuse = "It was not really something I could control, the queue was out the door."
    assert "blame" in codes(q, story.format(cause=excuse))
    owned = "I had given two twenties instead of two fives because I rushed the queue."
    assert "blame" not in codes(q, story.format(cause=owned))
