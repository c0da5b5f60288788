"""Train the closing probes: does a sentence tell what came of the work, or only more of it?

    python -m eval.train_result   # writes analysis/models/result_probe.json

The phrase patterns of `analysis/outcome_cues.py` miss results said in a trade's own words
("the line was working good", "the QC came back to the mean", "they renewed in the spring").
The contrastive pairs that remove a result (`change == "no_result"`) give the hardest
examples there are: each better answer's sentences that its rewrite dropped tell the result,
and none of the rewrite's sentences does (its own, on the same subject at the same length,
and the steps and lesson it shares with the better answer). A logistic
regression over the sentence-embedding model's vectors is fitted to those sentences of the
**dev** pairs only; the L2 strength is chosen by leaving one writer's set out at a time. The
test pairs are never read here; `eval.judgement` reports them.

A second probe is fitted the other way round: the rewrite's own sentences (the setting told in
place of the result: what the kit was, how big the team, when it started) against every
sentence of the better answer. Its figures count as a scene's do (`scoring.SCENE_SPECIFIC_SHARE`).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from eval.judgement import contrastive_pairs
from eval.metrics import auc
from interview_coach.nlp.embeddings import get_embedder
from interview_coach.nlp.text import split_sentences

OUT = Path(__file__).parents[1] / "src/interview_coach/analysis/models/result_probe.json"
L2_GRID = (0.3, 1.0, 3.0, 10.0)
STEPS = 600


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def examples(split: str, probe: str = "result") -> list[tuple[str, int, str]]:
    """(sentence, 1 if it is what `probe` looks for, the writer's set) from the no-result
    pairs: a result (`result`) or setting told in its place (`detail`)."""
    rows = []
    for p in contrastive_pairs():
        if p["change"] != "no_result" or p["source"] == "external" or p["split"] != split:
            continue
        better, worse = _sentences(p["better"]), _sentences(p["worse"])
        writer = p["source"]
        if probe == "result":
            rows += [(s, 1, writer) for s in better if s not in worse]
            # The rewrite has no result at all: every one of its sentences is a negative, the
            # lesson and the steps it shares with the better answer included.
            rows += [(s, 0, writer) for s in worse]
        else:
            rows += [(s, 1, writer) for s in worse if s not in better]
            rows += [(s, 0, writer) for s in better]
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Weights then bias of an L2-regularised logistic regression (gradient descent, Adam)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, STEPS + 1):
        p = 1 / (1 + np.exp(-(xb @ w)))
        g = xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0.0] / len(y)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return w


def _prob(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w[:-1] + w[-1])))


def train(probe: str) -> dict:
    """One probe's weights, with the L2 strength its writer-out AUC chose."""
    rows = examples("dev", probe)
    x = np.asarray(get_embedder().encode([r[0] for r in rows]), dtype=np.float64)
    y = np.array([r[1] for r in rows], dtype=np.float64)
    writers = np.array([r[2] for r in rows])
    best = None
    for l2 in L2_GRID:
        scores = np.zeros(len(y))
        for wr in sorted(set(writers)):
            held = writers == wr
            scores[held] = _prob(fit(x[~held], y[~held], l2), x[held])
        a = auc(scores.tolist(), y.tolist())
        print(f"{probe} L2 {l2}: leave-one-writer-out AUC {a:.3f}")
        if best is None or a > best[1]:
            best = (l2, a)
    assert best is not None
    w = fit(x, y, best[0])
    return {
        "sentences": len(rows),
        "l2": best[0],
        "leave_one_writer_out_auc": round(best[1], 3),
        "bias": round(float(w[-1]), 5),
        "weights": [round(float(a), 5) for a in w[:-1]],
    }


def main() -> None:
    model = {
        "about": "logistic regressions over sentence vectors: does a closing sentence tell a "
        "result, or the setting in its place? Trained by eval/train_result.py on the dev "
        "no-result pairs",
        "result": train("result"),
        "detail": train("detail"),
    }
    OUT.write_text(json.dumps(model) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
