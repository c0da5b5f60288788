"""A typed answer's latency against the size of its session: it must not grow with it.

    python benchmarks/typed_answers.py            # 200 earlier answers, 15 timed posts

Posts the same typed answer to `/api/sessions/{id}/questions/0/answers` through the app (an
in-process client, real SQLite in a temporary folder) in a fresh session and in one that
already holds N answers, and prints the p50 of each and their ratio (target ≤ 1.3). The
first posts warm the models and are not counted.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

TEXT = (
    "Last spring our support queue doubled after a launch. I was asked to bring the first "
    "response time back under four hours. I wrote twelve saved replies and trained two new "
    "colleagues. Within three weeks the response time fell from nine hours to three."
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--answers", type=int, default=200)
    ap.add_argument("--posts", type=int, default=40)
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    from interview_coach.config import Settings
    from interview_coach.questions.answering import analyze_answer
    from interview_coach.types import Transcript
    from interview_coach.web import create_app

    home = Path(tempfile.mkdtemp(prefix="coach-bench-"))
    client = TestClient(create_app(Settings(home=home, allowed_hosts="testserver"), preload=False))
    coach = client.app.state.coach

    def new_session() -> int:
        body = {"job_family": "customer_support", "minutes": 10}
        return client.post("/api/sessions", json=body).json()["id"]

    def post(sid: int) -> float:
        t = time.perf_counter()
        r = client.post(f"/api/sessions/{sid}/questions/0/answers", json={"text": TEXT})
        assert r.status_code == 201, r.text
        return time.perf_counter() - t

    warm = new_session()
    for _ in range(5):
        post(warm)  # the models and caches, not counted
    fresh, full = new_session(), new_session()
    _, question = coach.question(full, 0)
    feedback = analyze_answer(question, TEXT)
    for _ in range(args.answers):
        coach.store.save_answer(
            feedback, transcript=Transcript(text=TEXT), question=question, session_id=full
        )
    # Interleaved, so a busy moment of the machine falls on both alike.
    times: dict[int, list[float]] = {fresh: [], full: []}
    for _ in range(args.posts):
        for sid in (fresh, full):
            times[sid].append(post(sid))
    empty = statistics.median(times[fresh]) * 1000
    crowded = statistics.median(times[full]) * 1000
    print(f"Typed answer, {platform.processor() or platform.machine()}, {date.today()}")
    print("| session holds | p50 (ms) |")
    print("|---|---|")
    print(f"| 0 to {args.posts} answers | {empty:.1f} |")
    print(f"| {args.answers} to {args.answers + args.posts} answers | {crowded:.1f} |")
    print(f"ratio {crowded / empty:.2f} (target ≤ 1.3)")


if __name__ == "__main__":
    main()
