"""A posting and a résumé shaped to make matching slow: how long each step takes.

    python benchmarks/slow_matching.py

The posting fills the 60,000-character limit with requirements written as long lists of
named alternatives and examples in brackets; the résumé fills it with long lines of names,
hedges ("expired", "not renewed") and colleagues' credentials ("alongside the … engineers").
Reading runs in the limited worker (`questions/safe_read.py`), as in the app; matching runs
in the caller's process, as the plan and prep sheet do. The floor is the embedding model
alone on the same résumé lines and requirements, the part of matching no rule can remove.
"""

from __future__ import annotations

import platform
import resource
import time
from datetime import date

from interview_coach.nlp.embeddings import get_embedder
from interview_coach.questions.documents import MAX_TEXT_CHARS
from interview_coach.questions.matching import MAX_UNITS, match_requirements
from interview_coach.questions.resume_lines import read_lines
from interview_coach.questions.safe_read import read_profiles_safely

SIZES = (6_000, 20_000, MAX_TEXT_CHARS)


def _posting(limit: int) -> str:
    names = " or ".join(f"ABC{i} D{i}.{i} Level {i % 9}" for i in range(60))
    examples = ", ".join(f"X{k}Y" for k in range(40))
    # Each line its own (numbered): a posting pasted twice counts each requirement once.
    lines = "".join(
        f"- {names} (e.g. {examples}) and weekends, nights and a driving licence {i}\n"
        for i in range(60)
    )
    return ("Site Electrician\nLarkfield Ltd\n\nRequirements:\n" + lines)[:limit]


def _resume(limit: int) -> str:
    line = ("worked alongside the " + "Gas Safe OSHA 30 " * 20 + "engineers, ") * 8
    line += "basic expired not renewed " * 20
    lines = "".join(f"- {line}{i}\n" for i in range(1000))
    return ("Sam Lee\n\nExperience\nElectrician - X Ltd (2019 - present)\n" + lines)[:limit]


def main() -> None:
    print(f"{date.today()}, {platform.machine()} {platform.python_version()}")
    print("| characters | reading (worker) | matching | requirements | embedding floor |")
    print("|---|---|---|---|---|")
    embed = get_embedder().encode
    embed(["warm the model up"])
    for n in SIZES:
        jd, cv = _posting(n), _resume(n)
        started = time.perf_counter()
        job, resume = read_profiles_safely(jd, cv)
        reading = time.perf_counter() - started
        assert job is not None and resume is not None
        started = time.perf_counter()
        found = match_requirements(job, resume, cv)
        matching = time.perf_counter() - started
        started = time.perf_counter()
        embed([u.own for u in read_lines(cv, MAX_UNITS)])
        embed([r.text for r in job.requirements])
        floor = time.perf_counter() - started
        print(f"| {n:,} | {reading:.2f} s | {matching:.2f} s | {len(found)} | {floor:.2f} s |")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
