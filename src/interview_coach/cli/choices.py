"""Choices whose values come from data files, read only when a command uses them."""

from __future__ import annotations

from collections.abc import Sequence

import click


class FamilyChoice(click.Choice):
    """The job families (`questions/families.yaml`), read when first needed: `--help` and
    commands that never ask for a family do not parse the file."""

    def __init__(self) -> None:
        super().__init__((), case_sensitive=True)

    @property  # type: ignore[override]
    def choices(self) -> Sequence[str]:
        from interview_coach.questions.families import family_names

        return family_names()

    @choices.setter
    def choices(self, value: Sequence[str]) -> None:
        pass  # click's constructor sets it; the file decides
