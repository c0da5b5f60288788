"""Hostile documents against the running web app: time to a clear error, /api/health meanwhile
against its own idle floor, and the server's memory.

    python benchmarks/hostile_documents.py

Starts `interview-coach serve` in its own process on an empty temporary data folder, measures
/api/health with nothing else running (the floor), then uploads each hostile document from
tests/security/hostile.py to the plan preview (as the new-session form does) while another
thread polls /api/health every 50 ms and samples the server's resident memory. Prints a
Markdown table for docs/benchmarks.md: seconds until the answer, its status, the health
check's p95 and max as a ratio to the floor's p95, and the server's peak memory growth (the
document itself is parsed in a worker process limited to 512 MB, not in the server).
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
from serving import free_port, rss_mb, start_server  # noqa: E402

DOCUMENTS = {
    "2 million empty paragraphs (.docx)": ("a.docx", hostile.docx_many_paragraphs),
    "XML inflating to 1 GB (.docx)": ("b.docx", hostile.docx_inflating),
    "5 million text operators (.pdf)": ("c.pdf", hostile.pdf_many_operators),
    "50,000 pages (.pdf)": ("d.pdf", hostile.pdf_many_pages),
    "300,000 characters of text (.docx)": ("f.docx", hostile.docx_long_text),
    "270,000 characters of text (.pdf)": ("g.pdf", hostile.pdf_long_text),
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
            floor = []
            for _ in range(40):
                t = time.perf_counter()
                httpx.get(base + "/api/health", timeout=30)
                floor.append(time.perf_counter() - t)
                time.sleep(0.05)
            floor_p95 = quantiles(floor, n=20, method="inclusive")[18]
            for label, (name, make) in DOCUMENTS.items():
                data = make()
                health: list[float] = []
                before = rss_mb(proc.pid)
                peak = [before]
                done = threading.Event()

                def poll(
                    done: threading.Event = done, health: list[float] = health, peak=peak
                ) -> None:
                    while not done.is_set():
                        t = time.perf_counter()
                        httpx.get(base + "/api/health", timeout=30)
                        health.append(time.perf_counter() - t)
                        peak[0] = max(peak[0], rss_mb(proc.pid))
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
                rows.append((label, len(data), r.status_code, took, cuts[18], max(health),
                             peak[0] - before))  # fmt: skip
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{date.today().isoformat()}\n")  # fmt: skip
    print(f"/api/health floor (idle server): p50 {quantiles(floor, n=20)[9] * 1000:.1f} ms, "
          f"p95 {floor_p95 * 1000:.1f} ms\n")  # fmt: skip
    print("| upload | size | answer | seconds | /api/health p95 (× floor) | max (× floor) | "
          "server memory growth |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for label, size, status, took, p95, top, grew in rows:
        print(f"| {label} | {size / 1024:.0f} KB | {status} | {took:.2f} | "
              f"{p95 * 1000:.0f} ms ({p95 / floor_p95:.1f}×) | {top * 1000:.0f} ms "
              f"({top / floor_p95:.1f}×) | {grew:+.0f} MB |")  # fmt: skip


if __name__ == "__main__":
    main()
