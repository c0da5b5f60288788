"""Spoken answers: decode audio, transcribe it on this machine, and measure its silences.

Public API:
- `transcribe_file(path, model=None, progress=None) -> Transcript`
- `transcribe_bytes(data, name=..., model=None) -> Transcript` for uploads held in memory
- `LiveTranscriber` for audio that arrives in chunks (16 kHz PCM or a webm/opus stream)
- `load_model(model=None)` to load the speech model ahead of the first answer
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import numpy as np

from interview_coach.errors import AudioError
from interview_coach.speech.asr import (
    load_model,
    recognise_all,
    remote_recogniser,
    resolve_model,
    transcribe_samples,
)
from interview_coach.speech.audio import SAMPLE_RATE, check_file, decode
from interview_coach.speech.live import LiveTranscriber
from interview_coach.speech.pauses import speech_segments
from interview_coach.speech.transcript import build_transcript
from interview_coach.types import Pause, Transcript

__all__ = [
    "LiveTranscriber",
    "load_model",
    "resolve_model",
    "transcribe_bytes",
    "transcribe_file",
    "transcribe_samples_to_transcript",
]

# Share of the progress bar given to decoding; recognition takes the rest.
_DECODE_SHARE = 0.1
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


def transcribe_samples_to_transcript(
    samples: np.ndarray,
    *,
    name: str = "the audio",
    model: str | None = None,
    progress: Callable[[float], None] | None = None,
    greedy: bool = False,
) -> Transcript:
    """Transcribe decoded 16 kHz mono float32 samples into a timed Transcript (`greedy`: see
    `transcribe_samples`)."""
    if samples.size == 0:
        raise AudioError(f"{name} contains no audio samples (zero-length recording).")
    segments = speech_segments(samples)
    if not segments:
        from interview_coach.speech.audio import no_speech_message

        raise AudioError(no_speech_message(samples, name))
    duration = samples.size / SAMPLE_RATE
    parts = windows(list(segments), duration)
    words = []
    if remote_recogniser(model) is not None:  # every window at once, on the workers
        stretches = [(samples[int(a * SAMPLE_RATE) : int(b * SAMPLE_RATE)], a) for a, b in parts]
        words = [w for part in recognise_all(stretches, model=model) for w in part]
        if progress is not None:
            progress(1.0)
    else:
        for i, (a, b) in enumerate(parts):
            share = _scaled(progress, i / len(parts), (i + 1) / len(parts))
            chunk = samples[int(a * SAMPLE_RATE) : int(b * SAMPLE_RATE)]
            words += transcribe_samples(chunk, model=model, offset=a, progress=share, greedy=greedy)
    if not words:
        raise AudioError(f"No speech detected in {name}: no words could be recognised.")
    return build_transcript(words, samples, segments=segments)


def _scaled(
    progress: Callable[[float], None] | None, lo: float, hi: float
) -> Callable[[float], None] | None:
    if progress is None:
        return None
    return lambda f: progress(lo + (hi - lo) * f)


def transcribe_file(
    path: str | Path,
    *,
    model: str | None = None,
    progress: Callable[[float], None] | None = None,
) -> Transcript:
    """Validate, decode and transcribe an audio file (wav, webm/opus, ogg, mp3, m4a, flac).

    `progress` is called with the fraction done (0..1). Raises AudioError for every input that
    cannot be used: empty, not audio, damaged, silent, or over the configured limits.
    """
    path = Path(path)
    check_file(path)
    samples = decode(path, name=str(path), progress=_scaled(progress, 0.0, _DECODE_SHARE))
    return transcribe_samples_to_transcript(
        samples, name=str(path), model=model, progress=_scaled(progress, _DECODE_SHARE, 1.0)
    )


def transcribe_bytes(
    data: bytes,
    *,
    name: str = "the recording",
    model: str | None = None,
) -> Transcript:
    """Transcribe an encoded recording held in memory (e.g. an upload)."""
    from interview_coach.config import get_settings
    from interview_coach.speech.audio import SUPPORTED, sniff

    if not data:
        raise AudioError(f"{name} is empty (0 bytes): record the answer again.")
    if len(data) > get_settings().max_audio_bytes:
        raise AudioError(f"{name} is over the {get_settings().max_audio_bytes} byte limit.")
    if sniff(data[:64]) is None:
        raise AudioError(f"{name} is not an audio file; use {SUPPORTED}.")
    samples = decode(data, name=name)
    return transcribe_samples_to_transcript(samples, name=name, model=model)


# Keep SAMPLE_RATE importable from here for callers that feed PCM.
SAMPLE_RATE = SAMPLE_RATE
