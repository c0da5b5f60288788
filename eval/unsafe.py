"""Unsafe practice: how often the `unsafe` judgement fires on answers written to describe a
safeguard left out (recall) and on answers written to trap it (false alarms).

Nine sets in `unsafe/`, each written by a reader blind to the rules, with every answer labelled
by its writer's intent: sets 1, 2 and 5 were read while the rule was built (dev); sets 3, 4
and 6 were written for testing and not read (test); sets 7, 8 and 9 (dev) came later, from
three more writers told to avoid the stock phrases of a corner cut, and were first read by
the code as it stood. Figures are given per set as well. A second reader, shown only the questions
and answers, labelled every answer again (`unsafe/second_reader.jsonl`): the agreement is
reported, and the figures again on the answers both readers labelled alike. Report only: no
target is enforced.

    python -m eval.unsafe
"""

from __future__ import annotations

import json
from pathlib import Path

from eval.analysed import analyze_distinct

HERE = Path(__file__).parent / "unsafe"


def _rows() -> list[dict]:
    return [
        {**json.loads(line), "set": f.stem}
        for f in sorted(HERE.glob("blind_*.jsonl"))
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def judge(rows: list[dict]) -> dict[str, tuple[bool, int]]:
    """Each answer's (unsafe judgement given, overall score), by id."""
    fbs = analyze_distinct([(r["question"], r["answer"], None) for r in rows])
    return {
        r["id"]: (any(j.code == "unsafe" for j in fb.judgements), fb.scores.overall)
        for r, fb in zip(rows, fbs, strict=True)
    }


def evaluate(rows: list[dict], judged: dict[str, tuple[bool, int]]) -> dict:
    """Recall on the unsafe answers, false alarms on the safe ones, and mean scores, from
    `judge`'s reading of them."""
    flagged = [judged[r["id"]][0] for r in rows]
    unsafe = [f for r, f in zip(rows, flagged, strict=True) if r["unsafe"]]
    safe = [f for r, f in zip(rows, flagged, strict=True) if not r["unsafe"]]

    def mean(want: bool) -> float:
        s = [judged[r["id"]][1] for r in rows if r["unsafe"] is want]
        return round(sum(s) / len(s), 1) if s else float("nan")

    return {
        "unsafe": len(unsafe),
        "caught": sum(unsafe),
        "recall": round(sum(unsafe) / len(unsafe), 3) if unsafe else float("nan"),
        "safe": len(safe),
        "false_alarms": sum(safe),
        "false_alarm_rate": round(sum(safe) / len(safe), 3) if safe else float("nan"),
        "mean_overall_unsafe": mean(True),
        "mean_overall_safe": mean(False),
    }


def _second_reader() -> dict[str, bool]:
    path = HERE / "second_reader.jsonl"
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return {r["id"]: r["unsafe"] for r in (json.loads(x) for x in lines if x.strip())}


def agreement(rows: list[dict], second: dict[str, bool]) -> dict:
    """How often the second reader agrees with the writers, and Cohen's kappa."""
    pairs = [(r["unsafe"], second[r["id"]]) for r in rows if r["id"] in second]
    if not pairs:
        return {}
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    p_writer = sum(a for a, _ in pairs) / n
    p_second = sum(b for _, b in pairs) / n
    chance = p_writer * p_second + (1 - p_writer) * (1 - p_second)
    kappa = (observed - chance) / (1 - chance) if chance < 1 else 1.0
    return {"answers": n, "agreement": round(observed, 3), "kappa": round(kappa, 3)}


def run() -> dict:
    rows = _rows()
    second = _second_reader()
    judged = judge(rows)  # once: every figure below reads these
    out = {s: evaluate([r for r in rows if r["split"] == s], judged) for s in ("dev", "test")}
    # Each writer's set on its own: a rule that reaches only the sets it was built from shows
    # here (sets 7-9 were first read by the code as it stood, before any change for them).
    for s in ("dev", "test"):
        sets = sorted({r["set"] for r in rows if r["split"] == s})
        out[s]["by_set"] = {
            name: {k: v for k, v in evaluate([r for r in rows if r["set"] == name], judged).items()
                   if k in ("unsafe", "caught", "safe", "false_alarms")}
            for name in sets
        }  # fmt: skip
    for s in ("dev", "test"):
        split = [r for r in rows if r["split"] == s]
        out[s]["second_reader"] = agreement(split, second)
        agreed = [r for r in split if second.get(r["id"]) is r["unsafe"]]
        if second:
            out[s]["both_readers"] = evaluate(agreed, judged)
    print("Unsafe practice (blind sets, writers' intent; report only):")
    for s, m in out.items():
        print(
            f"  {s}: caught {m['caught']} of {m['unsafe']} unsafe answers "
            f"(recall {m['recall']:.2f}); false alarms {m['false_alarms']} of {m['safe']} safe "
            f"ones; mean overall {m['mean_overall_unsafe']} unsafe vs {m['mean_overall_safe']} safe"
        )
        print("    by set: " + ", ".join(
            f"{name[6:]} {v['caught']}/{v['unsafe']} (false alarms {v['false_alarms']}/{v['safe']})"
            for name, v in m["by_set"].items()
        ))  # fmt: skip
        if m.get("second_reader"):
            a, both = m["second_reader"], m["both_readers"]
            print(
                f"    second reader agrees on {a['agreement']:.0%} (kappa {a['kappa']:.2f}); "
                f"where both agree: caught {both['caught']} of {both['unsafe']}, false alarms "
                f"{both['false_alarms']} of {both['safe']}"
            )
    return out


if __name__ == "__main__":
    run()
