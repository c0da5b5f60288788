"""Speech and reports on the task queue, as team mode runs them: a real web server, real
`interview-coach worker` processes, Redis, PostgreSQL and the speech model on real audio.

The web process decodes audio and finds its pauses, the workers recognise it: the web
process never loads the model. A worker killed mid-recognition or a Redis restart costs the
user a few seconds, not the answer; nothing is kept twice.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
import wave
from pathlib import Path

import httpx
import pytest
import redis
import websockets

from taskqueue.conftest import Redis, TeamServer, kill_group

pytestmark = pytest.mark.slow

SPEECH = Path(__file__).parents[1] / "speech" / "data"
JFK = SPEECH / "jfk.wav"
QUESTION = "Tell me about a time you inspired a team."


def _upload(server: TeamServer, data: bytes, timeout: float = 180) -> httpx.Response:
    return httpx.post(f"{server.url}/api/analyze/audio", headers=server.headers,
                      files={"file": ("answer.wav", data, "audio/wav")},
                      data={"question": QUESTION}, timeout=timeout)  # fmt: skip


def _long_wav(tmp: Path, times: int) -> bytes:
    """The clip several times over: an answer of several recognition windows."""
    with wave.open(str(JFK), "rb") as w:
        params, frames = w.getparams(), w.readframes(w.getnframes())
    out = tmp / "long.wav"
    with wave.open(str(out), "wb") as w:
        w.setparams(params)
        w.writeframes(frames * times)
    return out.read_bytes()


def _metric(server: TeamServer, name: str) -> float:
    text = httpx.get(f"{server.url}/metrics", timeout=10).text
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith(name) and not line.startswith("#"))  # fmt: skip


def _loaded(pid: int, library: str) -> bool:
    return library in Path(f"/proc/{pid}/maps").read_text()


def _local_text(path: Path) -> str:
    from interview_coach.speech import transcribe_file

    return transcribe_file(path).text


async def _live(server: TeamServer, session_id: int, pcm: bytes) -> list[dict]:
    url = server.url.replace("http://", "ws://")
    url += f"/api/sessions/{session_id}/questions/0/live?format=pcm16"
    got = []
    async with websockets.connect(url, additional_headers=server.headers, max_size=None) as ws:
        got.append(json.loads(await ws.recv()))
        for i in range(0, len(pcm), 32_000):  # 1 s chunks, four times faster than speech
            await ws.send(pcm[i : i + 32_000])
            await asyncio.sleep(0.25)
        await ws.send(json.dumps({"type": "stop"}))
        async for raw in ws:
            got.append(json.loads(raw))
            if got[-1]["type"] in ("feedback", "error"):
                break
    return got


def _wait_for_running_task(url: str, seconds: float = 60) -> None:
    """Until a worker's heartbeat says it has begun a task."""
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + seconds
    while not client.keys("coach:started:*"):
        assert time.monotonic() < deadline, "no worker began the task"
        time.sleep(0.02)


def test_uploads_and_live_answers_are_recognised_by_the_workers(team_server: TeamServer) -> None:
    r = _upload(team_server, JFK.read_bytes())
    assert r.status_code == 200, r.text
    body = r.json()
    # The same words as recognised in process: the stretch travels as the model reads it.
    assert body["transcript"] == _local_text(JFK)
    assert "country" in body["transcript"].lower()
    assert body["feedback"]["scores"]["overall"] > 0

    sid = httpx.post(f"{team_server.url}/api/sessions", headers=team_server.headers,
                     json={"count": 3}, timeout=60).json()["id"]  # fmt: skip
    with wave.open(str(JFK), "rb") as w:
        pcm = w.readframes(w.getnframes())
    got = asyncio.run(_live(team_server, sid, pcm))
    assert got[0]["type"] == "ready" and got[-1]["type"] == "feedback", got[-1]
    assert "country" in got[-1]["transcript"].lower()
    answers = httpx.get(f"{team_server.url}/api/answers", headers=team_server.headers,
                        timeout=30).json()  # fmt: skip
    assert len(answers) == 1  # the live answer, kept once; the upload is never kept

    assert _metric(team_server, 'coach_task_seconds_count{task="interview_coach.recognise"}') >= 2
    # The web process decoded and analysed, and never loaded the speech model's runtime.
    assert not _loaded(team_server.proc.pid, "ctranslate2")


def test_a_worker_killed_mid_recognition_costs_seconds_not_the_answer(
    team_server: TeamServer, tmp_path: Path
) -> None:
    data = _long_wav(tmp_path, 4)  # 44 s: several windows, several seconds of work
    result: dict[str, httpx.Response] = {}
    thread = threading.Thread(target=lambda: result.setdefault("r", _upload(team_server, data)))
    began = time.monotonic()
    thread.start()
    _wait_for_running_task(team_server.env["INTERVIEW_COACH_BROKER_URL"])
    kill_group(team_server.workers[0])  # the worker and its pool, mid-recognition
    team_server.add_worker()
    thread.join(timeout=180)
    r = result["r"]
    assert r.status_code == 200, r.text
    assert r.json()["transcript"].lower().count("country") >= 4
    assert _metric(team_server, "coach_task_resends_total") >= 1
    assert time.monotonic() - began < 90  # a resend, not the queue's 10-minute redelivery


def test_a_redis_restart_mid_recognition_costs_seconds_not_the_answer(
    team_server: TeamServer, redis_server: Redis, tmp_path: Path
) -> None:
    data = _long_wav(tmp_path, 4)
    result: dict[str, httpx.Response] = {}
    thread = threading.Thread(target=lambda: result.setdefault("r", _upload(team_server, data)))
    thread.start()
    _wait_for_running_task(redis_server.url)
    redis_server.stop()  # everything queued and every reply is gone with it
    ready = httpx.get(f"{team_server.url}/api/ready", timeout=10)
    assert ready.status_code == 200 and ready.json()["queue"] == "unreachable"  # pages serve on
    time.sleep(1)
    redis_server.start()
    thread.join(timeout=180)
    r = result["r"]
    assert r.status_code == 200, r.text
    assert r.json()["transcript"].lower().count("country") >= 4
    assert _upload(team_server, JFK.read_bytes()).status_code == 200  # and the next one
    assert httpx.get(f"{team_server.url}/api/ready", timeout=10).json()["queue"] == "ok"


def test_with_no_worker_the_user_is_told_to_try_again(team_server: TeamServer) -> None:
    kill_group(team_server.workers[0])
    began = time.monotonic()
    r = _upload(team_server, JFK.read_bytes())
    assert r.status_code == 503
    assert "try again" in r.json()["error"].lower()
    assert "Traceback" not in r.text
    assert time.monotonic() - began < 45


def test_pdf_reports_are_written_by_the_workers_for_their_owner_only(
    team_server: TeamServer,
) -> None:
    iv = httpx.post(f"{team_server.url}/api/interviews", headers=team_server.headers,
                    json={"count": 2}, timeout=60).json()  # fmt: skip
    url = f"{team_server.url}/interviews/{iv['id']}/report.pdf"
    r = httpx.get(url, headers=team_server.headers, timeout=60)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf" and r.content.startswith(b"%PDF")
    assert _metric(team_server, 'coach_task_seconds_count{task="interview_coach.report_pdf"}') == 1
    other = httpx.get(url, headers={"Authorization": f"Bearer {team_server.other_token}"})
    assert other.status_code == 404  # another account's report is not found, nor queued
    assert _metric(team_server, 'coach_task_seconds_count{task="interview_coach.report_pdf"}') == 1
    deal = httpx.post(f"{team_server.url}/api/negotiations", headers=team_server.headers,
                      json={"role": "Data analyst"}, timeout=60).json()  # fmt: skip
    r = httpx.get(f"{team_server.url}/negotiations/{deal['id']}/report.pdf",
                  headers=team_server.headers, timeout=60)  # fmt: skip
    assert r.status_code == 200 and r.content.startswith(b"%PDF"), r.text[:200]
    assert _metric(team_server, 'coach_task_seconds_count{task="interview_coach.report_pdf"}') == 2


# A long answer in sentences that do not repeat (the same clip over and over reads to the
# model as a decoding loop, and is dropped).
LONG_ANSWER = (
    "I joined the depot as a relief driver three winters ago.",
    "The rural routes were losing about one parcel in forty, mostly at farms with no number.",
    "I started keeping a notebook of gates, dogs and safe places for every drop.",
    "After a month I typed it up and shared it with the two other drivers on the west loop.",
    "The supervisor asked me to turn it into a page for each route on the handheld scanner.",
    "We tested the pages for six weeks over the busy run up to Christmas.",
    "Missed deliveries on those routes fell from about forty a week to eleven.",
    "New drivers now learn a rural route in three days instead of two weeks.",
    "The hardest part was getting people to write notes at the end of a long shift.",
    "So I kept the form to three boxes and printed a laminated card for each van.",
    "What I learned is that the people doing the work already know the answer.",
    "My job was mostly to make it easy to write down and easy to find again.",
    "If I joined your team I would start by riding along on the routes with the most returns.",
)


def test_a_long_upload_goes_out_a_few_windows_at_a_time_and_comes_back_in_order(
    team_server: TeamServer, tmp_path: Path
) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "speech"))
    from synth import Phrase, synthesize, tools_available

    from interview_coach.tasks.speech import IN_FLIGHT

    if not tools_available():
        pytest.skip("espeak-ng and sox are needed to synthesise test speech (see .ci/run)")
    phrases = [Phrase(text, pause_after=0.6) for text in LONG_ANSWER * 3]
    clip = synthesize(phrases, tmp_path / "long-answer.wav")
    assert clip.duration > 28 * (IN_FLIGHT + 1)  # more windows than go out at once
    r = _upload(team_server, clip.path.read_bytes())
    assert r.status_code == 200, r.text
    assert r.json()["transcript"] == _local_text(clip.path)  # the same words, in order
    windows = _metric(team_server, 'coach_task_seconds_count{task="interview_coach.recognise"}')
    assert windows > IN_FLIGHT
