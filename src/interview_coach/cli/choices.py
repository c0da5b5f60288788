"""Choices and options the commands share, defined once so `plan`, `prep` and `practice` take
the same names, short flags, values, limits and defaults. Data files are read only when a
command uses them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from interview_coach.norms import SESSION_MINUTES
from interview_coach.questions.vocabulary import SENIORITIES

F = TypeVar("F", bound=Callable[..., Any])

# What `--format` prints: readable text (Markdown for plans and prep sheets) or JSON.
FORMATS: tuple[str, ...] = ("text", "json")
# Older spellings still accepted: `plan` and `prep` used to call their text "markdown".
FORMAT_ALIASES: dict[str, str] = {"markdown": "text"}
# A planned interview's length when none is given: long enough for every stage of a real one.
DEFAULT_MINUTES = 30


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


class FormatChoice(click.Choice):
    """`FORMATS`, also taking the older spellings in `FORMAT_ALIASES`."""

    def __init__(self) -> None:
        super().__init__(FORMATS, case_sensitive=False)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            value = FORMAT_ALIASES.get(value.lower(), value)
        return super().convert(value, param, ctx)


def _apply(func: F, decorators: list[Callable[[F], F]]) -> F:
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def job_options(format_help: str) -> Callable[[F], F]:
    """-j, -r, -f, -s and --format: what the job is and what to print."""

    def decorate(func: F) -> F:
        return _apply(
            func,
            [
                click.option(
                    "--job-description",
                    "-j",
                    "job_file",
                    type=click.Path(dir_okay=False, path_type=Path),
                    help="Job description file (txt, md, pdf or docx).",
                ),
                click.option(
                    "--resume",
                    "-r",
                    "resume_file",
                    type=click.Path(dir_okay=False, path_type=Path),
                    help="Your résumé (txt, md, pdf or docx), to ask about your own experience.",
                ),
                click.option(
                    "--job-family",
                    "-f",
                    type=FamilyChoice(),
                    help="Job family; inferred from the job description when left out.",
                ),
                click.option(
                    "--seniority",
                    "-s",
                    type=click.Choice(SENIORITIES),
                    help="Level; inferred from the job description when left out.",
                ),
                click.option(
                    "--format",
                    "fmt",
                    type=FormatChoice(),
                    default=FORMATS[0],
                    show_default=True,
                    help=format_help,
                ),
            ],
        )

    return decorate


def length_options(func: F) -> F:
    """-m and --salary/--no-salary: how long the interview is and whether pay comes up."""
    return _apply(
        func,
        [
            click.option(
                "--minutes",
                "-m",
                type=click.IntRange(*SESSION_MINUTES),
                default=DEFAULT_MINUTES,
                show_default=True,
                help="Length of the interview in minutes.",
            ),
            click.option(
                "--salary/--no-salary",
                default=None,
                help="Ask about pay and practicalities (default: for interviews of 45 minutes "
                "or more).",
            ),
        ],
    )
