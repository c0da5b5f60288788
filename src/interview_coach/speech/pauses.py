"""Silence and speech stretches measured from the audio itself (frame energy).

Whisper's word timings are too rough for pauses (a 2.5 s silence can come back as 1.6 s), so
pauses come from the signal: 10 ms frames, a threshold set from the recording's own noise floor
and speech level, and a minimum length for a silence to count.
"""

from __future__ import annotations

import numpy as np

from interview_coach.types import Pause

SAMPLE_RATE = 16_000
FRAME_SECONDS = 0.010
MIN_PAUSE_SECONDS = 0.25  # shorter gaps are stop consonants and breaths inside the flow
MIN_SPEECH_SECONDS = 0.06  # shorter bursts (clicks, pops) do not break a silence
# The threshold sits this far above the noise floor / below the loud speech level (dB), and
# never below ABSOLUTE_FLOOR_DB: quiet hiss in an otherwise silent room stays silence.
ABOVE_NOISE_DB = 12.0
BELOW_SPEECH_DB = 40.0
ABSOLUTE_FLOOR_DB = -60.0


def frame_levels(samples: np.ndarray, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Energy (dBFS) of consecutive 10 ms frames."""
    hop = int(sample_rate * FRAME_SECONDS)
    n = samples.size // hop
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    frames = samples[: n * hop].astype(np.float32).reshape(n, hop)
    power = np.mean(frames * frames, axis=1)
    return (10.0 * np.log10(power + 1e-10)).astype(np.float32)


def speech_threshold(levels: np.ndarray) -> float:
    """dBFS level above which a frame counts as voice, adapted to the recording."""
    if levels.size == 0:
        return ABSOLUTE_FLOOR_DB
    noise = float(np.percentile(levels, 10))
    loud = float(np.percentile(levels, 95))
    return max(noise + ABOVE_NOISE_DB, loud - BELOW_SPEECH_DB, ABSOLUTE_FLOOR_DB)


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) frame indices of runs of True."""
    if mask.size == 0:
        return []
    padded = np.concatenate(([False], mask, [False])).astype(np.int8)
    diff = np.diff(padded)
    starts = np.flatnonzero(diff == 1)
    ends = np.flatnonzero(diff == -1)
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def speech_segments(
    samples: np.ndarray,
    sample_rate: int = SAMPLE_RATE,
    *,
    min_pause: float = MIN_PAUSE_SECONDS,
) -> list[Pause]:
    """Stretches of voice (start/end seconds); gaps shorter than `min_pause` are bridged."""
    levels = frame_levels(samples, sample_rate)
    threshold = speech_threshold(levels)
    voiced = levels > threshold
    runs = [(s, e) for s, e in _runs(voiced) if (e - s) * FRAME_SECONDS >= MIN_SPEECH_SECONDS]
    merged: list[list[int]] = []
    gap_frames = round(min_pause / FRAME_SECONDS)
    for s, e in runs:
        if merged and s - merged[-1][1] < gap_frames:
            merged[-1][1] = e
        else:
            merged.append([s, e])
    # Refine each edge from its 10 ms frame to the first / last sample above the threshold
    # level, so a silence is measured to the millisecond rather than to the frame.
    hop = int(sample_rate * FRAME_SECONDS)
    amplitude = 10 ** (threshold / 20)
    out: list[Pause] = []
    for s, e in merged:
        first = np.flatnonzero(np.abs(samples[s * hop : (s + 1) * hop]) > amplitude)
        last = np.flatnonzero(np.abs(samples[(e - 1) * hop : e * hop]) > amplitude)
        start = s * hop + (int(first[0]) if first.size else 0)
        end = (e - 1) * hop + (int(last[-1]) + 1 if last.size else hop)
        out.append(Pause(start=round(start / sample_rate, 3), end=round(end / sample_rate, 3)))
    return out


def silences(segments: list[Pause], duration: float) -> list[Pause]:
    """The gaps between speech segments, including any lead-in and tail silence."""
    out: list[Pause] = []
    cursor = 0.0
    for seg in segments:
        if seg.start - cursor >= MIN_PAUSE_SECONDS:
            out.append(Pause(start=round(cursor, 3), end=seg.start))
        cursor = seg.end
    if duration - cursor >= MIN_PAUSE_SECONDS:
        out.append(Pause(start=round(cursor, 3), end=round(duration, 3)))
    return out
