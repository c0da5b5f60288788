"""Market pay look-ups against labelled titles and places (eval/market/, written for this
project): how often a job title finds an acceptable occupation, and a place its area.

A title counts as right when the occupation found is the label's or one of its accepted
alternatives; "no occupation" counts as wrong. The same for places ("none" is the label for
a place outside the United States).
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

DATA = Path(__file__).parent / "market"
# Figures reported beside these targets; below one is printed, not failed.
TARGETS = {"title": 0.90, "place": 0.90}  # the bars


def _load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text("utf-8").splitlines() if line]


def scratch_market():  # type: ignore[no-untyped-def]
    """The wage survey unpacked into a temporary folder that is removed when the run ends
    (about 50 MB: left behind, every `make eval` would add another)."""
    import atexit
    import shutil

    from interview_coach.negotiation.market import open_market

    folder = Path(tempfile.mkdtemp(prefix="coach-market-"))
    atexit.register(shutil.rmtree, folder, True)
    return open_market(folder)


def evaluate(home: Path | None = None) -> dict:
    from interview_coach.negotiation.market import open_market

    market = open_market(home) if home else scratch_market()
    out: dict = {}
    for split in ("dev", "test"):
        titles = [r for r in _load("titles.jsonl") if r["split"] == split]
        places = [r for r in _load("locations.jsonl") if r["split"] == split]
        hits, how, misses = 0, Counter(), []
        for r in titles:
            found = market.occupation(r["title"])
            ok = found is not None and found.code in {r["soc"], *r.get("also", [])}
            hits += ok
            how[(found.how if found else "none", ok)] += 1
            if not ok:
                misses.append((r["title"], r["soc"], found.code if found else None))
        place_hits, place_misses = 0, []
        for r in places:
            area = market.area(r["location"])
            got = area.code if area is not None else "none"
            ok = got in {r["area"], *r.get("also", [])}
            place_hits += ok
            if not ok:
                place_misses.append((r["location"], r["area"], got))
        out[split] = {
            "titles": len(titles),
            "title_accuracy": round(hits / len(titles), 3),
            "by_step": {f"{k[0]} {'right' if k[1] else 'wrong'}": v for k, v in how.items()},
            "places": len(places),
            "place_accuracy": round(place_hits / len(places), 3),
            "_misses": misses,
            "_place_misses": place_misses,
        }
    return out


def reader_agreement() -> dict:
    """A second reader labelled the same titles blind (eval/second_reader/): how often the two
    chose the same occupation, and how often each one's choice is one the other accepts."""
    first = _load("titles.jsonl")
    second = [
        json.loads(line)
        for line in (DATA.parent / "second_reader" / "market_titles_reader2.jsonl")
        .read_text("utf-8")
        .splitlines()
        if line
    ]
    assert [r["title"] for r in first] == [r["title"] for r in second]
    same = sum(a["soc"] == b["soc"] for a, b in zip(first, second, strict=True))
    accepted = sum(
        a["soc"] in {b["soc"], *b["also"]} and b["soc"] in {a["soc"], *a["also"]}
        for a, b in zip(first, second, strict=True)
    )
    return {"titles": len(first), "same": round(same / len(first), 3),
            "each_accepts_the_other": round(accepted / len(first), 3)}  # fmt: skip


def run() -> dict:
    res = evaluate()
    print("Market pay — job titles to occupations, places to areas (BLS OEWS, May 2025)")
    print(f"{'metric':34} {'dev':>7} {'test':>7}  target")
    for key, label, target in (
        ("title_accuracy", "title → occupation", TARGETS["title"]),
        ("place_accuracy", "place → area", TARGETS["place"]),
    ):
        d, t = res["dev"][key], res["test"][key]
        note = "ok" if t >= target else "below target (report only)"
        print(f"{label:34} {d:>7.3f} {t:>7.3f}  ≥ {target:.2f} {note}")
    print(
        f"  {res['dev']['titles']} + {res['test']['titles']} titles, "
        f"{res['dev']['places']} + {res['test']['places']} places; test by step: "
        + ", ".join(f"{k} {v}" for k, v in sorted(res["test"]["by_step"].items()))
    )
    agree = reader_agreement()
    print(
        f"  second reader, blind, {agree['titles']} titles: same occupation {agree['same']:.2f}, "
        f"each accepts the other's {agree['each_accepts_the_other']:.2f}"
    )
    for split in ("dev", "test"):
        res[split].pop("_misses")
        res[split].pop("_place_misses")
    res["second_reader"] = agree
    return res
