"""The practice service: one way to run a session of any kind, for every face (CLI, pages,
API). Mock interviews are the first kind (`practice.interviews`); it keeps their state
through the Store between turns, so a web request, a CLI loop or an API client can each
carry an interview on.

The service is read from `practice.interviews` when first asked for, so a face that only
analyses one answer (`practice.single`) does not load the database layer."""

from typing import Any

__all__ = ["InterviewNotFound", "Interviews"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from interview_coach.practice import interviews

        return getattr(interviews, name)
    raise AttributeError(f"module 'interview_coach.practice' has no attribute {name!r}")
