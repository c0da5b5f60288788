"""Spoken answers over a WebSocket: audio chunks in, a live transcript and feedback out.

Protocol on `/api/sessions/{id}/questions/{index}/live?format=webm|pcm16` (and, for a reply
in a staged mock interview, `/api/interviews/{id}/live`, which ends with a `turns` message
instead of `feedback`):

- client → server: binary messages with audio (a MediaRecorder webm/opus stream, or 16 kHz
  mono s16le PCM with `format=pcm16`); a text message `{"type": "stop"}` when the answer ends,
  or `{"type": "cancel"}` to throw it away.
- server → client (JSON text): `ready` once recognition is loaded; `partial` with `text` as
  stretches are recognised; `processing` after stop; `feedback` with `answer_id`, `url`,
  `transcript`, `scores`, `html` (the summary shown in the room) and `seconds` (stop to
  feedback); or `error` with `message`, after which the server closes the socket.

The server trusts nothing it receives: the stream type is checked from its first bytes, each
message and the whole recording are size-limited, the recording's length is limited by the
speech module, and a connection that goes quiet is closed. Nothing is saved unless the
answer was recognised and analysed; a dropped connection leaves no trace.
"""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

from anyio import to_thread
from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from interview_coach.errors import AudioError, CoachError, InputError
from interview_coach.web.deps import CoachDep
from interview_coach.web.metrics import ANALYSIS_SECONDS, LIVE_SESSIONS
from interview_coach.web.params import Id, Index
from interview_coach.web.services import Coach

log = logging.getLogger(__name__)
router = APIRouter()

# One message may carry at most this much audio (MediaRecorder sends ~2-20 kB a second).
MAX_MESSAGE_BYTES = 1024 * 1024
# A connection that sends no real audio for this long is closed and its slot freed (a stalled,
# abandoned or hostile client).
IDLE_SECONDS = 15.0
# "Real audio": at least this many bytes per idle window. Even silence costs a browser's opus
# stream ~5 KB in 15 s, so a trickle of a few bytes cannot hold a slot.
MIN_AUDIO_BYTES_PER_WINDOW = 2_000
# Raw PCM (what the room sends) is 32,000 bytes a second whatever is said: a stream sending
# less than half that is not a microphone, and would hold a slot for the whole time limit
# (2,000 bytes every 14 s kept one for 15 minutes).
MIN_PCM_BYTES_PER_SECOND = 16_000
# How often the live transcript is checked for new words.
PARTIAL_EVERY = 0.5
_active = 0
_active_lock = asyncio.Lock()


class _Refused(CoachError):
    """The client broke the protocol or a limit; the message says which."""


def _write_audio(data: bytes, fmt: str, folder: Path) -> Path:
    """The recording as a file the store can keep (PCM gets a WAV header)."""
    if fmt == "pcm16":
        fd, name = tempfile.mkstemp(suffix=".wav", dir=folder)
        with open(fd, "wb") as fh, wave.open(fh, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16_000)
            w.writeframes(data)
    else:
        fd, name = tempfile.mkstemp(suffix=".webm", dir=folder)
        with open(fd, "wb") as fh:
            fh.write(data)
    return Path(name)


@router.websocket("/api/sessions/{session_id}/questions/{index}/live")
async def live_answer(websocket: WebSocket, coach: CoachDep, session_id: Id, index: Index) -> None:
    """Record, transcribe and analyse one spoken answer (see the module docstring)."""

    # The session as the answer began: once the answer is kept, the summary needs no further
    # read that could fail and hide that it was kept.
    session: list[Any] = []

    async def check() -> None:
        view, _question = await to_thread.run_sync(coach.question, session_id, index)
        session.append(view)

    async def done(transcript: Any, audio: bytes, fmt: str, stopped: float) -> dict[str, Any]:
        recognised = time.monotonic()
        answer_id, feedback = await to_thread.run_sync(
            _analyse_and_keep, coach, session_id, index, transcript, audio, fmt
        )
        analysed = time.monotonic()
        html = await to_thread.run_sync(
            _summary_html, websocket, coach, session[0], index, answer_id, feedback
        )
        return {
            "type": "feedback",
            "answer_id": answer_id,
            "url": f"/answers/{answer_id}",
            "transcript": transcript.text,
            "scores": feedback.scores.model_dump(),
            "html": html,
            "seconds": round(time.monotonic() - stopped, 3),
            "timings": {
                "recognise_rest": round(recognised - stopped, 3),
                "analyse_and_save": round(analysed - recognised, 3),
            },
        }

    await _serve(websocket, coach, check, done)


@router.websocket("/api/interviews/{session_id}/live")
async def live_interview_reply(websocket: WebSocket, coach: CoachDep, session_id: Id) -> None:
    """One spoken reply in a staged mock interview: the same protocol, and instead of
    `feedback` a `turns` message with the conversation's new `html`, the interviewer's new
    `turns` and whether the interview is `finished`."""

    async def check() -> None:
        state = await to_thread.run_sync(coach.interviews.state, session_id)
        if state.finished:
            raise InputError("This interview has ended; its report is ready.")

    async def done(transcript: Any, audio: bytes, fmt: str, stopped: float) -> dict[str, Any]:
        from interview_coach.web.interviews import conversation_html

        turns = await to_thread.run_sync(coach.interviews.reply, session_id, transcript)
        state = await to_thread.run_sync(coach.interviews.state, session_id)
        html = conversation_html(websocket.app.state.templates, session_id, state, websocket)
        return {
            "type": "turns",
            "transcript": transcript.text,
            "turns": [t.model_dump(mode="json") for t in turns],
            "finished": state.finished,
            "html": html,
            "seconds": round(time.monotonic() - stopped, 3),
        }

    await _serve(websocket, coach, check, done)


@router.websocket("/api/negotiations/{session_id}/live")
async def live_negotiation_reply(websocket: WebSocket, coach: CoachDep, session_id: Id) -> None:
    """One spoken line in a practice negotiation: the same protocol, ending with a `turns`
    message (the conversation's new `html`, whether it is `finished`)."""

    async def check() -> None:
        session = await to_thread.run_sync(coach.negotiations.session, session_id)
        if session.finished:
            raise InputError("This negotiation has ended; its report is ready.")

    async def done(transcript: Any, audio: bytes, fmt: str, stopped: float) -> dict[str, Any]:
        from interview_coach.web.negotiations import conversation_html

        session = await to_thread.run_sync(coach.negotiations.reply, session_id, transcript.text)
        html = conversation_html(websocket.app.state.templates, session_id, session, websocket)
        return {
            "type": "turns",
            "transcript": transcript.text,
            "turns": session.turns[-2:],
            "finished": session.finished,
            "html": html,
            "seconds": round(time.monotonic() - stopped, 3),
        }

    await _serve(websocket, coach, check, done)


async def _serve(websocket: WebSocket, coach: Coach, check, done) -> None:  # type: ignore[no-untyped-def]
    """Accept a recording: origin, format and the live-session cap checked first, then
    `check()` (raises CoachError when there is nothing to answer), then the recording, and
    `done(transcript, audio, fmt, stopped)` makes the last message."""
    global _active
    from interview_coach.web.guard import same_origin

    if not same_origin(websocket.headers.get("origin"), websocket.headers.get("host")):
        # Browsers let any site open a WebSocket to this port; only the app's pages may. The
        # handshake is refused (HTTP 403) before anything is accepted.
        await websocket.close(code=1008)
        return
    fmt = websocket.query_params.get("format", "webm")
    await websocket.accept()
    send_lock = asyncio.Lock()

    async def send(msg: dict[str, Any]) -> None:
        async with send_lock:
            await websocket.send_text(json.dumps(msg))

    async def fail(message: str, code: int = 1008) -> None:
        try:
            await send({"type": "error", "message": message})
            await websocket.close(code=code)
        except (WebSocketDisconnect, RuntimeError):
            pass

    if fmt not in ("webm", "pcm16"):
        await fail("format must be webm or pcm16.")
        return
    try:
        await check()
    except CoachError as exc:
        await fail(str(exc))
        return
    async with _active_lock:
        # More answers at once than the setting allows are refused with a clear message, so
        # the ones running keep their speed (docs/benchmarks.md, "Web / live sessions").
        if _active >= coach.settings.live_session_limit:
            busy = True
        else:
            busy = False
            _active += 1
            LIVE_SESSIONS.set(_active)
    if busy:
        await fail("The coach is busy with other spoken answers; try again in a minute.", 1013)
        return
    try:
        await _run(websocket, coach, fmt, send, fail, done)
    finally:
        async with _active_lock:
            _active -= 1
            LIVE_SESSIONS.set(_active)


async def _run(websocket, coach: Coach, fmt, send, fail, done) -> None:  # type: ignore[no-untyped-def]
    from interview_coach.speech import LiveTranscriber
    from interview_coach.speech.audio import sniff

    settings = coach.settings
    try:
        live = await to_thread.run_sync(
            lambda: LiveTranscriber(
                fmt="pcm16" if fmt == "pcm16" else "encoded",
                model=settings.whisper_model,
                name="your recording",
            )
        )
    except CoachError as exc:
        await fail(str(exc), 1011)
        return
    audio = bytearray()
    finished = False
    started = time.monotonic()
    last_partial = ("", "")

    async def partials() -> None:
        nonlocal last_partial
        while True:
            await asyncio.sleep(PARTIAL_EVERY)
            now = live.live_text()
            if now != last_partial:
                last_partial = now
                await send({"type": "partial", "text": now[0], "provisional": now[1]})

    poller: asyncio.Task[None] | None = None
    try:
        await send({"type": "ready", "max_seconds": settings.max_audio_seconds})
        poller = asyncio.create_task(partials())
        window_start, window_bytes = time.monotonic(), 0
        pcm_floor = MIN_PCM_BYTES_PER_SECOND * IDLE_SECONDS
        floor = pcm_floor if fmt == "pcm16" else MIN_AUDIO_BYTES_PER_WINDOW
        while True:
            left = window_start + IDLE_SECONDS - time.monotonic()
            try:
                msg = await asyncio.wait_for(websocket.receive(), max(left, 0.0))
            except TimeoutError:
                raise _Refused(
                    f"Too little audio arrived in {IDLE_SECONDS:.0f} seconds (has the "
                    "microphone stopped?); the recording was stopped and nothing was saved."
                ) from None
            if msg["type"] == "websocket.disconnect":
                return  # dropped: nothing saved
            if msg.get("bytes") is not None:
                chunk: bytes = msg["bytes"]
                if len(chunk) > MAX_MESSAGE_BYTES:
                    raise _Refused("An audio message was larger than 1 MB; nothing was saved.")
                if not audio and fmt == "webm" and chunk and sniff(chunk[:64]) is None:
                    raise _Refused("That is not a webm/ogg audio stream; nothing was saved.")
                if len(audio) + len(chunk) > settings.max_audio_bytes:
                    raise _Refused(
                        f"The recording is over the {settings.max_audio_bytes // 2**20} MB "
                        "limit; nothing was saved."
                    )
                if time.monotonic() - started > settings.max_audio_seconds + 30:
                    raise _Refused("The recording went on past the time limit; nothing was saved.")
                audio.extend(chunk)
                live.feed(chunk)
                window_bytes += len(chunk)
                if window_bytes >= floor:
                    window_start, window_bytes = time.monotonic(), 0
                continue
            text = msg.get("text") or ""
            try:
                command = json.loads(text).get("type")
            except (ValueError, AttributeError):
                command = None
            if command == "cancel":
                await fail("Recording cancelled; nothing was saved.", 1000)
                return
            if command != "stop":
                raise _Refused('Unknown message; send audio, then {"type": "stop"}.')
            break
        stopped = time.monotonic()
        poller.cancel()
        await send({"type": "processing"})
        if not audio:
            raise AudioError("No audio arrived: check that the microphone is allowed and on.")
        transcript = await to_thread.run_sync(live.finish)
        finished = True
        recheck = getattr(websocket.state, "still_signed_in", None)
        if recheck is not None and (await recheck())[0] is None:
            raise _Refused("You were signed out during the recording; nothing was saved.")
        await send(await done(transcript, bytes(audio), fmt, stopped))
        ANALYSIS_SECONDS.observe(time.monotonic() - stopped)
        await websocket.close(code=1000)
    except WebSocketDisconnect:
        return
    except CoachError as exc:
        await fail(str(exc))
    except Exception:  # never leave the client waiting; the log has the detail
        log.exception("Live answer failed")
        await fail("Something went wrong while analysing the answer; nothing was saved.", 1011)
    finally:
        if poller is not None:
            poller.cancel()
        if not finished:
            live.cancel()


def _analyse_and_keep(
    coach: Coach, session_id: Id, index: Index, transcript: Any, audio: bytes, fmt: str
) -> tuple[int, Any]:
    folder = Path(coach.settings.home)
    folder.mkdir(parents=True, exist_ok=True)
    path = _write_audio(audio, fmt, folder)
    try:
        return coach.answer(session_id, index, transcript, audio_path=path)
    finally:
        path.unlink(missing_ok=True)


def _summary_html(
    websocket: WebSocket, coach: Coach, session: Any, index: Index, answer_id: Id, feedback: Any
) -> str:
    from interview_coach.web.pages import summary_context

    templates = websocket.app.state.templates
    return templates.get_template("_feedback_summary.html").render(
        request=websocket, **summary_context(coach, session, index, answer_id, feedback)
    )
