"""Incremental transcription of audio that arrives in chunks while the user speaks.

A background worker cuts the audio at pauses into stretches of 8–28 s and transcribes each as
soon as it is complete, so when the last chunk arrives only the final few seconds are left
to recognise, greedily. The worker chooses where to cut only once it has its turn at the
model: on a busy machine the stretches grow (fewer, longer calls cost less CPU per second of
audio), and anyone waiting for a transcript goes first. Between stretches, when the model is
free, the words not yet in one are guessed at (provisional, replaced by the stretch's words).
Accepts 16 kHz mono 16-bit PCM, or an encoded stream (webm/opus as browsers record it, ogg)
that is decoded as it grows.
"""

from __future__ import annotations

import threading
import time
from contextlib import nullcontext
from typing import Literal

import numpy as np

from interview_coach.config import get_settings
from interview_coach.errors import AudioError
from interview_coach.speech.asr import (
    RecognisedWord,
    load_model,
    recognition_gate,
    remote_recogniser,
    transcribe_samples,
)
from interview_coach.speech.audio import (
    SAMPLE_RATE,
    decode,
    no_speech_message,
    pcm16_to_float,
    sniff,
)
from interview_coach.speech.pauses import (
    FRAME_SECONDS,
    frame_levels,
    speech_segments,
    speech_threshold,
)
from interview_coach.speech.windows import recognise_windows

# A stretch is transcribed once this much audio waits and a silence to cut at is found.
MIN_CHUNK_SECONDS = 8.0
# A stretch never runs past this (Whisper's window is 30 s); without any pause, it is cut at
# the quietest moment.
MAX_CHUNK_SECONDS = 28.0
# Never cut closer than this to the newest audio: the word there may still be going on.
SAFETY_SECONDS = 0.5
CUT_SILENCE_SECONDS = 0.3  # a pause between phrases: the preferred place to cut
# Without such a pause, the best gap between words will do, so the unrecognised tail stays
# short while someone speaks without stopping.
WORD_GAP_SECONDS = 0.1
# From this many live answers recorded at once in a process, the model is shared enough that
# background stretches are decoded greedily too (beam 5 costs about twice the CPU for the
# same words) and wait for this much audio: every call pays Whisper's whole 30 s encoder
# window, so fewer, longer stretches cost less CPU per second of audio (docs/benchmarks.md,
# "Web / live sessions").
BUSY_FROM_ANSWERS = 4
BUSY_MIN_CHUNK_SECONDS = 14.0  # 20 s: CPU 1.03× file mode, but feedback p95 1.55 s

_open_lock = threading.Lock()
_open_answers = 0  # live answers being recorded in this process


def _opened(delta: int) -> int:
    global _open_answers
    with _open_lock:
        _open_answers += delta
        return _open_answers


# While someone speaks, what is not yet in a stretch is guessed at greedily every so often,
# so the transcript on screen moves at least this often; the guesses are replaced by the
# stretch's words. They are a courtesy and yield: only with this many live answers or fewer
# in the process (they triple a speaker's CPU per second of audio), only when the model is
# free, never on a queue's workers.
PROVISIONAL_EVERY_SECONDS = 1.2  # from one guess's start to the next's
PROVISIONAL_REST_SECONDS = 0.5  # the model's time free between guesses, for the stretches
PROVISIONAL_MIN_SECONDS = 1.0  # new audio worth a guess
PROVISIONAL_UP_TO_ANSWERS = 1

# An encoded stream is decoded again when this much new data has arrived (bytes).
REDECODE_BYTES = 12_000

Format = Literal["auto", "pcm16", "encoded"]


class LiveTranscriber:
    """Feed audio chunks with `feed`, then call `finish` for the Transcript.

    `fmt` is "pcm16" (16 kHz mono signed 16-bit little-endian), "encoded" (webm/opus, ogg…)
    or "auto" (judged from the first chunk's leading bytes). Thread-safe: `feed` may be called
    from one thread while the worker transcribes in another.
    """

    def __init__(
        self, *, fmt: Format = "auto", model: str | None = None, name: str = "the recording"
    ) -> None:
        self._fmt: Format = fmt
        self._model = model
        self._name = name
        self._limit = get_settings().max_audio_seconds
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._pcm_parts: list[np.ndarray] = []
        self._pcm_carry = b""
        self._encoded = bytearray()
        self._decoded_at = 0  # len(_encoded) when last decoded
        self._samples = np.zeros(0, dtype=np.float32)
        self._committed = 0  # samples already transcribed
        self._words: list[RecognisedWord] = []
        self._guess: list[RecognisedWord] = []  # provisional words after the last stretch
        self._guessed_at = 0.0  # monotonic time the last guess started
        self._guess_done = 0.0  # …and ended
        self._guessed_to = 0  # samples the last guess covered
        self._level: tuple[int, float] = (-1, 0.0)  # (samples, speech threshold over them)
        self._closed = False
        self._cancelled = False  # the answer is thrown away: transcribe nothing more
        self._error: BaseException | None = None
        self.chunks_transcribed = 0
        if self._here():
            load_model(model)  # load now, not when the first stretch is ready
        self._counted = True
        _opened(+1)
        self._worker = threading.Thread(target=self._run, name="live-transcriber", daemon=True)
        self._worker.start()

    # ------------------------------------------------------------------ producer side

    def feed(self, chunk: bytes) -> None:
        """Add the next piece of audio. Returns at once; recognition runs in the background."""
        if not chunk:
            return
        with self._lock:
            if self._closed:
                raise AudioError("This recording is already finished.")
            if self._error is not None:
                raise self._as_audio_error(self._error)
            if self._fmt == "auto":
                self._fmt = "encoded" if sniff(chunk[:64]) is not None else "pcm16"
            if self._fmt == "pcm16":
                data = self._pcm_carry + chunk
                usable = len(data) - len(data) % 2
                self._pcm_carry = data[usable:]
                self._pcm_parts.append(pcm16_to_float(data[:usable]))
            else:
                self._encoded.extend(chunk)
            self._wake.notify()

    @property
    def text_so_far(self) -> str:
        """The words recognised so far (stretches already transcribed)."""
        return self.live_text()[0]

    def live_text(self) -> tuple[str, str]:
        """The words so far: those final (stretches transcribed) and those provisional (a
        guess at what came after, replaced when its stretch is transcribed)."""
        from interview_coach.speech.transcript import join_words

        with self._lock:
            final, guess = list(self._words), list(self._guess)
        return join_words([w.text for w in final]), join_words([w.text for w in guess])

    def finish(self):  # -> Transcript
        """Stop accepting audio, transcribe what is left and return the whole Transcript."""
        from interview_coach.speech import transcribe_samples_to_transcript
        from interview_coach.speech.transcript import build_transcript

        with self._lock:
            self._closed = True
            self._wake.notify()
        self._uncount()
        recognition_gate.wake()  # a worker still waiting for its turn gives it up
        self._worker.join()
        if self._error is not None:
            raise self._as_audio_error(self._error)
        self._collect(final=True)
        samples = self._samples
        if samples.size == 0:
            raise AudioError(f"{self._name} contains no audio samples (zero-length recording).")
        # The same test as an upload's: a recording with no speech in it (noise, a clipped
        # microphone) is refused, even where Whisper found "words" in stretches of it.
        segments = speech_segments(samples)
        if not segments:
            raise AudioError(no_speech_message(samples, self._name))
        tail = samples[self._committed :]
        if not self._words:
            # Nothing committed yet (a short answer): one pass over everything.
            return transcribe_samples_to_transcript(
                samples, name=self._name, model=self._model, greedy=True, segments=segments
            )
        if tail.size > int(SAFETY_SECONDS * SAMPLE_RATE / 2):
            # In windows, as a file is: audio sent faster than it could be recognised leaves
            # a long rest, and one call over all of it held over a gigabyte.
            offset = self._committed / SAMPLE_RATE
            self._words.extend(
                recognise_windows(tail, offset=offset, model=self._model, greedy=True)
            )
        return build_transcript(self._words, samples, segments=segments)

    def cancel(self) -> None:
        """Stop without transcribing what is left, for an answer that is thrown away (a
        dropped connection): it costs no more CPU than the stretch already under way, and the
        worker exits on its own, so the caller never waits for it."""
        with self._lock:
            self._closed = self._cancelled = True
            self._wake.notify()
        self._uncount()

    def _uncount(self) -> None:
        with self._lock:
            counted, self._counted = self._counted, False
        if counted:
            _opened(-1)

    # ------------------------------------------------------------------ worker side

    @staticmethod
    def _as_audio_error(exc: BaseException) -> AudioError:
        if isinstance(exc, AudioError):
            return exc
        return AudioError(f"Live transcription failed: {exc}")

    def _collect(self, *, final: bool = False) -> None:
        """Move newly fed audio into `_samples` (decoding an encoded stream as needed)."""
        with self._lock:
            parts, self._pcm_parts = self._pcm_parts, []
            encoded = bytes(self._encoded) if self._fmt == "encoded" else b""
            if encoded and not final and len(encoded) - self._decoded_at < REDECODE_BYTES:
                encoded = b""
            if encoded:
                self._decoded_at = len(encoded)
        if parts:
            self._samples = np.concatenate([self._samples, *parts])
        if encoded:
            try:
                decoded = decode(encoded, name=self._name, max_seconds=self._limit)
            except AudioError:
                if final:
                    raise
                return  # a stream cut mid-header decodes once more data arrives
            if decoded.size > self._samples.size:
                self._samples = decoded
        if self._samples.size > (self._limit + 1.0) * SAMPLE_RATE:
            minutes = self._limit / 60
            raise AudioError(f"{self._name} is longer than the {minutes:g}-minute limit.")

    def _cut_point(self) -> int | None:
        """Where to end the next stretch (sample index), or None to wait for more audio."""
        start, end = self._committed, self._samples.size - int(SAFETY_SECONDS * SAMPLE_RATE)
        shortest = BUSY_MIN_CHUNK_SECONDS if self._busy() else MIN_CHUNK_SECONDS
        if (end - start) / SAMPLE_RATE < shortest:
            return None
        end = min(end, start + int(MAX_CHUNK_SECONDS * SAMPLE_RATE))
        region = self._samples[start:end]
        levels = frame_levels(region)
        quiet = levels <= self._threshold()
        need = round(CUT_SILENCE_SECONDS / FRAME_SECONDS)
        gap = max(1, round(WORD_GAP_SECONDS / FRAME_SECONDS))
        first_allowed = round(MIN_CHUNK_SECONDS / 2 / FRAME_SECONDS)
        run, pause, longest, at_longest = 0, None, 0, None
        for i, q in enumerate(quiet):  # the latest pause, else the longest gap between words
            run = run + 1 if q else 0
            if i < first_allowed:
                continue
            if run >= need:
                pause = i - run // 2
            if run >= gap and run >= longest:
                longest, at_longest = run, i - run // 2
        best = pause if pause is not None else at_longest
        if best is None:
            if (end - start) / SAMPLE_RATE < MAX_CHUNK_SECONDS - SAFETY_SECONDS:
                return None
            tail = levels[first_allowed:]
            best = first_allowed + int(np.argmin(tail))
        return start + int(best * FRAME_SECONDS * SAMPLE_RATE)

    def _threshold(self) -> float:
        """The speech level over the whole recording so far, worked out once per new audio
        (choosing a cut and deciding whether to guess both ask; a long answer makes it a
        scan of millions of samples)."""
        size = self._samples.size
        if self._level[0] != size:
            self._level = (size, speech_threshold(frame_levels(self._samples)))
        return self._level[1]

    def _here(self) -> bool:
        """Recognised in this process (not by a queue's workers)."""
        return remote_recogniser(self._model) is None

    def _busy(self) -> bool:
        """Many answers share this process's model (team mode's workers scale instead)."""
        return self._here() and _opened(0) >= BUSY_FROM_ANSWERS

    def _stretch(self) -> bool:
        """Recognise the next stretch, if one is ready; False when none is (or stopped)."""
        if self._cancelled or self._closed or self._cut_point() is None:
            return False
        # Where to cut is chosen once the model is ours: audio that came in while others
        # had it makes this stretch longer rather than leaving a longer tail.
        turn = (
            recognition_gate.hold(background=True, unless=lambda: self._closed)
            if self._here()
            else nullcontext(True)
        )
        with turn as ours:
            if not ours or self._closed:
                return False
            self._collect()
            cut = self._cut_point()
            if cut is None:
                return False
            chunk = self._samples[self._committed : cut]
            offset = self._committed / SAMPLE_RATE
            greedy = self._busy()
            words = transcribe_samples(
                chunk, model=self._model, offset=offset, background=True, greedy=greedy
            )
        with self._lock:
            self._words.extend(words)
            self._committed = cut
            self._guess = [w for w in self._guess if w.start >= cut / SAMPLE_RATE]
        self.chunks_transcribed += 1
        return True

    def _provisional(self) -> None:
        """Guess at the words not yet in a stretch, when that costs no one anything."""
        if self._closed or not self._here():
            return
        if _opened(0) > PROVISIONAL_UP_TO_ANSWERS:
            return
        start, end = self._committed, self._samples.size
        fresh = (end - max(start, self._guessed_to)) / SAMPLE_RATE
        now = time.monotonic()
        if now - self._guessed_at < PROVISIONAL_EVERY_SECONDS:
            return
        if now - self._guess_done < PROVISIONAL_REST_SECONDS:
            return
        if fresh < PROVISIONAL_MIN_SECONDS:
            return
        region = self._samples[start:end]
        if not (frame_levels(region) > self._threshold()).any():
            return  # silence: nothing to guess at
        with recognition_gate.hold(background=True, unless=lambda: self._closed) as ours:
            if not ours or self._closed:
                return
            began = time.monotonic()
            words = transcribe_samples(
                region, model=self._model, offset=start / SAMPLE_RATE, background=True,
                greedy=True,
            )  # fmt: skip
        with self._lock:
            if self._committed == start:  # else a stretch has replaced it meanwhile
                self._guess = words
        self._guessed_at, self._guess_done, self._guessed_to = began, time.monotonic(), end

    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    if not self._closed:
                        self._wake.wait(timeout=0.5)
                    closed = self._closed
                if closed:
                    return  # finish() recognises the rest, as the user waits for it
                self._collect()
                while self._stretch():
                    pass
                self._provisional()
                time.sleep(0)  # let the producer run between rounds
        except BaseException as exc:  # reported to the caller by feed/finish
            self._error = exc
            self._uncount()
