"""A put-down announced with "no offence", and others said not to know what they are doing,
run people down; "no offence" about oneself, feedback reported, and a compliment in the same
words ("they don't know what they'd do without me" is a humblebrag, not a put-down) do not.
Pairs differ in one thing."""

from __future__ import annotations

import pytest

from .test_judgements import codes

LEAD_Q = "Tell me about a time you took the lead on a piece of work."
LEAD = (
    "Last year our warehouse moved to a new scanning system, and {x}. I ran six short "
    "sessions on the night shift, wrote a picture guide for each scanner and stayed on the "
    "floor for the first week. Mis-picks fell from about forty a week to nine, and the site "
    "manager asked me to train the day shift the same way."
)


@pytest.mark.parametrize(
    ("dig", "plain"),
    [
        (
            "no offence to them, but the team leaders were mostly new",
            "the team leaders were mostly new to it",
        ),
        (
            "the other pickers were, no offence, pretty slow to pick it up",
            "the other pickers were finding it slow to pick up",
        ),
        (
            "the supervisor didn't really know what he was doing with it",
            "the supervisor had not used it before either",
        ),
        (
            "honestly the trainers didnt even know what they were doing",
            "honestly the trainers had only had one day on it",
        ),
    ],
)
def test_a_put_down_in_passing_is_disparaging(dig: str, plain: str) -> None:
    assert "disparaging" in codes(LEAD_Q, LEAD.format(x=dig))
    assert "disparaging" not in codes(LEAD_Q, LEAD.format(x=plain))


@pytest.mark.parametrize(
    "fair",
    [
        "my manager said, no offence, that my first guide was far too long",
        "no offence meant, I just wanted the trial to be fair",
        "I didn't know what I was doing with it at first myself",
        "the pickers said they didn't know what they'd do without the guide",
    ],
)
def test_the_same_words_about_oneself_or_reported_are_not(fair: str) -> None:
    assert "disparaging" not in codes(LEAD_Q, LEAD.format(x=fair))
