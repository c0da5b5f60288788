"""Pay answers (eval/salary/answers.jsonl): precision and recall of the three salary codes,
per split, as `analyze` finds them in an interview answer, and of current pay as the
negotiation reads it from the same words. A second reader labelled the set blind
(eval/second_reader/salary_reader2.jsonl); their agreement with the writer is printed.

`no_range` counts only in its full form (no figure and no reason to wait), the form the
labels describe; a figure given with nothing behind it is flagged under the same code with
its own title and is not labelled here.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from eval.metrics import prf, spearman
from interview_coach.analysis.registry import NO_REASON_TITLE

DATA = Path(__file__).parent / "salary" / "answers.jsonl"
READER2 = Path(__file__).parent / "second_reader" / "salary_reader2.jsonl"
CODES = ("disclosed_current_salary", "offered_less", "no_range")
TARGET = 0.90  # precision and recall per code on the held-out split (report only)
NEAR = 50_000.0  # a bare "forty-two" in a pay talk is read against a yearly figure this size


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def evaluate() -> dict:
    from interview_coach.negotiation.tactics import current_pay_figures
    from interview_coach.questions.answering import analyze_batch

    rows = _lines(DATA)
    fbs = analyze_batch([(r["question"], r["answer"], None) for r in rows])
    out: dict = {}
    for split in ("dev", "test"):
        counts: Counter = Counter()
        grades, overall = [], []
        for r, fb in zip(rows, fbs, strict=True):
            if r["split"] != split:
                continue
            found = {
                j.code for j in fb.judgements if j.code in CODES and j.title != NO_REASON_TITLE
            }
            found_neg = bool(current_pay_figures(r["answer"], NEAR))
            gold = set(r["issues"])
            for code in CODES:
                counts[code, "tp"] += code in found and code in gold
                counts[code, "fp"] += code in found and code not in gold
                counts[code, "fn"] += code in gold and code not in found
            disclosed = "disclosed_current_salary" in gold
            counts["negotiation", "tp"] += found_neg and disclosed
            counts["negotiation", "fp"] += found_neg and not disclosed
            counts["negotiation", "fn"] += disclosed and not found_neg
            grades.append(float(r["grade"]))
            overall.append(float(fb.scores.overall))
        out[split] = {
            "answers": len(grades),
            "codes": {
                c: prf(counts[c, "tp"], counts[c, "fp"], counts[c, "fn"])
                for c in (*CODES, "negotiation")
            },
            "spearman_overall_grade": round(spearman(overall, grades), 3) if grades else None,
        }
    return out


def reader_agreement() -> dict | None:
    """Per code, the share of answers where the second reader's label matches the writer's."""
    first = {r["id"]: r for r in _lines(DATA)}
    second = _lines(READER2)
    if not second:
        return None
    both = [(first[r["id"]], r) for r in second if r["id"] in first]
    agree = {
        c: round(sum((c in a["issues"]) == (c in b["issues"]) for a, b in both) / len(both), 3)
        for c in CODES
    }
    grades = spearman([float(a["grade"]) for a, _ in both], [float(b["grade"]) for _, b in both])
    return {"answers": len(both), "agree": agree, "grade_spearman": round(grades, 3)}


def run() -> dict:
    res = evaluate()
    n = {s: res[s]["answers"] for s in ("dev", "test")}
    print(f"Pay answers — {n['dev']} dev and {n['test']} test answers to pay questions")
    print(f"{'code':30} {'dev P':>6} {'dev R':>6} {'test P':>7} {'test R':>7}  target {TARGET}")
    label = {"negotiation": "current pay, negotiation reader"}
    for code in (*CODES, "negotiation"):
        d, t = res["dev"]["codes"][code], res["test"]["codes"][code]
        ok = t["precision"] >= TARGET and t["recall"] >= TARGET
        print(
            f"{label.get(code, code):30} {d['precision']:>6.2f} {d['recall']:>6.2f} "
            f"{t['precision']:>7.2f} {t['recall']:>7.2f}  {'ok' if ok else 'below (report only)'}"
        )
    print(
        f"  overall score vs grade, Spearman: dev {res['dev']['spearman_overall_grade']}, "
        f"test {res['test']['spearman_overall_grade']}"
    )
    agreement = reader_agreement()
    if agreement:
        a = agreement["agree"]
        print(
            f"  second reader, blind ({agreement['answers']} answers): same label "
            + ", ".join(f"{c} {v:.2f}" for c, v in a.items())
            + f"; grades Spearman {agreement['grade_spearman']}"
        )
    res["second_reader"] = agreement
    return res
