"""Answers as people in trades tell them: a result said plainly (a bonus, "employee of the
month", "we haven't had a near miss since", "school opened Monday as normal") ends a story;
a customer's grievance explained is not blame; and what the feedback praises, ticks or keeps
in the stronger version never contradicts what it flags."""

from __future__ import annotations

import pytest

from answer_codes import PRESSURE_OPEN, PRESSURE_Q
from interview_coach.analysis import outcome_cues
from interview_coach.analysis.delivery import find_fillers, find_hedges, prepare_words
from interview_coach.analysis.spans import SpanMaker
from interview_coach.nlp.text import tokenize
from interview_coach.questions.answering import analyze_answer

from .test_judgements import codes


@pytest.mark.parametrize(
    "ending",
    [
        "The owner gave us both a bonus after.",
        "I got employee of the month for it, which was a bit embarrassing.",
        "We served every ticket, and we only got one complaint all day.",
        "We haven't had an allergen near miss on that line since.",
        "The head chef brought both changes in for the whole kitchen.",
        "The roof stayed watertight and the school opened on Monday as normal.",
        "He's been in every week since, and the area manager put it in the regional newsletter.",
        "After that no more pallets in the aisle, and me and Dave, we are good.",
    ],
)
def test_a_result_said_plainly_ends_the_story(ending: str) -> None:
    assert "no_result" not in codes(PRESSURE_Q, PRESSURE_OPEN + ending)


@pytest.mark.parametrize(
    "ending",
    [
        "The tickets were checked by two people before they went out.",
        "I had the commis on the fryer four times a fortnight after that.",
        "The policy asks you to review a ticket like that within thirty minutes.",
    ],
)
def test_a_detail_with_a_figure_is_not_a_result(ending: str) -> None:
    assert "no_result" in codes(PRESSURE_Q, PRESSURE_OPEN + ending)


def test_a_sneer_about_time_is_not_a_trouble_gone() -> None:
    sneer = "the partners haven't had an original idea since the nineties"
    assert not outcome_cues.OUTCOME.search(sneer)
    assert outcome_cues.OUTCOME.search("we haven't had a single fall since")


def test_a_lesson_headed_as_such_is_a_lesson() -> None:
    answer = (
        "Storm warning came in with our school roof half stripped. I got the four of us to "
        "batten and felt the open section first, then sheeted and weighted the rest by 9pm. "
        "Roof stayed watertight and the school opened Monday as normal. Lesson: always have "
        "the weatherproofing kit on site, not back at the yard."
    )
    found = codes(PRESSURE_Q, answer)
    assert "no_result" not in found and "no_reflection" not in found


def test_why_a_customer_was_angry_is_not_blame() -> None:
    q = "A customer calls in and is shouting at you. How would you handle it?"
    answer = (
        "I let them talk without interrupting, keep my voice calm and say back what the "
        "problem is. Last month a customer was shouting because his engineer hadn't turned up "
        "twice. I booked a priority slot, put a credit on his account with my team leader's "
        "approval and rang him myself the next day. He scored us ten out of ten."
    )
    assert "blame" not in codes(q, answer)
    own = answer.replace(
        "Last month a customer was shouting because his engineer hadn't turned up twice.",
        "Last month the job ran over because the engineer hadn't turned up twice.",
    )
    assert "blame" in codes(q, own)


def _fillers(text: str) -> list[str]:
    return [m.text.lower() for m in find_fillers(prepare_words(tokenize(text)), SpanMaker(text))]


@pytest.mark.parametrize(
    "text",
    [
        "honestly I like froze for a second",
        "there must have been like sixty people in the water",
        "I burned my hand like many times in my first year",
        "the traffic on the a14 which is like crazy sometimes",
        "which my mates think is like hilarious",
    ],
)
def test_a_filler_like_before_a_verb_a_figure_or_an_adjective(text: str) -> None:
    assert _fillers(text) == ["like"]


@pytest.mark.parametrize(
    "text",
    [
        "the driver's like, I'm reporting him",
        "my supervisor's like, if you don't prove it you haven't proved it",
        "it's where the trade is going, like it or not",
        "I know the store like the back of my hand so ask me anything",
        "I'll let you know by the end of the day",
        "he drove like crazy to get there",
    ],
)
def test_quotes_idioms_and_the_verb_are_not_fillers(text: str) -> None:
    assert _fillers(text) == []


def test_a_while_is_not_a_hedge_and_an_ampersand_is_no_repeat() -> None:
    text = "I was at a care home for a bit, and my mum runs a B&B on the front."
    assert not find_hedges(prepare_words(tokenize(text)), SpanMaker(text))
    fb = analyze_answer("Why do you want to leave your current job?", text)
    assert fb.stronger_version is not None
    assert "for a bit" in fb.stronger_version.text and "a B&B" in fb.stronger_version.text


def test_a_pay_mistake_is_neither_praised_nor_ticked_and_its_quote_is_whole() -> None:
    fb = analyze_answer(
        "What are your salary expectations?",
        "At the moment I'm on £11.44 an hour at Sparkle Cleaning. I know your advert says "
        "£12.60 but honestly I'd be happy to start on less than that if it helps. Whatever "
        "you think is fair really.",
    )
    found = {j.code: j for j in fb.judgements}
    assert {"disclosed_current_salary", "offered_less"} <= set(found)
    assert "£12.60" in found["offered_less"].evidence[0].text
    assert not any("11.44" in t.message for t in fb.strengths)
    assert fb.rubric is not None and not fb.rubric.points_covered


def test_a_blamed_mistake_is_never_ticked_as_owned() -> None:
    fb = analyze_answer(
        "Describe a mistake you made at work and how you fixed it.",
        "An order went out wrong, a cage of chilled for one store ended up on another trailer. "
        "Technically it was on my scan but the scanners there were rubbish and the labels from "
        "the day shift were all over the place because they never put them on properly. I got "
        "pulled in for it the next day which I didn't think was fair because it was the system "
        "really. If they'd given us working kit it wouldn't have happened.",
    )
    assert "blame" in {j.code for j in fb.judgements}
    assert fb.rubric is not None
    assert not any("ownership" in p.point.lower() for p in fb.rubric.points_covered)


def test_the_stronger_version_keeps_the_speakers_order() -> None:
    answer = (
        "yeah so i just finished my biomedical science degree at nottingham trent and i got a "
        "2:1 and my final year project was on antibiotic resistance so i spent six months in "
        "the lab running about 300 isolates myself and before that i did a placement year at a "
        "private lab in derby where i did sample reception and the qc logs and now i'm looking "
        "for a trainee biomedical scientist post where i can finish my portfolio"
    )
    fb = analyze_answer("Tell me about yourself.", answer)
    assert fb.stronger_version is not None
    text = fb.stronger_version.text
    assert text.startswith("So I just finished my biomedical science degree")
    assert text.index("degree") < text.index("placement") < text.index("trainee")
    assert " and." not in text and " so." not in text


@pytest.mark.parametrize(
    "plan",
    [
        "So yeah, this is more of a stepping stone for me really.",
        "Then I'll go out on my own and take some of the clients with me.",
        "By then I reckon I'll be pricing against you for the same jobs.",
    ],
)
def test_a_short_stay_is_named_as_such(plan: str) -> None:
    answer = (
        "In five years I want to be running jobs on my own, with my gold card and a couple of "
        "lads under me. I've started the NVQ Level 3 and I do the estimating evenings. " + plan
    )
    fb = analyze_answer("Where do you see yourself in five years?", answer)
    found = [j for j in fb.judgements if j.code == "off_question"]
    assert found and found[0].title == "Signals a short stay"
    steady = answer.replace(plan, "I'd like to do that here, as a supervisor on your sites.")
    assert "off_question" not in codes("Where do you see yourself in five years?", steady)
