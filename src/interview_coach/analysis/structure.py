"""Structure: label each sentence with a part of the question's frame (STAR for behavioural
questions), then report missing and thin parts, proportions, order and a quantified result.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.analysis.frames import FRAMES, OTHER_CUES, Part
from interview_coach.types import Frame, Label

OTHER = "other"
POSITION_WEIGHT = 1.2  # how much the usual place of a part counts against the cues
POSITION_WIDTH = 0.3  # spread of the position prior
OTHER_BASE = -0.6  # "other" needs a cue of its own to win
BACKWARD_PENALTY = 1.6  # going back in the frame order (e.g. result → situation)
SKIP_PENALTY = 0.25  # per part skipped going forward
OTHER_TRANSITION = 0.4  # stepping into or out of "other"
THIN_SHARE = 0.06  # a present part with under 6 % of the words is thin…
THIN_WORDS = 8  # …or under 8 words


@dataclass(frozen=True, slots=True)
class Labelled:
    start: int
    end: int
    part: str
    label: Label
    confidence: float


def _cue_score(sentence: str, part_cues: Sequence[tuple[re.Pattern[str], float]]) -> float:
    return sum(w for rx, w in part_cues if rx.search(sentence))


def label_sentences(text: str, spans: Sequence[tuple[int, int]], frame: Frame) -> list[Labelled]:
    """Label each sentence span with a part of `frame` (or 'other')."""
    parts = FRAMES[frame]
    n = len(spans)
    if n == 0:
        return []
    names = [p.name for p in parts] + [OTHER]
    scores: list[list[float]] = []
    for i, (s, e) in enumerate(spans):
        sent = text[s:e].lower().replace("’", "'")
        pos = 0.5 if n == 1 else i / (n - 1)
        row = []
        for p in parts:
            prior = -(((pos - p.centre) / POSITION_WIDTH) ** 2) / 2
            row.append(_cue_score(sent, p.cues) + POSITION_WEIGHT * prior)
        other = OTHER_BASE + _cue_score(sent, OTHER_CUES)
        if len(sent.split()) <= 3:
            other += 0.8
        row.append(other)
        scores.append(row)
    path = _viterbi(scores, len(parts))
    out = []
    for (s, e), row, k in zip(spans, scores, path, strict=True):
        conf = _softmax(row)[k]
        name = names[k]
        label = parts[k].label if k < len(parts) else Label.OTHER
        out.append(Labelled(s, e, name, label, round(conf, 3)))
    return out


def _softmax(row: Sequence[float]) -> list[float]:
    m = max(row)
    ex = [math.exp(v - m) for v in row]
    z = sum(ex)
    return [v / z for v in ex]


def _transition(a: int, b: int, n_parts: int) -> float:
    """Log-score of moving from part a to part b (index n_parts is 'other')."""
    if a == n_parts or b == n_parts:
        return 0.0 if a == b else -OTHER_TRANSITION
    if b == a:
        return 0.0
    if b > a:
        return -SKIP_PENALTY * (b - a - 1)
    return -BACKWARD_PENALTY


def _viterbi(scores: list[list[float]], n_parts: int) -> list[int]:
    k = n_parts + 1
    best = list(scores[0])
    back: list[list[int]] = []
    for row in scores[1:]:
        new, ptr = [], []
        for b in range(k):
            cands = [best[a] + _transition(a, b, n_parts) for a in range(k)]
            a_best = max(range(k), key=cands.__getitem__)
            new.append(cands[a_best] + row[b])
            ptr.append(a_best)
        best = new
        back.append(ptr)
    state = max(range(k), key=best.__getitem__)
    path = [state]
    for ptr in reversed(back):
        state = ptr[state]
        path.append(state)
    return path[::-1]


@dataclass(frozen=True, slots=True)
class StructureSummary:
    missing: list[str]
    thin: list[str]
    proportions: dict[str, float]
    in_order: bool


def summarise(
    labelled: Sequence[Labelled], word_counts: Sequence[int], frame: Frame
) -> StructureSummary:
    """Missing and thin parts, share of words per part, and whether parts come in order."""
    parts: tuple[Part, ...] = FRAMES[frame]
    total = max(sum(word_counts), 1)
    words_per: dict[str, int] = {p.name: 0 for p in parts}
    words_per[OTHER] = 0
    for lab, wc in zip(labelled, word_counts, strict=True):
        words_per[lab.part] += wc
    proportions = {k: round(v / total, 3) for k, v in words_per.items()}
    missing = [p.name for p in parts if p.core and words_per[p.name] == 0]
    thin = [
        p.name
        for p in parts
        if p.core
        and words_per[p.name] > 0
        and (words_per[p.name] < THIN_WORDS or words_per[p.name] / total < THIN_SHARE)
    ]
    order = [p.name for p in parts]
    seen = [lab.part for lab in labelled if lab.part != OTHER]
    firsts = list(dict.fromkeys(seen))
    in_order = firsts == sorted(firsts, key=order.index)
    return StructureSummary(missing, thin, proportions, in_order)
