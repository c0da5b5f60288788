"""How an answer closes: a result said in the speaker's own words ("the line was working
good", "the QC came back to the mean", "they renewed in the spring"), or the setting told in
its place ("the machines are from an Italian company, about twelve years old").

Two linear probes over each closing sentence's vector (`models/result_probe.json`, trained
by `eval/train_result.py` on the dev pairs that remove a result and nothing else). The phrase
patterns (`outcome_cues.py`) are read first; the probes read a close only where they find no
result in it, which spares most answers the model call."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

# A closing sentence tells a result at this probability. With one writer's pairs left out
# at a time, 49 % of the dev answers' results reached it and 5 % of the result-less
# rewrites' closes did.
RESULT_PROBE_MIN = 0.5
# A closing sentence tells only the setting at this probability: 41 % of the sentences the
# rewrites put in a result's place reached it, and 6 % of the better answers' sentences.
DETAIL_PROBE_MIN = 0.4
# At most this many closing sentences are read: a result is told at the end, and each is one
# more text for the embedding model.
CLOSING_SENTENCES = 3
# Sentences shorter than this say too little for the probes ("Yeah.", "So that was it.").
MIN_SENTENCE_WORDS = 5


# A sentence that opens at the starting point tells where things stood before the work ("When
# I joined, the redelivery rate was about nine percent"), however much it reads like a result.
_STARTING_POINT = re.compile(
    r"^\W*(?:(?:so|and|but|well|now),?\s+)?(?:when (?:i|we) (?:first )?(?:joined|started|took "
    r"over|arrived|came in|got there)|at the (?:time|start|beginning|outset)|before (?:that|then|"
    r"i|we)\b|back then|originally|at first|in the beginning|to begin with|until then)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Closing:
    results: list[tuple[int, int]]  # sentences read as a result
    details: list[tuple[int, int]]  # sentences read as the setting only


@cache
def _probes() -> dict[str, tuple[np.ndarray, float]]:
    path = resources.files("interview_coach.analysis") / "models" / "result_probe.json"
    model = json.loads(path.read_text(encoding="utf-8"))
    return {
        name: (np.asarray(model[name]["weights"], dtype=np.float32), float(model[name]["bias"]))
        for name in ("result", "detail")
    }


def closing_sentences(
    text: str, sentences: Sequence[tuple[int, int]], close: int
) -> list[tuple[int, int]]:
    """The last sentences that start in the answer's close and are long enough to read."""
    found = [
        (s, e) for s, e in sentences if s >= close and len(text[s:e].split()) >= MIN_SENTENCE_WORDS
    ]
    return found[-CLOSING_SENTENCES:]


def read_closing(
    text: str,
    sentences: Sequence[tuple[int, int]],
    close: int,
    embed: Callable[[list[str]], np.ndarray],
    want_results: bool = True,
    figures: Sequence[int] = (),
) -> Closing:
    """The closing sentences each probe reads as its kind, where no pattern found a result
    in the close (`want_results`): a close with a named result is not read at all, which
    spares most answers the model call. The setting counts only in sentences holding one of
    the `figures` (specifics' start offsets), since only their figures' weight depends on
    it."""
    if not want_results:
        return Closing([], [])
    spans = closing_sentences(text, sentences, close)
    if not spans:
        return Closing([], [])
    vecs = embed([text[s:e] for s, e in spans])
    found = {}
    for name, (w, b) in _probes().items():
        found[name] = 1 / (1 + np.exp(-(vecs @ w + b)))
    return Closing(
        results=[
            (s, e)
            for (s, e), p in zip(spans, found["result"], strict=True)
            if p >= RESULT_PROBE_MIN and not _STARTING_POINT.match(text[s:e])
        ],
        details=[
            (s, e)
            for (s, e), p in zip(spans, found["detail"], strict=True)
            if p >= DETAIL_PROBE_MIN and any(s <= f < e for f in figures)
        ],
    )
