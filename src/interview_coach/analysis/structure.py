"""Structure: label each sentence with a part of the question's frame (STAR for behavioural
questions), then report missing and thin parts, proportions, order and a quantified result.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.frames import FRAMES, OTHER_CUES, SCENE_PARTS, Part
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
# A story's opening sets its scene where nothing else does, if the model gives it at least
# this probability of being the situation: of 523 dev base stories, 9 were told they had no
# situation, and 4 with this.
SCENE_FLOOR = 0.25


@dataclass(frozen=True, slots=True)
class Labelled:
    start: int
    end: int
    part: str
    label: Label
    confidence: float
    probs: tuple[float, ...] = ()  # the labeller's probability of each part, then of "other"


@cache
def _any_cue(part_cues: tuple[tuple[re.Pattern[str], float], ...]) -> re.Pattern[str] | None:
    """One pattern that matches where any of the cues does: most sentences match none of a
    part's cues, and one search over the sentence rules them all out (the same scores)."""
    if not part_cues:
        return None
    return re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in part_cues))


def _cue_score(sentence: str, part_cues: tuple[tuple[re.Pattern[str], float], ...]) -> float:
    any_cue = _any_cue(part_cues)
    if any_cue is None or not any_cue.search(sentence):
        return 0.0
    return sum(w for rx, w in part_cues if rx.search(sentence))


def label_sentences(text: str, spans: Sequence[tuple[int, int]], frame: Frame) -> list[Labelled]:
    """Label each sentence span with a part of `frame` (or 'other').

    Emission scores come from the frame's trained sentence model when one ships with the
    package (`models/structure.json`, made by `eval/train_structure.py`), else from the
    hand-weighted cues alone; a Viterbi pass then picks the most plausible sequence.
    """
    parts = FRAMES[frame]
    n = len(spans)
    if n == 0:
        return []
    names = [p.name for p in parts] + [OTHER]
    sents = [text[s:e] for s, e in spans]
    model = _model(frame)
    if model is not None:
        scores = [
            model.log_probs(sentence_features(sent, i, n, frame)) for i, sent in enumerate(sents)
        ]
        path = _viterbi(scores, len(parts), model.transitions)
    else:
        scores = [_rule_scores(sent, i, n, parts) for i, sent in enumerate(sents)]
        path = _viterbi(scores, len(parts))
    if frame is Frame.DIRECT and 0 not in path:
        # A direct answer makes its point somewhere: the sentence most like one is it. (The
        # frame's model learns mostly from technical answers, and a pay answer's "somewhere
        # around thirty-three would suit me" could otherwise be all "other"; an answer that
        # misses the question is judged by relevance, not by a missing part.)
        k = max(range(n), key=lambda i: scores[i][0] - max(scores[i]))
        path = [0 if i == k else p for i, p in enumerate(path)]
    # A story starts somewhere: where no sentence sets the scene, its opening does when the
    # model finds that a fair reading ("the biggest one was when I booked a wedding party of
    # forty into the room on a christening's night…" is the mistake that opens a failure
    # story, not one of its actions).
    if frame is Frame.STAR and 0 not in path and _softmax(scores[0])[0] >= SCENE_FLOOR:
        path = [0, *path[1:]]
    out = []
    for (s, e), row, k in zip(spans, scores, path, strict=True):
        probs = tuple(round(p, 3) for p in _softmax(row))
        label = parts[k].label if k < len(parts) else Label.OTHER
        out.append(Labelled(s, e, names[k], label, probs[k], probs))
    return out


def _rule_scores(sentence: str, i: int, n: int, parts: Sequence[Part]) -> list[float]:
    sent = sentence.lower().replace("’", "'")
    pos = 0.5 if n == 1 else i / (n - 1)
    row = []
    for p in parts:
        prior = -(((pos - p.centre) / POSITION_WIDTH) ** 2) / 2
        row.append(_cue_score(sent, p.cues) + POSITION_WEIGHT * prior)
    other = OTHER_BASE + _cue_score(sent, OTHER_CUES)
    if len(sent.split()) <= 3:
        other += 0.8
    row.append(other)
    return row


_WORD = re.compile(r"[a-z0-9']+")
_PAST = re.compile(r"\b(was|were|had|did|got|went|made|took|\w+ed)\b")
_PRESENT_GENERIC = re.compile(
    r"\b(is|are|am|i'm|it's|you have to|you need to|always|usually|generally|in general|"
    r"every|important|i think|i believe)\b"
)
_REFUSAL = re.compile(
    r"\b(can't think|cannot think|don't (really )?(have|know|fail|do)|haven't (really )?"
    r"(had|done|led)|not sure|no idea|move on|pass on|next question|to be honest)\b"
)


def sentence_features(sentence: str, i: int, n: int, frame: Frame) -> dict[str, float]:
    """Features of one sentence for the trained labeller: cues, position, words, grammar."""
    sent = sentence.lower().replace("’", "'")
    toks = [t for t in _WORD.findall(sent) if t not in lx.VOCAL_FILLERS]
    f: dict[str, float] = {"bias": 1.0}
    for p in FRAMES[frame]:
        f[f"cue:{p.name}"] = _cue_score(sent, p.cues)
    f["cue:other"] = _cue_score(sent, OTHER_CUES)
    pos = 0.5 if n == 1 else i / (n - 1)
    f[f"pos:{min(int(pos * 5), 4)}"] = 1.0
    f["pos"] = pos
    if i == 0:
        f["pos:first"] = 1.0
    if i == n - 1:
        f["pos:last"] = 1.0
    if n <= 2:
        f["n:small"] = 1.0
    f["len:short"] = 1.0 if len(toks) <= 5 else 0.0
    f["len:long"] = 1.0 if len(toks) >= 30 else 0.0
    f["past"] = min(len(_PAST.findall(sent)), 3) / 3
    f["generic"] = min(len(_PRESENT_GENERIC.findall(sent)), 3) / 3
    f["refusal"] = 1.0 if _REFUSAL.search(sent) else 0.0
    f["digit"] = 1.0 if any(c.isdigit() for c in sent) or "percent" in sent else 0.0
    f["would"] = 1.0 if re.search(r"\b(would|i'd|i'll|will)\b", sent) else 0.0
    f["i"] = 1.0 if "i" in toks else 0.0
    f["we"] = 1.0 if "we" in toks else 0.0
    f["you"] = 1.0 if "you" in toks or "your" in toks else 0.0
    if toks:
        f[f"start:{toks[0]}"] = 1.0
        if len(toks) > 1:
            f[f"start2:{toks[0]}_{toks[1]}"] = 1.0
    for t in sorted(set(toks)):
        f[f"w:{t}"] = 1.0
    for a, b in sorted(set(itertools.pairwise(toks))):
        f[f"b:{a}_{b}"] = 1.0
    return f


@dataclass(frozen=True)
class SentenceModel:
    """Multinomial logistic regression over sentence features, plus label transitions."""

    labels: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    transitions: tuple[tuple[float, ...], ...]  # log-scores, rows = from, cols = to

    def log_probs(self, feats: Mapping[str, float]) -> list[float]:
        z = [0.0] * len(self.labels)
        for name, v in feats.items():
            w = self.weights.get(name)
            if w is not None and v:
                for k, wk in enumerate(w):
                    z[k] += wk * v
        m = max(z)
        lse = m + math.log(sum(math.exp(v - m) for v in z))
        return [v - lse for v in z]


@cache
def _models() -> dict[str, SentenceModel]:
    path = resources.files("interview_coach.analysis") / "models" / "structure.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        frame: SentenceModel(
            labels=tuple(m["labels"]),
            weights={k: tuple(v) for k, v in m["weights"].items()},
            transitions=tuple(tuple(r) for r in m["transitions"]),
        )
        for frame, m in data["frames"].items()
    }


def _model(frame: Frame) -> SentenceModel | None:
    model = _models().get(frame.value)
    expected = [p.name for p in FRAMES[frame]] + [OTHER]
    return model if model is not None and list(model.labels) == expected else None


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


def _viterbi(
    scores: list[list[float]],
    n_parts: int,
    transitions: Sequence[Sequence[float]] | None = None,
) -> list[int]:
    k = n_parts + 1

    def trans(a: int, b: int) -> float:
        return transitions[a][b] if transitions is not None else _transition(a, b, n_parts)

    best = list(scores[0])
    back: list[list[int]] = []
    for row in scores[1:]:
        new, ptr = [], []
        for b in range(k):
            cands = [best[a] + trans(a, b) for a in range(k)]
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
    nearest: dict[str, float]  # a missing part: the highest probability any sentence gave it


def summarise(
    labelled: Sequence[Labelled],
    word_counts: Sequence[int],
    frame: Frame,
    optional: frozenset[str] = frozenset(),
) -> StructureSummary:
    """Missing and thin parts (not those `optional` for the question), share of words per part,
    and whether parts come in order."""
    parts: tuple[Part, ...] = FRAMES[frame]
    total = max(sum(word_counts), 1)
    words_per: dict[str, int] = {p.name: 0 for p in parts}
    words_per[OTHER] = 0
    for lab, wc in zip(labelled, word_counts, strict=True):
        words_per[lab.part] += wc
    proportions = {k: round(v / total, 3) for k, v in words_per.items()}
    core = [p for p in parts if p.core and p.name not in optional]
    missing = [p.name for p in core if words_per[p.name] == 0]
    thin = [
        p.name
        for p in core
        if words_per[p.name] > 0
        and (
            words_per[p.name] < THIN_WORDS
            # Scene-setting parts need only a sentence, however long the rest: for them only
            # the word floor applies (coaches keep the situation short to leave room for the
            # action and result).
            or (words_per[p.name] / total < THIN_SHARE and p.name not in SCENE_PARTS)
        )
    ]
    order = [p.name for p in parts]
    seen = [lab.part for lab in labelled if lab.part != OTHER]
    firsts = list(dict.fromkeys(seen))
    in_order = firsts == sorted(firsts, key=order.index)
    index = {p.name: k for k, p in enumerate(parts)}
    nearest = {
        name: max((lab.probs[index[name]] for lab in labelled if lab.probs), default=0.0)
        for name in missing
    }
    return StructureSummary(missing, thin, proportions, in_order, nearest)
