"""Start-up: how long the command line takes before it does anything, against its floors.

    python benchmarks/startup.py            # 15 rounds
    python benchmarks/startup.py --rounds 5

Runs, interleaved round by round so a busy moment hits every command alike:

- the floors: `python -c "import click"` (what `--help` must stand on) and
  `python -c "import onnxruntime"` (the embedding runtime every analysis loads);
- `interview-coach --help`;
- `interview-coach analyze` on a one-line typed answer (question bank, embedder, analysis,
  printing).

Prints each one's median and its ratio to its floor, for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
ANSWER = "I rebuilt our stock count so the store closed each month with no gaps."


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        answer = Path(tmp) / "answer.txt"
        answer.write_text(ANSWER, encoding="utf-8")
        env = {**os.environ, "INTERVIEW_COACH_HOME": str(Path(tmp) / "home")}
        coach = [str(Path(PY).parent / "interview-coach")]
        commands = {
            "import click": [PY, "-c", "import click"],
            "import onnxruntime": [PY, "-c", "import onnxruntime"],
            "--help": [*coach, "--help"],
            "analyze (typed, one line)": [
                *coach,
                "analyze",
                "-q",
                "Tell me about a time you improved a process.",
                "--text",
                str(answer),
            ],
        }
        for cmd in commands.values():  # warm the file cache once
            timed(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, cmd in commands.items():
                times[name].append(timed(cmd, env))
    med = {name: statistics.median(ts) for name, ts in times.items()}
    floors = {"--help": "import click", "analyze (typed, one line)": "import onnxruntime"}
    print(
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{date.today()}; median of {args.rounds} interleaved rounds"
    )
    print()
    print("| command | median | × floor |")
    print("|---|---|---|")
    for name, m in med.items():
        ratio = f"{m / med[floors[name]]:.1f}× `{floors[name]}`" if name in floors else "floor"
        print(f"| `{name}` | {m * 1000:.0f} ms | {ratio} |")


if __name__ == "__main__":
    main()
