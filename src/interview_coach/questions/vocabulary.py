"""The bank's plain vocabularies, in a module light enough for the command line's choices."""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "opening",
    "behavioural",
    "situational",
    "motivation",
    "strengths_weaknesses",
    "role_specific",
    "salary_logistics",
    "closing",
)

SENIORITIES: tuple[str, ...] = ("entry", "mid", "senior", "lead")
