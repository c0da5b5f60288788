"""A licence named by its class is work, not a pet; a question about the speaker's future is
answered by their aims, without a word about the employer; harm stopped before anyone had
the faulty thing is a result. Pairs differ in one thing."""

from __future__ import annotations

from .test_judgements import codes

INTRO_Q = "Tell me about yourself."
DRIVER = (
    "So I'm a bus driver, nine years on the town routes out of the Ashby depot. Before that I "
    "drove lorries for a builder's merchant for six years, so I've got {licences}. I'm the one "
    "the depot calls when a new driver needs route training, I've done about thirty of them, "
    "and last year I had no complaints and no collisions. I'm applying for the driver trainer "
    "job because I like that side of it best and I want to do it properly."
)


def test_a_licence_class_is_not_a_pet() -> None:
    assert "off_question" not in codes(INTRO_Q, DRIVER.format(licences="my Cat C and my D"))
    assert "off_question" not in codes(INTRO_Q, DRIVER.format(licences="my Cat 2 ticket"))


def test_a_pet_in_a_self_introduction_is_still_the_private_life() -> None:
    pets = (
        "Outside work my cat and my dog take up most of my evenings, my cat especially, she is "
        "fourteen now and needs her tablets twice a day, and my dog needs a long walk every "
        "night whatever the weather, so most evenings it is the dog and the cat and the telly."
    )
    text = DRIVER.format(licences="my Cat C and my D") + " " + pets
    assert "off_question" in codes(INTRO_Q, text)


FIVE_YEARS_Q = "Where do you see yourself in five years?"
AIMS = (
    "In five years I'd like to be a qualified electrician, with my 18th edition and my AM2 "
    "done, and running small jobs on my own. Right now I'm in the second year of the "
    "apprenticeship, so that's the plan. Later I'd like to help train the new apprentices, "
    "because someone did that for me and it made all the difference."
)


def test_a_future_question_is_answered_by_aims_alone() -> None:
    assert "off_question" not in codes(FIVE_YEARS_Q, AIMS)


def test_a_why_this_job_question_still_wants_the_job_or_the_employer() -> None:
    assert "off_question" in codes("Why this role?", AIMS)
    assert "off_question" in codes("Why do you want to work for us?", AIMS)


def test_a_future_away_from_the_job_is_off_the_question() -> None:
    leaving = (
        "Honestly I don't plan that far ahead, I go with the flow. Probably not doing this, to "
        "be fair, maybe something with travel, who knows where I'll be by then."
    )
    assert "off_question" in codes(FIVE_YEARS_Q, leaving)


MISTAKE_Q = "Tell me about a time you made a mistake."
MISTAKE = (
    "Last winter I was the shift lead in the bakery and I put the wrong date label on a full "
    "rack of sandwich loaves, a day too long. I noticed at about eleven when I was checking "
    "the next batch and told my manager straight away. {ending} Since then I check the label "
    "printer against the production sheet before the first tray goes out."
)


def test_harm_stopped_before_anyone_had_the_thing_is_a_result() -> None:
    averted = "We pulled all forty-two loaves off the shelf before anyone bought one."
    moved = "We pulled all forty-two loaves off the shelf and stacked them in the back."
    assert "no_result" not in codes(MISTAKE_Q, MISTAKE.format(ending=averted))
    assert "no_result" in codes(MISTAKE_Q, MISTAKE.format(ending=moved))


def test_nobody_kept_waiting_is_a_result() -> None:
    story = (
        "In my last job as a kitchen porter the dishwasher broke on a Saturday night with "
        "ninety covers booked. The other porter and I set up the sinks, one washing and one "
        "drying, and we kept the pass stocked with plates all service. {ending}"
    )
    question = "Tell me about a time you worked in a team."
    assert "no_result" not in codes(question, story.format(ending="Nobody waited for plates."))
    assert "no_result" in codes(question, story.format(ending="The sinks were by the door."))


FAIL_Q = "Tell me about a time you failed."
TEST_STORY = (
    "I failed my first lorry driving test because I was nervous on the reversing exercise and "
    "hit the cone. I booked more lessons on reversing only and practised in the yard after "
    "shift with my trainer. {ending} Now when I'm nervous I slow everything down."
)


def test_a_test_passed_on_the_next_try_is_a_result() -> None:
    passed = "I passed the second time with two minors."
    booked = "I booked the second test for a Tuesday morning."
    assert "no_result" not in codes(FAIL_Q, TEST_STORY.format(ending=passed))
    assert "no_result" in codes(FAIL_Q, TEST_STORY.format(ending=booked))


def test_thanks_brought_in_person_and_custom_moved_over_are_results() -> None:
    question = "Tell me about a time you went above and beyond for a customer."
    story = (
        "An old gentleman came into the pharmacy at closing time, out of his heart tablets with "
        "his surgery shut. I checked his record, made an emergency supply for seven days and "
        "rang the out-of-hours doctor to let them know, then sat with him to go through the "
        "new pack. {ending}"
    )
    thanks = "His daughter came in the next week to say thank you."
    custom = "His daughter moved all the family's prescriptions over to us."
    visit = "His daughter came in the next week with her own prescription."
    assert "no_result" not in codes(question, story.format(ending=thanks))
    assert "no_result" not in codes(question, story.format(ending=custom))
    assert "no_result" in codes(question, story.format(ending=visit))


def test_a_slip_not_repeated_since_is_a_result_and_the_habit_a_lesson() -> None:
    question = "Tell me about a time you made a mistake."
    story = (
        "When I was new on the tills I gave a customer change for a fifty when he'd given me a "
        "twenty, and my till was thirty pounds down at the end of the night. I owned up to my "
        "supervisor straight away and she showed me how to keep big notes on the till shelf "
        "until the change is given. {ending}"
    )
    kept = "I've done that every time since, and I've not been down since."
    vague = "She was nice about it and the shift carried on as normal after that."
    assert not {"no_result", "no_reflection"} & codes(question, story.format(ending=kept))
    assert {"no_result", "no_reflection"} <= codes(question, story.format(ending=vague))


def test_a_habit_still_kept_the_same_way_is_a_lesson() -> None:
    question = "Tell me about a time you received criticism."
    story = (
        "My team leader told me my case notes were too long and the duty workers couldn't find "
        "the key points. It stung a bit, but she was right, so I asked her for two examples of "
        "good notes and started putting a three-line summary at the top with the risk, the "
        "action and the next date. At my next supervision she said the duty team had noticed "
        "the difference{ending}"
    )
    assert "no_reflection" not in codes(
        question, story.format(ending=", and I still write them that way.")
    )
    assert "no_reflection" in codes(question, story.format(ending="."))
