"""Build evidence spans: character offsets into the transcript, plus seconds when there is audio."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol, TypeVar

from interview_coach.types import Evidence, Mark, Word

_L = TypeVar("_L", bound="_Located")


class _Located(Protocol):
    start: int
    end: int
    text: str
    start_time: float | None
    end_time: float | None


FACTOR_EVIDENCE = 8  # spans quoted per score factor at most


def as_evidence(items: Sequence[_Located], limit: int) -> list[Evidence]:
    """Plain evidence (offsets, text, times) for the first `limit` marks or sentences."""
    return [
        Evidence(
            start=m.start, end=m.end, text=m.text, start_time=m.start_time, end_time=m.end_time
        )
        for m in items[:limit]
    ]


class SpanMaker:
    """Creates Evidence and Mark objects for one transcript, adding word times when known."""

    def __init__(self, text: str, words: Sequence[Word] = ()) -> None:
        self.text = text
        self._words = sorted(words, key=lambda w: w.char_start)
        self._starts = [w.char_start for w in self._words]

    def _times(self, start: int, end: int) -> tuple[float | None, float | None]:
        if not self._words:
            return None, None
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        first = last = None
        while i < len(self._words) and self._words[i].char_start < end:
            w = self._words[i]
            if w.char_end > start:
                first = first or w
                last = w
            i += 1
        if first is None or last is None:
            return None, None
        return round(first.start, 2), round(last.end, 2)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for text[start:end]."""
        t0, t1 = self._times(start, end)
        return Evidence(start=start, end=end, text=self.text[start:end], start_time=t0, end_time=t1)

    def mark(self, start: int, end: int, kind: str) -> Mark:
        """A marked phrase of a given kind for text[start:end]."""
        t0, t1 = self._times(start, end)
        return Mark(
            start=start,
            end=end,
            text=self.text[start:end],
            start_time=t0,
            end_time=t1,
            kind=kind,
        )


def sentences_at(sentences: Sequence[_L], starts: Sequence[int]) -> list[_L]:
    """The sentences any of `starts` falls in."""
    return [x for x in sentences if any(x.start <= p < x.end for p in starts)]


def clear_of(items: Sequence[_Located], away: Sequence[_Located]) -> list:
    """The items that overlap none of `away` (offsets into the same transcript)."""
    return [x for x in items if not any(a.start < x.end and x.start < a.end for a in away)]
