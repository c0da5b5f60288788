"""`make eval`: accuracy of the feedback against human labels.

Every figure is reported for the dev split (used while building the rules) and the held-out
test split. Two kinds of bar:
- FLOORS fail the run (exit 1) when a test figure falls below them: they guard what the
  engine already achieves against regressions.
- TARGETS are what the product aims for; a test figure below its target is printed as
  "below target" without failing the run, so the gap stays visible.
Job descriptions and résumés are read as a recruiter would (`eval/documents.py`: title,
employer, family, requirement kind, match status, skills, salary).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from eval.answers import evaluate, load, reader_agreement
from eval.disfluency import evaluate_disfluency

TARGETS = {
    "filler_f1": 0.95,
    "star_macro_f1": 0.85,
    "partial_spearman": 0.50,
}
JD_TARGET = 0.80
# Judgement figures on the held-out split: (floor that fails the run, target).
JUDGEMENT_BARS = {
    "pairwise accuracy, own contrastive pairs": (0.70, 0.95),
    "pairwise accuracy, outside coach's pairs": (0.65, 0.95),
    "partial Spearman, outside coach's grades": (0.50, 0.50),
    "partial Spearman, blind spoken set": (0.50, 0.50),
    "like / you know recall (precision ≥ 0.95)": (0.70, 0.90),
}


def _row(name: str, dev: float, test: float, target: float | None) -> str:
    ok = "" if target is None else ("ok" if test >= target else "BELOW TARGET")
    tgt = "" if target is None else f"≥ {target:.2f}"
    return f"{name:34} {dev:>7.3f} {test:>7.3f}  {tgt:>7} {ok}"


def main() -> int:
    t0 = time.perf_counter()
    dev, test = evaluate(load("dev")), evaluate(load("test"))
    dev.pop("_scores")
    test.pop("_scores")
    print(
        f"Answer analysis — {dev['answers']} dev answers (tuning), "
        f"{test['answers']} test answers (held out)"
    )
    print(f"{'metric':34} {'dev':>7} {'test':>7}  {'target':>7}")
    rows = [
        ("filler precision", dev["fillers"]["precision"], test["fillers"]["precision"], None),
        ("filler recall", dev["fillers"]["recall"], test["fillers"]["recall"], None),
        ("filler F1", dev["fillers"]["f1"], test["fillers"]["f1"], TARGETS["filler_f1"]),
        ("hedge F1", dev["hedges"]["f1"], test["hedges"]["f1"], None),
        (
            "STAR sentence macro-F1 *",
            dev["star_macro_f1"],
            test["star_macro_f1"],
            TARGETS["star_macro_f1"],
        ),
        (
            "Spearman(overall score, grade)",
            dev["spearman_overall_vs_grade"],
            test["spearman_overall_vs_grade"],
            None,
        ),
        (
            "  partial, log word count fixed",
            dev["partial_spearman_overall_vs_grade"],
            test["partial_spearman_overall_vs_grade"],
            TARGETS["partial_spearman"],
        ),
        (
            "  (log word count alone)",
            dev["spearman_log_words_vs_grade"],
            test["spearman_log_words_vs_grade"],
            None,
        ),
    ]
    for name, d, t, target in rows:
        print(_row(name, d, t, target))
    for lab, m in test["star_per_label"].items():
        print(
            _row(
                f"  STAR F1: {lab}", dev["star_per_label"].get(lab, {}).get("f1", 0), m["f1"], None
            )
        )
    for frame, m in test["frames"].items():
        d = dev["frames"].get(frame, {}).get("macro_f1", 0.0)
        print(_row(f"  frame parts macro-F1: {frame}", d, m["macro_f1"], None))
    print("* the sentence model is trained on dev; its dev figure is a training-set figure.")
    readers = reader_agreement()
    print(
        "  second reader, blind, on the same sentence parts: "
        + ", ".join(
            f"{q} {r['agreement']:.3f} (kappa {r['kappa']:.2f}, {r['sentences']})"
            for q, r in readers.items()
        )
    )

    dis = evaluate_disfluency()
    print()
    print(f"Self-corrections on Disfl-QA ({dis['questions']} question pairs, CC BY 4.0):")
    print(
        f"  detected in disfluent questions: {dis['recall']:.3f}   "
        f"false alarms on the fluent originals: {dis['false_alarm_rate']:.3f}   "
        f"precision {dis['precision']:.3f}"
    )

    failures = [name for name, _, t, target in rows if target is not None and t < target]
    judged = _judgements()
    failures += judged.pop("_failures")
    jd = _jd()
    if jd is not None:
        for key in ("precision", "recall"):
            for split in ("dev", "test"):
                if jd[split]["combined"][key] < JD_TARGET:
                    failures.append(f"job-description skill {key} ({split})")
    documents = _documents()
    if documents is not None:
        failures.extend(documents["failures"])
    print()
    from eval import market

    market_figures = market.run()
    print()
    from eval import negotiation

    negotiation_figures = negotiation.run()
    print()
    from eval import salary

    salary_figures = salary.run()
    print()
    from eval import unsafe

    unsafe_figures = unsafe.run()
    report = {
        "dev": dev,
        "test": test,
        "sentence_parts_second_reader": readers,
        "disfluency": dis,
        "judgements": judged,
        "job_descriptions": jd,
        "documents": documents,
        "market": market_figures,
        "negotiation": negotiation_figures,
        "salary_answers": salary_figures,
        "unsafe_practice": unsafe_figures,
    }
    out = Path("test-artifacts")
    out.mkdir(exist_ok=True)
    (out / "eval.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"\nFull figures in test-artifacts/eval.json ({time.perf_counter() - t0:.0f} s)")
    if failures:
        print("Below target: " + ", ".join(failures))
        return 1
    below = documents["report_only"] if documents else []
    if below:
        print("Report-only targets below (see docs/documents.md): " + ", ".join(below))
    print("All enforced targets met." if below else "All targets met.")
    return 0


def _judgements() -> dict:
    """Judgement of answers against outside grades, contrastive pairs and filler labels."""
    from eval import fillers, judgement

    res = judgement.run()
    fill = {split: fillers.evaluate(split) for split in ("dev", "test")}
    lk = {s: fill[s]["like_and_you_know"] for s in fill}
    figures = {
        "pairwise accuracy, own contrastive pairs": {
            s: res[s]["own_pairs"]["accuracy"] for s in ("dev", "test")
        },
        "pairwise accuracy, outside coach's pairs": {
            s: res[s]["external_pairs"]["accuracy"] for s in ("dev", "test")
        },
        "partial Spearman, outside coach's grades": {
            s: res[s]["external_graded"]["overall"]["partial"] for s in ("dev", "test")
        },
        "partial Spearman, blind spoken set": {
            s: res[s]["spoken_graded"]["overall"]["partial"] for s in ("dev", "test")
        },
        "like / you know recall (precision ≥ 0.95)": {
            s: lk[s]["recall"] if lk[s]["precision"] >= 0.95 else 0.0 for s in ("dev", "test")
        },
    }
    print()
    print("Judgement — held-out figures that length cannot pass (see docs/scoring.md)")
    print(f"{'metric':44} {'dev':>6} {'test':>6} {'floor':>6} {'target':>6}")
    failures = []
    for name, (floor, target) in JUDGEMENT_BARS.items():
        d, t = figures[name]["dev"], figures[name]["test"]
        note = "BELOW FLOOR" if t < floor else ("below target" if t < target else "ok")
        print(f"{name:44} {d:>6.3f} {t:>6.3f} {floor:>6.2f} {target:>6.2f}  {note}")
        if t < floor:
            failures.append(name)
    for s in ("dev", "test"):
        g = res[s]["external_graded"]
        print(
            f"  outside coach's grades ({s}, {g['answers']} answers): Spearman "
            f"{g['overall']['spearman']:.3f}, partial {g['overall']['partial']:.3f}, "
            f"log word count alone {g['length_only']:.3f}"
        )
    for s in ("dev", "test"):
        g, u = res[s]["spoken_graded"], res[s]["spoken_unpunctuated"]
        print(
            f"  blind spoken set ({s}, {g['answers']} answers): Spearman "
            f"{g['overall']['spearman']:.3f}, partial {g['overall']['partial']:.3f}, log word "
            f"count alone {g['length_only']:.3f}; the {u['answers']} without punctuation: "
            f"Spearman {u['overall']['spearman']:.3f}"
        )
    for s in ("dev", "test"):
        g = res[s]["typed_graded"]
        print(
            f"  blind typed set, subtle faults ({s}, {g['answers']} answers): Spearman "
            f"{g['overall']['spearman']:.3f}, partial {g['overall']['partial']:.3f} (report only)"
        )
    for s in ("dev", "test"):
        by = res[s]["own_pairs"]["by_change"]
        print(
            f"  own pairs by change ({s}): "
            + ", ".join(f"{c} {v['accuracy']:.2f}" for c, v in by.items())
        )
    for s in ("dev", "test"):
        pooled = _pooled_codes(res[s])
        res[s]["codes_pooled"] = pooled
        print(
            f"  issue codes against the graders' (coach, spoken and typed sets pooled, {s}; "
            "precision/recall): "
            + ", ".join(f"{c} {v['precision']:.2f}/{v['recall']:.2f}" for c, v in pooled.items())
        )
    print(
        f"  fillers in spontaneous speech (test): like/you know P {lk['test']['precision']:.3f} "
        f"R {lk['test']['recall']:.3f}; all fillers F1 {fill['test']['all']['f1']:.3f}; "
        f"quotatives counted {fill['test']['quotatives']['counted_as_filler']} of "
        f"{fill['test']['quotatives']['total']}"
    )
    print(
        f"  second reader's filler marks vs the first (F1): {fillers.reader_agreement()['f1']:.3f}"
    )
    agree = judgement.reader_agreement()
    g, pr = agree["graded"], agree["pairs"]
    print(
        f"  second reader, blind: grades Spearman {g['spearman']:.3f} (exact {g['exact']:.2f}, "
        f"within one {g['within_one']:.2f}, {g['answers']} answers); pairs agree {pr['agree']:.2f}"
        f" (upper bound: ids named the change), one change only {pr['one_change']:.2f}"
    )
    sp = judgement.blind_agreement(judgement.spoken_graded())
    ty = judgement.blind_agreement(judgement.typed_graded())
    for name, ag in (("spoken", sp), ("typed", ty)):
        print(
            f"  {name} set, two readers blind to the rules: Spearman {ag['spearman']:.3f} (exact "
            f"{ag['exact']:.2f}, within one {ag['within_one']:.2f}, {ag['answers']} answers)"
        )
    bl = agree["blind_pairs"]
    print(
        f"  second reader, pairs shown blind as A/B ({bl['pairs']} pairs): agree {bl['agree']:.2f},"
        f" one change only {bl['one_change']:.2f}"
    )
    fair = judgement.fairness()
    print(
        "  strong answers by speaker (mean overall; tone/claim/ownership flags): "
        + ", ".join(
            f"{who} {v['mean_overall']:.1f} over {v['answers']} ({v['tone_claim_ownership_flags']})"
            for who, v in fair.items()
        )
    )
    for s in ("dev", "test"):
        for key in ("external_pairs", "own_pairs"):
            res[s][key].pop("_misses", None)
        for key in ("external_graded", "spoken_graded", "spoken_unpunctuated", "typed_graded"):
            res[s][key].pop("_rows", None)
    return {
        **res,
        "fillers": fill,
        "fairness": fair,
        "second_reader": agree,
        "spoken_readers": sp,
        "typed_readers": ty,
        "_failures": failures,
    }


def _pooled_codes(split: dict) -> dict:
    """Each judgement code's precision and recall against the graders' issue codes, counts
    summed over the three graded sets."""
    from eval.metrics import prf

    n: dict[str, Counter] = defaultdict(Counter)
    for key in ("external_graded", "spoken_graded", "typed_graded"):
        for code, v in split[key]["codes"].items():
            n[code].update(tp=int(v["tp"]), fp=int(v["fp"]), fn=int(v["fn"]))
    return {c: prf(v["tp"], v["fp"], v["fn"]) for c, v in sorted(n.items())}


def _jd() -> dict | None:
    try:
        from eval import jd_extraction
    except ImportError:
        return None
    print()
    return jd_extraction.run()


def _documents() -> dict | None:
    from eval import documents

    print()
    return documents.run()


if __name__ == "__main__":
    sys.exit(main())
