"""Fillers in spontaneous speech: discourse "like", "you know"/"y'know", "I mean" and
stretched hesitations, against `fillers/spontaneous.jsonl`, `spontaneous_2.jsonl`,
`spontaneous_3.jsonl` and the later sets in `SETS` (90 passages, then 60 each, written for
this project as a recogniser would print them, a third to a half with little punctuation; the
sets from the fourth to the thirteenth are dev only and the fourteenth test only; `{f:…}`
marks a filler, `{q:…}` a quotative "be like", which must not be counted). A second reader
marked the same passages blind (`second_reader/`); their agreement is reported.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from eval.metrics import prf
from interview_coach.analysis.delivery import find_fillers, prepare_words
from interview_coach.analysis.spans import SpanMaker
from interview_coach.nlp.text import tokenize

HERE = Path(__file__).parent
# Each set of passages with the second reader's blind marks of it.
SETS = (
    ("spontaneous.jsonl", "fillers_reader2.jsonl"),
    ("spontaneous_2.jsonl", "fillers2_reader2.jsonl"),
    ("spontaneous_3.jsonl", "fillers3_reader2.jsonl"),
    ("spontaneous_4.jsonl", "fillers4_reader2.jsonl"),
    ("spontaneous_6.jsonl", "fillers6_reader2.jsonl"),
    ("spontaneous_7.jsonl", "fillers7_reader2.jsonl"),
    ("spontaneous_8.jsonl", "fillers8_reader2.jsonl"),
    ("spontaneous_9.jsonl", "fillers9_reader2.jsonl"),
    ("spontaneous_10.jsonl", "fillers10_reader2.jsonl"),
    ("spontaneous_11.jsonl", "fillers11_reader2.jsonl"),
    ("spontaneous_12.jsonl", "fillers12_reader2.jsonl"),
    ("spontaneous_13.jsonl", "fillers13_reader2.jsonl"),
    ("spontaneous_14.jsonl", "fillers14_reader2.jsonl"),
    ("spontaneous_15.jsonl", "fillers15_reader2.jsonl"),
)


def _passages() -> list[dict]:
    return [
        json.loads(x)
        for name, _ in SETS
        for x in (HERE / "fillers" / name).read_text("utf-8").splitlines()
        if x.strip()
    ]


_MARK = re.compile(r"\{([fq]):([^{}]*)\}")


def parse(marked: str) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Plain text, filler spans (start, end, lower text) and quotative spans."""
    out, fillers, quotes = [], [], []
    pos = last = 0
    for m in _MARK.finditer(marked):
        plain = marked[last : m.start()]
        out.append(plain)
        pos += len(plain)
        span = (pos, pos + len(m.group(2)))
        if m.group(1) == "f":
            fillers.append((*span, m.group(2).lower()))
        else:
            quotes.append(span)
        out.append(m.group(2))
        pos += len(m.group(2))
        last = m.end()
    out.append(marked[last:])
    return "".join(out), fillers, quotes


def family(text: str) -> str:
    t = text.lower().replace("’", "'")
    if t == "like":
        return "like"
    if t in ("you know", "y'know", "ya know", "you see") or t.startswith("you know what"):
        return "you_know"  # "you know what I mean" is one tag
    if t == "i mean":
        return "i_mean"
    if t in ("basically", "literally", "actually"):
        return "discourse"
    return "vocal"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(split: str | None = None) -> dict:
    rows = _passages()
    counts: dict[str, Counter] = {f: Counter() for f in ("like", "you_know", "i_mean", "vocal")}
    counts["all"] = Counter()
    quotative_counted = quotes_total = 0
    for r in rows:
        if split and r["split"] != split:
            continue
        text, gold, quotes = parse(r["text"])
        found = find_fillers(prepare_words(tokenize(text)), SpanMaker(text))
        pred = [(m.start, m.end, family(m.text)) for m in found]
        gold_f = [(s, e, family(t)) for s, e, t in gold]
        for fam in counts:
            p = [x for x in pred if fam in ("all", x[2])]
            g = [x for x in gold_f if fam in ("all", x[2])]
            used: set[int] = set()
            tp = 0
            for a in p:
                for k, b in enumerate(g):
                    if k not in used and _overlap(a[:2], b[:2]):
                        used.add(k)
                        tp += 1
                        break
            counts[fam].update(tp=tp, fp=len(p) - tp, fn=len(g) - tp)
        quotes_total += len(quotes)
        quotative_counted += sum(1 for q in quotes if any(_overlap(q, a[:2]) for a in pred))
    out = {fam: prf(c["tp"], c["fp"], c["fn"]) for fam, c in counts.items()}
    lk = counts["like"] + counts["you_know"]
    out["like_and_you_know"] = prf(lk["tp"], lk["fp"], lk["fn"])
    out["quotatives"] = {"total": quotes_total, "counted_as_filler": quotative_counted}
    return out


def reader_agreement() -> dict:
    """Agreement between the two readers' filler marks (span overlap F1, reader 1 as gold)."""
    first = {r["id"]: r["text"] for r in _passages()}
    c: Counter = Counter()
    lines = [
        x
        for _, second in SETS
        if (HERE / "second_reader" / second).exists()
        for x in (HERE / "second_reader" / second).read_text("utf-8").splitlines()
    ]
    for x in lines:
        if not x.strip():
            continue
        r = json.loads(x)
        _, g, _ = parse(first[r["id"]])
        _, p, _ = parse(r["text"])
        gs = [(s, e) for s, e, _ in g]
        ps = [(s, e) for s, e, _ in p]
        tp = sum(1 for a in ps if any(_overlap(a, b) for b in gs))
        c.update(tp=tp, fp=len(ps) - tp, fn=len(gs) - tp)
    return prf(c["tp"], c["fp"], c["fn"])


if __name__ == "__main__":
    for split in ("dev", "test"):
        print(split, json.dumps(evaluate(split)))
    print("readers", reader_agreement())
