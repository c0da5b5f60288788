"""Ranking oneself above colleagues, false modesty, putting the fault's start on others, and a
trade written off: each read in its own words, and the near miss beside it left alone."""

from __future__ import annotations

import pytest

from .test_judgements import codes

STORY_Q = "Tell me about a time you improved how your team worked."
BASE = (
    "At the warehouse I noticed our pick routes crossed each other on every wave, so I "
    "redrew the routes with the shift lead and we trialled them for two weeks. "
)
CLOSE = " Pick times fell by about a fifth and the new routes are still used."


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("I was always much faster than the other lads on that shift", "arrogance"),
        ("Nobody else there was able to see it, honestly", "arrogance"),
        ("The other team leaders, they're just not that smart", "arrogance"),
        ("I've done more of these than most firms round here put together", "arrogance"),
        ("It was nothing special, really, but I did turn the whole floor round", "humblebrag"),
        ("The errors really started with the agency staff, to be fair", "blame"),
        ("Any slip after that was just the checkers being careless", "blame"),
        ("Honestly the whole system is broken in that place", "negative_tone"),
        ("I'm so tired of these jobs and their targets", "negative_tone"),
    ],
)
def test_said_in_other_words(said: str, code: str) -> None:
    assert code in codes(STORY_Q, BASE + said + "." + CLOSE)
    assert code not in codes(STORY_Q, BASE.strip() + CLOSE)


@pytest.mark.parametrize(
    "near_miss",
    [
        "The routes were faster than the old paper lists by a long way",  # not people
        "I know you offer a stronger training budget than most",  # praise of the employer
        "The problem started with the scanner firmware, which we updated",  # a diagnosis
        "The directors asked for the same change in the other warehouse",
        "It was a long fortnight but the pickers liked the trial",  # weariness is not one word
    ],
)
def test_the_near_miss_is_left_alone(near_miss: str) -> None:
    found = set(codes(STORY_Q, BASE + near_miss + "." + CLOSE))
    assert not found & {"arrogance", "humblebrag", "blame", "negative_tone", "disparaging"}
