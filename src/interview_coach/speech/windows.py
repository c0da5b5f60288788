"""Long audio in Whisper-sized windows, cut at its pauses, recognised one by one here or side
by side on a queue's workers: an uploaded file, and what is left of a live answer at Stop.
Each window is one bounded call, whatever the length of the audio."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import numpy as np

from interview_coach.speech.asr import (
    RecognisedWord,
    recognise_all,
    remote_recogniser,
    transcribe_samples,
)
from interview_coach.speech.audio import SAMPLE_RATE
from interview_coach.speech.pauses import speech_segments
from interview_coach.types import Pause

# Whisper reads 30-second windows and, with the previous window's text left out (as it must
# be, to keep fillers), shows its prompt to the first window only: after it, "um" and "uh"
# were dropped (5 of 16 kept in a 107-second answer). So a long answer is cut, at its
# pauses, into windows shorter than Whisper's own, each transcribed with the prompt.
WINDOW_SECONDS = 28.0
# A cut is made in a pause at least this far into a window, so windows are not tiny.
MIN_WINDOW_SECONDS = 8.0


def windows(speech: list[Pause], duration: float) -> list[tuple[float, float]]:
    """(start, end) seconds of the stretches to transcribe one by one: each at most
    WINDOW_SECONDS, cut in the middle of the latest pause that keeps it so (or, with no pause
    at all, at the limit)."""
    out, start = [], 0.0
    middles = [(a.end + b.start) / 2 for a, b in pairwise(speech)]
    while duration - start > WINDOW_SECONDS:
        lo, hi = start + MIN_WINDOW_SECONDS, start + WINDOW_SECONDS
        fits = [mid for mid in middles if lo <= mid <= hi]
        end = max(fits) if fits else start + WINDOW_SECONDS
        out.append((start, end))
        start = end
    out.append((start, duration))
    return out


def recognise_windows(
    samples: np.ndarray,
    *,
    offset: float = 0.0,
    model: str | None = None,
    progress: Callable[[float], None] | None = None,
    greedy: bool = False,
    segments: list[Pause] | None = None,
) -> list[RecognisedWord]:
    """The words of `samples` (16 kHz float32), window by window; word times are shifted by
    `offset` seconds. `segments`: the speech already found in them, if it was."""
    speech = segments if segments is not None else speech_segments(samples)
    parts = windows(list(speech), samples.size / SAMPLE_RATE)
    stretches = [
        (samples[int(a * SAMPLE_RATE) : int(b * SAMPLE_RATE)], offset + a) for a, b in parts
    ]
    if remote_recogniser(model) is not None:  # every window at once, on the workers
        words = [w for part in recognise_all(stretches, model=model) for w in part]
        if progress is not None:
            progress(1.0)
        return words
    words = []
    for i, (chunk, at) in enumerate(stretches):
        share = part_of(progress, i / len(parts), (i + 1) / len(parts))
        words += transcribe_samples(chunk, model=model, offset=at, progress=share, greedy=greedy)
    return words


def part_of(
    progress: Callable[[float], None] | None, lo: float, hi: float
) -> Callable[[float], None] | None:
    """A progress callback for one share (lo to hi) of a task reported 0–1 by `progress`."""
    if progress is None:
        return None
    return lambda f: progress(lo + (hi - lo) * f)
