"""Fixtures for speech tests: the real model (loaded once) and synthesised answers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import synth

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def model():
    from interview_coach.speech import load_model

    return load_model()


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory) -> Path:
    if not synth.tools_available():
        pytest.skip("espeak-ng and sox are needed to synthesise test speech (see .ci/run)")
    return tmp_path_factory.mktemp("synth")


@pytest.fixture(scope="session")
def filler_clip(synth_dir) -> synth.SynthClip:
    return synth.synthesize(synth.ANSWER_FILLERS, synth_dir / "fillers.wav")


@pytest.fixture(scope="session")
def plain_clip(synth_dir) -> synth.SynthClip:
    return synth.synthesize(synth.ANSWER_PLAIN, synth_dir / "plain.wav")


@pytest.fixture(scope="session")
def filler_transcript(model, filler_clip):
    from interview_coach.speech import transcribe_file

    return transcribe_file(filler_clip.path)


@pytest.fixture(scope="session")
def plain_transcript(model, plain_clip):
    from interview_coach.speech import transcribe_file

    return transcribe_file(plain_clip.path)
