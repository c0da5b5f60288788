"""Typed answers over HTTP at concurrency 16, against `analyze_batch` in the same run.

    python benchmarks/web_throughput.py                 # 16 clients, 30 s
    python benchmarks/web_throughput.py --clients 1 --seconds 20
    python benchmarks/web_throughput.py --processes 2   # two servers on one SQLite file

Starts `interview-coach serve` in its own process (SQLite in a temporary folder), opens one
practice session per client, and has every client post typed answers back to back to
`/api/sessions/{id}/questions/{i}/answers` for the given time. Each answer differs (figures
and names change), so no cache serves it. The floor is `analyze_batch` on answers made the
same way to the sessions' own questions, in this process, in one call per 50, measured after
the server run on the same machine.
Prints answers per second, latency p50/p95 and the ratio to the floor (target ≥ 0.8).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serving import free_port, start_server

# A question the answers fit: most answers are on topic, and read only their opening and close.
QUESTION_ID = "ops-improve-003"  # "Tell me about a process you improved in an operation."
TEMPLATE = (
    "At {place} our returns queue grew to {n} parcels a day after a launch. I was asked to "
    "clear it within {w} weeks. I sorted the parcels by fault, wrote {k} saved replies and "
    "trained {p} new colleagues. Within {w} weeks the queue fell from {n} to {m} a day, and "
    "I learned to measure the queue before changing it."
)
PLACES = ("Northgate", "Eastmere", "Redwing", "Kestrel", "Bramble", "Harbour", "Fenwick")


def answer(i: int) -> str:
    return TEMPLATE.format(
        place=PLACES[i % len(PLACES)], n=120 + i, w=2 + i % 5, k=5 + i % 9, p=2 + i % 4,
        m=10 + i % 30,
    )  # fmt: skip


async def client(
    base: str, until: float, out: list[float], start_at: int, asked: list[dict] | None = None
) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        r = await http.post("/api/sessions", json={"question_ids": [QUESTION_ID]})
        r.raise_for_status()
        sid, i = r.json()["id"], start_at
        if asked is not None:  # the floor analyses the same answers to the same questions
            asked.append(r.json()["questions"][0])
        while time.monotonic() < until:
            t = time.perf_counter()
            path = f"/api/sessions/{sid}/questions/0/answers"
            r = await http.post(path, json={"text": answer(i)})
            r.raise_for_status()
            out.append(time.perf_counter() - t)
            i += 1


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument(
        "--processes",
        type=int,
        default=1,
        help="server processes sharing one data folder, each on its own port; the clients "
        "take turns between them (a load balancer's part). Each runs its model on "
        "cores / processes threads.",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        servers, bases = [], []
        env = {}
        if args.processes > 1:
            env["INTERVIEW_COACH_THREADS"] = str(max(1, (os.cpu_count() or 1) // args.processes))
        try:
            for k in range(args.processes):  # one at a time: the first creates the database
                port = free_port()
                log = Path(tmp) / f"server{k}.log"
                servers.append(start_server(Path(tmp) / "home", port, log, env))
                bases.append(f"http://127.0.0.1:{port}")
            warm: list[float] = []
            for base in bases:  # models, caches
                asyncio.run(client(base, time.monotonic() + 5, warm, 10_000))
            lat: list[float] = []
            asked: list[dict] = []
            server_cpu = sum(_cpu_seconds(p.pid) for p in servers)
            client_cpu = time.process_time()
            began = time.monotonic()
            until = began + args.seconds

            async def everyone() -> None:
                await asyncio.gather(
                    *(
                        client(bases[k % len(bases)], until, lat, k * 100_000, asked)
                        for k in range(args.clients)
                    )
                )

            asyncio.run(everyone())
            took = time.monotonic() - began
            server_cpu = sum(_cpu_seconds(p.pid) for p in servers) - server_cpu
            client_cpu = time.process_time() - client_cpu
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=20)
    web_rate = len(lat) / took

    from interview_coach.questions.answering import analyze_batch
    from interview_coach.types import Question

    questions = [Question.model_validate(q) for q in asked]
    items = [(questions[i % len(questions)], answer(500_000 + i), None) for i in range(400)]
    analyze_batch(items[:1])  # load the models first
    t = time.perf_counter()
    for first in range(0, len(items), 50):
        analyze_batch(items[first : first + 50])
    floor = len(items) / (time.perf_counter() - t)
    q = statistics.quantiles(lat, n=100)
    print(
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{date.today()}"
    )
    print(
        f"| {args.clients} clients, {args.processes} process"
        f"{'es' if args.processes > 1 else ''}, {args.seconds:.0f} s | {len(lat)} answers | "
        f"{web_rate:.1f} answers/s | p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms | "
        f"floor `analyze_batch` {floor:.1f} answers/s | {web_rate / floor:.2f}× |"
    )
    # The clients run on the same cores as the server: what they took is not the server's.
    cores = os.cpu_count() or 1
    print(
        f"CPU over the run: server {server_cpu / took / cores:.0%} of the {cores} cores, "
        f"the benchmark's clients {client_cpu / took / cores:.0%}; server CPU per answer "
        f"{server_cpu / len(lat) * 1000:.1f} ms, the floor's {1000 / floor:.1f} ms"
    )


if __name__ == "__main__":
    main()
