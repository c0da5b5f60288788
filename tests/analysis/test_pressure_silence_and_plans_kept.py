"""Trouble put on others' part left undone, a change made behind one's back, others' silence
or someone on one's back; pressure and unfair targets as the excuse for one's own mistake;
rivals, readers and spellers mocked; a plan kept and an outcome announced as results; a
Scots lesson; a boat named for a pastime. Where a sentence is tested, it is put into the same
answer, so only it can decide."""

from __future__ import annotations

import pytest

from answer_codes import PLAIN_MIDDLE, STORY_Q, clinic_story, codes


@pytest.mark.parametrize(
    "middle",
    [
        "It runs fine if the other shifts and IT did their part, to be honest.",
        "The software firm had switched us to a new system without telling anyone.",
        "Half the trouble is nobody explaining the new screen to them.",
        "The practice manager was on my back every hour about the list.",
        "That month the owner changed to a cheaper booking system, so it kept crashing.",
    ],
)
def test_the_cause_put_on_others_part_change_or_silence(middle: str) -> None:
    assert "blame" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "blame" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "If everyone does their bit the shift runs smooth, so I shared the list out.",
        "I'd switched the booking screen without telling the office, which was my mistake.",
        "id switched the booking screen without telling the office which was my mistake",
        "The software firm switched us to a new system and told us a week before.",
        "If the client doesn't change the date, we open on Monday as booked.",
        "Half the problem was people not knowing the new code, so I made a card.",
        "The first-aid bag was on my back the whole morning, so I ran the list.",
        "I got the owner to switch to a cheaper printer, and the savings paid for the list.",
    ],
)
def test_a_shared_duty_or_ones_own_change_is_no_blame(middle: str) -> None:
    assert "blame" not in codes(STORY_Q, clinic_story(middle))


MISTAKE_Q = "Tell me about a time you got something wrong on a job."


def _floor_story(middle: str) -> str:
    return (
        "Two summers ago I resealed the sports hall floor at Northgate Primary. "
        f"{middle} The seal was still soft when the holiday club came in, and the benches "
        "left marks down one side. I sanded the marked strip back over the weekend, resealed "
        "it and let it cure the full time before anyone walked on it."
    )


@pytest.mark.parametrize(
    "middle",
    [
        "We'd been put under pressure to hand the hall back early.",
        "They rushed us to finish two days early for the club.",
        "The office was on at me every day about getting the hall back.",
        "The schedule was never realistic for a two-coat seal.",
        "The lesson for me: don't let other people rush you on floors.",
        "If management don't fix the booking length, it will happen again.",
        "Nobody in the office had passed that on, so I started the seal that day.",
    ],
)
def test_pressure_an_unfair_target_or_others_silence_as_the_excuse_for_ones_mistake(
    middle: str,
) -> None:
    plain = "I put the second coat down on the Thursday afternoon."
    assert "blame" not in codes(MISTAKE_Q, _floor_story(plain))
    assert "blame" in codes(MISTAKE_Q, _floor_story(middle))
    # In a story of pressure handled, the same words are the problem solved.
    assert "blame" not in codes(STORY_Q, clinic_story(middle))


def test_encouragement_in_a_weakness_answer_is_no_excuse() -> None:
    q = "What is your greatest weakness?"
    answer = (
        "I used to avoid speaking in team meetings, even when I had the answer. My supervisor "
        "pushed me to present the weekly numbers, so I started with two slides and practised "
        "them the night before. After three months I was leading the Monday huddle, and now I "
        "put my hand up first when a new process needs explaining."
    )
    assert "blame" not in codes(q, answer)


@pytest.mark.parametrize(
    "middle",
    [
        "The supplier's estimates are fiction, so I added a day.",
        "Some of the partners don't read past the first paragraph, so I kept it short.",
        "The rota was set by a manager who couldn't spell 'induction'.",
        "The fit-out went to contractors who couldn't read a drawing, so I redid it.",
        "The rest are glorified waiting rooms, so ours was busy.",
        "You know this type, very dramatic, so I listened.",
        "These patients always shout and then blame us, so I listened.",
        "Given what the agency sends you these days, I trained the temp myself.",
        "The locum is lovely but she's not a details person, so I checked the list.",
        "The locum is usually not the fastest person, so I checked the list.",
    ],
)
def test_a_dig_at_others_word_reading_or_rivals(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I'm not the fastest typist, so I kept the list short.",
        "The supplier's estimates are careful, so I planned round them.",
        "The locum is lovely and very careful with the list.",
        "For patients who can't read English, I printed the list with pictures.",
        "You know the type of morning it was, so I took the desk myself.",
        "The supplier's figures are made up of three parts, so I checked each one.",
    ],
)
def test_modesty_or_plain_praise_is_no_dig(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(middle))


BOAT_Q = "Tell me about a time you had to work under pressure to meet a deadline."


def _boat_story(end: str) -> str:
    return (
        "Last April a skipper brought his boat in on the Wednesday with the engine running "
        "hot, and he had a charter booked for the Monday. The raw water pump had failed, so I "
        "rang three suppliers, got a pump sent overnight and fitted it on the Thursday night. "
        f"I ran it hard on the Friday and checked the temperature at the exchanger. {end}"
    )


@pytest.mark.parametrize(
    "end",
    [
        "She went back in the water on the Saturday and he sailed on the Monday like he'd planned.",
        "What came of it was the skipper booked his whole fleet in with us for the winter.",
    ],
)
def test_a_plan_kept_or_an_outcome_announced_is_a_result(end: str) -> None:
    plain = "I wrote the hours and the parts up on the job sheet for the office."
    assert "no_result" in codes(BOAT_Q, _boat_story(plain))
    assert "no_result" not in codes(BOAT_Q, _boat_story(end))


def test_a_lesson_in_scots() -> None:
    plain = "I wrote the hours and the parts up on the job sheet for the office."
    assert "no_reflection" in codes(MISTAKE_Q, _boat_story(plain))
    scots = "Whit I took fae it is I should've ordered the pump on the Wednesday."
    assert "no_reflection" not in codes(MISTAKE_Q, _boat_story(scots))


def test_a_boat_named_for_a_pastime_is_no_pastime() -> None:
    q = "How would you diagnose an inboard diesel engine that's overheating?"
    answer = (
        "First I ask the owner when it overheats and what was done to it recently. Then with "
        "the engine cold I check the coolant level and look for leaks. I close the seacock and "
        "clean the strainer, then check the raw water pump impeller for missing vanes. With the "
        "engine running I check the flow at the exhaust and use an infrared thermometer either "
        "side of the heat exchanger. Last summer I had a diesel on a sailing boat where the "
        "owner had changed the impeller himself and two vanes were missing; I found them in "
        "the heat exchanger end cap, and after cleaning it ran at eighty degrees again."
    )
    assert "off_question" not in codes(q, answer)


@pytest.mark.parametrize(
    "question",
    [
        "What would you do if a patient was fit for discharge on a Friday but their care "
        "package didn't start until Tuesday?",
        "How would you earn the trust of a new team?",
        "How would you roll out a new software package to the office?",
        "An employee tells you their pay is short this fortnight. How would you look into it?",
        "What would you do if the customer didn't want to pay to fix the wiring?",
    ],
)
def test_a_care_package_earned_trust_or_others_pay_is_no_pay_question(question: str) -> None:
    answer = (
        "First I'd ring the provider and the family to see what can start sooner, then I'd "
        "agree a plan with the ward and write it up so the weekend team can pick it up. I'd "
        "check back with everyone on the Monday morning."
    )
    assert "no_range" not in codes(question, answer)


def test_a_package_asked_about_is_still_pay() -> None:
    answer = "I'd like to hear more about the role before I name a figure."
    assert "no_range" not in codes("What package are you after?", answer)
    assert "no_range" in codes("What package are you after?", "Whatever you think is fair.")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Tell me about a time you saved a client 50k.", "behavioural"),
        ("Describe a time you managed a project budget of 200 thousand.", "behavioural"),
        ("How would you handle an offer of help from a colleague you don't trust?", "situational"),
        ("Tell me about a time you were paid a compliment by a customer.", "behavioural"),
        ("How would you explain a 10k overspend to the client?", "technical"),
        ("Would you accept 35k?", "salary"),
        ("We can offer 42,000. Does that work?", "salary"),
        ("Our offer of 38 thousand is final. Will you take it?", "salary"),
        ("What do you expect to be paid?", "salary"),
        ("The role pays 30k, is that ok?", "salary"),
        ("How much were you paid in your last job?", "salary"),
    ],
)
def test_a_sum_in_a_story_is_no_pay_question(question: str, kind: str) -> None:
    from interview_coach.questions.answering import analyze_answer

    answer = "First I would check the facts with the person, then agree the next step."
    assert analyze_answer(question, answer).question_type == kind
