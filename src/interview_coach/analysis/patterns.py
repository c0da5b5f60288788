"""Phrase patterns as the cue modules write them: alternatives bounded at word edges, case-
insensitive, with a contraction's apostrophe optional."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

from interview_coach.analysis.pattern_gates import GATE_AFTER_CHARS, Gate, gate_for, prefix_tree
from interview_coach.analysis.pattern_starts import start_checked

# Transcripts often drop the apostrophe ("dont", "im", "thats"): in every pattern a
# contraction's apostrophe is optional. Not "we're" or "we'll", which without it are other
# words, nor a possessive "'s" ("the ward's" is not "the wards"); a look-behind keeps its
# apostrophes, as it must stay fixed-width.
_CONTRACTION = re.compile(r"(\w*)'(?=(t|m|ve|re|ll|d|s)\b)")
_REAL_WORDS = frozenset(["were", "well", "hell", "shell", "ill"])
_IS_BEFORE_S = frozenset("it he she who what that there here where".split())  # "'s" = "is"


def _loosen(part: str) -> str:
    def one(m: re.Match[str]) -> str:
        word, ending = m.group(1).lower(), m.group(2)
        if part[: m.start()].endswith(("(?<!", "(?<=")) or word + ending in _REAL_WORDS:
            return m.group()  # a look-behind, or "we're", which without it is "were"
        if ending == "s" and word not in _IS_BEFORE_S:
            return m.group()  # a possessive
        return m.group(1) + "'?"

    return _CONTRACTION.sub(one, part)


class CueMatch:
    """A match of a `Cue`, reporting the text as given (not its lower-cased copy)."""

    __slots__ = ("_m", "string")

    def __init__(self, m: re.Match[str], string: str) -> None:
        self._m, self.string = m, string

    def start(self, group: int | str = 0) -> int:
        return self._m.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._m.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._m.span(group)

    def group(self, *groups: int | str) -> Any:
        picked = [self._text(g) for g in groups or (0,)]
        return picked[0] if len(picked) == 1 else tuple(picked)

    def groups(self, default: str | None = None) -> tuple[str | None, ...]:
        return tuple(
            default if self._m.start(k) < 0 else self._text(k)
            for k in range(1, self._m.re.groups + 1)
        )

    def __getitem__(self, group: int | str) -> str | None:
        return self._text(group)

    def _text(self, group: int | str) -> str | None:
        s, e = self._m.span(group)
        return None if s < 0 else self.string[s:e]


class Cue:
    r"""A case-insensitive phrase pattern that matches a lower-cased copy of the text with a
    case-sensitive twin. Python's engine skips an alternative on its first letter only when
    matching is case-sensitive, so the long phrase lists run about three times faster (the
    same matches on every dev answer; see docs/benchmarks.md). Spans and groups are those of
    the text as given. A text whose lower case changes its length (a rare letter such as "İ")
    is matched by the case-insensitive pattern itself.

    A pattern that starts at a word edge also checks the character after it against those
    its alternatives can start with (`pattern_starts`): the same matches, tried at fewer
    places. `written` keeps the pattern as written, for the tests that check that. The longest
    lists are tried only where one of their openings stands (`pattern_gates`).
    """

    __slots__ = ("_folded", "_gate", "_lower", "_scanned", "flags", "pattern", "written")

    def __init__(self, pattern: str) -> None:
        self.written = _loosen(pattern)  # "id stop the session": speech written without "'"
        self.pattern = start_checked(self.written)
        self.flags = re.IGNORECASE
        self._lower = re.compile(self.pattern)
        self._folded: re.Pattern[str] | None = None
        self._gate: Gate | bool | None = False  # looked up once enough text was scanned
        self._scanned = 0

    def _ci(self) -> re.Pattern[str]:
        if self._folded is None:
            self._folded = re.compile(self.pattern, re.IGNORECASE)
        return self._folded

    @staticmethod
    def _lowered(text: str) -> str | None:
        """The text in lower case, or None where that changes its length."""
        low = text.lower()
        return low if len(low) == len(text) else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        low = self._lowered(text)
        if low is None:
            return self._ci().search(text, pos, endpos)
        m = self._lower.search(low, pos, endpos)
        return None if m is None else CueMatch(m, text)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        low = self._lowered(text)
        if low is None:
            return self._ci().match(text, pos, endpos)
        m = self._lower.match(low, pos, endpos)
        return None if m is None else CueMatch(m, text)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        low = self._lowered(text)
        if low is None:
            yield from self._ci().finditer(text, pos, endpos)
            return
        gate = self._gate
        if gate is False:
            self._scanned += len(low)
            if self._scanned >= GATE_AFTER_CHARS:
                gate = self._gate = gate_for(self.written, self._lower)
        found = gate if isinstance(gate, Gate) else self._lower
        for m in found.finditer(low, pos, endpos):
            yield CueMatch(m, text)


def rx(*parts: str) -> Cue:
    """One case-insensitive pattern from alternatives, bounded at word edges; apostrophes in
    contractions may be left out (answers are analysed with apostrophes folded to '). The
    end bound applies only after a word character: a word edge after "whatever," or a
    closing quote would need a letter next, and such a pattern could never match."""
    joined = "|".join(_loosen(p) for p in parts)
    return Cue(r"\b(?:" + joined + r")(?:(?<!\w)|(?!\w))")


def word_trie(words: str) -> str:
    """A "|"-separated list of plain words and phrases as one regular expression whose
    alternatives share their prefixes ("manage(?:r|ment)"): Python's engine tries every
    alternative of a flat list at each word edge, and a long list of nouns inside the phrase
    patterns was much of their cost. The same strings match; the longest of two that both
    match is tried first, as a greedy pattern does. Entries with regex syntax stay as given."""
    entries = words.split("|")
    plain = {w for w in entries if re.fullmatch(r"[a-z ]+", w)}
    trie = prefix_tree(plain)
    other = [w for w in entries if w not in plain]

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = sorted(
            (re.escape(ch) + emit(child) for ch, child in node.items() if ch),
            key=lambda b: (-len(b), b),
        )
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + "|".join(a for a in (emit(trie), *other) if a) + ")"
