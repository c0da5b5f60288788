"""Stateless analysis for integrations: an answer in, the Feedback JSON out, nothing kept.

`POST /api/analyze` takes JSON (question, text, job description); `POST /api/analyze/audio`
takes a recording as multipart form data. Both answer under the same rules as the rest of the
API (loopback or the access token, same-origin writes, body limits); the work runs in a worker
thread, so the event loop stays free.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, UploadFile
from pydantic import BaseModel, Field

from interview_coach.config import Settings
from interview_coach.errors import AudioError, InputError
from interview_coach.inputs import shown_filename
from interview_coach.practice.single import (
    MAX_JOB_CHARS,
    MAX_QUESTION_CHARS,
    analyze_recording,
    analyze_text,
)
from interview_coach.types import Feedback
from interview_coach.web.deps import SettingsDep
from interview_coach.web.guard import MAX_MULTIPART_BYTES

router = APIRouter(prefix="/api", tags=["analysis"])

# A recording sent here must fit the multipart body limit with room for the form fields.
MAX_RECORDING_BYTES = MAX_MULTIPART_BYTES - 1024 * 1024


class AnalyzeIn(BaseModel):
    question: str = Field(max_length=MAX_QUESTION_CHARS, description="the interview question")
    text: str = Field(description="the answer as the candidate would say it")
    job_description: str | None = Field(
        None, max_length=MAX_JOB_CHARS, description="the job description, pasted as text"
    )


class AnalyzedAudio(BaseModel):
    transcript: str
    duration_seconds: float | None
    feedback: Feedback


@router.post("/analyze", response_model=Feedback)
def analyze(body: AnalyzeIn, settings: SettingsDep) -> Feedback:
    """Feedback on a typed answer (the same JSON as `interview-coach analyze --format json`);
    nothing is saved."""
    return analyze_text(
        body.question, body.text, body.job_description, max_words=settings.max_answer_words
    )


@router.post("/analyze/audio", response_model=AnalyzedAudio)
def analyze_audio(
    settings: SettingsDep,
    file: UploadFile,
    question: Annotated[str, Form(max_length=MAX_QUESTION_CHARS)],
    job_description: Annotated[str | None, Form(max_length=MAX_JOB_CHARS)] = None,
) -> AnalyzedAudio:
    """A recording (wav, webm/opus, ogg, mp3, m4a, flac) transcribed and analysed; nothing is
    saved: the upload is deleted as soon as it is transcribed."""
    with _slot(settings.live_session_limit):
        return _recording(settings, file, question, job_description)


_running = 0
_running_lock = threading.Lock()


@contextlib.contextmanager
def _slot(limit: int) -> Iterator[None]:
    """One of at most `limit` recordings analysed at once (the live-answer limit): more are
    refused at once with 503, so a flood cannot queue work or hold memory."""
    global _running
    with _running_lock:
        if _running >= limit:
            raise HTTPException(503, "The coach is busy with other recordings; try again soon.")
        _running += 1
    try:
        yield
    finally:
        with _running_lock:
            _running -= 1


def _recording(
    settings: Settings, file: UploadFile, question: str, job_description: str | None
) -> AnalyzedAudio:
    limit = min(settings.max_audio_bytes, MAX_RECORDING_BYTES)
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"The recording is over the {limit // 2**20} MB limit.")
    folder = Path(settings.home)
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(suffix=".upload", dir=folder)  # in the data folder only
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        transcript, feedback = analyze_recording(question, Path(name), job_description)
    except AudioError as exc:  # name the upload as the client knows it, not our file
        raise AudioError(
            str(exc).replace(name, shown_filename(file.filename, "the recording"))
        ) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)
    return AnalyzedAudio(
        transcript=transcript.text,
        duration_seconds=transcript.duration_seconds,
        feedback=feedback,
    )
