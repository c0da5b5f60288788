"""Digs by understatement, favours and meanness put on a boss, kit an employer patched up,
others set above the rules or baffled by a simple tool; blame as wrong work handed on, as the
trouble put on others "not us", and as "rather than anything in how I did it"; a detour into
leisure announced at a sentence's opening; an answer that circles back to the same words.
Where a sentence is tested, it is put into the same answer, so only it can decide."""

from __future__ import annotations

import pytest

from answer_codes import PLAIN_MIDDLE, STORY_Q, clinic_story, codes
from interview_coach.questions.answering import analyze_answer


@pytest.mark.parametrize(
    "middle",
    [
        "The last practice weren't exactly fussy about backups, so nobody had tested ours.",
        "I had asked for a backup laptop from my old boss, who'd rather hire his nephews.",
        "The owner was so cheap he counted the printer paper, so we had one old laptop.",
        "The laptop we had was being held together with gaffer tape.",
        "Two of the locums think they're too senior for the paper list.",
        "Some of the older locums still think a tablet is witchcraft.",
        "We never used an outside IT firm, unlike some of the cowboys round here.",
        "I had three years' clean audits, which is more than most of the partners there could say.",
        "Only two of us knew the fallback, the rest could barely spell it.",
        "My manager he know nothing about computers, only about money.",
        "I want a practice with more professional people, so I handled it myself.",
    ],
)
def test_a_dig_by_understatement_favour_or_meanness(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I wasn't exactly quick at first, and I had no way to see their notes.",
        "We weren't exactly organised back then, and I had no way to see their notes.",
        "I held the old printer together with gaffer tape until the part came.",
        "The deadline was so tight they had to book extra clinics, and I had no way to see "
        "their notes.",
        "I thought the new tablet was witchcraft at first, so I practised on it after hours.",
    ],
)
def test_ones_own_slowness_or_a_repair_is_no_dig(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I was late in because Dave, my manager, put the wrong postcode on the rota.",
        "Patients queued, but that only happens because parents don't update their details, so "
        "it's really on them, not us.",
        "A few complaints came in, but mainly over the wait, rather than anything in how I "
        "handled it.",
    ],
)
def test_wrong_work_handed_on_or_the_trouble_put_on_others(middle: str) -> None:
    assert "blame" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "blame" in codes(STORY_Q, clinic_story(middle))


def test_wrong_work_of_ones_own_is_not_blame() -> None:
    own = "I was late in because I put the wrong postcode into the sat nav."
    assert "blame" not in codes(STORY_Q, clinic_story(own))


INTRO_Q = "Tell me about yourself."
_WORK = (
    "I'm eighteen and I finished my A levels this summer. For the last year I've worked "
    "Saturdays on reception at a four-surgery dental practice, booking patients and taking "
    "payments. Watching the nurses chairside is what made me want to train, and I shadowed "
    "one of them for a week at Easter. "
)
_CLOSE = " I'm now looking for a trainee dental nurse post where I can do the National Diploma."


def test_a_detour_announced_at_a_sentences_opening_runs_on_until_work_returns() -> None:
    detour = (
        "Outside work, my big thing is horses. I've ridden since I was six at a yard near "
        "Wroughton, and I've got a part-loan on an old cob called Biscuit. I go up three "
        "evenings a week to muck out, and this summer we did our first dressage test and came "
        "fourth out of nine. My mum says I spend more time at the yard than at home."
    )
    brief = "Outside work I ride at a yard near Wroughton."
    assert "off_question" in codes(INTRO_Q, _WORK + detour + _CLOSE)
    assert "off_question" not in codes(INTRO_Q, _WORK + brief + _CLOSE)


def test_hobbies_named_in_passing_open_no_detour() -> None:
    method = (
        "First I'd look at the prescription and how they use their eyes day to day. I'd ask "
        "about screen distance, driving, hobbies and what bothers them with their current "
        "glasses. Then I'd steer them to a frame with enough depth for the reading area and "
        "take fitting heights at their natural posture. At collection I'd check the fitting "
        "cross against the pupil and show them how to drop their eyes to read. I always book "
        "a two-week follow-up."
    )
    question = "Walk me through how you'd dispense varifocals for a first-time wearer."
    assert "off_question" not in codes(question, method)


SAFETY_Q = "What would you do if you saw a colleague skip a safety step?"


def _circling_titles(answer: str) -> list[str]:
    return [j.title for j in analyze_answer(SAFETY_Q, answer).judgements if j.code == "rambling"]


def test_an_answer_that_says_the_same_words_again_and_again_circles() -> None:
    plain = (
        "I'd stop the job straight away and ask them to come out of the tank, calmly, so "
        "nobody panics at the hatch. Once they were out I'd talk to them on their own, not in "
        "front of the crew, and ask why the permit was skipped. Usually it's rushing or the "
        "monitor being flat, so I'd fix whatever made the procedure a pain. At my last "
        "brewery we moved the permits and a charged monitor next to the cellar door, and "
        "we had no entries without a permit on the next two audits."
    )
    circling = (
        "I'd stop it, I'd stop it right there, no question, stop it right there. Confined "
        "space, that's the big one, the tank is the big one, any tank really. I'd say come "
        "out, calm, say it calm, you gotta say it calm. Then I'd talk to them, talk to them "
        "on their own, not in front of the crew, because nobody likes being called out in "
        "front of the crew. Usually they're rushing, rushing or they've done it so many "
        "times, so I'd fix the procedure, fix the procedure that's a pain. We moved the "
        "permits, and no entries without a permit."
    )
    assert "Circles back to the same words" not in _circling_titles(plain)
    assert "Circles back to the same words" in _circling_titles(circling)


def test_a_name_said_again_is_the_topic_not_circling() -> None:
    named = (
        "I noticed the department moved to mixed groups in Year 7 this year. How has that "
        "gone in Year 7, and is the plan to take it into Year 8 and Year 9? I taught mixed "
        "Year 7 groups at Hollins Park, and Hollins Park's results rose six percent. How much "
        "freedom do teachers have to adapt the scheme, and how is planning time organised?"
    )
    assert "Circles back to the same words" not in _circling_titles(named)


ALARM_Q = "Tell me about a time you improved the way a job was done."


def _alarm_story(end: str) -> str:
    return (
        "At the security firm our intruder alarms kept sending false call-outs from shops with "
        "heaters in their stockrooms. I surveyed the last ten jobs with the senior engineer, "
        "swapped the plain PIR detectors in heated rooms for dual-tech ones and wrote a "
        f"one-page design check for the vans. I trained the other three fitters on it. {end}"
    )


@pytest.mark.parametrize(
    "end",
    [
        "On the jeweller's we fitted next, we've had nae false alarms in eight month.",
        "In the last year we've had zero call-outs from a heated stockroom.",
        "Across those shops I kept a clean record the whole following winter.",
        "The monthly call-out bill fell around 30 percent.",
    ],
)
def test_trouble_that_did_not_come_over_a_stretch_of_time_is_a_result(end: str) -> None:
    plain = "The new detectors came in a blue box from the wholesaler in Paisley."
    assert "no_result" in codes(ALARM_Q, _alarm_story(plain))
    assert "no_result" not in codes(ALARM_Q, _alarm_story(end))


def test_a_gap_at_the_start_is_no_result() -> None:
    gap = "We had no manager in the first six months, so the vans ran as they liked."
    assert "no_result" in codes(ALARM_Q, _alarm_story(gap))


def test_an_announced_detour_runs_on_past_a_sentence_of_leisure_until_work_returns() -> None:
    from interview_coach.analysis.life_cues import leisure_stretch

    sentences = [
        "I finished my MSc in brewing last year.",
        "Outside of work my big passion is surfing.",
        "I've surfed every weekend since I was twelve.",
        "The water up here is cold, so I bought a thick wetsuit with boots.",
        "A group of us drive four hours for one good session.",
        "Now I want a trainee distiller role where I can learn the stills.",
    ]
    assert leisure_stretch(sentences, INTRO_Q) == [False, True, True, True, True, False]
