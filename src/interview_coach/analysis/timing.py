"""Pace and pause metrics from a timed transcript (pure: values in, values out).

Pauses come from the audio (`Transcript.pauses`, measured from the signal); words give the
count and the place where each pause falls. Without measured pauses, gaps between word timings
stand in for them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from interview_coach.types import PaceWindow, Pause, PauseMark, Transcript, Word

LONG_PAUSE_SECONDS = 1.0  # silences at least this long are reported to the user
PACE_WINDOW_SECONDS = 15.0  # pace is shown over windows of this length
# A last window shorter than this joins the one before it: a few seconds say little about pace.
MIN_TAIL_WINDOW_SECONDS = 7.5
WORD_GAP_PAUSE_SECONDS = 0.25  # fallback: word gaps this long count as silence


class TimingMetrics(BaseModel):
    """Delivery figures that need time: all None / empty when the transcript has no timing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    wpm: float | None = None
    articulation_wpm: float | None = None
    pace: list[PaceWindow] = []
    long_pauses: list[PauseMark] = []
    speaking_seconds: float | None = None
    silence_seconds: float | None = None
    time_to_first_word: float | None = None


def _distance(t: float, lo: float, hi: float) -> float:
    if t < lo:
        return lo - t
    if t > hi:
        return t - hi
    return 0.0


def pause_boundary(words: Sequence[Word], pause: Pause) -> int:
    """Where a pause falls: i means between words[i] and words[i + 1]; -1 before the first word,
    len(words) - 1 after the last.

    Word timings from recognition are rough, so the boundary is the word gap nearest to the
    middle of the measured silence (ties go to the gap that overlaps it most).
    """
    if not words:
        return -1
    mid = (pause.start + pause.end) / 2
    best, best_key = -1, (float("inf"), 0.0)
    for i in range(-1, len(words)):
        lo = words[i].end if i >= 0 else float("-inf")
        hi = words[i + 1].start if i + 1 < len(words) else float("inf")
        if hi < lo:
            lo, hi = hi, lo
        overlap = max(0.0, min(hi, pause.end) - max(lo, pause.start))
        key = (_distance(mid, lo, hi), -overlap)
        if key < best_key:
            best, best_key = i, key
    return best


def _word_gaps(words: Sequence[Word]) -> list[Pause]:
    return [
        Pause(start=a.end, end=b.start)
        for a, b in itertools.pairwise(words)
        if b.start - a.end >= WORD_GAP_PAUSE_SECONDS
    ]


def _pace(words: Sequence[Word], t0: float, t1: float) -> list[PaceWindow]:
    span = t1 - t0
    if span <= 0:
        return []
    edges = [t0]
    while edges[-1] + PACE_WINDOW_SECONDS < t1:
        edges.append(edges[-1] + PACE_WINDOW_SECONDS)
    edges.append(t1)
    if len(edges) > 2 and edges[-1] - edges[-2] < MIN_TAIL_WINDOW_SECONDS:
        del edges[-2]
    windows: list[PaceWindow] = []
    mids = [(w.start + w.end) / 2 for w in words]
    for k, (lo, hi) in enumerate(itertools.pairwise(edges)):
        last = k == len(edges) - 2
        count = sum(1 for m in mids if lo <= m < hi or (last and m == hi))
        windows.append(
            PaceWindow(start=round(lo, 2), end=round(hi, 2), wpm=round(count * 60 / (hi - lo), 1))
        )
    return windows


def timing_metrics(transcript: Transcript) -> TimingMetrics:
    """Words per minute, articulation rate, pace windows, long pauses and speaking time."""
    words = transcript.words
    if not transcript.has_timing:
        return TimingMetrics()
    duration = float(transcript.duration_seconds or 0.0)
    segments = list(transcript.speech_segments)
    if segments:
        t0, t1 = segments[0].start, segments[-1].end
        speaking = sum(s.end - s.start for s in segments)
        first = segments[0].start
    else:
        t0, t1 = words[0].start, words[-1].end
        speaking = (t1 - t0) - sum(p.duration for p in _word_gaps(words))
        first = words[0].start
    span = max(t1 - t0, 1e-6)
    n = len(words)

    pauses = list(transcript.pauses) if transcript.pauses else _word_gaps(words)
    long_pauses: list[PauseMark] = []
    for p in pauses:
        if p.duration < LONG_PAUSE_SECONDS - 1e-6:  # measured to the millisecond
            continue
        i = pause_boundary(words, p)
        if i < 0 or i >= n - 1:
            continue  # lead-in or trailing silence: not a pause inside the answer
        # before_word is spoken just before the silence, after_word just after it.
        long_pauses.append(
            PauseMark(
                start_time=round(p.start, 3),
                end_time=round(p.end, 3),
                duration=round(p.duration, 3),
                after_char=words[i].char_end,
                before_word=words[i].word,
                after_word=words[i + 1].word,
            )
        )
    return TimingMetrics(
        wpm=round(n * 60 / span, 1),
        articulation_wpm=round(n * 60 / speaking, 1) if speaking > 0 else None,
        pace=_pace(words, t0, t1),
        long_pauses=long_pauses,
        speaking_seconds=round(speaking, 2),
        silence_seconds=round(max(0.0, duration - speaking), 2),
        time_to_first_word=round(first, 2),
    )
