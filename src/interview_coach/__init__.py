"""interview-coach: offline interview practice with explainable feedback."""

import os

# Nothing leaves the machine: onnxruntime (the embedding model, the speech model's voice
# detector) records usage events for its maker unless told not to before it starts. Both
# spellings it has read are set; a user's own setting is kept.
for _name in ("ORT_DISABLE_TELEMETRY", "ORT_TELEMETRY_DISABLED"):
    os.environ.setdefault(_name, "1")

from typing import TYPE_CHECKING, Any  # noqa: E402 (after the runtime is told)

if TYPE_CHECKING:
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
# Read from interview_coach.types when first asked for: building the pydantic models costs
# about 0.1 s, which `interview-coach --help` and commands that never analyse need not pay.
_FROM_TYPES = frozenset(
    {"ANALYZER_VERSION", "Feedback", "Frame", "JobProfile", "Question", "Transcript", "Word"}
)


def __getattr__(name: str) -> Any:
    if name in _FROM_TYPES:
        from interview_coach import types

        return getattr(types, name)
    raise AttributeError(f"module 'interview_coach' has no attribute {name!r}")


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
