"""Phrase patterns as the cue modules write them: alternatives bounded at word edges, case-
insensitive, with a contraction's apostrophe optional."""

from __future__ import annotations

import re

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


def rx(*parts: str) -> re.Pattern[str]:
    """One case-insensitive pattern from alternatives, bounded at word edges; apostrophes in
    contractions may be left out (answers are analysed with apostrophes folded to ')."""
    joined = "|".join(_loosen(p) for p in parts)
    return re.compile(r"\b(?:" + joined + r")\b", re.IGNORECASE)
