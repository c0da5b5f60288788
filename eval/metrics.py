"""Precision, recall and F1 helpers shared by the evaluation scripts."""

from __future__ import annotations

import numpy as np


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def macro_f1(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> tuple[float, dict]:
    """Macro-F1 over the labels present in gold, with per-label figures."""
    per = {}
    present = [lab for lab in labels if any(g == lab for g, _ in pairs)]
    for lab in present:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        per[lab] = prf(tp, fp, fn)
    return round(float(np.mean([per[lab]["f1"] for lab in present])), 3), per
