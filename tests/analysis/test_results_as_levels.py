"""A result told as where a level stood afterwards (a rate that has dropped, a time against
the old one, a ranking earned, a trouble that did not come back, people kept on) counts as a
story's result; scene-setting that looks like one does not. Each sentence ends the same
story, so only it can decide."""

from __future__ import annotations

import pytest

from interview_coach.analysis import outcome_cues

from .test_judgements import codes

STORY_Q = "Tell me about a time you improved a process at work."
STORY_OPEN = (
    "Our help desk reopened too many tickets, so I read every reopened ticket for a month and "
    "found most were password resets closed before the user had logged in. I changed our "
    "script so we stay on the call until the user is in, and I showed the team at stand-up. "
)


@pytest.mark.parametrize(
    "result",
    [
        "My reopened-ticket rate has dropped since, and the team's has too.",
        "Reopened tickets dropped about a third over the next quarter.",
        "A reset now takes about four minutes instead of two days of back and forth.",
        "Our desk had the fewest reopened tickets in the region out of nine desks that year.",
        "It hasn't happened again since we changed the script.",
        "The call-back step is now standard for every desk in the region.",
        "Reopened resets went to zero within the month.",
        "Two of the new starters have asked to be on my shift since.",
    ],
)
def test_a_level_that_moved_or_held_is_a_result(result: str) -> None:
    assert "no_result" not in codes(STORY_Q, STORY_OPEN + result)


@pytest.mark.parametrize(
    "detail",
    [
        "Our reopened rate had fallen the year before, when the old script was written.",
        "The desk moved from paper logs to a ticket system in my first year there.",
        "The team sits on the second floor, next to the printers and the kitchen.",
    ],
)
def test_scene_setting_that_looks_like_a_level_is_not_a_result(detail: str) -> None:
    assert "no_result" in codes(STORY_Q, STORY_OPEN + detail)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("sales rose from forty to sixty covers a night", True),
        ("we moved from paper charts to an electronic record", False),
        ("open rates had fallen to 12%", False),
        ("they were back online in about twenty minutes", True),
    ],
)
def test_outcome_cues_read_a_change_not_a_move(text: str, found: bool) -> None:
    assert bool(outcome_cues.OUTCOME.search(text)) is found


@pytest.mark.parametrize(
    "result",
    [
        "Most of the temps were kept on into January, and my supervisor kept me on too.",
        "The reminder list sold about a third more than the year before.",
        "The faults were all cleared within a fortnight.",
        "Three sites are still using it every day.",
    ],
)
def test_people_kept_a_figure_against_before_and_a_fault_gone_in_time_are_results(
    result: str,
) -> None:
    text = STORY_OPEN + result.replace("The reminder list", "The new script")
    assert "no_result" not in codes(STORY_Q, text)


@pytest.mark.parametrize(
    "result",
    [
        "The first week after, we ran the desk with no double bookings at all.",
        "The service manager gave our new script to all the other desks in the region.",
        "At my next review the team leader said the users had noticed the difference.",
    ],
)
def test_work_without_the_trouble_taken_up_or_noticed_is_a_result(result: str) -> None:
    assert "no_result" not in codes(STORY_Q, STORY_OPEN + result)


def test_ones_own_handing_out_is_a_step_not_a_result() -> None:
    step = "I gave my notes to the other desks on the Monday morning."
    assert "no_result" in codes(STORY_Q, STORY_OPEN + step)
