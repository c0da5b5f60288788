"""Hostile documents against the running web app: time to a clear error, and /api/health meanwhile.

    python benchmarks/hostile_documents.py

Starts `interview-coach serve` in its own process on an empty temporary data folder, uploads
each hostile document from tests/security/hostile.py to the plan preview (as the new-session
form does), and polls /api/health every 50 ms from another thread while the upload runs.
Prints a Markdown table for docs/benchmarks.md: seconds until the error answer, its status,
and the health check's p50/p95/max latency during the upload.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from statistics import quantiles

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from security import hostile  # noqa: E402
from serving import free_port, start_server  # noqa: E402

DOCUMENTS = {
    "2 million empty paragraphs (.docx)": ("a.docx", hostile.docx_many_paragraphs),
    "XML inflating to 1 GB (.docx)": ("b.docx", hostile.docx_inflating),
    "5 million text operators (.pdf)": ("c.pdf", hostile.pdf_many_operators),
    "50,000 pages (.pdf)": ("d.pdf", hostile.pdf_many_pages),
    "an ordinary job description (.docx)": ("e.docx", hostile.real_docx),
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        proc = start_server(Path(tmp), port, Path(tmp) / "server.log")
        base = f"http://127.0.0.1:{port}"
        rows = []
        try:
            time.sleep(5)  # the background model warm-up
            for label, (name, make) in DOCUMENTS.items():
                data = make()
                health: list[float] = []
                done = threading.Event()

                def poll(done: threading.Event = done, health: list[float] = health) -> None:
                    while not done.is_set():
                        t = time.perf_counter()
                        httpx.get(base + "/api/health", timeout=30)
                        health.append(time.perf_counter() - t)
                        time.sleep(0.05)

                poller = threading.Thread(target=poll)
                poller.start()
                t = time.perf_counter()
                r = httpx.post(
                    base + "/sessions/preview",
                    files={"jd_file": (name, data)},
                    data={"minutes": "15"},
                    timeout=120,
                )
                took = time.perf_counter() - t
                done.set()
                poller.join()
                cuts = (
                    quantiles(health, n=20, method="inclusive") if len(health) > 1 else health * 19
                )
                rows.append((label, len(data), r.status_code, took, cuts[9], cuts[18],
                             max(health)))  # fmt: skip
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{date.today().isoformat()}\n")  # fmt: skip
    print("| upload | size | answer | seconds | /api/health p50 | p95 | max |")
    print("|---|---|---|---|---|---|---|")
    for label, size, status, took, p50, p95, top in rows:
        print(f"| {label} | {size / 1024:.0f} KB | {status} | {took:.2f} | "
              f"{p50 * 1000:.0f} ms | {p95 * 1000:.0f} ms | {top * 1000:.0f} ms |")  # fmt: skip


if __name__ == "__main__":
    main()
