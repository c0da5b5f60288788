"""Home and progress pages over a long history: latency and the server's memory growth.

    python benchmarks/pages.py                    # 20,000 answers, 30 requests per page
    python benchmarks/pages.py --answers 5000 --requests 10

Seeds a temporary SQLite history with N answers (real Feedback rows from the storage tests'
helpers, scores and times varied, spread over 300 questions in 60 sessions), starts
`interview-coach serve` on it in its own process, then requests each page in turn and
reports p50/p95 latency and the server's resident memory (VmRSS) before and after. The pages
keep their summary until the history changes, so the home page is also timed right after a
new analysis is stored (the summary computed afresh). Prints a Markdown table for
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from statistics import quantiles

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from serving import free_port, rss_mb, start_server  # noqa: E402

PAGES = ("/", "/progress", "/progress/chart.svg", "/api/progress", "/api/sessions")
QUESTIONS = 300
SESSIONS = 60


def seed(home: Path, answers: int) -> None:
    """Bulk-insert `answers` answers with feedback (one transaction per table)."""
    import sqlalchemy as sa

    from interview_coach.config import Settings
    from interview_coach.store import open_store
    from interview_coach.store.repository import feedback_metrics
    from interview_coach.store.tables import Answer, FeedbackRow, PracticeSession, QuestionRow
    from store.helpers import feedback, question, transcript

    start = datetime(2025, 1, 1, tzinfo=UTC)
    tr = transcript().model_dump(mode="json")
    with open_store(Settings(home=home, database_url=None)) as store, store.transaction() as s:
        s.execute(
            sa.insert(PracticeSession),
            [{"id": i + 1, "started_at": start, "mode": "practice"} for i in range(SESSIONS)],
        )
        q = question()
        s.execute(
            sa.insert(QuestionRow),
            [
                {"id": i + 1, "bank_id": f"q-{i}", "text": f"{q.text} ({i})",
                 "category": ("behavioural", "situational", "motivation")[i % 3],
                 "frame": q.frame.value, "data": q.model_dump(mode="json") | {"id": f"q-{i}"}}
                for i in range(QUESTIONS)
            ],
        )  # fmt: skip
        fbs = [feedback(overall=score) for score in range(40, 95, 5)]
        rows, fb_rows = [], []
        for i in range(answers):
            fb = fbs[i % len(fbs)]
            when = start + timedelta(minutes=30 * i)
            rows.append(
                {"id": i + 1, "created_at": when, "session_id": i % SESSIONS + 1,
                 "question_id": i % QUESTIONS + 1, "text": fb.question, "transcript": tr,
                 "duration_seconds": 30.0}
            )  # fmt: skip
            fb_rows.append(
                {"id": i + 1, "answer_id": i + 1, "created_at": when,
                 "analyzer_version": fb.analyzer_version, "schema_version": fb.schema_version,
                 "question_category": fb.question_category, "data": fb.model_dump(mode="json"),
                 **feedback_metrics(fb)}
            )  # fmt: skip
        s.execute(sa.insert(Answer), rows)
        s.execute(sa.insert(FeedbackRow), fb_rows)


def get(url: str) -> float:
    t = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as r:
        r.read()
        assert r.status == 200, (url, r.status)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--answers", type=int, default=20_000)
    ap.add_argument("--requests", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        t = time.perf_counter()
        seed(home, args.answers)
        seeded = time.perf_counter() - t
        port = free_port()
        proc = start_server(home, port, Path(tmp) / "server.log")
        base = f"http://127.0.0.1:{port}"
        try:
            time.sleep(5)  # let the background model warm-up finish before measuring memory
            before = rss_mb(proc.pid)
            times: dict[str, list[float]] = {p: [] for p in PAGES}
            peak = before
            from interview_coach.config import Settings
            from interview_coach.store import open_store
            from store.helpers import feedback

            # The floor: the app's lightest route, a bare JSON answer, over the same HTTP.
            floor = [get(base + "/api/health") for _ in range(args.requests)]
            # The two pages first, alone, so their memory is measured apart from the rest.
            for _ in range(args.requests):
                for page in PAGES[:2]:
                    times[page].append(get(base + page))
                    peak = max(peak, rss_mb(proc.pid))
            # After each new analysis the summary is computed afresh: time that path too.
            fresh: list[float] = []
            with open_store(Settings(home=home, database_url=None)) as store:
                for i in range(args.requests):
                    store.add_feedback(i + 1, feedback(overall=50 + i % 40))
                    fresh.append(get(base + "/"))
                    peak = max(peak, rss_mb(proc.pid))
            times["/ after a new answer"] = fresh
            pages_peak = peak
            for _ in range(args.requests):
                for page in PAGES[2:]:
                    times[page].append(get(base + page))
                    peak = max(peak, rss_mb(proc.pid))
            after = rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"{args.answers:,} answers seeded in {seeded:.1f} s; {args.requests} requests per page")
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {date.today().isoformat()}\n")  # fmt: skip
    base_cuts = quantiles(floor, n=20)
    print(f"Floor, `/api/health` over the same HTTP: p50 {base_cuts[9] * 1000:.1f} ms, "
          f"p95 {base_cuts[18] * 1000:.1f} ms\n")  # fmt: skip
    print("| page | p50 ms (× floor) | p95 ms (× floor) | max ms |")
    print("|---|---|---|---|")
    for page, values in times.items():
        cuts = quantiles(values, n=20)
        print(f"| `{page}` | {cuts[9] * 1000:.0f} ({cuts[9] / base_cuts[9]:.0f}×) | "
              f"{cuts[18] * 1000:.0f} ({cuts[18] / base_cuts[18]:.0f}×) | "
              f"{max(values) * 1000:.0f} |")  # fmt: skip
    print(f"\nServer memory (VmRSS): {before:.0f} MB before; peak {pages_peak:.0f} MB "
          f"serving `/` and `/progress` (growth {pages_peak - before:.0f} MB); peak "
          f"{peak:.0f} MB after every request (growth {peak - before:.0f} MB); "
          f"{after:.0f} MB at the end.")  # fmt: skip
    print(json.dumps({"before_mb": before, "peak_mb": peak}), file=sys.stderr)


if __name__ == "__main__":
    main()
