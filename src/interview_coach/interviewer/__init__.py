"""The mock interviewer: a session engine that runs a realistic interview turn by turn,
asks probing follow-ups chosen by rules (optionally phrased by a local chat model), and
reports at the end. See docs/interviewer.md."""

from interview_coach.interviewer.models import (
    AnswerRecord,
    FollowUp,
    InterviewOptions,
    SessionState,
    StagePlan,
    Turn,
)
from interview_coach.interviewer.session import InterviewSession

__all__ = [
    "AnswerRecord",
    "FollowUp",
    "InterviewOptions",
    "InterviewSession",
    "SessionState",
    "StagePlan",
    "Turn",
]
