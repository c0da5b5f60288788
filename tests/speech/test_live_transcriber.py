"""Live mode: audio fed in chunks gives the same transcript as the file, quickly after the end."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
import synth

from interview_coach.errors import AudioError
from interview_coach.speech import LiveTranscriber
from interview_coach.speech.audio import load_file


def test_live_pcm_chunks_match_the_file(model, filler_clip, filler_transcript):
    samples = load_file(filler_clip.path)
    pcm = (samples * 32767).astype("<i2").tobytes()
    live = LiveTranscriber(fmt="pcm16")
    for i in range(0, len(pcm), 7_999):  # odd size: chunks split samples in half
        live.feed(pcm[i : i + 7_999])
    # Let the worker catch up, as it does while the user is still speaking.
    deadline = time.monotonic() + 15
    while live.chunks_transcribed < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert live.chunks_transcribed >= 1
    transcript = live.finish()  # how soon after the end: benchmarks/live_sessions.py
    assert transcript.duration_seconds == pytest.approx(filler_clip.duration, abs=0.02)
    ref = [w.word.lower().strip(".,") for w in filler_transcript.words]
    got = [w.word.lower().strip(".,") for w in transcript.words]
    assert abs(len(got) - len(ref)) <= 3
    assert sum(1 for w in got if w in {"um", "uh"}) >= 3
    assert [round(p.start, 2) for p in transcript.pauses] == [
        round(p.start, 2) for p in filler_transcript.pauses
    ]


def test_live_webm_stream(model, plain_clip, tmp_path):
    webm = synth.encode(plain_clip.path, tmp_path / "live.webm", "libopus", "webm").read_bytes()
    live = LiveTranscriber()  # format judged from the first bytes
    for i in range(0, len(webm), 4_000):
        live.feed(webm[i : i + 4_000])
    transcript = live.finish()
    assert "engineers" in transcript.text
    assert transcript.duration_seconds == pytest.approx(plain_clip.duration, abs=0.1)


def test_live_silence_is_reported(model):
    live = LiveTranscriber(fmt="pcm16")
    live.feed(np.zeros(16_000 * 2, dtype="<i2").tobytes())
    with pytest.raises(AudioError, match="No speech detected"):
        live.finish()


def test_live_nothing_fed(model):
    with pytest.raises(AudioError, match="no audio samples"):
        LiveTranscriber().finish()


def test_cancel_transcribes_nothing_more(model, filler_clip):
    """A dropped answer: the stretches fed but not yet transcribed are never recognised."""
    samples = np.tile(load_file(filler_clip.path), 4)  # a long answer: many stretches
    pcm = (samples * 32767).astype("<i2").tobytes()
    live = LiveTranscriber(fmt="pcm16")
    live.feed(pcm)  # the whole answer at once: every stretch is waiting
    live.cancel()
    deadline = time.monotonic() + 15  # recognising it all takes about 5 s on two cores
    while time.monotonic() < deadline and live.chunks_transcribed == 0:
        if not any(t.name == "live-transcriber" for t in threading.enumerate()):
            break  # the worker has stopped
        time.sleep(0.2)
    # Told to stop before it could start (the same thread fed and cancelled, within one GIL
    # switch interval), the worker transcribed nothing; it used to recognise all of it.
    assert live.chunks_transcribed == 0


def test_many_answers_at_once_wait_for_longer_stretches(model, filler_clip):
    """Every call pays Whisper's whole window: with four or more answers sharing the model, a
    stretch waits for 14 s of audio (8 s otherwise), so the CPU per second of audio stays near
    file mode's (benchmarks/live_sessions.py)."""
    samples = load_file(filler_clip.path)
    audio = np.concatenate([samples] * (int(12 * 16_000 / samples.size) + 1))[: 12 * 16_000]
    live = LiveTranscriber(fmt="pcm16")
    live.cancel()  # no worker: only where it would cut is asked
    live._samples = audio.astype(np.float32)
    assert live._cut_point() is not None  # alone: 12 s is enough for a stretch
    others = [LiveTranscriber(fmt="pcm16") for _ in range(4)]
    try:
        assert live._cut_point() is None  # busy: wait for more
    finally:
        for other in others:
            other.cancel()
    assert live._cut_point() is not None


def _first_seconds(clip, seconds: float) -> bytes:
    samples = load_file(clip.path)[: int(seconds * 16_000)]
    return (samples * 32767).astype("<i2").tobytes()


def test_provisional_words_come_before_the_first_stretch(model, filler_clip):
    """Under 8 s of speech there is no stretch yet; the words on screen are a greedy guess,
    and the final transcript replaces them."""
    live = LiveTranscriber(fmt="pcm16")
    live.feed(_first_seconds(filler_clip, 4.0))
    deadline = time.monotonic() + 15
    while not live.live_text()[1] and time.monotonic() < deadline:
        time.sleep(0.1)
    final, guess = live.live_text()
    assert final == "" and len(guess.split()) >= 3, (final, guess)
    assert live.chunks_transcribed == 0
    assert live.finish().text.strip()


def test_provisional_words_yield_when_many_answers_share_the_model(model, filler_clip):
    others = [LiveTranscriber(fmt="pcm16") for _ in range(2)]
    live = LiveTranscriber(fmt="pcm16")
    try:
        live.feed(_first_seconds(filler_clip, 4.0))
        time.sleep(3.0)  # what a guess takes alone, several times over
        assert live.live_text() == ("", "")
    finally:
        for other in others:
            other.cancel()
        live.cancel()


def test_a_long_rest_at_stop_is_recognised_window_by_window(model, filler_clip, monkeypatch):
    """Audio sent faster than it can be recognised leaves a long rest at Stop; it goes to the
    model in Whisper-sized windows (one call over 14 minutes of it held over a gigabyte).
    The real model runs; the calls are only counted on the way."""
    from interview_coach.speech import windows

    sizes: list[float] = []
    real = windows.transcribe_samples

    def counted(chunk, **kw):  # type: ignore[no-untyped-def]
        sizes.append(chunk.size / 16_000)
        return real(chunk, **kw)

    monkeypatch.setattr(windows, "transcribe_samples", counted)
    samples = np.tile(load_file(filler_clip.path), 6)  # over a minute
    live = LiveTranscriber(fmt="pcm16")
    live.feed((samples * 32767).astype("<i2").tobytes())
    transcript = live.finish()  # at most one stretch (≤ 28 s) began before Stop
    assert transcript.duration_seconds == pytest.approx(samples.size / 16_000, abs=0.02)
    rest = sum(sizes)
    assert rest > windows.WINDOW_SECONDS and len(sizes) >= 2
    assert max(sizes) <= windows.WINDOW_SECONDS


def test_live_noise_is_reported_as_an_upload_would_be(model):
    # Full-scale noise, as a microphone turned up too far: an uploaded file of it is refused
    # as clipped, and so is a live answer, even when stretches of it were "recognised".
    rng = np.random.default_rng(7)
    noise = np.clip(rng.normal(0, 1.5, 16_000 * 20), -1, 1)
    live = LiveTranscriber(fmt="pcm16")
    live.feed((noise * 32767).astype("<i2").tobytes())
    deadline = time.monotonic() + 30
    while live.chunks_transcribed < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    with pytest.raises(AudioError, match="clipped"):
        live.finish()
