"""interview-coach: offline interview practice with explainable feedback."""

from interview_coach.types import (
    ANALYZER_VERSION,
    Feedback,
    Frame,
    JobProfile,
    Question,
    Transcript,
    Word,
)

__version__ = "0.1.0"

__all__ = [
    "ANALYZER_VERSION",
    "Feedback",
    "Frame",
    "JobProfile",
    "Question",
    "Transcript",
    "Word",
    "__version__",
    "analyze_answer",
]


def analyze_answer(question, transcript, job=None):  # type: ignore[no-untyped-def]
    """Analyse one answer; see `interview_coach.questions.answering.analyze_answer`."""
    from interview_coach.questions.answering import analyze_answer as _analyze

    return _analyze(question, transcript, job)
