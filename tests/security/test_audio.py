"""Audio that is not speech: the message says what it is; too many channels names the limit."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from interview_coach.errors import AudioError
from interview_coach.speech import transcribe_file
from interview_coach.speech.audio import MAX_CHANNELS, decode


def _wav(path: Path, samples: np.ndarray, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(16_000)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


RNG = np.random.default_rng(7)


@pytest.mark.parametrize(
    ("name", "samples", "message"),
    [
        ("clipped.wav", np.sign(RNG.normal(0, 1, 48_000)), "the recording is clipped"),
        ("silence.wav", np.zeros(48_000), "it is silent or too quiet"),
        ("hiss.wav", RNG.normal(0, 0.0005, 48_000), "it is silent or too quiet"),
    ],
)
def test_no_speech_says_why(tmp_path: Path, name: str, samples: np.ndarray, message: str) -> None:
    path = _wav(tmp_path / name, samples)
    with pytest.raises(AudioError, match=message) as info:
        transcribe_file(path)
    assert f"No speech detected in {path}" in str(info.value)


def test_loud_noise_is_not_called_quiet(tmp_path: Path) -> None:
    path = _wav(tmp_path / "noise.wav", np.random.default_rng(3).normal(0, 0.3, 48_000))
    with pytest.raises(AudioError) as info:
        transcribe_file(path)
    assert "it holds sound but no speech (noise, music or hum)" in str(info.value)
    assert "too quiet" not in str(info.value)


def test_many_channels_name_the_limit(tmp_path: Path) -> None:
    path = _wav(tmp_path / "array.wav", RNG.normal(0, 0.1, 16_000 * 64), channels=64)
    with pytest.raises(AudioError, match=f"has 64 audio channels; at most {MAX_CHANNELS}"):
        decode(path)


def test_a_stereo_recording_is_downmixed(tmp_path: Path) -> None:
    path = _wav(tmp_path / "stereo.wav", RNG.normal(0, 0.1, 16_000 * 2), channels=2)
    assert decode(path).shape == (16_000,)


@pytest.mark.parametrize("bits", [0, 65535])
def test_a_header_with_impossible_sample_size_is_refused_clearly(tmp_path: Path, bits: int) -> None:
    path = _wav(tmp_path / "odd.wav", RNG.normal(0, 0.1, 16_000))
    data = bytearray(path.read_bytes())
    data[34:36] = bits.to_bytes(2, "little")  # bits per sample in the fmt chunk
    path.write_bytes(bytes(data))
    with pytest.raises(AudioError, match=r"odd\.wav"):
        decode(path)
