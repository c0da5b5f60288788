"""One answer analysed on its own: a question, the answer as text or a recording, and
optionally the job description. Nothing is kept. The CLI's `analyze` and the web's
stateless `/api/analyze` both come here, so the checks and limits are the same everywhere.
"""

from __future__ import annotations

from pathlib import Path

from interview_coach.errors import InputError
from interview_coach.inputs import check_answer_text, decode_text
from interview_coach.questions.documents import MAX_TEXT_CHARS
from interview_coach.types import Feedback, JobProfile, Transcript

# A question longer than this is not a question (the bank's longest is about 250 characters).
MAX_QUESTION_CHARS = 1_000
# A pasted job description beyond this is not one (the same limit as a file's text).
MAX_JOB_CHARS = MAX_TEXT_CHARS


def check_question(text: str) -> str:
    """The question, trimmed, or InputError saying what is wrong with it."""
    if len(text) > MAX_QUESTION_CHARS:
        raise InputError(
            f"The question is {len(text):,} characters; the limit is {MAX_QUESTION_CHARS:,}."
        )
    cleaned = decode_text(text.encode("utf-8", "replace"), "The question").strip()
    if not cleaned:
        raise InputError("The question is empty: give the interview question that was answered.")
    return cleaned


def read_job(text: str | None) -> JobProfile | None:
    """A pasted job description as a profile, or None when none was given."""
    if text is None or not text.strip():
        return None
    if len(text) > MAX_JOB_CHARS:
        raise InputError(
            f"The job description is {len(text):,} characters; the limit is {MAX_JOB_CHARS:,}."
        )
    from interview_coach.questions.safe_read import read_profiles_safely

    job, _ = read_profiles_safely(decode_text(text.encode("utf-8", "replace"), "The job"), None)
    return job


def analyze_text(
    question: str, text: str, job_text: str | None = None, *, max_words: int
) -> Feedback:
    """Feedback on a typed answer; nothing is saved."""
    from interview_coach.questions.answering import analyze_answer

    q = check_question(question)
    answer = check_answer_text(text, max_words)
    return analyze_answer(q, Transcript(text=answer), read_job(job_text))


def analyze_recording(
    question: str, path: Path, job_text: str | None = None, *, model: str | None = None
) -> tuple[Transcript, Feedback]:
    """The transcript of a recording and feedback on it; nothing is saved. The file is
    validated (format, length, size) by the speech layer."""
    from interview_coach.questions.answering import analyze_answer
    from interview_coach.speech import transcribe_file

    q = check_question(question)
    job = read_job(job_text)  # refused before the slow part
    transcript = transcribe_file(path, model=model)
    return transcript, analyze_answer(q, transcript, job)
