"""Team mode under load: candidates arriving over a run, against several web processes.

    python benchmarks/load_team.py [--candidates 30] [--minutes 10] [--seed 7] [--webs 2]
                                   [--workers 2] [--json results.json]

Needs PostgreSQL (INTERVIEW_COACH_TEST_POSTGRES_URL, from `bash .ci/postgres.sh`; that database
is emptied), Debian's redis-server, and espeak-ng with sox for the spoken answers. Starts its
own Redis, `--webs` `interview-coach serve --team` processes and `--workers` queue workers on
loopback, makes one account and API token per candidate, and lets the candidates arrive at
seeded random moments over the first 80 % of the run. Each one starts a session, types 2-3
answers, uploads one recording and speaks one answer live over the WebSocket in real time,
with think time between. Measures errors and latency per kind, the queue depth and the CPU
time of every process; prints a Markdown section for docs/benchmarks.md. Run by hand, not CI.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from statistics import mean, quantiles
from typing import Any

import httpx
import redis

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from interview_coach.config import Settings  # noqa: E402
from interview_coach.store import open_store  # noqa: E402
from interview_coach.store.accounts import Accounts  # noqa: E402
from live_sessions import chunks_of, make_answer, stream_and_stop, synth  # noqa: E402
from serving import free_port  # noqa: E402
from store.conftest import reset_postgres  # noqa: E402

SECRET = "load-benchmark-secret-key-of-at-least-32-characters"
PASSWORD = "load benchmark password"
JFK = ROOT.parent / "shared" / "data" / "speech" / "jfk.wav"
ARRIVAL_SHARE = 0.8  # arrivals stop here, so late candidates still finish near the run's end
DRAIN_SECONDS = 180  # at most this long past the run's end for work in flight, then cut off
QUEUE_EVERY = 5.0  # seconds between /metrics samples: cheap, and fine enough for a gauge
THINK_SECONDS = (2.0, 8.0)  # a candidate reads the feedback and the next question
LIVE_SECONDS = 36.0  # the live answer: a realistic 30-45 s spoken answer
HTTP_TIMEOUT = 180.0  # a transcription on a busy 2-core box can take tens of seconds
START_SECONDS = 120  # model loading and schema checks on a busy machine
KINDS = ("session", "typed", "upload", "live")
TICK = os.sysconf("SC_CLK_TCK")

# Typed answers as candidates write them: varied length (80-200 words), structure and quality.
ANSWERS = (
    "In my last role I was the engineer on call when our payment service started timing out "
    "during a holiday sale. I first checked the dashboards and saw that database connections "
    "were exhausted. I raised the pool size as a stopgap, then found a new report query that "
    "held connections for minutes. I moved it to a read replica and added a timeout. Checkout "
    "errors fell from eight percent to almost zero within an hour, and afterwards I wrote the "
    "runbook we still use. What I learned is to look first for the change that came just "
    "before the symptom, rather than for the component that looks guilty.",
    "Honestly I think I am a good fit because I like working with people and I am a fast "
    "learner. At my previous job I did a lot of different things, like customer emails, some "
    "spreadsheets, and helping the manager with scheduling. I was always on time and people "
    "said I was reliable. Once I noticed we kept answering the same customer questions, so I "
    "wrote a short page of answers that the whole team used. I want to grow into a role with "
    "more responsibility, and your company seems like a place where I could do that.",
    "A conflict I remember well was with a designer who wanted to ship a redesign of our "
    "onboarding flow two weeks before a major release. I was worried about the risk, but "
    "instead of just saying no, I asked what problem the redesign solved. It turned out "
    "activation had dropped by twelve percent. We agreed to ship the two screens that mattered "
    "most behind a feature flag, and to measure for a week. Activation recovered by nine "
    "points, we shipped the rest after the release, and the designer and I kept planning "
    "together every sprint after that. The situation taught me that disagreement is often about "
    "missing data, so now I ask for the goal before I argue about the solution, and I write the "
    "success measure down before anyone starts building.",
    "My greatest weakness used to be delegating. As a team lead I kept the hardest tasks for "
    "myself because it felt faster, and two of my engineers told me in a retrospective that "
    "they felt they were not trusted with anything interesting. So I changed how I planned: "
    "each sprint, I paired one of them with me on the hard task for two days and then handed it "
    "over completely. It was slower at first, but within a quarter both of them were leading "
    "features on their own, and I had time for hiring and for the architecture review.",
    "I would start by understanding the users and the data. For a recommendation feature in an "
    "online bookshop, I would first ask what success means, maybe more purchases per visit or "
    "fewer returns. Then I would look at the data we already have: orders, views, ratings. A "
    "simple baseline such as books often bought together is cheap and easy to explain, so I "
    "would ship that first, measure it with an A B test against no recommendations, and only "
    "then try a learned model. I would also plan for new users with no history, and watch for "
    "the feature showing the same bestsellers to everyone.",
    "Um, so, I guess the project I am most proud of is the data migration we did last year. We "
    "had to move about forty million customer records from an old system to a new one without "
    "downtime. I wrote the plan, so we copied the data in batches, compared checksums, and ran "
    "both systems side by side for two weeks. There were, like, a few surprises with duplicate "
    "records, but we caught them in the comparison. In the end we switched over on a Sunday "
    "night with no customer complaints, and the old servers were shut down a month later, "
    "which saved around thirty thousand dollars a year.",
)

Action = Callable[[], Awaitable[float | None]]  # its own latency, or None: the time it took


@dataclass
class Results:
    """Latencies (seconds) of the successful actions; every failure: its kind, reason, and
    when (seconds from the start, to line it up with the servers' logs)."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[tuple[str, str, float]] = field(default_factory=list)
    speech_seconds: float = 0.0  # audio recognised by the workers, for the per-core rule
    t0: float = field(default_factory=time.monotonic)

    def fail(self, kind: str, reason: str) -> None:
        self.errors.append((kind, reason, round(time.monotonic() - self.t0, 1)))


@dataclass
class Candidate:
    token: str
    port: int  # the web process it is sent to
    arrival: float  # seconds after the start
    rng: random.Random  # its own, so its choices do not depend on the others' timing


def pct(xs: list[float], p: int) -> float:
    xs = sorted(xs)
    if len(xs) < 2:
        return xs[0] if xs else float("nan")
    return quantiles(xs, n=100, method="inclusive")[p - 1]


# ---------------------------------------------------------------- processes


def proc_cpu() -> dict[int, tuple[int, float]]:
    """Every process's parent and CPU seconds, its reaped children's included (so a worker's
    pool children that came and went still count, through their parent)."""
    out: dict[int, tuple[int, float]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:  # the command name may hold spaces or parentheses: fields start after the last ")"
            f = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # it exited meanwhile
        out[int(entry.name)] = (int(f[1]), sum(int(x) for x in f[11:15]) / TICK)
    return out


def tree_cpu(root: int, stats: dict[int, tuple[int, float]]) -> float:
    """CPU seconds of a process and all its descendants."""
    children: dict[int, list[int]] = defaultdict(list)
    for pid, (ppid, _) in stats.items():
        children[ppid].append(pid)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        if pid in stats:
            total += stats[pid][1]
            todo.extend(children[pid])
    return total


def postmaster_pid(url: str) -> int | None:
    """PostgreSQL's main process when the database runs here (Debian's pid file in
    /var/run/postgresql); None otherwise, and its CPU is left out."""
    if "@127.0.0.1" not in url and "@localhost" not in url:
        return None
    for pid_file in Path("/var/run/postgresql").glob("*.pid"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int(pid_file.read_text().split()[0])
            if Path(f"/proc/{pid}").exists():
                return pid
    return None


def spawn(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    # Its own session: Ctrl-C reaches only this script, and cleanup kills the whole group.
    # Output to a file: a pipe nobody reads would fill and stall the process.
    with log.open("wb") as out:
        return subprocess.Popen(
            cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop_all(procs: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM every process group, then SIGKILL whatever has not gone within 20 s."""
    for p in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    for p in procs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            p.wait(timeout=max(0.1, deadline - time.monotonic()))
        with contextlib.suppress(ProcessLookupError):  # the group's leftovers, if any
            os.killpg(p.pid, signal.SIGKILL)
        p.wait()


def wait_for(
    check: Callable[[], bool], what: str, proc: subprocess.Popen[bytes], log: Path
) -> None:
    """Until `check()` holds; exits with the process's log if it dies or takes too long."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, httpx.HTTPError, redis.RedisError):
            if check():
                return
        if proc.poll() is not None:
            sys.exit(f"{what} exited:\n{log.read_text()[-3000:]}")
        time.sleep(0.3)
    sys.exit(f"{what} was not ready within {START_SECONDS} s:\n{log.read_text()[-3000:]}")


def start_stack(
    args: argparse.Namespace, url: str, home: Path, folder: Path, procs: list
) -> tuple[list[int], dict[str, int]]:
    """Redis, the web processes and the workers, each in `procs` as soon as it is started
    (so the caller can stop it whatever happens); the web ports once every one is ready, and
    the pid of each process to measure."""
    redis_bin = shutil.which("redis-server")
    if redis_bin is None:
        sys.exit("Debian's redis-server is needed: apt-get install redis-server")
    rport = free_port()
    redis_cmd = [redis_bin, "--port", str(rport), "--bind", "127.0.0.1", "--save", ""]
    procs.append(spawn([*redis_cmd, "--appendonly", "no"], dict(os.environ), folder / "redis.log"))
    ping = redis.Redis(port=rport, socket_timeout=0.3).ping
    wait_for(ping, "redis-server", procs[0], folder / "redis.log")
    # One data folder for all, as web processes and workers share it in a deployment.
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "INTERVIEW_COACH_TEAM": "1",
           "INTERVIEW_COACH_BROKER_URL": f"redis://127.0.0.1:{rport}/0",
           "INTERVIEW_COACH_DATABASE_URL": url, "INTERVIEW_COACH_SECRET_KEY": SECRET,
           "INTERVIEW_COACH_HOME": str(home)}  # fmt: skip
    cli = [sys.executable, "-m", "interview_coach.cli"]
    pids = {"redis": procs[0].pid}
    ports = [free_port() for _ in range(args.webs)]
    jobs = [(f"web {i}", ["serve", "--team", "--port", str(p)]) for i, p in enumerate(ports, 1)]
    jobs += [(f"worker {i}", ["worker", "--concurrency", "1"]) for i in range(1, args.workers + 1)]
    # The workers share this machine's cores rather than each taking all of them.
    threads = str(max(1, (os.cpu_count() or 1) // args.workers))
    for name, cmd in jobs:
        own = (
            {**env, "INTERVIEW_COACH_SPEECH_THREADS": threads} if name.startswith("worker") else env
        )
        procs.append(spawn([*cli, *cmd], own, folder / f"{name.replace(' ', '')}.log"))
        pids[name] = procs[-1].pid
    for i, port in enumerate(ports, 1):
        ready = f"http://127.0.0.1:{port}/api/ready"
        wait_for(lambda u=ready: httpx.get(u, timeout=2).status_code == 200,  # type: ignore[misc]
                 f"web {i}", procs[i], folder / f"web{i}.log")  # fmt: skip
    if (pg := postmaster_pid(url)) is not None:
        pids["PostgreSQL (whole server)"] = pg
    return ports, pids


# ---------------------------------------------------------------- one candidate


async def timed(results: Results, kind: str, action: Action) -> bool:
    """Run one action and keep its latency, or its failure's reason; never raises."""
    start = time.monotonic()
    try:
        own = await action()
    except asyncio.CancelledError:
        results.fail(kind, "cut off at the deadline")
        raise
    except Exception as exc:  # a benchmark reports failures, it does not stop on them
        results.fail(kind, f"{type(exc).__name__}: {str(exc)[:160]}")
        return False
    results.latencies[kind].append(time.monotonic() - start if own is None else own)
    return True


def expect(r: httpx.Response, status: int) -> Any:
    if r.status_code != status:
        raise RuntimeError(f"HTTP {r.status_code} {r.text[:120]}")
    return r.json()


async def live_answer(url: str, token: str, chunks: list[bytes]) -> float:
    """Stream the answer in real time, stop, and wait for the feedback: stop -> feedback."""
    import websockets

    # The team gate reads the bearer token from a WebSocket handshake as from any request.
    auth = {"Authorization": f"Bearer {token}"}
    async with websockets.connect(url, additional_headers=auth, max_size=None) as ws:
        first = json.loads(await ws.recv())
        if first["type"] != "ready":
            raise RuntimeError(first.get("message", first["type"]))
        stopped = await stream_and_stop(ws, chunks)
        while True:
            msg = json.loads(await asyncio.wait_for(ws.recv(), HTTP_TIMEOUT))
            if msg["type"] == "feedback":
                return time.monotonic() - stopped
            if msg["type"] == "error":
                raise RuntimeError(msg["message"])


async def candidate(
    c: Candidate, audio: dict, results: Results, t0: float, think: tuple[float, float]
) -> None:
    """One candidate's visit: a session, then typed answers, an upload and a live answer."""
    await asyncio.sleep(max(0.0, t0 + c.arrival - time.monotonic()))
    auth = {"Authorization": f"Bearer {c.token}"}
    base = f"http://127.0.0.1:{c.port}"
    async with httpx.AsyncClient(base_url=base, headers=auth, timeout=HTTP_TIMEOUT) as http:
        session: dict = {}

        async def post(path: str, status: int, **kw: Any) -> None:
            expect(await http.post(path, **kw), status)

        async def start() -> None:
            session.update(expect(await http.post("/api/sessions", json={}), 201))

        if not await timed(results, "session", start):
            return
        sid, questions = session["id"], session["questions"]
        actions = ["typed"] * c.rng.randint(2, 3) + ["upload", "live"]
        c.rng.shuffle(actions)  # a seeded order: people do not all follow one script
        for n, kind in enumerate(actions):
            await asyncio.sleep(c.rng.uniform(*think))
            index = n % len(questions)
            path = f"/api/sessions/{sid}/questions/{index}"
            if kind == "typed":
                text = c.rng.choice(ANSWERS)
                action = lambda: post(f"{path}/answers", 201, json={"text": text})  # noqa: B023, E731
            elif kind == "upload":
                name, data = c.rng.choice(audio["uploads"])
                form = {"question": questions[index]["text"]}
                files = {"file": (name, data, "audio/wav")}

                async def action(form=form, files=files, name=name) -> None:  # type: ignore[misc]
                    await post("/api/analyze/audio", 200, data=form, files=files)
                    results.speech_seconds += audio["seconds"][name]
            else:
                url = f"ws://127.0.0.1:{c.port}{path}/live?format=pcm16"

                async def action(url=url) -> float:  # type: ignore[misc]
                    took = await live_answer(url, c.token, audio["live"])
                    results.speech_seconds += audio["seconds"]["live"]
                    return took

            await timed(results, kind, action)


async def sample_queue(port: int, samples: list[float]) -> None:
    """`coach_queue_depth` from a web process's /metrics every QUEUE_EVERY seconds."""
    async with httpx.AsyncClient(timeout=10) as http:
        while True:
            with contextlib.suppress(httpx.HTTPError):  # a missed sample, not an app error
                for line in (await http.get(f"http://127.0.0.1:{port}/metrics")).text.splitlines():
                    if line.startswith("coach_queue_depth "):
                        samples.append(float(line.split()[1]))
            await asyncio.sleep(QUEUE_EVERY)


async def warm_up(ports: list[int], token: str, audio: dict) -> Results:
    """One unmeasured visit to each web process, without think time: models loaded."""
    results = Results()
    short = {**audio, "uploads": audio["uploads"][:1], "live": audio["live"][:12]}
    for port in ports:
        c = Candidate(token, port, 0.0, random.Random(0))
        await candidate(c, short, results, time.monotonic(), (0.0, 0.0))
    return results


async def run_load(
    cands: list[Candidate], port: int, audio: dict, minutes: float
) -> tuple[Results, list[float], int]:
    """Every candidate's visit, bounded: those still busy DRAIN_SECONDS past the run's end
    are cut off (their action in flight counts as an error)."""
    results, samples = Results(), []
    t0 = time.monotonic()
    sampler = asyncio.create_task(sample_queue(port, samples))
    tasks = [asyncio.create_task(candidate(c, audio, results, t0, THINK_SECONDS)) for c in cands]
    _, pending = await asyncio.wait(tasks, timeout=minutes * 60 + DRAIN_SECONDS)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    sampler.cancel()
    return results, samples, len(pending)


# ---------------------------------------------------------------- report


def machine() -> str:
    info = dict(
        (k.strip(), v.strip())
        for f in ("/proc/cpuinfo", "/proc/meminfo")
        for k, _, v in (line.partition(":") for line in Path(f).read_text().splitlines())
        if k.strip() in ("model name", "MemTotal")
    )
    ram = int(info["MemTotal"].split()[0]) / 2**20
    cpu = info.get("model name", platform.machine())
    return f"{cpu}, {os.cpu_count()} cores, {ram:.1f} GiB RAM"


def wav_seconds(path: Path) -> float:
    import wave

    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def task_metrics(ports: list[int]) -> dict[str, float]:
    """The web processes' own record of the recognition tasks they sent: how many, the
    workers' time on them, and the wait for their replies (all summed over the processes)."""
    want = {"coach_task_seconds_sum": "work", "coach_task_seconds_count": "tasks",
            "coach_task_wait_seconds_sum": "wait"}  # fmt: skip
    out = dict.fromkeys(want.values(), 0.0)
    for port in ports:
        for line in httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text.splitlines():
            name, _, rest = line.partition("{")
            if name in want and 'task="interview_coach.recognise"' in rest:
                out[want[name]] += float(line.rsplit(" ", 1)[1])
    return out


def report(args: argparse.Namespace, out: dict) -> str:
    """The Markdown section for docs/benchmarks.md."""
    lat, errors = out["latencies"], Counter(e[0] for e in out["errors"])
    lines = [
        f"### Team mode under load ({out['date']})",
        "",
        f"`python benchmarks/load_team.py --candidates {args.candidates} --minutes "
        f"{args.minutes:g} --seed {args.seed} --webs {args.webs} --workers {args.workers}` "
        f"on {out['machine']}. Candidates arrive over the first {ARRIVAL_SHARE:.0%} of the "
        "run, round-robin over the web processes; each starts a session, types 2-3 answers, "
        f"uploads one recording and speaks one {out['live_seconds']:.0f} s answer live (250 ms "
        f"chunks in real time), {THINK_SECONDS[0]:g}-{THINK_SECONDS[1]:g} s think time between. "
        f"Load phase {out['wall_seconds']:.0f} s; {out['cut_off']} candidates cut off.",
        "",
        "| kind | n | errors | p50 | p95 | max |",
        "|---|---|---|---|---|---|",
    ]
    for kind in KINDS:
        xs = lat.get(kind, [])
        lines.append(
            f"| {kind} | {len(xs)} | {errors[kind]} | {pct(xs, 50):.2f} s | {pct(xs, 95):.2f} s"
            f" | {max(xs, default=float('nan')):.2f} s |"
        )
    q = [x for x in out["queue_depth"] if x >= 0]  # -1: the web process could not reach Redis
    lines += [
        "",
        "n: successful; live is stop → feedback at the client, the others the request's time.",
        f"Queue depth (`coach_queue_depth` of web 1, every {QUEUE_EVERY:g} s, "
        f"{len(out['queue_depth'])} samples): "
        + (f"max {max(q):.0f}, mean {mean(q):.2f}." if q else "no readable sample."),
        "",
        "| process (with its children) | CPU s | CPU % of one core |",
        "|---|---|---|",
    ]
    for name, secs in out["cpu_seconds"].items():
        lines.append(f"| {name} | {secs:.1f} | {100 * secs / out['wall_seconds']:.0f} % |")
    t, workers = out["tasks"], [v for k, v in out["cpu_seconds"].items() if k.startswith("worker")]
    if t["tasks"]:
        work, wait = t["work"] / t["tasks"], t["wait"] / t["tasks"]
        lines += [
            "",
            f"Recognition tasks: {t['tasks']:.0f}; a worker's time on one {work:.2f} s on "
            f"average, the web process's wait for its reply {wait:.2f} s: the queue hop "
            f"(sending the samples, waiting for a free worker, the reply) {wait - work:.2f} s.",
        ]
    if workers and out["speech_seconds"]:
        rate = out["speech_seconds"] / sum(workers)
        lines.append(
            f"Speech recognised: {out['speech_seconds']:.0f} s of audio in {sum(workers):.0f} "
            f"worker CPU seconds, {rate:.1f} s of speech per CPU second."
        )
    if out["errors"]:
        lines += ["", "Errors:"]
        first: dict[tuple[str, str], float] = {}
        for kind, reason, at in out["errors"]:
            first.setdefault((kind, reason), at)
        for (kind, reason), n in Counter(e[:2] for e in out["errors"]).most_common(10):
            lines.append(f"- {kind} ×{n} (first at {first[kind, reason]:.0f} s): {reason}")
    return "\n".join(lines)


# ---------------------------------------------------------------- main


def make_accounts(settings: Settings, n: int) -> list[str]:
    """`n` candidate accounts, and an API token for each (as an admin's script would)."""
    with open_store(settings) as store:
        accounts = Accounts(store, SECRET)
        users = [accounts.create_user(f"candidate{i:03d}", PASSWORD, "candidate") for i in range(n)]
        return [accounts.create_token(u.id, "load test") for u in users]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for name, default in (("candidates", 30), ("minutes", 10.0), ("seed", 7), ("webs", 2),
                          ("workers", 2)):  # fmt: skip
        ap.add_argument(f"--{name}", type=type(default), default=default)
    ap.add_argument("--json", type=Path, help="also write the raw results here")
    args = ap.parse_args()
    url = os.environ.get("INTERVIEW_COACH_TEST_POSTGRES_URL")
    if not url:
        sys.exit("Set INTERVIEW_COACH_TEST_POSTGRES_URL (e.g. from `bash .ci/postgres.sh`).")
    if not synth.tools_available():
        sys.exit("espeak-ng and sox are needed to synthesise the spoken answers.")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # as Ctrl-C: the finally runs
    procs: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory(prefix="coach-load-") as tmp:
        folder = Path(tmp)
        try:
            print("Synthesising the spoken answers…", file=sys.stderr)
            clip = make_answer(folder, LIVE_SECONDS)  # once, reused by every candidate
            spoken = synth.synthesize(synth.ANSWER_FILLERS, folder / "upload.wav").path
            uploads = [p for p in (JFK, spoken) if p.exists()]
            audio = {
                "live": chunks_of(clip, "pcm16", folder),
                "uploads": [(p.name, p.read_bytes()) for p in uploads],
                "seconds": {"live": clip.duration, **{p.name: wav_seconds(p) for p in uploads}},
            }
            print("Resetting PostgreSQL, making accounts, starting processes…", file=sys.stderr)
            reset_postgres(url)
            home = folder / "home"
            settings = Settings(home=home, database_url=url, team=True, secret_key=SECRET)
            *tokens, warm_token = make_accounts(settings, args.candidates + 1)
            ports, pids = start_stack(args, url, home, folder, procs)
            warm = asyncio.run(warm_up(ports, warm_token, audio))
            for kind, reason, _ in warm.errors:
                print(f"warm-up error ({kind}): {reason}", file=sys.stderr)

            rng = random.Random(args.seed)
            arrivals = ARRIVAL_SHARE * args.minutes * 60
            cands = [  # round-robin over the web processes, as a load balancer would
                Candidate(t, ports[i % len(ports)], rng.uniform(0, arrivals),
                          random.Random(args.seed * 100_003 + i))
                for i, t in enumerate(tokens)
            ]  # fmt: skip
            print(f"Load: {args.candidates} candidates, {args.minutes:g} min…", file=sys.stderr)
            before, started = proc_cpu(), time.monotonic()
            results, samples, cut_off = asyncio.run(run_load(cands, ports[0], audio, args.minutes))
            after, wall = proc_cpu(), time.monotonic() - started
            tasks = task_metrics(ports)
            # A process gone by the end (PostgreSQL restarted under the run) is left out.
            cpu = {n: tree_cpu(pid, after) - tree_cpu(pid, before)
                   for n, pid in pids.items() if pid in after}  # fmt: skip
            cpu["all of these"] = sum(cpu.values())
            if results.errors or warm.errors:  # the servers' own words on what went wrong
                for log in sorted(folder.glob("*.log")):
                    print(f"--- {log.name}\n{log.read_text()[-2000:]}", file=sys.stderr)
        finally:
            stop_all(procs)

    out = {"settings": {k: v for k, v in vars(args).items() if k != "json"},
           "machine": machine(), "date": str(date.today()), "live_seconds": clip.duration,
           "wall_seconds": wall, "cut_off": cut_off, "latencies": dict(results.latencies),
           "errors": results.errors, "queue_depth": samples, "cpu_seconds": cpu,
           "arrivals": [c.arrival for c in cands], "tasks": tasks,
           "speech_seconds": results.speech_seconds}  # fmt: skip
    print(report(args, out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:  # main's finally has stopped every process by now
        sys.exit("Interrupted; every process it started has been stopped.")
