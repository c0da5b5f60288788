"""`interview-coach serve` in its own process on a free port, for the benchmarks that measure
the app over HTTP (live sessions, pages, hostile documents)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_SECONDS = 60  # model loading included


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(
    home: Path, port: int, log_path: Path, env: dict[str, str] | None = None
) -> subprocess.Popen:
    """Start the server on `home` and return once /api/health answers."""
    full = {**os.environ, "INTERVIEW_COACH_HOME": str(home), "PYTHONPATH": str(ROOT / "src")}
    full.pop("INTERVIEW_COACH_DATABASE_URL", None)  # the temporary home's SQLite, always
    full.update(env or {})
    # The server's output goes to a file: a pipe nobody reads would fill and stall it.
    log = log_path.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "interview_coach.cli", "serve", "--port", str(port)],
        env=full,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited: {log_path.read_text()}") from None
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"the server did not start within {START_SECONDS} s")


def rss_mb(pid: int) -> float:
    """The process's resident memory (VmRSS) in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
