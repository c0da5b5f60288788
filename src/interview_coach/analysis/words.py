"""Words with the punctuation around them: what the delivery and filler finders read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.analysis import lexicon as lx
from interview_coach.nlp.text import Token
from interview_coach.types import Mark

# Punctuation that ends a sentence (a new one starts after it) …
SENTENCE_PUNCT = frozenset(".!?…;:")
# … and punctuation a speaker pauses at, which sets a filler off from the words around it.
PAUSE_PUNCT = frozenset(',—–-…;:.!?()"')


@dataclass(frozen=True, slots=True)
class Word:
    """A word token with the punctuation around it (commas matter for fillers)."""

    tok: Token
    lower: str
    punct_before: str  # punctuation between the previous word and this one ("" if none)
    punct_after: str
    sentence_start: bool


def prepare_words(tokens: Sequence[Token]) -> list[Word]:
    """Word tokens annotated with the punctuation around them (used by the finders)."""
    out: list[Word] = []
    pending = ""
    for i, t in enumerate(tokens):
        if not t.is_word:
            pending += t.text
            continue
        after = ""
        j = i + 1
        while j < len(tokens) and not tokens[j].is_word:
            after += tokens[j].text
            j += 1
        start = not out or any(c in SENTENCE_PUNCT for c in pending)
        out.append(Word(t, t.lower, pending, after, start))
        pending = ""
    return out


def word_at(ws: list[Word], i: int) -> str:
    """The lower-case word at i, or "" outside the answer."""
    return ws[i].lower if 0 <= i < len(ws) else ""


def index_phrases(
    phrases: Sequence[tuple[str, ...]],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, in their original order (first match wins)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        index.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in index.items()}


def phrase_at(ws: list[Word], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words from i spell `phrase`, with no punctuation inside it."""
    if i + len(phrase) > len(ws):
        return False
    for k, p in enumerate(phrase):
        if ws[i + k].lower != p:
            return False
        if k and ws[i + k].punct_before:  # a phrase is not split by punctuation
            return False
    return True


def pausey(s: str) -> bool:
    """Whether punctuation marks a pause (a comma, a dash, a stop…)."""
    return any(c in PAUSE_PUNCT for c in s)


def without_fillers(text: str, fillers: Sequence[Mark]) -> tuple[str, list[int]]:
    """The text with filler words (and the commas around them) removed, and for each of its
    characters the offset it came from, so a phrase split by "um," still matches and is
    quoted from the original."""
    keep = [True] * len(text)
    for m in fillers:
        s, e = m.start, m.end
        while s > 0 and text[s - 1] in " ,":
            s -= 1
        if e < len(text) and text[e] == ",":
            e += 1
        for i in range(s, e):
            keep[i] = False
    back = [i for i in range(len(text)) if keep[i]]
    clean = "".join(text[i] for i in back)
    back.append(len(text))
    return clean, back


# Stretched hesitations as transcripts spell them: "ummm", "uhhh", "uhmm", "hmmm", "errr".
_STRETCHED = re.compile(r"^(?:u+h*m+|u+h+|e+r+m*|a+h+|h+m+|m{2,}|e+h+m*)$")
_CANONICAL = {"u": "um", "e": "er", "a": "ah", "h": "hmm", "m": "mm"}


def vocal_filler(low: str) -> str | None:
    """The hesitation a token spells ("ummm" → "um", "uhh" → "uh"), or None."""
    if low in lx.VOCAL_FILLERS:
        return low
    if not _STRETCHED.match(low):
        return None
    if low[0] == "u":
        return "uh" if "m" not in low else "um"
    return _CANONICAL[low[0]]
