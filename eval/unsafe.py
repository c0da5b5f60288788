"""Unsafe practice: how often the `unsafe` judgement fires on answers written to describe a
safeguard left out (recall) and on answers written to trap it (false alarms).

Three sets in `unsafe/`, each written by a reader blind to the rules, with every answer
labelled by its writer's intent: sets 1 and 2 were read while the rule was built (dev); set 3
was written and read once after (test). Report only: no target is enforced.

    python -m eval.unsafe
"""

from __future__ import annotations

import json
from pathlib import Path

from interview_coach.questions.answering import analyze_batch

HERE = Path(__file__).parent / "unsafe"


def _rows() -> list[dict]:
    return [
        json.loads(line)
        for f in sorted(HERE.glob("*.jsonl"))
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def evaluate(rows: list[dict]) -> dict:
    """Recall on the unsafe answers, false alarms on the safe ones, and mean scores."""
    fbs = analyze_batch([(r["question"], r["answer"], None) for r in rows])
    flagged = [any(j.code == "unsafe" for j in fb.judgements) for fb in fbs]
    unsafe = [f for r, f in zip(rows, flagged, strict=True) if r["unsafe"]]
    safe = [f for r, f in zip(rows, flagged, strict=True) if not r["unsafe"]]

    def mean(want: bool) -> float:
        s = [fb.scores.overall for r, fb in zip(rows, fbs, strict=True) if r["unsafe"] is want]
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


def run() -> dict:
    rows = _rows()
    out = {s: evaluate([r for r in rows if r["split"] == s]) for s in ("dev", "test")}
    print("Unsafe practice (blind sets, writers' intent; report only):")
    for s, m in out.items():
        print(
            f"  {s}: caught {m['caught']} of {m['unsafe']} unsafe answers "
            f"(recall {m['recall']:.2f}); false alarms {m['false_alarms']} of {m['safe']} safe "
            f"ones; mean overall {m['mean_overall_unsafe']} unsafe vs {m['mean_overall_safe']} safe"
        )
    return out


if __name__ == "__main__":
    run()
