"""Faults named in their general shapes: someone else's part left undone set beside the fault,
put-down nouns and sneers, a grievance about the workload, a "weakness" that is a higher bar
than others keep, a character sketch in place of a fact, and an aside about life outside work.
Each is checked on two answers that differ in that one thing."""

from __future__ import annotations

import pytest

from interview_coach.questions.answering import analyze_answer


def _codes(question: str, answer: str) -> set[str]:
    return {j.code for j in analyze_answer(question, answer).judgements}


def _overall(question: str, answer: str) -> int:
    return analyze_answer(question, answer).scores.overall


MISTAKE = "Tell me about a mistake you made at work and how you put it right."
DELIVERY = (
    "At the garden centre I booked a delivery of compost for the wrong Saturday. {middle} I "
    "rang the supplier at seven, found a second van through their depot and had the pallets in "
    "by ten. We sold out by the afternoon, and I now confirm every delivery date in writing."
)


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        ("The depot lead was supposed to check the dates, but he never did.", "blame"),
        ("Whoever typed up the order sheet had the dates wrong.", "blame"),
        ("So that one was really on them, not me.", "blame"),
        ("The buyers there are pen-pushers who never leave the office.", "disparaging"),
        ("Our regional manager is stuck in about 1998 with his systems.", "disparaging"),
        ("The area manager's planning that month was frankly appalling.", "disparaging"),
        ("Head office couldnae care less about the stores anyway.", "disparaging"),
        ("Given the workload they pile on us, it was bound to happen.", "negative_tone"),
    ],
)
def test_a_fault_in_its_general_shape_is_named(fault: str, code: str) -> None:
    fair = "I had typed the date from the old order sheet without checking it."
    assert code not in _codes(MISTAKE, DELIVERY.format(middle=fair))
    assert code in _codes(MISTAKE, DELIVERY.format(middle=fault))


WEAKNESS = "What's one area you're working to improve?"
HABIT = (
    "{} On the last project I spent two days polishing a report nobody had asked for in "
    "that detail. Now I agree the level of detail with my manager before I start and check in "
    "halfway, and last quarter every report went out on its due date."
)
STRENGTHS = "What strengths would you bring to this role?"
PHARMACY = (
    "My first strength is accuracy. {} My second is calm with upset patients: during "
    "last winter's shortages I kept a morning list of which pharmacies nearby had stock, so we "
    "could send people somewhere useful, and two other branches now use it."
)


@pytest.mark.parametrize(
    ("question", "answer", "fair", "fault", "code"),
    [
        # A "weakness" that is a higher bar than others keep.
        (WEAKNESS, HABIT, "I can spend too long on details that do not change the decision.",
         "I hold myself to a much higher standard than most people around me.", "humblebrag"),
        # A character sketch in place of a fact, in a strength answer.
        (STRENGTHS, PHARMACY,
         "We dispense about 300 items a day and I have had one near miss in twelve months.",
         "I'm a very conscientious person and take real pride in doing things properly.",
         "generic_claim"),
    ],
)  # fmt: skip
def test_a_brag_or_a_sketch_in_place_of_the_fact(
    question: str, answer: str, fair: str, fault: str, code: str
) -> None:
    assert code not in _codes(question, answer.format(fair))
    assert code in _codes(question, answer.format(fault))


CONFLICT = "Tell me about a time you disagreed with a colleague."
STORY = (
    "On the ward a senior colleague wanted to move a patient's wound dressing to every other "
    "day. I thought the wound needed daily checks, so I asked to look at it together at the "
    "next change. {middle} We agreed to keep daily checks for one more week, and the wound "
    "healed without infection."
)


def test_an_aside_about_life_outside_work_is_named_and_costs_the_answer() -> None:
    work = "I brought the wound chart and photos from the last three days to show the change."
    aside = "Outside work I play in a netball team on Saturdays, which keeps me sane, honestly."
    judged = analyze_answer(CONFLICT, STORY.format(middle=aside)).judgements
    assert "off_question" not in _codes(CONFLICT, STORY.format(middle=work))
    assert [j.title for j in judged if j.code == "off_question"] == [
        "Drifts into life outside work"
    ]
    assert _overall(CONFLICT, STORY.format(middle=aside)) < _overall(
        CONFLICT, STORY.format(middle=work)
    )


def test_leisure_is_the_answer_where_the_question_asks_for_it() -> None:
    question = "What do you do outside work?"
    answer = (
        "Outside work I play in a netball team on Saturdays and I'm training for my first half "
        "marathon. Both keep me steady, and captaining the team taught me to give feedback kindly."
    )
    assert "off_question" not in _codes(question, answer)


SHIFT = "Tell me about a time something went wrong on your shift."
LIFT = (
    "On a night shift the goods lift jammed with a full cage of chilled stock inside. {middle} "
    "I moved the cage by hand with two colleagues, logged the fault and rang the engineer, and "
    "the chilled stock was back in the fridge within twenty minutes."
)


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        ("It's the day crew that does the lift checks, not us.", "blame"),
        ("That was down to whoever serviced it last, not me.", "blame"),
        ("The lift had obviously never been serviced, and nobody had mentioned that.", "blame"),
        ("Our supervisor has a real knack for making things worse, so I kept him out of it.",
         "disparaging"),
        ("If it was left up to them on days, it would still be stuck.", "disparaging"),
        ("Not that head office ever listens about that lift.", "negative_tone"),
        ("Nobody will pay to fix it properly, which wears you down.", "negative_tone"),
    ],
)  # fmt: skip
def test_more_faults_in_their_general_shapes(fault: str, code: str) -> None:
    fair = "I had not checked the lift log at the start of the shift."
    assert code not in _codes(SHIFT, LIFT.format(middle=fair))
    assert code in _codes(SHIFT, LIFT.format(middle=fault))


@pytest.mark.parametrize(
    ("claim", "code"),
    [
        ("I single-handedly sorted it while the others watched.", "arrogance"),
        ("Nobody else on that shift would have thought of it.", "arrogance"),
    ],
)
def test_taking_all_the_credit_is_arrogance(claim: str, code: str) -> None:
    assert code in _codes(SHIFT, LIFT.format(middle=claim))


def test_a_kind_generalisation_about_people_is_not_a_put_down() -> None:
    answer = LIFT.format(middle="I stayed calm.") + " Most people just want to feel heard first."
    assert "disparaging" not in _codes(SHIFT, answer)


MISTAKE_STORY = (
    "On a flight to Faro I served a passenger the standard meal when she had ordered a "
    "vegetarian one. I apologised, found a spare vegetarian meal in the forward galley and "
    "told the senior crew member. {close}"
)


@pytest.mark.parametrize(
    "lesson",
    [
        "Now, before every service, I check the special meals against the seat map myself.",
        "So now I am practising reading the meal list aloud with the crew before boarding.",
    ],
)
def test_a_habit_changed_since_is_a_lesson(lesson: str) -> None:
    question = "Tell me about a time you made a mistake with a customer."
    neutral = "The flight landed on time and we turned the aircraft round for the return leg."
    assert "no_reflection" in _codes(question, MISTAKE_STORY.format(close=neutral))
    assert "no_reflection" not in _codes(question, MISTAKE_STORY.format(close=lesson))


def test_getting_back_in_the_cab_is_not_a_result() -> None:
    question = "Tell me about a time you dealt with an upset member of the public."
    story = (
        "A resident ran out shouting because his bin had been missed twice. I let him talk, "
        "then asked where he leaves it, and found it was behind a side gate, so I put a note on "
        "the system for the crew and emptied his bin there and then. {close}"
    )
    moved_on = "Then we got back in the cab and carried on with the rest of the round."
    calmed = "He calmed right down and thanked the crew the next week."
    assert "no_result" in _codes(question, story.format(close=moved_on))
    assert "no_result" not in _codes(question, story.format(close=calmed))


@pytest.mark.parametrize(
    "aside",
    [
        "On Sundays I surf at the point with my brother, best day of my week, honestly.",
        "I go to flamenco classes three evenings a week, which is how I unwind, if I'm honest.",
    ],
)
def test_a_pastime_beside_the_free_time_it_fills_is_an_aside(aside: str) -> None:
    judged = analyze_answer(CONFLICT, STORY.format(middle=aside)).judgements
    assert [j.title for j in judged if j.code == "off_question"] == [
        "Drifts into life outside work"
    ]


def test_a_pastime_that_is_the_work_or_the_question_is_no_aside() -> None:
    question = "Tell me about a time you coached a rugby side through a hard season."
    answer = (
        "On Saturdays I coach our under-twelves rugby side, and last season we lost the first "
        "six games. I split training into small groups by position, filmed two matches and "
        "showed each group one thing to fix, and we won five of the last eight."
    )
    assert "off_question" not in _codes(question, answer)


MISTAKE = "Tell me about a mistake you made at work."


@pytest.mark.parametrize(
    "excuse",
    [
        "His kitchen staff were meant to clear the unit for me and never did.",
        "The control room sent me the fault log from the wrong turbine.",
        "I was only doing what I was told by my team leader.",
        "The key date was somehow never updated on the file.",
    ],
)
def test_an_excuse_for_ones_own_mistake_is_blame(excuse: str) -> None:
    answer = (
        "Last spring a job went wrong on a routine service. {} I went back the next morning, "
        "redid the work and the customer signed it off."
    )
    assert "blame" in _codes(MISTAKE, answer.format(excuse))
    owned = answer.format(excuse + " I should have checked it myself before I started.")
    assert "blame" not in _codes(MISTAKE, owned)


@pytest.mark.parametrize(
    "fault",
    [
        "Nurses here are treated badly and paid badly, and nobody appreciates us.",
        "That's this industry: sellers are greedy and principals only care about commission.",
    ],
)
def test_grievance_about_the_trade_is_negative_tone(fault: str) -> None:
    assert "negative_tone" not in _codes(SHIFT, LIFT.format(middle=""))
    assert "negative_tone" in _codes(SHIFT, LIFT.format(middle=fault))


def test_a_practice_changed_from_that_day_is_a_lesson() -> None:
    mistake = (
        "At a wedding for three hundred I plated forty starters with the wrong sauce because I "
        "read the order from memory. I told the head chef at once, we remade them in ten "
        "minutes and the guests were served on time. {}"
    )
    lesson = "From that day, I read back every order with the sous chef before I start my prep."
    other = "That hotel has three restaurants and a hall that takes six hundred for weddings."
    question = "Tell me about a mistake you made."
    assert "no_reflection" not in _codes(question, mistake.format(lesson))
    assert "no_reflection" in _codes(question, mistake.format(other))


def test_ever_since_childhood_is_no_lesson() -> None:
    def lessons(text: str) -> list:
        fb = analyze_answer("Why do you want to work for this library service?", text)
        return fb.content.talking_points.get("lessons", [])

    assert not lessons("I've always loved libraries, ever since I was little, and I read a lot.")
    assert lessons("I mislabelled a returns box once. Ever since, I check every label twice.")


@pytest.mark.parametrize(
    "close",
    [
        "I then added the pre-pour taste to our service checklist and trained both juniors on it.",
        "It's still something I'm working on, but now I see delegating is part of the job.",
    ],
)
def test_a_routine_changed_or_a_realisation_now_is_a_lesson(close: str) -> None:
    story = (
        "A couple sent back a corked bottle on their anniversary. I apologised, opened another "
        "and tasted it first, and they booked with us again the next year. {}"
    )
    fb = analyze_answer("Tell me about a time you handled a complaint.", story.format(close))
    assert fb.content.talking_points.get("lessons")
    plain = analyze_answer(
        "Tell me about a time you handled a complaint.",
        story.format("The restaurant seats ninety and opens six nights a week."),
    )
    assert not plain.content.talking_points.get("lessons")


@pytest.mark.parametrize(
    ("close", "lesson"),
    [
        ("After that I brought in temperature checks three times a day.", True),
        ("Afterwards we did a walk-round of the fridges before every service.", True),
        ("After that I rang the engineer and he came out the same afternoon.", False),
    ],
)
def test_a_step_taken_afterwards_that_recurs_is_a_lesson(close: str, lesson: bool) -> None:
    story = (
        "I noticed the walk-in fridge running warm on the Friday and didn't ring the engineer, "
        "which was my mistake. On the Saturday it failed; I binned the warm stock, rewrote the "
        "menu on the pass and we served all one hundred and ten covers. {}"
    )
    codes = _codes("Tell me about a time a service went badly wrong.", story.format(close))
    assert ("no_reflection" not in codes) is lesson
