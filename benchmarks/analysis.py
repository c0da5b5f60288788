"""Answer-analysis speed: model load, latency for a ~250-word answer, batch throughput, memory.

    python benchmarks/analysis.py [--runs 200] [--batch 400] [--workers 2]

Prints figures; record them with the machine and date in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import resource
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

QUESTION = "Tell me about a time you improved a process that was not working."
ANSWER = (
    "Sure. Last spring I was the operations coordinator at a regional food bank, and our "
    "volunteer scheduling ran on a shared spreadsheet that, um, broke almost every week. "
    "Shifts were double-booked, and about a third of Saturday volunteers turned up to find "
    "nothing to do, so we were, like, losing people. My goal was to fix scheduling before "
    "the holiday drive, which was eight weeks away. First I interviewed six shift leads to "
    "find out where it went wrong, and I found that most clashes came from people editing "
    "the sheet at the same time. I set up a free booking form that capped each shift, and I "
    "wrote a one-page guide for the leads. I also ran two short training sessions and I "
    "asked the leads to send me every problem in the first fortnight, so I could fix the "
    "form quickly. I think the biggest change was a reminder email two days before each "
    "shift. As a result, no-shows fell from 30 percent to 9 percent, double-bookings "
    "stopped completely, and we staffed all 48 holiday shifts. Volunteer sign-ups grew by "
    "about 25 percent over the season. I learned that the people closest to a problem "
    "usually know the fix, and now I always start by asking them."
)


def _variants(n: int, phase: str) -> list[str]:
    """Distinct answers of the same length, so no cache flatters the figures."""
    return [
        ANSWER.replace("Last spring", f"In {phase} week {i}").replace(
            "now I always", f"now I always ({phase} {i})"
        )
        for i in range(n)
    ]


def _worker_init() -> None:
    os.environ["INTERVIEW_COACH_THREADS"] = "1"  # one onnxruntime thread per worker process
    from interview_coach.questions.answering import analyze_answer

    analyze_answer(QUESTION, ANSWER)


BATCH = 50  # answers per analyze_batch call (one embedding-model call each)


def _worker_batch(texts: list[str]) -> int:
    from interview_coach.questions.answering import analyze_batch

    for i in range(0, len(texts), BATCH):
        analyze_batch([(QUESTION, t, None) for t in texts[i : i + BATCH]])
    return len(texts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--batch", type=int, default=400)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from interview_coach.nlp.embeddings import get_embedder

    get_embedder()
    load_s = time.perf_counter() - t0
    from interview_coach.questions.answering import analyze_answer, default_question

    question = default_question(QUESTION)
    analyze_answer(question, ANSWER)  # warm-up: sentence model, regexes, bank
    words = len(ANSWER.split())

    from interview_coach.analysis.content import make_digest
    from interview_coach.nlp.text import tokenize

    # The floor, interleaved with the analysis: the model call the analysis makes, on the
    # digest of a like answer (a distinct text: the embedder caches the vectors it made, and
    # the question's vector is cached in both).
    embed = get_embedder().encode
    lat, floor = [], []
    for text, other in zip(
        _variants(args.runs, "latency"), _variants(args.runs, "floor"), strict=True
    ):
        digest = make_digest(tokenize(other))
        t = time.perf_counter()
        embed([question.text, digest])
        floor.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        analyze_answer(question, text)
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    floor.sort()
    p50 = statistics.median(lat)
    p95 = lat[int(0.95 * len(lat)) - 1]
    f50 = statistics.median(floor)
    f95 = floor[int(0.95 * len(floor)) - 1]

    serial_texts = _variants(args.batch // 4, "serial")
    t = time.perf_counter()
    for text in serial_texts:
        analyze_answer(question, text)
    serial = len(serial_texts) / (time.perf_counter() - t)

    texts = _variants(args.batch, "batch")
    chunks = [texts[i :: args.workers] for i in range(args.workers)]
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(args.workers, spawn, initializer=_worker_init) as pool:
        list(pool.map(_worker_batch, [[] for _ in chunks]))  # wait for the workers to start
        t = time.perf_counter()
        done = sum(pool.map(_worker_batch, chunks))
        parallel = done / (time.perf_counter() - t)

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"answer: {words} words")
    print(f"model load (embedding model + tokenizer): {load_s * 1000:.0f} ms")
    print(
        f"latency warm, {args.runs} runs: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {lat[-1]:.1f} ms"
    )
    print(
        f"floor, the model call alone: p50 {f50:.1f} ms, p95 {f95:.1f} ms "
        f"(analysis {p50 / f50:.1f}× at p50, {p95 / f95:.1f}× at p95)"
    )
    print(
        f"throughput: {serial:.0f} answers/s one at a time in one process; {parallel:.0f} "
        f"answers/s with analyze_batch ({BATCH} per call) in {args.workers} one-thread workers"
    )
    print(f"peak RSS (main process): {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
