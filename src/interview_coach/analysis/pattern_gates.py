r"""Gates for the long phrase lists: each is tried only where one of its openings stands.

Python's engine tries every alternative of a list at every word edge, and the lists of 25
alternatives or more (the insults, 334; the results, 211; the fault and lesson phrases, 171;
fifteen more) were a fifth of the analysis. A gate is a pattern of what a list's
alternatives' first two words (or eight characters) can be ("i learne", "tyre-kic", "the
ups"), shared as a prefix tree: the engine finds the few places where one stands, and the
list is tried there alone. Where an alternative may open on any word (`(?:\w+ )?would
never`), those alternatives are searched for first, and if one is there the list is scanned
as before. The matches are the same: every match opens with one of the openings read, and is
tried where it opens with the same pattern (tests/analysis/test_pattern_gates.py checks on
dev answers).

Reading the openings walks every path through a list and takes about a second for them all,
so it is done once, when the lists change: `python -m eval.write_gates` writes
`models/gates.json`, keyed by each list's text; a list whose text has changed since finds no
gate and is scanned in full, and a test says so.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from re import _constants as sre  # the engine's own reading of a pattern
from re import _parser
from typing import Any

from interview_coach.analysis.pattern_starts import group_of, top_alternatives

GATE_MIN_ALTERNATIVES = 25  # shorter lists gain less than their gate costs to build (measured)
GATE_WORDS = 2  # an opening is an alternative's first two words…
GATE_CHARS = 8  # …or its first 8 characters, whichever ends first: as selective as 24, and
# the gates compile in half the time (44 ms against 85 for all 18)
GATE_AFTER_CHARS = 20_000  # a list builds its gate once it has scanned about a dozen answers:
# the build (1-13 ms a list) then pays for itself, and a one-off `analyze` never pays it
MAX_ONE_LETTER = 2  # an alternative cut after one letter opens on few words only if few letters
MAX_OPEN = 4  # lists with more alternatives that may open on any word are not gated
MAX_STEPS = 400_000  # a list with more paths than this is not gated (reading stays bounded)
GATES_FILE = "gates.json"  # in the package's models/, written by eval/write_gates.py
DIGIT = "\x01"  # stands for \d in an opening: a digit of any script
_WORD = re.compile(r"\w|\x01")
_WORDS = re.compile(r"(?:\w|\x01)+")


_STOP = object()  # marks where an opening stops being read


class _Unread(Exception):
    """A list whose openings are not read (too many paths)."""


def key(written: str) -> str:
    """The name of a list's gate: its text's digest."""
    return hashlib.sha256(written.encode("utf-8")).hexdigest()[:20]


def _chars(items: Any) -> list[str] | None:
    r"""The characters a class matches, or None for a wide class (\w, a negation)."""
    out: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= 64:
            out.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            out.append(DIGIT)
        else:
            return None
    return out


def _done(opening: str) -> bool:
    if len(opening) >= GATE_CHARS:
        return True
    return (
        bool(opening)
        and not _WORD.match(opening[-1])
        and len(_WORDS.findall(opening)) >= GATE_WORDS
    )


def openings(alternative: str) -> set[str] | None:
    """What every match of an alternative opens with (None where that is any word)."""
    out: set[str] = set()
    cut: set[str] = set()  # openings read only in part (a class of many letters came next)
    steps = 0

    def walk(stack: tuple[list[Any], ...], opening: str) -> None:
        nonlocal steps
        steps += 1
        if steps > MAX_STEPS:
            raise _Unread
        if not stack or _done(opening):  # one character a step: never past GATE_CHARS
            out.add(opening)
            return
        items, rest = stack[0], stack[1:]
        if not items:
            walk(rest, opening)
            return
        (op, av), after = items[0], (items[1:], *rest)
        if op is sre.LITERAL:
            walk(after, opening + chr(av))
        elif op is sre.IN and (chars := _chars(av)) is not None:
            for c in chars:
                walk(after, opening + c)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # checks only narrow the matches
            walk(after, opening)
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without flags
            walk((list(av[3]), *after), opening)
        elif op is sre.BRANCH:
            for alt in av[1]:
                walk((list(alt), *after), opening)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, hi, body = av
            if hi == sre.MAXREPEAT and not (len(body) == 1 and body[0][0] is sre.LITERAL):
                # "[a-z]+", "[\d,]*": known for the copies it must have, then open
                walk((list(body) * lo, [(_STOP, None)]), opening)
                return
            for n in range(lo, min(hi, lo + GATE_CHARS) + 1):
                walk((list(body) * n, *after), opening)
        else:  # a wide class, a stop, anything else: the opening is known up to here
            cut.add(opening)

    walk((list(_parser.parse(alternative)),), "")
    # Letters read one at a time ("[a-z]+s") open on a word of any kind; one digit, or a
    # word of one letter before a wide class ("i\b[^.]{0,40}"), is selective enough.
    if "" in out | cut or len({c for c in cut if len(c) == 1 and c != DIGIT}) > MAX_ONE_LETTER:
        return None
    return out | cut


def prefix_tree(strings: Iterable[str]) -> dict[str, Any]:
    """Strings as nested dicts, one level a character; the key "" marks where one ends."""
    root: dict[str, Any] = {}
    for s in strings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _trie(strings: set[str]) -> str:
    """One pattern for many openings; where one opening starts another, the shorter serves."""

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [
            (r"\d" if ch == DIGIT else re.escape(ch)) + emit(n) for ch, n in sorted(node.items())
        ]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(prefix_tree(strings))


def read_gate(written: str) -> dict[str, str | None] | None:
    r"""The gate of a `\b(?:…)` list: its openings as one pattern and the alternatives that
    may open on any word; None for a list too short or too open to gain."""
    found = group_of(written[2:]) if written.startswith("\\b(?:") else None
    if found is None or len(found[0]) < GATE_MIN_ALTERNATIVES:
        return None
    alternatives, end = found
    suffix = written[2 + end :]
    if suffix[:1] in ("?", "*", "+", "{") or len(top_alternatives(written) or ()) != 1:
        return None  # the list may be skipped, or the pattern has other branches
    known: set[str] = set()
    anywhere = []
    try:
        for a in alternatives:
            o = openings(a)
            if o is None:
                anywhere.append(a)
            else:
                known |= o
    except (_Unread, RecursionError, re.error):
        return None
    if len(anywhere) > MAX_OPEN:
        return None
    return {
        "gate": r"\b(?=" + _trie(known) + ")",
        "anywhere": r"\b(?:" + "|".join(anywhere) + ")" + suffix if anywhere else None,
    }


@cache
def _stored() -> dict[str, dict[str, str | None]]:
    path = resources.files("interview_coach.analysis") / "models" / GATES_FILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["gates"]


class Gate:
    """A list tried only where one of its openings stands (see the module's note)."""

    __slots__ = ("_anywhere", "_full", "_gate")

    def __init__(self, stored: dict[str, str | None], full: re.Pattern[str]) -> None:
        self._gate = re.compile(str(stored["gate"]))
        anywhere = stored["anywhere"]
        self._anywhere = None if anywhere is None else re.compile(anywhere)
        self._full = full

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        """The full pattern's matches, as `finditer` gives them."""
        if self._anywhere is not None and self._anywhere.search(text, pos, endpos):
            yield from self._full.finditer(text, pos, endpos)
            return
        match, after = self._full.match, pos
        for place in self._gate.finditer(text, pos, endpos):
            start = place.start()
            if start >= after and (m := match(text, start, endpos)) is not None:
                yield m
                after = m.end()


def gate_for(written: str, full: re.Pattern[str]) -> Gate | None:
    """The stored gate of a list written so, or None (short lists, or a list since changed)."""
    stored = _stored().get(key(written))
    return None if stored is None else Gate(stored, full)


def read_all(written: Iterable[str]) -> dict[str, dict[str, str | None]]:
    """Every gate that the phrase lists written so earn, by key."""
    out = {key(w): gate for w in written if (gate := read_gate(w)) is not None}
    return dict(sorted(out.items()))
