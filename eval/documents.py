"""Job descriptions and résumés read as a recruiter would, against hand-written labels.

`eval/documents/` holds job descriptions and résumés written for this evaluation (txt, md,
pdf including two-column and scanned, docx including tables) and `labels.jsonl`, one line per
document (its README describes the fields). Items marked `"split": "test"` were not looked at
while tuning the readers; they are reported apart from the `dev` items.

Everything is read through the same path as `interview-coach prep --format json`
(`questions.contract.prep_document`), so the figures are the figures of that contract.

Run alone with `python -m eval.documents`.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from interview_coach.errors import CoachError
from interview_coach.nlp.embeddings import get_embedder
from interview_coach.questions.contract import prep_document
from interview_coach.questions.documents import read_document
from interview_coach.questions.gazetteer import load_gazetteer
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.resume import resume_profile_from_text

DOC_DIR = Path(
    os.environ.get("INTERVIEW_COACH_EVAL_DOCUMENTS", Path(__file__).parent / "documents")
)
TARGETS = {
    "title": 0.95,
    "employer": 0.95,
    "family": 0.90,
    "requirement_kind": 0.90,
    "match_status": 0.90,
    "skill_precision": 0.90,
    "skill_recall": 0.90,
    "salary_exact": 1.00,
}
# Targets the held-out figures did not reach (see docs/documents.md): printed, but they do
# not fail `make eval` until the reader reaches them.
REPORT_ONLY: set[str] = {
    "title",
    "employer",
    "salary_exact",
    "match_status",
    "skill_precision",
    "skill_recall",
}
# Below these held-out figures a change has made the reader worse: `make eval` fails.
FLOORS = {"title": 0.75, "employer": 0.75, "salary_exact": 0.9, "family": 0.9}
# Two phrasings of a requirement are the same requirement when this share of their words agree.
SAME_REQUIREMENT = 0.6
# A skill written two ways ("stock control", "inventory management") is the same skill when
# the gazetteer maps both to one name, or their words mostly agree.
SAME_SKILL_WORDS = 0.5
# …or MiniLM puts the two names this close ("automated testing" ~ "unit testing").
SAME_SKILL_MEANING = 0.75


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9&+#]+", " ", (text or "").lower()).strip()


def _org(name: str | None) -> str:
    """An employer's name without its legal form: "Northgate Fulfilment Ltd" is
    "Northgate Fulfilment"."""
    return re.sub(r"\s+(?:ltd|limited|inc|llc|plc|llp|lp|gmbh|co)$", "", _norm(name))


def _words(text: str) -> set[str]:
    return {w[:6] for w in _norm(text).split() if len(w) > 2 or w.isdigit()}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _same_requirement(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    return (
        na == nb
        or (min(len(na), len(nb)) > 20 and (na in nb or nb in na))
        or (_jaccard(_words(a), _words(b)) >= SAME_REQUIREMENT)
    )


def _canon(skill: str) -> set[str]:
    gaz = load_gazetteer()
    hits = [*gaz.skills.find(skill), *gaz.soft.find(skill)]
    return {h.name for h in hits} or {_norm(skill)}


@cache
def _vector(text: str) -> np.ndarray:
    return get_embedder().encode([text])[0]


def _same_skill(a: str, b: str) -> bool:
    if _norm(a) == _norm(b) or _canon(a) & _canon(b):
        return True
    wa, wb = _words(a), _words(b)
    if wa and wb and _jaccard(wa, wb) >= SAME_SKILL_WORDS:
        return True
    return float(_vector(a.lower()) @ _vector(b.lower())) >= SAME_SKILL_MEANING


def _load() -> list[dict[str, Any]]:
    path = DOC_DIR / "labels.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _ratio(hit: int, total: int) -> float:
    return round(hit / total, 3) if total else 0.0


def evaluate(split: str, labels: list[dict[str, Any]]) -> dict[str, Any]:
    """Scores for one split; `labels` is every line of labels.jsonl."""
    jds = {r["id"]: r for r in labels if r["kind"] == "jd"}
    c: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # metric -> [hits, total]
    skill = [0, 0, 0]  # true positives, predicted, gold
    details: list[dict[str, Any]] = []
    read_jobs: dict[str, dict[str, Any]] = {}
    for label in (r for r in labels if r["kind"] == "jd" and r["split"] == split):
        try:
            text = read_document(DOC_DIR / label["file"])
        except CoachError as exc:
            details.append({"id": label["id"], "error": str(exc)})
            text = ""
        job = prep_document(job_profile_from_text(text), None)["job"] if text else {}
        read_jobs[label["id"]] = job
        titles = {_norm(t) for t in label["title"]}
        row = {
            "id": label["id"],
            "title": job.get("title"),
            "company": job.get("company"),
            "family": job.get("job_family"),
            "salary": job.get("salary"),
        }
        for key, field, ok in (
            ("title", "title", _norm(job.get("title")) in titles),
            ("employer", "company", _org(job.get("company")) == _org(label.get("company"))),
            ("family", "family", job.get("job_family") == label.get("family")),
            ("salary_exact", "salary", _salary_equal(job.get("salary"), label.get("salary"))),
            ("location", "location", _norm(job.get("location")) == _norm(label.get("location"))),
            ("seniority", "seniority", job.get("seniority") == label.get("seniority")),
            (
                "years_required",
                "years_required",
                job.get("years_required") == label.get("years_required"),
            ),
        ):
            if field not in label:
                continue  # the header-only postings label the header, not every field
            c[key][0] += ok
            c[key][1] += 1
            row[f"{key}_ok"] = ok
        if label.get("requirements") is None:
            details.append(row)
            continue
        got = list(job.get("requirements", []))
        for gold in label["requirements"]:
            c["requirement_found"][1] += 1
            pred = next((g for g in got if _same_requirement(g["text"], gold["text"])), None)
            if pred is None:
                skill[2] += len(gold["skills"])
                continue
            got.remove(pred)
            c["requirement_found"][0] += 1
            c["requirement_kind"][0] += pred["kind"] == gold["kind"]
            c["requirement_kind"][1] += 1
            tp_p = sum(any(_same_skill(p, g) for g in gold["skills"]) for p in pred["skills"])
            tp_g = sum(any(_same_skill(p, g) for p in pred["skills"]) for g in gold["skills"])
            skill[0] += min(tp_p, tp_g)
            skill[1] += len(pred["skills"])
            skill[2] += len(gold["skills"])
        c["requirement_extra"][0] += len(got)
        c["requirement_extra"][1] += len(job.get("requirements", []))
        details.append(row)

    for label in (r for r in labels if r["kind"] == "resume" and r["split"] == split):
        jd_label = jds.get(label["for_jd"])
        if jd_label is None:
            continue
        try:
            resume_text = read_document(DOC_DIR / label["file"])
            job_text = read_document(DOC_DIR / jd_label["file"])
        except CoachError as exc:
            details.append({"id": label["id"], "error": str(exc)})
            continue
        resume = resume_profile_from_text(resume_text)
        doc = prep_document(job_profile_from_text(job_text), resume, resume_text)
        got = doc["resume"] or {}
        c["name"][0] += _norm(got.get("name")) == _norm(label.get("name"))
        c["name"][1] += 1
        years = got.get("years_experience")
        c["years_experience_within_0.5"][0] += (
            years is not None and abs(years - label["years_experience"]) <= 0.5
        )
        c["years_experience_within_0.5"][1] += 1
        roles = list(got.get("roles", []))
        for gold in label["roles"]:
            pred = next((r for r in roles if r["start"] == gold["start"]), None)
            for key, field in (("role_title", "title"), ("role_employer", "employer")):
                c[key][0] += bool(pred) and _norm(pred[field]) == _norm(gold[field])
                c[key][1] += 1
            c["role_dates"][0] += bool(pred) and pred["end"] == gold["end"]
            c["role_dates"][1] += 1
        for gold in label.get("quantified", []):
            pred = next(
                (
                    q
                    for q in got.get("quantified", [])
                    if _same_requirement(q["text"], gold["text"])
                ),
                None,
            )
            for key in ("result", "baseline", "change"):
                c[f"claim_{key}"][0] += bool(pred) and _norm(pred[key]) == _norm(gold[key])
                c[f"claim_{key}"][1] += 1
        statuses = {m["requirement"]: m for m in doc["match"]}
        for gold in label["match"]:
            pred = next(
                (m for t, m in statuses.items() if _same_requirement(t, gold["requirement"])), None
            )
            c["match_status"][0] += bool(pred) and pred["status"] == gold["status"]
            c["match_status"][1] += 1
        details.append({"id": label["id"], "name": got.get("name")})

    scores = {k: _ratio(*v) for k, v in c.items()}
    scores["skill_precision"] = _ratio(skill[0], skill[1])
    scores["skill_recall"] = _ratio(skill[0], skill[2])
    counts = {
        "job_descriptions": sum(1 for r in labels if r["kind"] == "jd" and r["split"] == split),
        "resumes": sum(1 for r in labels if r["kind"] == "resume" and r["split"] == split),
    }
    return {"counts": counts, "scores": scores, "details": details}


def _salary_equal(got: dict | None, gold: dict | None) -> bool:
    if got is None or gold is None:
        return got is None and gold is None
    return (
        float(got["min"]) == float(gold["min"])
        and float(got["max"]) == float(gold["max"])
        and got["currency"] == gold["currency"]
        and got["period"] == gold["period"]
    )


def skills_second_reader(labels: list[dict[str, Any]]) -> dict[str, Any] | None:
    """How far a second reader's skill names for 20 dev jobs agree with the labels, by the
    same measure as the reader's: the ceiling two people reach on this task."""
    path = DOC_DIR.parent / "second_reader" / "skills_reader2.jsonl"
    if not path.exists():
        return None
    by_id = {r["id"]: r for r in labels}
    tp = given = gold_n = 0
    jobs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for job in jobs:
        for gold, names in zip(by_id[job["id"]]["requirements"], job["skills"], strict=True):
            a = sum(any(_same_skill(p, g) for g in gold["skills"]) for p in names)
            b = sum(any(_same_skill(p, g) for p in names) for g in gold["skills"])
            tp, given, gold_n = tp + min(a, b), given + len(names), gold_n + len(gold["skills"])
    return {"jobs": len(jobs), "precision": _ratio(tp, given), "recall": _ratio(tp, gold_n)}


MATCH_DIR = DOC_DIR / "match"


def match_sets() -> dict[str, Any] | None:
    """Covered / weak / missing on the pairs written blind for matching alone (all dev), and
    how often a second reader, blind to the labels, made the same call."""
    if not MATCH_DIR.is_dir():
        return None
    sets: dict[str, Any] = {}
    writers: dict[str, list[str]] = {}
    for folder in sorted(p for p in MATCH_DIR.iterdir() if p.is_dir()):
        hits = total = 0
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            pair = json.loads(line)
            resume_text = read_document(folder / pair["resume_file"])
            job = job_profile_from_text(read_document(folder / pair["jd_file"]))
            doc = prep_document(job, resume_profile_from_text(resume_text), resume_text)
            for gold in pair["match"]:
                got = next(
                    (
                        m
                        for m in doc["match"]
                        if _same_requirement(m["requirement"], gold["requirement"])
                    ),
                    None,
                )
                hits += bool(got) and got["status"] == gold["status"]
                total += 1
            writers[pair["id"]] = [m["status"] for m in pair["match"]]
        sets[folder.name] = {"requirements": total, "agreement": _ratio(hits, total)}
    same = both = 0
    reader = DOC_DIR.parent / "second_reader" / "match_m12_reader2.jsonl"
    for line in reader.read_text(encoding="utf-8").splitlines() if reader.exists() else []:
        other = json.loads(line)
        pairs = list(zip(writers.get(other["id"], []), other["status"], strict=False))
        same, both = same + sum(a == b for a, b in pairs), both + len(pairs)
    return {
        "sets": sets,
        "second_reader_agreement": _ratio(same, both) if both else None,
        "headers": _match_headers(),
    }


def _match_headers() -> dict[str, Any] | None:
    """Title, employer, place and pay of the 32 postings, labelled by another reader."""
    path = MATCH_DIR / "headers.jsonl"
    if not path.exists():
        return None
    hits: dict[str, int] = defaultdict(int)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        job = prep_document(job_profile_from_text(read_document(MATCH_DIR / row["file"])), None)
        got = job["job"]
        hits["title"] += _norm(got.get("title")) in {_norm(t) for t in row["title"]}
        hits["employer"] += _org(got.get("company")) == _org(row["company"])
        hits["location"] += _norm(got.get("location")) == _norm(row["location"])
        hits["salary_exact"] += _salary_equal(got.get("salary"), row["salary"])
    return {"postings": len(rows), **{k: _ratio(v, len(rows)) for k, v in hits.items()}}


def run() -> dict[str, Any] | None:
    """Print the figures for both splits; None when the labelled set is not there."""
    labels = _load()
    if not labels:
        print(f"Documents: no labelled set at {DOC_DIR}; skipped.")
        return None
    dev, test = evaluate("dev", labels), evaluate("test", labels)
    print(
        f"Documents — dev {dev['counts']['job_descriptions']} job descriptions and "
        f"{dev['counts']['resumes']} résumés; test {test['counts']['job_descriptions']} and "
        f"{test['counts']['resumes']} (held out)"
    )
    print(f"{'metric':30} {'dev':>7} {'test':>7}  {'target':>7}")
    names = sorted(set(dev["scores"]) | set(test["scores"]), key=lambda k: (k not in TARGETS, k))
    failures = []
    report_only = []
    for name in names:
        d, t = dev["scores"].get(name, 0.0), test["scores"].get(name, 0.0)
        target = TARGETS.get(name)
        note = ""
        if target is not None:
            ok = t >= target
            note = "ok" if ok else ("below (report only)" if name in REPORT_ONLY else "BELOW")
            if not ok and name not in REPORT_ONLY:
                failures.append(f"documents {name}")
            elif not ok:
                report_only.append(f"documents {name}")
        if t < FLOORS.get(name, 0.0):
            note = f"BELOW FLOOR {FLOORS[name]:.2f}"
            failures.append(f"documents {name} (floor)")
        tgt = f"≥ {target:.2f}" if target is not None else ""
        print(f"{name:30} {d:>7.3f} {t:>7.3f}  {tgt:>7} {note}")
    blind = match_sets()
    if blind:
        for name, got in blind["sets"].items():
            print(
                f"Match status on blind set {name} (dev, {got['requirements']} requirements): "
                f"agreement {got['agreement']:.3f}"
            )
        print(f"  a second reader on m1 and m2: {blind['second_reader_agreement']}")
        print(f"  their postings' headers: {blind['headers']}")
    readers = skills_second_reader(labels)
    if readers:
        print(
            f"Skills, a second reader against the labels on {readers['jobs']} dev jobs: "
            f"precision {readers['precision']:.3f}, recall {readers['recall']:.3f}"
        )
    return {
        "dev": dev,
        "test": test,
        "failures": failures,
        "report_only": report_only,
        "skills_second_reader": readers,
        "match_sets": blind,
    }


if __name__ == "__main__":
    run()
