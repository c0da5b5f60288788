"""The longest phrase lists are tried only where one of their openings stands: the gates
must be current, in use, and change no match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from eval.write_gates import gates

from interview_coach.analysis import fault_cues, outcome_cues, people_cues
from interview_coach.analysis.pattern_gates import (
    DIGIT,
    GATE_AFTER_CHARS,
    Gate,
    gate_for,
    openings,
)
from interview_coach.analysis.patterns import Cue

LONG_LISTS = [fault_cues.FAULT, outcome_cues.OUTCOME, people_cues.PERSONAL_INSULT]
CONTRASTIVE = Path(__file__).resolve().parents[2] / "eval" / "contrastive"
GATES = Path(__file__).resolve().parents[2] / "src/interview_coach/analysis/models/gates.json"
PROBES = [
    "we had about 300 customers come back, and 1,200 reviews",  # opens on any number
    "٣٠٠ customers came back",  # digits of another script
    "it wasn't my fault, the supplier never told us. lesson learned: i check now.",
    "he's a clueless, tyre-kicking time-waster, the type who never listens",
    "as a result, complaints fell by 40%; in the end we hit every deadline",
    "i learned that i need to ask sooner",
    "",
    "x",
]


def _answers() -> list[str]:
    texts = []
    for path in sorted(CONTRASTIVE.glob("part_*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        dev = {r["id"] for r in rows if r.get("split") == "dev"}
        texts += [r["answer"].lower() for r in rows if r["id"] in dev or r.get("base") in dev]
    return texts[::4] + PROBES


def test_the_stored_gates_are_those_the_lists_earn_now() -> None:
    stored = json.loads(GATES.read_text(encoding="utf-8"))["gates"]
    assert gates() == stored, "run: python -m eval.write_gates"


@pytest.mark.parametrize("cue", LONG_LISTS)
def test_each_long_list_has_a_gate_and_uses_it_once_it_has_scanned_enough(cue: Cue) -> None:
    assert gate_for(cue.written, cue._lower) is not None
    fresh = Cue(cue.written)
    text = "in the end it was fine, and i learned to ask. " * 40
    list(fresh.finditer(text))
    assert fresh._gate is False  # one answer: the list is scanned whole, no gate built
    while fresh._scanned < GATE_AFTER_CHARS:
        list(fresh.finditer(text))
    assert isinstance(fresh._gate, Gate)
    assert [m.span() for m in fresh.finditer(text)] == [
        m.span() for m in cue._lower.finditer(text.lower())
    ]


def test_a_list_whose_text_changed_finds_no_gate() -> None:
    changed = outcome_cues.OUTCOME.written.replace("in the end", "at the end")
    assert gate_for(changed, re.compile(changed)) is None


@pytest.mark.parametrize("cue", LONG_LISTS)
def test_a_gate_changes_no_match(cue: Cue) -> None:
    gate = gate_for(cue.written, cue._lower)
    assert gate is not None
    for text in _answers():
        for pos, end in ((0, len(text)), (6, max(len(text) - 4, 0))):
            expected = [(m.span(), m.groups()) for m in cue._lower.finditer(text, pos, end)]
            assert [(m.span(), m.groups()) for m in gate.finditer(text, pos, end)] == expected, (
                cue.pattern[:60],
                text[:80],
            )


def test_a_list_with_an_opening_on_any_number_is_scanned_whole_where_one_is_there() -> None:
    gate = gate_for(outcome_cues.OUTCOME.written, outcome_cues.OUTCOME._lower)
    assert gate is not None and gate._anywhere is not None
    assert gate._anywhere.search(PROBES[0])
    assert [m.group() for m in gate.finditer(PROBES[0])] == [
        m.group() for m in outcome_cues.OUTCOME._lower.finditer(PROBES[0])
    ]


@pytest.mark.parametrize(
    ("alternative", "expected"),
    [
        ("(?:i|we) learned", {"i learne", "we learn"}),
        ("(?:the )?upshot was", {"the upsh", "upshot w"}),
        (r"(?<!\bi )(?:was|were) meant to", {"was mean", "were mea"}),
        ("tyre[- ]kickers?", {"tyre-kic", "tyre kic"}),
        (r"\d+ percent", {DIGIT}),
        (r"in (?:a|the) \w+", {"in a ", "in the "}),
        ("so i", {"so i"}),
    ],
)
def test_openings_are_read_to_the_second_word_or_eight_characters(
    alternative: str, expected: set[str]
) -> None:
    assert openings(alternative) == expected


@pytest.mark.parametrize(
    "alternative",
    [r"[a-z]+s never", r"\w+ would never", r"(?:[\w-]+ )?(?:team|staff) failed", r".+ failed"],
)
def test_an_alternative_that_may_open_on_any_word_has_no_openings(alternative: str) -> None:
    assert openings(alternative) is None
