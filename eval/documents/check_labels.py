"""Check labels.jsonl against the documents and print counts.

Usage: python check_labels.py   (exit status 1 if anything is wrong)
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENIORITY = {"entry", "mid", "senior", "lead", None}
PERIODS = {"year", "month", "week", "day", "hour"}
STATUS = {"covered", "weak", "missing"}


def text_of(rel: str) -> str:
    """Plain text of a document: the file itself, or the .src.txt beside a pdf/docx."""
    p = HERE / rel
    if p.suffix in (".pdf", ".docx"):
        p = p.with_suffix(".src.txt")
    return " ".join(p.read_text(encoding="utf-8").split())


def main() -> int:
    errors: list[str] = []
    recs = []
    for n, line in enumerate((HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})")
    ids = Counter(r["id"] for r in recs)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    jds = {r["id"]: r for r in recs if r["kind"] == "jd"}
    cvs = [r for r in recs if r["kind"] == "resume"]
    for r in recs:
        f = HERE / r["file"]
        if not f.is_file():
            errors.append(f"{r['id']}: missing file {r['file']}")
            continue
        if f.stat().st_size > 300_000:
            errors.append(f"{r['id']}: file over 300 KB")
        if r["split"] not in ("dev", "test"):
            errors.append(f"{r['id']}: bad split")
    for r in jds.values():
        body = text_of(r["file"])
        if r.get("requirements") is None:  # a header-only posting: title, employer, pay, place
            s = r["salary"]
            if s is not None and (s["period"] not in PERIODS or s["min"] > s["max"]):
                errors.append(f"{r['id']}: bad salary {s}")
            if not r["title"] or any(not t for t in r["title"]):
                errors.append(f"{r['id']}: no title")
            continue
        if r["seniority"] not in SENIORITY:
            errors.append(f"{r['id']}: bad seniority")
        s = r["salary"]
        if s is not None and (s["period"] not in PERIODS or s["min"] > s["max"]):
            errors.append(f"{r['id']}: bad salary {s}")
        texts = [q["text"] for q in r["requirements"]]
        if len(set(texts)) != len(texts):
            errors.append(f"{r['id']}: repeated requirement text")
        for q in r["requirements"]:
            if q["kind"] not in ("required", "nice_to_have") or not q["skills"]:
                errors.append(f"{r['id']}: bad requirement {q['text'][:40]}")
            if q["text"] not in body:
                errors.append(f"{r['id']}: requirement not in document: {q['text'][:60]}")
        for t in r["responsibilities"]:
            if t not in body:
                errors.append(f"{r['id']}: responsibility not in document: {t[:60]}")
    for r in cvs:
        jd = jds.get(r["for_jd"])
        if jd is None:
            errors.append(f"{r['id']}: unknown for_jd {r['for_jd']}")
            continue
        if r["split"] != jd["split"]:
            errors.append(f"{r['id']}: split differs from its JD")
        body = text_of(r["file"])
        reqs = [q["text"] for q in jd["requirements"]]
        got = [m["requirement"] for m in r["match"]]
        if sorted(got) != sorted(reqs):
            errors.append(f"{r['id']}: match requirements differ from {jd['id']}'s requirements")
        for m in r["match"]:
            if m["status"] not in STATUS:
                errors.append(f"{r['id']}: bad status {m['status']}")
            if (m["status"] == "missing") != (m["evidence"] == ""):
                errors.append(f"{r['id']}: evidence must be empty exactly when missing")
            if m["evidence"] and m["evidence"] not in body:
                errors.append(f"{r['id']}: evidence not in document: {m['evidence'][:60]}")
        for q in r["quantified"]:
            if q["text"] not in body:
                errors.append(f"{r['id']}: quantified claim not in document: {q['text'][:60]}")
        for role in r["roles"]:
            if role["end"] is not None and role["end"] < role["start"]:
                errors.append(f"{r['id']}: role ends before it starts")
    for e in errors:
        print("ERROR", e)
    print(f"{len(recs)} labels: {len(jds)} job descriptions, {len(cvs)} resumes; {len(errors)} errors")
    for kind in ("jd", "resume"):
        rows = [r for r in recs if r["kind"] == kind]
        print(f"\n{kind}: split", dict(Counter(r["split"] for r in rows)))
        print(f"{kind}: format", dict(sorted(Counter(Path(r["file"]).suffix for r in rows).items())))
    print("\nfamily (JDs dev/test, resumes dev/test):")
    fams = sorted({r["family"] for r in recs})
    for fam in fams:
        c = Counter((r["kind"], r["split"]) for r in recs if r["family"] == fam)
        print(f"  {fam:32} {c[('jd', 'dev')]}/{c[('jd', 'test')]}  "
              f"{c[('resume', 'dev')]}/{c[('resume', 'test')]}")
    st = Counter(m["status"] for r in cvs for m in r["match"])
    print("\nmatch statuses:", dict(st))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
