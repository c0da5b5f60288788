"""Speech recognition on the workers: the task, and the recogniser web processes use.

In team mode with a queue, a web process decodes audio and finds its pauses as before, then
sends each stretch (16 kHz float32 samples, exactly as the model would read them here) to
the workers and assembles their words, so web processes load no speech model and do no
recognition. A long upload's windows go out a few at a time and are recognised side by side.
"""

from __future__ import annotations

import base64
import time
from typing import Any

import numpy as np

from interview_coach.config import get_settings
from interview_coach.errors import AudioError, CoachError
from interview_coach.speech.asr import RecognisedWord, transcribe_samples
from interview_coach.tasks.remote import Remote, reply_client, running, send_reply

TASK = "interview_coach.recognise"
# Windows of one recording on the queue at once: enough to keep a small pool busy, and a
# 15-minute upload holds about 10 MB in Redis at a time instead of all its 77 MB.
IN_FLIGHT = 4


def _pack(samples: np.ndarray) -> str:
    return base64.b64encode(samples.astype("<f4", copy=False).tobytes()).decode("ascii")


def _unpack(data: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(data), dtype="<f4")


def recognise_task(reply: str, samples: str, offset: float) -> None:
    """Worker side: recognise one stretch and reply with its words (or the error's text)."""
    client = reply_client(get_settings().broker_url or "")
    began = time.perf_counter()
    payload: dict[str, Any]
    try:
        with running(client, reply):
            words = transcribe_samples(_unpack(samples), offset=offset)
        payload = {"words": [[w.text, w.start, w.end, w.probability] for w in words]}
    except CoachError as exc:  # e.g. the model cannot be loaded: said to the user as is
        payload = {"error": str(exc)}
    payload["seconds"] = round(time.perf_counter() - began, 3)
    send_reply(client, reply, payload)


class QueueRecogniser:
    """`speech.asr.use_recogniser` target: stretches to the workers, words back in order."""

    def __init__(self, remote: Remote) -> None:
        self.remote = remote

    def __call__(self, stretches: list[tuple[np.ndarray, float]]) -> list[list[RecognisedWord]]:
        out: list[list[RecognisedWord]] = []
        for first in range(0, len(stretches), IN_FLIGHT):
            batch = stretches[first : first + IN_FLIGHT]
            calls = [self.remote.start(TASK, [_pack(s), float(o)]) for s, o in batch]
            for call in calls:
                reply = self.remote.result(call)
                if "error" in reply:
                    raise AudioError(str(reply["error"]))
                out.append([RecognisedWord(str(t), float(a), float(b), float(p))
                            for t, a, b, p in reply["words"]])  # fmt: skip
        return out
