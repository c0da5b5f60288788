"""A phrase pattern (`rx`) matches a lower-cased copy of the text for speed: its spans, groups
and matched words must be those the case-insensitive pattern gives on the text as written."""

from __future__ import annotations

import re

import pytest

from interview_coach.analysis import fault_cues, outcome_cues, people_cues
from interview_coach.analysis.patterns import rx

TEXTS = [
    "It Wasn't My Fault, the Supplier never passed the change on to us. We Hit The Deadline.",
    "HONESTLY THAT ONE IS KIND OF ON THEM. As A Result the backlog Dropped By 40%.",
    "He's one of those guys who never tells you anything, a bunch of COWBOYS.",
    "İstanbul office: it wasn't my fault, and in the end we shipped.",  # lower() grows "İ"
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    "cue", [fault_cues.FAULT, outcome_cues.OUTCOME, people_cues.PERSONAL_INSULT]
)
def test_a_cue_finds_what_the_case_insensitive_pattern_finds(cue, text: str) -> None:
    plain = re.compile(cue.pattern, re.IGNORECASE)
    assert [(m.span(), m.group()) for m in cue.finditer(text)] == [
        (m.span(), m.group()) for m in plain.finditer(text)
    ]
    first, expected = cue.search(text), plain.search(text)
    assert (first and (first.span(), first.group())) == (
        expected and (expected.span(), expected.group())
    )


def test_groups_report_the_words_as_written() -> None:
    cue = rx(r"(?P<who>the \w+) (never|didn't) (told|tell) us")
    m = cue.search("Then THE Manager NEVER told us.")
    assert m is not None
    assert m.group() == "THE Manager NEVER told us"
    assert m.group("who") == "THE Manager"
    assert m.groups() == ("THE Manager", "NEVER", "told")
    assert m.span(2) == (17, 22)
    assert cue.match("the boss never told us") is not None
    assert cue.match("So the boss never told us") is None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"whatever,", "the rota, whatever, it's their call"),
        (r"e\.g\.", "kit, e.g. harnesses"),
        (r"got 'sick'", "he got 'sick' again"),
    ],
)
def test_a_pattern_may_end_on_a_mark(pattern: str, text: str) -> None:
    # A word edge after a comma or a quote would need a letter next, so such a pattern
    # could never match: the end bound applies only after a word character.
    assert rx(pattern).search(text) is not None


def test_a_pattern_ending_on_a_word_still_stops_at_its_edge() -> None:
    assert rx(r"whatever").search("whatevers") is None
    assert rx(r"whatever").search("whatever.") is not None
