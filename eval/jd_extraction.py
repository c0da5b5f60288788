"""Skill, title and seniority extraction from job descriptions, against hand-written labels.

`eval/jd/*.txt|md` are job descriptions written for this evaluation; `eval/jd/labels.json`
holds what a careful reader takes from each one. Files marked `"split": "test"` were not
looked at while tuning the extractor; they are reported apart from the `dev` files.

Run alone with `python -m eval.jd_extraction`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from eval.metrics import prf
from interview_coach.questions.documents import read_document
from interview_coach.questions.profile import job_profile_from_text

JD_DIR = Path(__file__).parent / "jd"
TARGET = 0.8


def _norm_title(title: str | None) -> str:
    return re.sub(r"[^a-z0-9&+#]+", " ", (title or "").lower()).strip()


def evaluate(files: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Micro-averaged scores over `files` (name -> label) and per-file details."""
    counts = {k: [0, 0, 0] for k in ("required", "nice_to_have", "combined")}
    titles = seniorities = companies = 0
    details: list[dict[str, Any]] = []
    for name, label in sorted(files.items()):
        profile = job_profile_from_text(read_document(JD_DIR / name))
        gold_req = set(label["required_skills"])
        gold_nice = set(label["nice_to_have_skills"]) - gold_req
        got_req = set(profile.required_skills)
        got_nice = set(profile.nice_to_have_skills) - got_req
        pairs = {
            "required": (got_req, gold_req),
            "nice_to_have": (got_nice, gold_nice),
            "combined": (got_req | got_nice, gold_req | gold_nice),
        }
        for key, (got, gold) in pairs.items():
            counts[key][0] += len(got & gold)
            counts[key][1] += len(got - gold)
            counts[key][2] += len(gold - got)
        accepted = {_norm_title(t) for t in label["title"]}
        title_ok = _norm_title(profile.title) in accepted
        seniority_ok = profile.seniority == label["seniority"]
        titles += title_ok
        companies += (profile.company or None) == label.get("company")
        seniorities += seniority_ok
        details.append(
            {
                "file": name,
                "title": profile.title,
                "title_ok": title_ok,
                "seniority": profile.seniority,
                "seniority_ok": seniority_ok,
                "extra": sorted((got_req | got_nice) - (gold_req | gold_nice)),
                "missed": sorted((gold_req | gold_nice) - (got_req | got_nice)),
                "wrong_side": sorted((got_req & gold_nice) | (got_nice & gold_req)),
            }
        )
    n = len(files)
    summary = {key: prf(*c) for key, c in counts.items()}
    summary["title_accuracy"] = round(titles / n, 3) if n else 0.0
    summary["seniority_accuracy"] = round(seniorities / n, 3) if n else 0.0
    summary["company_accuracy"] = round(companies / n, 3) if n else 0.0
    summary["files"] = n
    return summary, details


def run(verbose: bool = False) -> dict[str, Any]:
    """Score the dev, test and all files; print a table; return the figures."""
    labels = json.loads((JD_DIR / "labels.json").read_text("utf-8"))["files"]
    result: dict[str, Any] = {}
    all_details: list[dict[str, Any]] = []
    for split in ("dev", "test", "all"):
        chosen = {k: v for k, v in labels.items() if split == "all" or v.get("split") == split}
        result[split], details = evaluate(chosen)
        if split == "all":
            all_details = details
    _print(result)
    if verbose:
        for d in all_details:
            if (
                d["extra"]
                or d["missed"]
                or d["wrong_side"]
                or not d["title_ok"]
                or not d["seniority_ok"]
            ):
                print(
                    f"\n{d['file']}: title={d['title']!r} ok={d['title_ok']} "
                    f"seniority={d['seniority']} ok={d['seniority_ok']}"
                )
                for key in ("extra", "missed", "wrong_side"):
                    if d[key]:
                        print(f"  {key}: {', '.join(d[key])}")
    combined = result["test"]["combined"]
    result["passed"] = combined["precision"] >= TARGET and combined["recall"] >= TARGET
    return result


def _print(result: dict[str, Any]) -> None:
    print("Job description extraction (micro-averaged over skills)")
    header = (
        f"{'split':<6}{'files':>6}  {'skills':<13}{'P':>7}{'R':>7}{'F1':>7}"
        "   title  seniority  company"
    )
    print(header)
    print("-" * len(header))
    for split in ("dev", "test", "all"):
        r = result[split]
        for i, key in enumerate(("required", "nice_to_have", "combined")):
            s = r[key]
            tail = (
                f"   {r['title_accuracy']:>5.2f}  {r['seniority_accuracy']:>9.2f}"
                f"  {r['company_accuracy']:>7.2f}"
                if i == 0
                else ""
            )
            lead = f"{split:<6}{r['files']:>6}" if i == 0 else " " * 12
            print(
                f"{lead}  {key:<13}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{tail}"
            )
    print(f"target: precision and recall >= {TARGET} on the combined skills")


if __name__ == "__main__":
    import sys

    run(verbose="-v" in sys.argv)
