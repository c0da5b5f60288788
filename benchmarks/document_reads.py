"""Ordinary documents through the limited reader: the first read (the worker fork server's
start) and each read after it, with and without the parsers' tables built in the fork server.

    python benchmarks/document_reads.py

Each run is a fresh interpreter, so the fork server starts anew. "Warm workers" is the
shipped set-up: the fork server imports `questions/warm.py`, which reads a tiny document once,
and every worker forked from it inherits the parsers' tables. "Cold workers" leaves that
module out, as before: each worker builds the tables again inside its document's deadline.
The floor is the same parse in the caller's own process once its tables are built. Prints a
Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSTING = ROOT / "eval" / "documents" / "jd" / "06_electrician.txt"
READS = 20

# Run in a fresh interpreter: prints the seconds of each read as JSON.
_ONE_RUN = """
import json, sys, time
from interview_coach.questions import safe_read

if __name__ == "__main__":
    if sys.argv[2] == "cold":
        safe_read.PRELOAD.remove("interview_coach.questions.warm")
    text = open(sys.argv[1], encoding="utf-8").read()
    out = []
    for _ in range(int(sys.argv[3])):
        t = time.perf_counter()
        safe_read.read_profiles_safely(text, None)
        out.append(time.perf_counter() - t)
    print(json.dumps(out))
"""


def _run(mode: str) -> list[float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}
    done = subprocess.run(
        [sys.executable, "-c", _ONE_RUN, str(POSTING), mode, str(READS)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    return json.loads(done.stdout)


def _floor() -> float:
    import time

    from interview_coach.questions.profile import job_profile_from_text

    text = POSTING.read_text(encoding="utf-8")
    job_profile_from_text(text)  # tables built
    times = []
    for _ in range(READS):
        t = time.perf_counter()
        job_profile_from_text(text)
        times.append(time.perf_counter() - t)
    return sorted(times)[len(times) // 2]


def main() -> None:
    print(f"{date.today()}, {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(f"Posting: {POSTING.name}, {READS} reads a run\n")
    print("| workers | first read | later reads, median | later reads, max |")
    print("|---|---|---|---|")
    for mode in ("cold", "warm"):
        times = _run(mode)
        later = sorted(times[1:])
        print(
            f"| {mode} | {times[0]:.2f} s | {later[len(later) // 2] * 1000:.0f} ms "
            f"| {later[-1] * 1000:.0f} ms |"
        )
    print(f"\nFloor, the same parse in the caller's process: {_floor() * 1000:.1f} ms")


if __name__ == "__main__":
    main()
