"""What team mode's per-account scoping and sign-in cost, against the floor.

    python benchmarks/team_scoping.py [--answers 1000] [--runs 200] [--database-url URL]

- History reads (the newest 20 answers, one answer, the progress summary) on the same data,
  once in personal mode (no scoping: the floor) and once in team mode acting as the account
  that owns every row, so both read the same rows and only the scoping differs.
- Sign-in: one Argon2id verification alone (the floor), and a whole `Accounts.sign_in`
  (rate-limit count, verification, new session).

Prints figures; record them with the machine and date in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))

from interview_coach.config import Settings
from interview_coach.progress.summary import progress_summary
from interview_coach.store import Store, db
from interview_coach.store.accounts import Accounts, _hasher
from interview_coach.store.owner import acting_as
from store.helpers import feedback, question, transcript

PASSWORD = "correct horse battery staple"


def _ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--answers", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--database-url", default=None, help="default: SQLite in a temporary folder")
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="coach-bench-"))
    settings = Settings(home=home, database_url=args.database_url)
    engine = db.create_engine(db.database_url(settings))
    db.ensure_schema(engine)
    personal = Store(engine, home)
    team = Store(engine, home, team=True)
    accounts = Accounts(team, "b" * 40)
    owner = accounts.create_user("owner", PASSWORD, "candidate").id
    fb, tr, q = feedback(), transcript(), question()
    with acting_as(owner):
        for _ in range(args.answers):
            team.save_answer(fb, transcript=tr, question=q)
        newest = team.answers(limit=1)[0].id

    print(f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{engine.dialect.name}, {args.answers} answers, {args.runs} runs")  # fmt: skip
    reads: dict[str, Callable[[Store], object]] = {
        "newest 20 answers": lambda s: s.answers(limit=20),
        "one answer": lambda s: s.get_answer(newest),
        "progress summary": lambda s: progress_summary(s),
    }
    print("| read | personal p50 / p95 | team p50 / p95 | ratio (p50) |")
    for name, read in reads.items():
        p50, p95 = _ms(lambda: read(personal), args.runs)  # noqa: B023
        with acting_as(owner):
            t50, t95 = _ms(lambda: read(team), args.runs)  # noqa: B023
        print(f"| {name} | {p50:.2f} / {p95:.2f} ms | {t50:.2f} / {t95:.2f} ms | "
              f"{t50 / p50:.2f}× |")  # fmt: skip
    stored = _hasher.hash(PASSWORD)
    v50, v95 = _ms(lambda: _hasher.verify(stored, PASSWORD), 20)
    s50, s95 = _ms(lambda: accounts.sign_in("owner", PASSWORD, "bench"), 20)
    print(f"| Argon2id verify alone | {v50:.0f} / {v95:.0f} ms |")
    print(f"| whole sign-in | {s50:.0f} / {s95:.0f} ms | {s50 / v50:.2f}× |")
    engine.dispose()


if __name__ == "__main__":
    main()
