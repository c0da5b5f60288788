"""Spoken answers: decode audio, transcribe it on this machine, and measure its silences.

Public API:
- `transcribe_file(path, model=None, progress=None) -> Transcript`
- `transcribe_bytes(data, name=..., model=None) -> Transcript` for uploads held in memory
- `LiveTranscriber` for audio that arrives in chunks (16 kHz PCM or a webm/opus stream)
- `load_model(model=None)` to load the speech model ahead of the first answer
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from interview_coach.errors import AudioError
from interview_coach.speech.asr import load_model, resolve_model
from interview_coach.speech.audio import SAMPLE_RATE, check_file, decode
from interview_coach.speech.live import LiveTranscriber
from interview_coach.speech.pauses import speech_segments
from interview_coach.speech.transcript import build_transcript
from interview_coach.speech.windows import part_of, recognise_windows
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


def transcribe_samples_to_transcript(
    samples: np.ndarray,
    *,
    name: str = "the audio",
    model: str | None = None,
    progress: Callable[[float], None] | None = None,
    greedy: bool = False,
    segments: list[Pause] | None = None,
) -> Transcript:
    """Transcribe decoded 16 kHz mono float32 samples into a timed Transcript (`greedy`: see
    `transcribe_samples`; `segments`: the speech already found in them, if it was)."""
    if samples.size == 0:
        raise AudioError(f"{name} contains no audio samples (zero-length recording).")
    if segments is None:
        segments = speech_segments(samples)
    if not segments:
        from interview_coach.speech.audio import no_speech_message

        raise AudioError(no_speech_message(samples, name))
    words = recognise_windows(
        samples, model=model, progress=progress, greedy=greedy, segments=list(segments)
    )
    if not words:
        raise AudioError(f"No speech detected in {name}: no words could be recognised.")
    return build_transcript(words, samples, segments=segments)


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
    samples = decode(path, name=str(path), progress=part_of(progress, 0.0, _DECODE_SHARE))
    return transcribe_samples_to_transcript(
        samples, name=str(path), model=model, progress=part_of(progress, _DECODE_SHARE, 1.0)
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
