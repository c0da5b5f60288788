"""A phrase pattern (`rx`) matches a lower-cased copy of the text for speed: its spans, groups
and matched words must be those the case-insensitive pattern gives on the text as written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from eval.write_gates import package_cues

from interview_coach.analysis import fault_cues, outcome_cues, people_cues
from interview_coach.analysis.pattern_starts import _first_chars
from interview_coach.analysis.patterns import Cue, rx

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


# --- The start check: a look-ahead for the characters a pattern can start with -----------


def _package_cues() -> list[Cue]:
    """Every phrase pattern the analysis and the negotiation read, as module constants."""
    return package_cues()


def _answers() -> list[str]:
    rows = [json.loads(x) for f in sorted(CONTRASTIVE.glob("part_*.jsonl")) for x in f.open()]
    dev_bases = {r["id"] for r in rows if r.get("split") == "dev"}
    dev = [r["answer"] for r in rows if r["id"] in dev_bases or r.get("base") in dev_bases]
    return [a.lower() for a in dev[::9]] + [t.lower() for t in TEXTS] + PROBES


CONTRASTIVE = Path(__file__).resolve().parents[2] / "eval" / "contrastive"
PROBES = [
    "i'd hate it, she's never there when it's 'urgent' and $5 is $5",
    "it's been fine, he is the type who never listens, - the “senior” lot",
    "x ,y 'z -w _v 12% 3.5k £40,000 it’s",
]


def test_most_patterns_carry_a_start_check() -> None:
    cues = _package_cues()
    checked = [c for c in cues if c.pattern != c.written]
    assert len(cues) > 60
    assert len(checked) >= len(cues) - 4  # the rest do not start at a word edge


def test_the_start_check_changes_no_match() -> None:
    answers = _answers()
    for cue in _package_cues():
        if cue.pattern == cue.written:
            continue
        plain = re.compile(cue.written)
        for text in answers:
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in cue.finditer(text)] == expected, (
                cue.pattern[:80],
                text[:80],
            )


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        ("(?:foo|bar)", {"f", "b"}),
        ("(?:the )?top", {"t"}),
        ("(?:'?d hate|hate)", {"'", "d", "h"}),
        ("(?:(?<=push )|(?<=chase ))(?:him|her)", {"h"}),
        (r"(?<!\bi )(?:was|were)", {"w"}),
        (r"(?:\$5|[\w'-]+ rates?)", {r"\$", r"\w", "'", "-"}),
        (r"(?:[\w']+ ){0,2}?who", {r"\w", "'", "w"}),
        ("x*y", {"x", "y"}),
        (r"\d+ percent", {r"\d"}),
    ],
)
def test_first_characters_are_read(pattern: str, chars: set[str]) -> None:
    assert _first_chars(pattern) == chars


@pytest.mark.parametrize(
    "pattern",
    ["(?:the )?", "(?:a|)", "[^a]x", "(?i:a)b", ".x", r"\sx", "(?:x", "x?", r"(?:a|(?:b)?)"],
)
def test_a_start_it_cannot_read_gets_no_check(pattern: str) -> None:
    assert _first_chars(pattern) is None
    if pattern != "(?:x":
        assert rx(pattern).pattern.startswith(r"\b(?:")


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"(?:'s| is) never there", "she's never there when", "'s never there"),
        (r", the type who", "him, the type who never listens", ", the type who"),
        (r"'?d hate", "I'd hate that", "'d hate"),
        (r"(?:the )?top of the range", "at the top of the range", "the top of the range"),
        (r"top of the range", "at the top of the range", "top of the range"),
    ],
)
def test_a_pattern_starting_on_a_mark_still_matches_after_a_word(
    pattern: str, text: str, found: str
) -> None:
    m = rx(pattern).search(text)
    assert m is not None and m.group() == found
