"""The practice service: one way to run a session of any kind, for every face (CLI, pages,
API). Mock interviews are the first kind (`practice.interviews`); it keeps their state
through the Store between turns, so a web request, a CLI loop or an API client can each
carry an interview on."""

from interview_coach.practice.interviews import InterviewNotFound, Interviews

__all__ = ["InterviewNotFound", "Interviews"]
