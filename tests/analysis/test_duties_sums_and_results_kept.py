"""Blame told as a duty others had or a system others ran; excuses of short hands and a word
taken on trust; digs at idle kit and idle people; results told as a level held, a practice
others took up or harm that never came; a sum of the work's money that is not pay; and a
detour into leisure that runs on past one plain clause. Each sentence is put into the same
answer, so only it can decide."""

from __future__ import annotations

import pytest

from answer_codes import STORY_Q, clinic_story, codes


@pytest.mark.parametrize(
    "middle",
    [
        "The locum had left the server room open, which to be honest she should've checked.",
        "The update broke the bookings, which frankly the supplier should have thought of.",
        "The update was pushed on a Saturday, which they're not supposed to do.",
        "If the IT rota was managed properly you'd always get someone on a Saturday.",
        "This is what happens when you rush an update out on a Friday night.",
        "The queue at the desk was long, but that's not on the team.",
        "I logged every call, mainly so it's clear afterwards whose failures they were.",
    ],
)
def test_blame_as_a_duty_others_had_or_a_system_others_ran(middle: str) -> None:
    assert "blame" in codes(STORY_Q, clinic_story(middle))


MISTAKE_Q = "Tell me about a mistake you made at work."


def _mistake(middle: str) -> str:
    return (
        "Two years ago I was the assistant cook at a secondary school, and a substitute batch "
        f"of bread rolls went out to the counter without its label being read. {middle} A "
        "student with a sesame allergy asked at the till and the rolls were pulled before "
        "anyone ate one. Since then every substitute is checked against the allergen sheet "
        "before it goes near the counter."
    )


@pytest.mark.parametrize(
    "middle",
    [
        "We were two down that day, so there just wasn't time to read every label.",
        "The driver said they were the usual rolls, so I signed them off on his word.",
        "It happened because day shift hadn't checked the delivery against the order.",
    ],
)
def test_short_hands_or_a_word_taken_on_trust_excuse_a_mistake(middle: str) -> None:
    assert "blame" not in codes(MISTAKE_Q, _mistake("It was a busy Friday lunch."))
    assert "blame" in codes(MISTAKE_Q, _mistake(middle))


def test_patients_who_just_want_to_go_home_are_not_run_down() -> None:
    kind = "Most of the patients that morning, they just want to go home, so I kept them posted."
    assert "disparaging" not in codes(STORY_Q, clinic_story(kind))


def test_a_step_skipped_by_oneself_owns_the_mistake() -> None:
    excuse = "We were two down that day, so there just wasn't time to read every label."
    owned = excuse[:-1] + ", and I sent them out without actually reading the label."
    assert "blame" in codes(MISTAKE_Q, _mistake(excuse))
    assert "blame" not in codes(MISTAKE_Q, _mistake(owned))


@pytest.mark.parametrize(
    "middle",
    [
        "The old receptionists don't understand the basics, they just want to drink tea.",
        "The manager before me didn't even know how to restart the server.",
        "I rang the surgery, though some of them clearly work on autopilot.",
        "I rang IT, who treat a clinic's call like a nuisance.",
        "The backups had never been tested, and like, who doesn't check their backups?",
        "The locums were slow to log in, and the practice manager is not much better.",
        "Restoring from the backup is not exactly rocket science, but apparently beyond some "
        "people.",
        "We had a backup printer, which the older staff treated as a very expensive coat stand.",
        "Half the reception team just log in and go for lunch when it crashes.",
    ],
)
def test_a_dig_at_idle_kit_or_idle_people(middle: str) -> None:
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


REFIT_Q = "Tell me about a time you improved a process at work."


def _refit(end: str) -> str:
    return (
        "At the Lanark depot our lorries were waiting up to an hour to be loaded each "
        "morning. I mapped every step of the loading with the two shift leads, moved the "
        "picking of the first runs to the night before and painted bay markings so each "
        f"driver knew where his load would be. I trained both shifts on it in one week. {end}"
    )


@pytest.mark.parametrize(
    "end",
    [
        "So we had the wait down to ten minutes.",
        "Over the winter the loading stayed steady, the busiest weeks included.",
        "That first quarter our loading times were better than the company average.",
        "The other two depots adopted it across all their bays that spring.",
        "Now that's what all the depots in the region do every morning.",
        "That winter we did not have to bring in agency drivers.",
    ],
)
def test_a_level_held_or_a_practice_taken_up_is_a_result(end: str) -> None:
    plain = "The bays were repainted by a contractor from Hamilton over a weekend."
    assert "no_result" in codes(REFIT_Q, _refit(plain))
    assert "no_result" not in codes(REFIT_Q, _refit(end))


INTRO_Q = "Tell me about yourself."


def _intro(middle: str) -> str:
    return (
        "I started as a dresser at the Harbourside Theatre, then spent three years as a "
        f"cutter at a costume hire firm in Surrey. {middle} Since then I have supervised "
        "wardrobe on two national tours, and I am applying for the deputy role because it "
        "uses both the making and the team management."
    )


def test_the_works_money_is_not_current_pay() -> None:
    budget = (
        "I was wardrobe supervisor on the last tour, running a team of four and a £15,000 "
        "maintenance budget."
    )
    assert "disclosed_current_salary" not in codes(INTRO_Q, _intro(budget))
    pay = "On the last tour I was on £15,000 a year, running a team of four."
    assert "disclosed_current_salary" in codes(INTRO_Q, _intro(pay))


BACKGROUND_Q = "Walk me through your background."


def test_a_detour_into_leisure_runs_on_past_one_plain_clause() -> None:
    career = (
        "I started out in optics as an optical assistant and then managed a branch in Reading "
        "for seven years. The store had a hearing concession, so I got really interested in "
        "the audiologist's work. Three years ago I did the foundation degree in hearing aid "
        "audiology part-time, and I've been at Meadow Hearing in Wokingham since I qualified. "
    )
    detour = (
        "Outside work, um, the big thing for me is running, I'm in the Waterside runners, we "
        "do Thursday nights round the lake, and I did my first marathon in Berlin last "
        "September, which I was, like, really pleased with. I'm training for Manchester now, "
        "so my weekends are pretty much long runs and then lying on the sofa, I also do the "
        "Saturday parkrun at Palmer Park in Reading, I've done about a hundred and forty of "
        "them now, and I volunteer there once a month as a marshal. "
    )
    close = "Now I'm looking for a bigger clinic where I can do tinnitus work."
    assert "off_question" not in codes(BACKGROUND_Q, career + close)
    assert "off_question" in codes(BACKGROUND_Q, career + detour + close)
