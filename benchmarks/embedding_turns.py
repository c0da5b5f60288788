"""Short embeddings while a long job embeds: how long one caller waits behind another.

    python benchmarks/embedding_turns.py [--lines 1400]

One thread embeds a long job description (the lines of the job descriptions in
`eval/documents/`, repeated to --lines and made distinct); another embeds one new sentence
every 10 ms meanwhile, as a typed answer's sentences would be. The floor is that same
sentence embedded with nothing else running. Prints the short calls' p50/p95/max and the long
job's time, alone and shared; record them with the machine and date in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import threading
import time
from datetime import date
from pathlib import Path

from interview_coach.nlp.embeddings import Embedder

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "I reorganised the rota so nobody worked three lates in a row, week {k}."


def job_lines(n: int) -> list[str]:
    docs = sorted((ROOT / "eval" / "documents" / "jd").glob("*.txt"))
    docs += sorted((ROOT / "eval" / "documents" / "jd").glob("*.md"))
    lines = [ln.strip() for d in docs for ln in d.read_text("utf-8").splitlines()]
    lines = [ln for ln in lines if len(ln) > 20]
    return [f"{ln} ({i})" for i, ln in enumerate((lines * (n // max(len(lines), 1) + 1))[:n])]


def ms(xs: list[float], q: float) -> float:
    return sorted(xs)[min(len(xs) - 1, int(len(xs) * q))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=1400)
    args = ap.parse_args()
    job = job_lines(args.lines)
    embedder = Embedder()
    embedder.encode(["warm up the model"] * 4)

    alone = []
    for k in range(50):
        t = time.perf_counter()
        embedder.encode([SENTENCE.format(k=-k)])
        alone.append(time.perf_counter() - t)
    t = time.perf_counter()
    embedder.encode([f"{x} alone" for x in job])
    job_alone = time.perf_counter() - t

    waits: list[float] = []
    done = threading.Event()

    def short() -> None:
        k = 0
        while not done.is_set():
            t = time.perf_counter()
            embedder.encode([SENTENCE.format(k=k)])
            waits.append(time.perf_counter() - t)
            k += 1
            time.sleep(0.01)

    other = threading.Thread(target=short)
    other.start()
    t = time.perf_counter()
    embedder.encode(job)
    job_shared = time.perf_counter() - t
    done.set()
    other.join()

    print(f"{platform.machine()}, {os.cpu_count()} cores, {date.today()}")
    print(f"job description: {len(job)} lines, {sum(map(len, job)) / len(job):.0f} chars each")
    print(
        f"| short call, alone (floor) | p50 {statistics.median(alone) * 1000:.0f} ms | "
        f"p95 {ms(alone, 0.95):.0f} ms | max {max(alone) * 1000:.0f} ms |"
    )
    print(
        f"| short call, beside the job ({len(waits)}) | "
        f"p50 {statistics.median(waits) * 1000:.0f} ms | p95 {ms(waits, 0.95):.0f} ms | "
        f"max {max(waits) * 1000:.0f} ms |"
    )
    print(f"| long job | alone {job_alone:.2f} s | beside the short calls {job_shared:.2f} s |")


if __name__ == "__main__":
    main()
