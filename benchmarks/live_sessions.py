"""Concurrent live sessions: how many candidates can speak at once with feedback within 2 s.

    python benchmarks/live_sessions.py                         # levels 1,2,3,4,6; 16 kHz PCM
    python benchmarks/live_sessions.py --levels 4,6 --answers 2 --all-levels
    python benchmarks/live_sessions.py --format webm --stagger 2   # the fallback stream, lock step
    python benchmarks/live_sessions.py --levels 10 --answer-seconds 120 --spacing 3

Starts `interview-coach serve` in its own process on a free loopback port (empty temporary
data folder), then runs N simulated candidates at once. Each one opens the answer WebSocket,
streams a synthesised ~43 s spoken answer in 250 ms chunks in real time (as the room's
AudioWorklet does), sends stop, and measures the time from stop to the feedback message.
Candidates start at random moments within one answer's length (`--stagger`), so their
answers overlap but do not all end in the same second. A level is sustained when every
answer's feedback arrived within the target (2 s) and none failed. Levels go up until one is
not sustained. `--spacing` starts them that many seconds apart instead. The server's CPU time
per second of audio is reported for each level, against file mode's (the same answer posted
to `/api/analyze/audio`) measured at the end of the same run. Prints a Markdown table for
docs/benchmarks.md.

Needs espeak-ng and sox (to synthesise the answer).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import sys
import tempfile
import time
import urllib.request
import wave
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from statistics import quantiles
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "speech"))

import synth  # noqa: E402

from serving import free_port, start_server  # noqa: E402

CHUNK_SECONDS = 0.25
TARGET_SECONDS = 2.0


@dataclass
class Level:
    candidates: int
    latencies: list[float] = field(default_factory=list)  # stop -> feedback, at the client
    server: list[float] = field(default_factory=list)  # the server's own stop -> feedback
    errors: list[str] = field(default_factory=list)
    timings: list[dict] = field(default_factory=list)  # the server's split of that time
    cpu_per_audio_second: float = float("nan")  # the server's CPU time over the audio streamed

    def pct(self, p: float) -> float:
        xs = sorted(self.latencies)
        if not xs:
            return float("nan")
        if len(xs) == 1:
            return xs[0]
        return quantiles(xs, n=100, method="inclusive")[round(p) - 1]

    @property
    def sustained(self) -> bool:
        return not self.errors and bool(self.latencies) and max(self.latencies) <= TARGET_SECONDS


def make_answer(folder: Path, seconds: float) -> synth.SynthClip:
    """A spoken answer of at least `seconds`, built from the speech tests' scripts."""
    phrases: list[synth.Phrase] = []
    base = synth.ANSWER_FILLERS + synth.ANSWER_PLAIN
    while True:
        phrases.extend(synth.Phrase(p.text, p.pause_after or 0.6) for p in base)
        clip = synth.synthesize(phrases, folder / "answer.wav")
        if clip.duration >= seconds:
            return clip


def chunks_of(clip: synth.SynthClip, fmt: str, folder: Path) -> list[bytes]:
    """The answer as the messages a browser would send, one per 250 ms of audio."""
    n = max(1, round(clip.duration / CHUNK_SECONDS))
    if fmt == "pcm16":
        with wave.open(str(clip.path), "rb") as w:
            data = w.readframes(w.getnframes())
        step = int(16_000 * CHUNK_SECONDS) * 2
    else:
        data = synth.encode(clip.path, folder / "answer.webm", "libopus", "webm").read_bytes()
        step = -(-len(data) // n)
    return [data[i : i + step] for i in range(0, len(data), step)]


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def file_mode_cpu(base: str, pid: int, clip: synth.SynthClip, runs: int = 2) -> float:
    """The server's CPU per audio second for the same answer uploaded as a file."""
    import httpx

    data = clip.path.read_bytes()
    before = cpu_seconds(pid)
    for _ in range(runs):
        r = httpx.post(
            f"http{base}/api/analyze/audio",
            data={"question": "Tell me about a project you are proud of."},
            files={"file": ("answer.wav", data, "audio/wav")},
            timeout=300,
        )
        r.raise_for_status()
    return (cpu_seconds(pid) - before) / (runs * clip.duration)


def post_json(url: str, body: dict) -> dict:
    req = urllib.request.Request(
        url, json.dumps(body).encode(), {"content-type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


async def stream_and_stop(ws: Any, chunks: list[bytes]) -> float:
    """Send the chunks in real time (chunk i leaves at i x 250 ms, whatever the server is
    doing), then stop; the moment of stopping."""
    start = time.monotonic()
    for i, c in enumerate(chunks):
        wait = start + i * CHUNK_SECONDS - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        await ws.send(c)
    stopped = time.monotonic()
    await ws.send(json.dumps({"type": "stop"}))
    return stopped


async def candidate(
    base: str, fmt: str, chunks: list[bytes], answers: int, delay: float, level: Level
) -> None:
    import websockets

    await asyncio.sleep(delay)
    session = await asyncio.to_thread(post_json, f"http{base}/api/sessions", {"count": answers})
    for index in range(answers):
        url = f"ws{base}/api/sessions/{session['id']}/questions/{index}/live?format={fmt}"
        try:
            async with websockets.connect(url, max_size=None) as ws:
                first = json.loads(await ws.recv())
                if first["type"] != "ready":
                    level.errors.append(first.get("message", first["type"]))
                    return
                stopped = await stream_and_stop(ws, chunks)
                while True:
                    msg = json.loads(await asyncio.wait_for(ws.recv(), 120))
                    if msg["type"] == "feedback":
                        level.latencies.append(time.monotonic() - stopped)
                        level.server.append(msg["seconds"])
                        level.timings.append(msg.get("timings", {}))
                        break
                    if msg["type"] == "error":
                        level.errors.append(msg["message"])
                        return
        except Exception as exc:  # a benchmark reports failures, it does not stop on them
            level.errors.append(f"{type(exc).__name__}: {exc}")
            return


async def run_level(
    base: str,
    fmt: str,
    chunks: list[bytes],
    n: int,
    answers: int,
    stagger: float,
    spacing: float | None = None,
) -> Level:
    level = Level(n)
    rng = random.Random(n)
    # Candidates start at random moments within `stagger` seconds, so their answers end at
    # different times as in real interviews; stagger 0-2 s is the worst case (all stop at once).
    # With `spacing`, they start that many seconds apart.
    delays = [k * spacing if spacing is not None else rng.uniform(0, stagger) for k in range(n)]
    await asyncio.gather(*(candidate(base, fmt, chunks, answers, d, level) for d in delays))
    return level


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--levels", default="1,2,3,4,6", help="concurrent candidates to try")
    ap.add_argument("--format", choices=("webm", "pcm16"), default="pcm16")
    ap.add_argument("--answers", type=int, default=1, help="answers per candidate")
    ap.add_argument("--answer-seconds", type=float, default=40.0)
    ap.add_argument("--all-levels", action="store_true", help="go on after a failed level")
    ap.add_argument(
        "--stagger",
        type=float,
        default=None,
        help="candidates start within this many seconds (default: one answer's length)",
    )
    ap.add_argument("--spacing", type=float, default=None, help="start candidates S s apart")
    args = ap.parse_args()
    levels = [int(x) for x in args.levels.split(",")]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clip = make_answer(folder, args.answer_seconds)
        chunks = chunks_of(clip, args.format, folder)
        stagger = clip.duration if args.stagger is None else args.stagger
        port = free_port()
        server = start_server(
            folder / "home",
            port,
            folder / "server.log",
            {"INTERVIEW_COACH_MAX_LIVE_SESSIONS": str(max(levels) + 1)},
        )
        base = f"://127.0.0.1:{port}"
        try:
            # One unmeasured answer: the server loads and warms its models.
            asyncio.run(run_level(base, args.format, chunks[:12], 1, 1, 0))
            results = []
            for n in levels:
                load = os.getloadavg()[0]
                cpu = cpu_seconds(server.pid)
                level = asyncio.run(
                    run_level(base, args.format, chunks, n, args.answers, stagger, args.spacing)
                )
                audio = len(level.latencies) * clip.duration
                level.cpu_per_audio_second = (cpu_seconds(server.pid) - cpu) / max(audio, 1e-9)
                results.append((level, load))
                verdict = "yes" if level.sustained else "no"
                print(
                    f"{n:>3} candidates: p50 {level.pct(50):.2f} s  p95 {level.pct(95):.2f} s  "
                    f"max {max(level.latencies, default=float('nan')):.2f} s  "
                    f"errors {len(level.errors)}  sustained: {verdict}  (load before {load:.1f})  "
                    f"CPU per audio second {level.cpu_per_audio_second:.3f} s",
                    flush=True,
                )
                if os.environ.get("LIVE_BENCH_VERBOSE"):
                    print("      server timings:", level.timings)
                for e in level.errors[:3]:
                    print(f"      error: {e}")
                if not level.sustained and not args.all_levels:
                    break
            file_cpu = file_mode_cpu(base, server.pid, clip)
        finally:
            server.terminate()
            server.wait(timeout=20)
            if os.environ.get("LIVE_BENCH_VERBOSE"):
                print((folder / "server.log").read_text()[-3000:])

    best = max((lv.candidates for lv, _ in results if lv.sustained), default=0)
    print()
    print(
        f"`python benchmarks/live_sessions.py --levels {args.levels} --format {args.format} "
        f"--answers {args.answers} --stagger {stagger:.0f}`: {clip.duration:.0f} s answer "
        f"streamed in real time in 250 ms chunks, candidates starting within {stagger:.0f} s; "
        f"{platform.machine()}, {os.cpu_count()} cores, {date.today()}."
    )
    print()
    print(
        "| candidates at once | answers | p50 | p90 | p95 | max | errors | within 2 s "
        "| CPU per audio s (× file mode) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for lv, _ in results:
        print(
            f"| {lv.candidates} | {len(lv.latencies)} | {lv.pct(50):.2f} s | {lv.pct(90):.2f} s"
            f" | {lv.pct(95):.2f} s | {max(lv.latencies, default=float('nan')):.2f} s"
            f" | {len(lv.errors)} | {'yes' if lv.sustained else 'no'}"
            f" | {lv.cpu_per_audio_second:.3f} s ({lv.cpu_per_audio_second / file_cpu:.2f}×) |"
        )
    print()
    print(f"File mode, the same answer uploaded: {file_cpu:.3f} s of CPU per audio second.")
    print()
    print(f"Sustained with every answer's feedback within {TARGET_SECONDS:.0f} s: {best}")


if __name__ == "__main__":
    main()
