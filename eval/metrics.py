"""Precision, recall, F1, rank correlation and agreement helpers for the evaluation scripts."""

from __future__ import annotations

from collections import Counter

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


def _ranks(v: list[float]) -> np.ndarray:
    """Ranks with ties averaged (1-based order does not matter for correlation)."""
    arr = np.asarray(v, dtype=float)
    order = arr.argsort(kind="mergesort")
    r = np.empty(len(arr))
    r[order] = np.arange(len(arr))
    for val in np.unique(arr):
        idx = arr == val
        r[idx] = r[idx].mean()
    return r


def spearman(x: list[float], y: list[float]) -> float:
    """Spearman's rank correlation (average ranks for ties); nan below 3 items."""
    if len(x) < 3:
        return float("nan")
    rx, ry = _ranks(x), _ranks(y)
    if rx.std() == 0 or ry.std() == 0:
        return float("nan")
    return float(np.corrcoef(rx, ry)[0, 1])


def auc(scores: list[float], labels: list[float]) -> float:
    """Area under the ROC curve: the chance a positive outscores a negative (ties half)."""
    y = np.asarray(labels) == 1
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if not n_pos or not n_neg:
        return float("nan")
    r = _ranks(scores)
    return float((r[y].sum() - n_pos * (n_pos - 1) / 2) / (n_pos * n_neg))


def partial_spearman(x: list[float], y: list[float], z: list[float]) -> float:
    """Spearman correlation of x and y holding z fixed (partial correlation of the ranks).

    Used with z = log word count, so a score cannot look valid by tracking answer length.
    """
    if len(x) < 4:
        return float("nan")
    rxy, rxz, ryz = spearman(x, y), spearman(x, z), spearman(y, z)
    den = ((1 - rxz**2) * (1 - ryz**2)) ** 0.5
    return float((rxy - rxz * ryz) / den) if den > 0 else float("nan")


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    """Agreement of two readers' labels beyond what their label frequencies give by chance."""
    n = len(pairs)
    agree = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[k] * second[k] for k in first) / n / n
    return (agree - chance) / (1 - chance)
