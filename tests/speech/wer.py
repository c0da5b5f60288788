"""Word error rate, with the normalisation the speech tests and benchmark score by."""

from __future__ import annotations

import re
from collections.abc import Sequence

NUMBER_WORDS = dict(
    zip(
        "zero one two three four five six seven eight nine ten".split(),
        map(str, range(11)),
        strict=True,
    )
)
SYMBOLS = {"×": " times ", "=": " equals ", "%": " percent "}


def normalise(text: str) -> list[str]:
    """Lower-case words, with digits for small numbers and words for symbols."""
    text = text.lower()
    for sym, word in SYMBOLS.items():
        text = text.replace(sym, word)
    text = re.sub(r"(\d)\s*,\s*(\d{3})\b", r"\1\2", text)  # "600 ,000" -> "600000"
    return [NUMBER_WORDS.get(w, w) for w in re.findall(r"[a-z0-9']+", text)]


def word_error_rate(ref: Sequence[str], hyp: Sequence[str]) -> float:
    """Edit distance between two word lists over the reference length."""
    d = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, d[0] = d[0], i
        for j, h in enumerate(hyp, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (r != h))
    return d[len(hyp)] / len(ref)


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate of a hypothesis text against a reference text."""
    return word_error_rate(normalise(reference), normalise(hypothesis))
