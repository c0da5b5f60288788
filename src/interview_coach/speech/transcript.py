"""Turn recognised words and measured silences into a `Transcript`."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from interview_coach.analysis.timing import pause_boundary
from interview_coach.speech.asr import SAMPLE_RATE, RecognisedWord
from interview_coach.speech.pauses import silences, speech_segments
from interview_coach.types import Pause, Transcript, Word


def _snap(words: list[list[float]], timed: Sequence[Word], pauses: Sequence[Pause]) -> None:
    """Move word edges out of measured silences: Whisper's timings often run a word into the
    silence next to it, and the audio knows better."""
    for p in pauses:
        i = pause_boundary(timed, p)
        for j in range(i + 1):  # words before the pause end by its start
            words[j][1] = min(words[j][1], p.start)
            words[j][0] = min(words[j][0], words[j][1])
        for j in range(i + 1, len(words)):  # words after it start at its end at the earliest
            words[j][0] = max(words[j][0], p.end)
            words[j][1] = max(words[j][1], words[j][0])


# Whisper splits figures into pieces ("$40", ",000"; "5", "%"): these join the piece before
# them without a space, so the text reads "$40,000" and "5%".
_CONTINUES_NUMBER = re.compile(r"^(?:[,.]\d|%|\d)")
_ENDS_NUMBER = re.compile(r"[\d]$|^[$£€]$")


def _joins(previous: str, word: str) -> bool:
    """Whether `word` continues the figure that `previous` ends with."""
    if not _ENDS_NUMBER.search(previous):
        return False
    if word[:1].isdigit():
        return previous in ("$", "£", "€")  # "$" "40"; two numbers side by side stay apart
    return bool(_CONTINUES_NUMBER.match(word))


def join_words(texts: Sequence[str]) -> str:
    """Recognised words as text: spaces between them, none inside a figure."""
    out: list[str] = []
    for i, text in enumerate(texts):
        if out and not _joins(texts[i - 1], text):
            out.append(" ")
        out.append(text)
    return "".join(out)


def build_transcript(
    recognised: Sequence[RecognisedWord],
    samples: np.ndarray,
    *,
    segments: Sequence[Pause] | None = None,
) -> Transcript:
    """Join words into text with character offsets, and add silences measured from `samples`."""
    duration = round(samples.size / SAMPLE_RATE, 3)
    speech = list(segments) if segments is not None else speech_segments(samples)
    gaps = silences(speech, duration)
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    cursor = 0
    for i, w in enumerate(recognised):
        if parts and not _joins(recognised[i - 1].text, w.text):
            parts.append(" ")
            cursor += 1
        parts.append(w.text)
        spans.append((cursor, cursor + len(w.text)))
        cursor += len(w.text)
    text = "".join(parts)
    times = [[w.start, w.end] for w in recognised]
    draft = [
        Word(word=w.text, start=w.start, end=w.end, char_start=s, char_end=e)
        for w, (s, e) in zip(recognised, spans, strict=True)
    ]
    _snap(times, draft, gaps)
    words = tuple(
        Word(
            word=w.text,
            start=round(t[0], 3),
            end=round(t[1], 3),
            char_start=s,
            char_end=e,
            probability=w.probability,
        )
        for w, t, (s, e) in zip(recognised, times, spans, strict=True)
    )
    return Transcript(
        text=text,
        words=words,
        duration_seconds=duration,
        pauses=tuple(gaps),
        speech_segments=tuple(speech),
    )
