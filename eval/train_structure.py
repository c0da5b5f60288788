"""Train the sentence labeller (one model per answer frame) on the dev split.

    python -m eval.train_structure   # writes analysis/models/structure.json

Multinomial logistic regression with L2 over `structure.sentence_features`, and label
transition scores from the gold sequences (add-one smoothing). The L2 strength is chosen by
5-fold cross-validation over answers (not sentences) within dev. The test split is never
read here.
"""

from __future__ import annotations

import itertools
import json
import math
import random
from collections import Counter
from pathlib import Path

import numpy as np

from eval.answers import TYPE_FRAME, load
from eval.metrics import macro_f1
from interview_coach.analysis.frames import FRAMES
from interview_coach.analysis.structure import OTHER, sentence_features
from interview_coach.types import Frame

OUT = Path(__file__).parents[1] / "src/interview_coach/analysis/models/structure.json"
L2_GRID = (0.3, 1.0, 3.0)
MIN_FEATURE_COUNT = 2  # word features seen in fewer training sentences are dropped
TRANSITION_WEIGHT = 1.0


def _examples(frame: Frame) -> list[list[tuple[dict[str, float], str]]]:
    """Per answer, the (features, gold label) of each sentence."""
    answers = []
    for it in load("dev"):
        if TYPE_FRAME[it.qtype][1] != frame:
            continue
        n = len(it.sentences)
        answers.append(
            [
                (sentence_features(it.text[s:e], i, n, frame), lab)
                for i, (s, e, lab) in enumerate(it.sentences)
            ]
        )
    return answers


def _fit(
    rows: list[tuple[dict[str, float], str]], labels: list[str], l2: float
) -> dict[str, list[float]]:
    counts = Counter(k for f, _ in rows for k in f)
    names = [
        k
        for k, c in counts.items()
        if c >= MIN_FEATURE_COUNT or not k.startswith(("w:", "b:", "start"))
    ]
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, (f, _) in enumerate(rows):
        for k, v in f.items():
            if k in index:
                x[r, index[k]] = v
    y = np.zeros((len(rows), len(labels)))
    for r, (_, lab) in enumerate(rows):
        y[r, labels.index(lab)] = 1.0
    w = np.zeros((len(names), len(labels)))
    # Plain gradient descent with Adam on the L2-regularised mean cross-entropy.
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, 401):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = x.T @ (p - y) / len(rows) + l2 * w / len(rows)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return {
        k: [round(float(a), 4) for a in w[i]]
        for k, i in index.items()
        if np.abs(w[i]).max() >= 1e-3
    }


def _transitions(answers, labels: list[str]) -> list[list[float]]:
    c = np.ones((len(labels), len(labels)))
    for ans in answers:
        for (_, a), (_, b) in itertools.pairwise(ans):
            c[labels.index(a), labels.index(b)] += 1
    probs = c / c.sum(axis=1, keepdims=True)
    return [[round(TRANSITION_WEIGHT * math.log(p), 4) for p in row] for row in probs]


def _accuracy(model_w, trans, answers, labels) -> float:
    from interview_coach.analysis.structure import SentenceModel, _viterbi

    model = SentenceModel(
        tuple(labels), {k: tuple(v) for k, v in model_w.items()}, tuple(tuple(r) for r in trans)
    )
    pairs = []
    for ans in answers:
        scores = [model.log_probs(f) for f, _ in ans]
        path = _viterbi(scores, len(labels) - 1, model.transitions)
        pairs += [(g, labels[k]) for (_, g), k in zip(ans, path, strict=True)]
    return macro_f1(pairs, tuple(labels))[0]


def train_frame(frame: Frame) -> dict:
    """Cross-validate the L2 strength, then fit on all dev answers of this frame."""
    labels = [p.name for p in FRAMES[frame]] + [OTHER]
    answers = _examples(frame)
    rng = random.Random(7)
    order = list(range(len(answers)))
    rng.shuffle(order)
    folds = [order[k::5] for k in range(5)]
    best = (-1.0, L2_GRID[0])
    for l2 in L2_GRID:
        scores = []
        for fold in folds:
            held = [answers[i] for i in fold]
            train = [answers[i] for i in order if i not in fold]
            w = _fit([r for a in train for r in a], labels, l2)
            scores.append(_accuracy(w, _transitions(train, labels), held, labels))
        cv = float(np.mean(scores))
        print(f"  {frame.value:20} l2={l2:<5} cross-validated macro-F1 {cv:.3f}")
        best = max(best, (cv, l2))
    rules = _rules_macro_f1(frame, labels)
    print(f"  {frame.value:20} hand-weighted cues alone: macro-F1 {rules:.3f}")
    if best[0] <= rules:
        return {}
    w = _fit([r for a in answers for r in a], labels, best[1])
    return {
        "labels": labels,
        "l2": best[1],
        "cv_macro_f1": round(best[0], 3),
        "answers": len(answers),
        "weights": w,
        "transitions": _transitions(answers, labels),
    }


def _rules_macro_f1(frame: Frame, labels: list[str]) -> float:
    """Macro-F1 of the untrained cue rules on the same dev answers (they learn nothing)."""
    from interview_coach.analysis.structure import _rule_scores, _viterbi

    pairs = []
    parts = FRAMES[frame]
    for it in load("dev"):
        if TYPE_FRAME[it.qtype][1] != frame:
            continue
        n = len(it.sentences)
        scores = [
            _rule_scores(it.text[s:e], i, n, parts) for i, (s, e, _) in enumerate(it.sentences)
        ]
        path = _viterbi(scores, len(parts))
        pairs += [(g, labels[k]) for (_, _, g), k in zip(it.sentences, path, strict=True)]
    return macro_f1(pairs, tuple(labels))[0]


def main() -> None:
    frames = {}
    for frame in Frame:
        print(f"training {frame.value}")
        model = train_frame(frame)
        if model:
            frames[frame.value] = model
        else:
            print(f"  {frame.value}: the cue rules do better; no model kept")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps({"version": 1, "frames": frames}, separators=(",", ":")), encoding="utf-8"
    )
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
