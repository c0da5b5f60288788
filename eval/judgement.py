"""Does the overall score judge answers as a hiring manager does, with length held fixed?

Three sources, each split dev (used while building the rules) / test (held out):
- `graded_external/graded_answers.jsonl`: answers graded 1–5 with issue codes by an interview
  coach outside the team (length does not track grade there). Split alternately within each
  grade, in id order.
- `graded_external/contrastive.jsonl` and `contrastive/*.jsonl`: pairs that change one thing
  at equal length; the better answer must score higher (a tie is a miss).
- `data/answers_*.jsonl` (via eval.answers): the labelled set, reported with the partial
  correlation holding log word count fixed.
- `spoken/*.jsonl`: transcribed spoken answers and self-introductions (a third with no
  punctuation), written blind to the rules and graded by two readers; the grade is their mean.
- `typed/*.jsonl`: typed answers whose faults are subtle (polite blame, a joke at a former
  employer's expense, a wrong or unsafe method), written and graded the same way.

Every answer goes through `analyze_answer` with the question as free text, as a user's does.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

from eval.analysed import analyze_distinct
from eval.metrics import partial_spearman, prf, spearman

HERE = Path(__file__).parent
EXTERNAL = HERE / "graded_external"
CONTRASTIVE = HERE / "contrastive"
SPOKEN = HERE / "spoken"
TYPED = HERE / "typed"


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def external_graded() -> list[dict]:
    """The outside coach's graded answers, each with its split."""
    rows = sorted(_lines(EXTERNAL / "graded_answers.jsonl"), key=lambda r: r["id"])
    seen: Counter[int] = Counter()
    for r in rows:
        r["split"] = "dev" if seen[r["grade"]] % 2 == 0 else "test"
        seen[r["grade"]] += 1
    return rows


def _blind(folder: Path, reader: str) -> list[dict]:
    """A blind set, graded by the mean of its writer's and a second reader's grades (both blind
    to the rules); the split is stored with each answer."""
    second = {r["id"]: r for r in _lines(HERE / "second_reader" / reader)}
    rows = []
    for f in sorted(folder.glob("*.jsonl")):
        for r in _lines(f):
            r["grade_writer"], r["grade_reader2"] = r["grade"], second[r["id"]]["grade"]
            r["grade"] = (r["grade_writer"] + r["grade_reader2"]) / 2
            rows.append(r)
    return rows


def spoken_graded() -> list[dict]:
    """The blind spoken sets (`spoken/`)."""
    return _blind(SPOKEN, "spoken_reader2.jsonl")


def typed_graded() -> list[dict]:
    """The blind typed set of subtle answers (`typed/`)."""
    return _blind(TYPED, "typed_reader2.jsonl")


def blind_agreement(rows: list[dict]) -> dict:
    """How far a blind set's two readers agree."""
    a = [float(r["grade_writer"]) for r in rows]
    b = [float(r["grade_reader2"]) for r in rows]
    return {
        "answers": len(rows),
        "spearman": round(spearman(a, b), 3),
        "exact": round(sum(x == y for x, y in zip(a, b, strict=True)) / len(a), 3),
        "within_one": round(sum(abs(x - y) <= 1 for x, y in zip(a, b, strict=True)) / len(a), 3),
    }


def contrastive_pairs() -> list[dict]:
    """Equal-length pairs: {id, split, question, better, worse, change, source}."""
    pairs = []
    for k, r in enumerate(sorted(_lines(EXTERNAL / "contrastive.jsonl"), key=lambda r: r["id"])):
        pairs.append(
            {
                "id": r["id"],
                "split": "dev" if k % 2 == 0 else "test",
                "question": r["question"],
                "better": r["better"],
                "worse": r["worse"],
                "change": r["changed"],
                "source": "external",
            }
        )
    for f in sorted(CONTRASTIVE.glob("*.jsonl")) if CONTRASTIVE.exists() else []:
        rows = _lines(f)
        bases = {r["id"]: r for r in rows if r["kind"] == "base"}
        for r in rows:
            if r["kind"] != "rewrite" or r["base"] not in bases:
                continue
            b = bases[r["base"]]
            better, worse = (
                (r["answer"], b["answer"])
                if r["expected"] == "better"
                else (b["answer"], r["answer"])
            )
            pairs.append(
                {
                    "id": r["id"],
                    "split": b["split"],
                    "question": b["question"],
                    "better": better,
                    "worse": worse,
                    "change": r["change"],
                    "source": f.stem,
                    "speaker": b.get("speaker", "native"),
                }
            )
    return pairs


def _log_words(text: str) -> float:
    return math.log(max(len(text.split()), 1))


def graded_figures(rows: list[dict]) -> dict:
    """Spearman and partial Spearman (log word count fixed) of each score with the grade,
    and how well the judgement codes find the coach's issue codes."""
    fbs = analyze_distinct([(r["question"], r["answer"], None) for r in rows])
    grades = [float(r["grade"]) for r in rows]
    logw = [_log_words(r["answer"]) for r in rows]
    out: dict = {"answers": len(rows)}
    for name in ("overall", "delivery", "structure", "content"):
        s = [float(getattr(fb.scores, name)) for fb in fbs]
        out[name] = {
            "spearman": round(spearman(s, grades), 3),
            "partial": round(partial_spearman(s, grades, logw), 3),
        }
    out["length_only"] = round(spearman(logw, grades), 3)
    codes: dict[str, Counter] = defaultdict(Counter)
    for r, fb in zip(rows, fbs, strict=True):
        found = {j.code for j in fb.judgements}
        gold = set(r.get("issues", []))
        for c in found | gold:
            # Counts, not flags: a Counter keeps the first value it is given as is.
            codes[c].update(
                tp=int(c in found and c in gold),
                fp=int(c in found and c not in gold),
                fn=int(c in gold and c not in found),
            )
    out["codes"] = {c: prf(n["tp"], n["fp"], n["fn"]) for c, n in sorted(codes.items())}
    out["_rows"] = [
        (
            r["id"],
            r["grade"],
            fb.scores.overall,
            sorted({j.code for j in fb.judgements}),
        )
        for r, fb in zip(rows, fbs, strict=True)
    ]
    return out


def pair_figures(pairs: list[dict]) -> dict:
    """Pairwise accuracy: share of pairs where the better answer scores strictly higher."""
    flat = [(p["question"], p["better"], None) for p in pairs]
    flat += [(p["question"], p["worse"], None) for p in pairs]
    fbs = analyze_distinct(flat)
    n = len(pairs)
    by_change: dict[str, Counter] = defaultdict(Counter)
    wins = ties = 0
    misses = []
    for k, p in enumerate(pairs):
        b, w = fbs[k].scores.overall, fbs[n + k].scores.overall
        outcome = "win" if b > w else ("tie" if b == w else "loss")
        by_change[p["change"]][outcome] += 1
        wins += outcome == "win"
        ties += outcome == "tie"
        if outcome != "win":
            misses.append((p["id"], p["change"], b, w))
    return {
        "pairs": n,
        "accuracy": round(wins / n, 3) if n else float("nan"),
        "wins": wins,
        "ties": ties,
        "losses": n - wins - ties,
        "by_change": {
            c: {"pairs": sum(v.values()), "accuracy": round(v["win"] / sum(v.values()), 3)}
            for c, v in sorted(by_change.items())
        },
        "_misses": misses,
    }


def run() -> dict:
    """All judgement figures, per split."""
    graded = external_graded()
    spoken = spoken_graded()
    typed = typed_graded()
    pairs = contrastive_pairs()
    out: dict = {}
    for split in ("dev", "test"):
        here = [r for r in spoken if r["split"] == split]
        out[split] = {
            "external_graded": graded_figures([r for r in graded if r["split"] == split]),
            "spoken_graded": graded_figures(here),
            "spoken_unpunctuated": graded_figures(
                [r for r in here if r["style"] == "unpunctuated"]
            ),
            "typed_graded": graded_figures([r for r in typed if r["split"] == split]),
            "external_pairs": pair_figures(
                [p for p in pairs if p["split"] == split and p["source"] == "external"]
            ),
            "own_pairs": pair_figures(
                [p for p in pairs if p["split"] == split and p["source"] != "external"]
            )
            if any(p["source"] != "external" for p in pairs)
            else None,
        }
    return out


if __name__ == "__main__":
    res = run()
    for split in ("dev", "test"):
        g = res[split]["external_graded"]
        print(split, "graded", {k: g[k] for k in ("answers", "overall", "content", "length_only")})
        p = res[split]["external_pairs"]
        print(split, "pairs", {k: p[k] for k in ("pairs", "accuracy", "wins", "ties", "losses")})


def fairness() -> dict:
    """Scores of strong answers (grade 4–5, and the contrastive base answers, all written as
    decent answers) by speaker: native against non-native or dialect English. Tone, claim
    and ownership rules must not mark people down for how they speak."""
    meta = {r["id"]: r for r in _lines(EXTERNAL / "answer_meta.jsonl")}
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in external_graded():
        if r["grade"] >= 4:
            who = "non_native" if meta.get(r["id"], {}).get("non_native_speaker") else "native"
            groups[who].append((r["question"], r["answer"]))
    for line in (HERE / "data" / "answers_graded2.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        if r["grade"] >= 4:
            text = " ".join(s["text"] for s in r["sentences"])
            text = re.sub(r"\{[fh]:([^{}]*)\}", r"\1", text)
            who = "native" if r.get("speaker", "native") == "native" else "non_native"
            groups[who].append((r["question"], text))
    for f in sorted(CONTRASTIVE.glob("*.jsonl")):
        for r in _lines(f):
            if r["kind"] == "base":
                who = "native" if r.get("speaker", "native") == "native" else "non_native"
                groups[who].append((r["question"], r["answer"]))
    out = {}
    flagged = {"negative_tone", "generic_claim", "blame", "disparaging", "arrogance"}
    for who, items in sorted(groups.items()):
        fbs = analyze_distinct([(q, a, None) for q, a in items])
        scores = [fb.scores.overall for fb in fbs]
        wrongly = sum(1 for fb in fbs if {j.code for j in fb.judgements} & flagged)
        out[who] = {
            "answers": len(items),
            "mean_overall": round(sum(scores) / len(scores), 1),
            "tone_claim_ownership_flags": wrongly,
        }
    return out


def reader_agreement() -> dict:
    """How far a second reader, labelling blind, agrees with the first.

    Graded answers: Spearman between the two readers' grades, exact and within-one agreement.
    Contrastive pairs: share where the second reader prefers the side the first expected,
    and share they judged to differ in one respect only. For the first sets the pair ids named
    the change, so that figure is an upper bound; the fifth and sixth sets were read blind (A and
    B in a random order, nothing named).
    """
    first = {
        r["id"]: r
        for r in (
            json.loads(x)
            for x in (HERE / "data" / "answers_graded2.jsonl").read_text("utf-8").splitlines()
        )
    }
    second = _lines(HERE / "second_reader" / "graded_reader2.jsonl")
    a = [float(first[r["id"]]["grade"]) for r in second]
    b = [float(r["grade"]) for r in second]
    graded = {
        "answers": len(second),
        "spearman": round(spearman(a, b), 3),
        "exact": round(sum(x == y for x, y in zip(a, b, strict=True)) / len(a), 3),
        "within_one": round(sum(abs(x - y) <= 1 for x, y in zip(a, b, strict=True)) / len(a), 3),
    }
    expected = {}
    for f in sorted(CONTRASTIVE.glob("*.jsonl")):
        for r in _lines(f):
            if r["kind"] == "rewrite":
                expected[r["id"]] = r["expected"]
    every = _lines(HERE / "second_reader" / "pairs_reader2.jsonl")

    def agreement(pairs: list[dict]) -> dict:
        agree = sum(
            1
            for p in pairs
            if (p["reader_prefers"] == "rewrite") == (expected.get(p["id"]) == "better")
            and p["reader_prefers"] != "same"
        )
        return {
            "pairs": len(pairs),
            "agree": round(agree / len(pairs), 3) if pairs else float("nan"),
            "one_change": round(sum(bool(p["one_change"]) for p in pairs) / len(pairs), 3)
            if pairs
            else float("nan"),
        }

    # Pairs read blind (shown as A and B in random order, no change named) against those
    # whose ids named the change (an upper bound).
    return {
        "graded": graded,
        "pairs": agreement([p for p in every if not p.get("blind")]),
        "blind_pairs": agreement([p for p in every if p.get("blind")]),
    }
