"""Every unusable input gives a clear AudioError (and exit code 2 on the CLI), never a traceback."""

from __future__ import annotations

import wave

import numpy as np
import pytest
from click.testing import CliRunner

from interview_coach.config import get_settings
from interview_coach.errors import AudioError
from interview_coach.speech import transcribe_file


def write_wav(path, samples: np.ndarray, rate: int = 16_000):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.astype(np.int16).tobytes())
    return path


def cases(tmp_path):
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    zero = write_wav(tmp_path / "zero.wav", np.zeros(0))
    silent = write_wav(tmp_path / "silent.wav", np.zeros(16_000 * 3))
    text = tmp_path / "notes.wav"
    text.write_text("These are my notes for the interview, not a recording.\n")
    corrupt = tmp_path / "corrupt.wav"
    good = write_wav(tmp_path / "tone.wav", (np.sin(np.arange(16_000) / 5) * 8000))
    # a WAV header whose format chunk is cut short and filled with junk
    header = b"RIFF\xff\xff\xff\xffWAVEfmt \x02\x00\x00\x00garbage"
    corrupt.write_bytes(header + good.read_bytes()[100:400])
    binary = tmp_path / "random.mp3"
    binary.write_bytes(bytes(np.random.default_rng(1).integers(0, 255, 4000, dtype=np.uint8)))
    return {
        "empty": (empty, "empty"),
        "zero-length": (zero, "no audio samples"),
        "silence": (silent, "No speech detected"),
        "text": (text, "not an audio file"),
        "corrupt": (corrupt, "could not be decoded"),
        "random bytes": (binary, "not an audio file"),
        "missing": (tmp_path / "nope.wav", "does not exist"),
    }


@pytest.mark.parametrize(
    "case", ["empty", "zero-length", "silence", "text", "corrupt", "random bytes", "missing"]
)
def test_bad_audio_gives_clear_error(tmp_path, case):
    path, message = cases(tmp_path)[case]
    with pytest.raises(AudioError, match=message):
        transcribe_file(path)
    from interview_coach.cli import main

    result = CliRunner().invoke(main, ["transcribe", str(path)])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


@pytest.fixture
def small_limits(monkeypatch):
    monkeypatch.setenv("INTERVIEW_COACH_MAX_AUDIO_SECONDS", "2")
    monkeypatch.setenv("INTERVIEW_COACH_MAX_AUDIO_BYTES", "60000")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_over_the_duration_limit(tmp_path, small_limits):
    # 4 s at 4 kHz = 32 kB: under the byte limit, over the 2 s limit
    path = write_wav(tmp_path / "long.wav", np.sin(np.arange(16_000) / 3) * 5000, rate=4_000)
    with pytest.raises(AudioError, match="longer than the 2-second limit"):
        transcribe_file(path)


def test_over_the_size_limit(tmp_path, small_limits):
    path = write_wav(tmp_path / "big.wav", np.zeros(16_000 * 2))
    with pytest.raises(AudioError, match=r"over the 0\.0572 MB limit"):
        transcribe_file(path)
