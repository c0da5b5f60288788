"""Decode, validate and resample audio to 16 kHz mono float32 with PyAV (no system ffmpeg).

Every failure a user can cause (empty file, text renamed .wav, damaged header, too long, too
large) becomes an `AudioError` whose message names the file and says what to do.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import numpy as np

from interview_coach.config import get_settings
from interview_coach.errors import AudioError

SAMPLE_RATE = 16_000  # what Whisper and the pause measurement expect
SUPPORTED = "wav, webm/opus, ogg, mp3, m4a or flac"

# Leading bytes of the containers we accept, to judge a file by its content, not its name.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"RIFF", "WAV"),
    (0, b"RF64", "WAV"),
    (0, b"OggS", "Ogg"),
    (0, b"fLaC", "FLAC"),
    (0, b"ID3", "MP3"),
    (0, b"\x1a\x45\xdf\xa3", "WebM/Matroska"),
    (4, b"ftyp", "MP4/M4A"),
    (0, b"FORM", "AIFF"),
    (0, b"#!AMR", "AMR"),
)


# ffmpeg knows a default layout for up to 8 channels; more (say a 64-channel array recording)
# cannot be downmixed without one, so the limit is named instead.
MAX_CHANNELS = 8
# A sample this close to full scale is clipped; this share of clipped samples means distortion.
CLIP_LEVEL = 0.999
CLIPPED_SHARE = 0.01
# Below both levels a recording counts as silent (about -50 dBFS RMS and -30 dBFS peak).
QUIET_RMS = 0.003
QUIET_PEAK = 0.03


def sniff(head: bytes) -> str | None:
    """The container named by the first bytes of a file, or None when it is not one we know."""
    for offset, magic, name in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return name
    # MPEG audio frames (mp3 without an ID3 tag, or raw AAC/ADTS) start with an 11-bit sync word.
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0:
        return "MPEG audio"
    return None


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(b >= 0x20 or b in b"\t\r\n\f" for b in head)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.3g}"


def check_file(path: Path) -> str:
    """Validate a file before decoding: it exists, is not empty, not too big, looks like audio.

    Returns the container name found in its first bytes.
    """
    settings = get_settings()
    if not path.exists():
        raise AudioError(f"{path} does not exist.")
    if not path.is_file():
        raise AudioError(f"{path} is not a file.")
    size = path.stat().st_size
    if size == 0:
        raise AudioError(f"{path} is empty (0 bytes): record the answer again.")
    if size > settings.max_audio_bytes:
        raise AudioError(
            f"{path} is {_mb(size)} MB, over the {_mb(settings.max_audio_bytes)} MB limit: "
            "trim the recording or raise INTERVIEW_COACH_MAX_AUDIO_BYTES."
        )
    with path.open("rb") as fh:
        head = fh.read(64)
    kind = sniff(head)
    if kind is None:
        what = "a text file" if _looks_like_text(head) else "not in a format we recognise"
        raise AudioError(
            f"{path} is not an audio file ({what}); use {SUPPORTED}, whatever its name ends in."
        )
    return kind


def _limit_message(name: str, limit_s: float) -> str:
    minutes = limit_s / 60
    shown = f"{minutes:g}-minute" if minutes >= 1 else f"{limit_s:g}-second"
    return (
        f"{name} is longer than the {shown} limit: trim it or raise "
        "INTERVIEW_COACH_MAX_AUDIO_SECONDS."
    )


def decode(
    source: str | Path | BinaryIO | bytes,
    *,
    name: str | None = None,
    max_seconds: float | None = None,
    progress: Callable[[float], None] | None = None,
) -> np.ndarray:
    """Decode any audio PyAV reads into 16 kHz mono float32 in [-1, 1].

    `max_seconds` (default: the configured limit) stops decoding as soon as it is exceeded, so
    a huge file is refused without being decoded whole. Raises AudioError for anything that is
    not decodable audio.
    """
    import av

    limit = get_settings().max_audio_seconds if max_seconds is None else max_seconds
    label = name or (str(source) if isinstance(source, str | Path) else "the audio")
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    src = str(source) if isinstance(source, Path) else source
    # PyAV logs every damaged packet through ffmpeg; the error we raise says it once.
    logging.getLogger("libav").setLevel(logging.CRITICAL)
    chunks: list[np.ndarray] = []
    total = 0
    try:
        with av.open(src, mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioError(f"{label} has no audio track: use {SUPPORTED}.")
            stream = container.streams.audio[0]
            if stream.codec_context is None:  # a header naming no codec ffmpeg can open
                raise AudioError(f"{label} is not audio this app can decode: use {SUPPORTED}.")
            channels = stream.codec_context.channels or 0
            if channels > MAX_CHANNELS:
                raise AudioError(
                    f"{label} has {channels} audio channels; at most {MAX_CHANNELS} are "
                    "supported. Save it as mono or stereo."
                )
            if container.duration is not None and container.duration / 1e6 > limit + 1.0:
                raise AudioError(_limit_message(label, limit))
            expected = container.duration / 1e6 if container.duration else None
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    arr = out.to_ndarray().reshape(-1)
                    chunks.append(arr)
                    total += arr.size
                if total > (limit + 1.0) * SAMPLE_RATE:
                    raise AudioError(_limit_message(label, limit))
                if progress is not None and expected:
                    progress(min(1.0, total / SAMPLE_RATE / expected))
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
    except AudioError:
        raise
    except (av.error.FFmpegError, ValueError, OSError, EOFError, IndexError) as exc:
        raise AudioError(
            f"{label} could not be decoded as audio; the file may be damaged or "
            f"incomplete ({exc.__class__.__name__}). Use {SUPPORTED}."
        ) from exc
    if not chunks:
        raise AudioError(f"{label} contains no audio samples (zero-length recording).")
    pcm = np.concatenate(chunks)
    if pcm.size == 0:
        raise AudioError(f"{label} contains no audio samples (zero-length recording).")
    if pcm.size > (limit + 1.0) * SAMPLE_RATE:
        raise AudioError(_limit_message(label, limit))
    return pcm.astype(np.float32) / 32768.0


def no_speech_message(samples: np.ndarray, name: str) -> str:
    """Why a recording with no speech found has none: silence, clipping or other sound."""
    peak = float(np.max(np.abs(samples))) if samples.size else 0.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if samples.size else 0.0
    clipped = float(np.mean(np.abs(samples) >= CLIP_LEVEL)) if samples.size else 0.0
    if clipped >= CLIPPED_SHARE:
        return (
            f"No speech detected in {name}: the recording is clipped ({clipped:.0%} of it at "
            "full scale, far too loud); move back from the microphone or lower its gain."
        )
    if rms < QUIET_RMS and peak < QUIET_PEAK:
        return f"No speech detected in {name}: it is silent or too quiet."
    return (
        f"No speech detected in {name}: it holds sound but no speech (noise, music or "
        "hum); record in a quieter place, closer to the microphone."
    )


def load_file(path: str | Path, *, progress: Callable[[float], None] | None = None) -> np.ndarray:
    """Validate a file by its content and decode it to 16 kHz mono float32."""
    path = Path(path)
    check_file(path)
    return decode(path, name=str(path), progress=progress)


def pcm16_to_float(data: bytes) -> np.ndarray:
    """16-bit little-endian PCM bytes to float32 samples."""
    usable = len(data) - len(data) % 2
    return np.frombuffer(data[:usable], dtype="<i2").astype(np.float32) / 32768.0
