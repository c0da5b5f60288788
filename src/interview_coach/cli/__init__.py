"""The `interview-coach` command. Each sub-command lives in its own module in this package."""

from __future__ import annotations

import importlib
import sys

import click

from interview_coach import __version__
from interview_coach.errors import CoachError

# Modules that define one or more commands; each exposes `register(group)`.
# Heavy imports (speech model, web server, database) belong inside the command functions.
COMMAND_MODULES = [
    "analyze",
    "transcribe",
    "history",
    "questions",
    "plan",
    "serve",
    "practice",
    "market",
    "negotiate",
    "users",
    "worker",
]


class _Group(click.Group):
    """Turns a CoachError anywhere under a command into a clear message and exit code."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except CoachError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)


@click.group(cls=_Group, invoke_without_command=True)
@click.version_option(__version__, prog_name="interview-coach")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Practise interviews offline and get explainable feedback."""
    if ctx.invoked_subcommand is None:
        default = main.get_command(ctx, "serve") or main.get_command(ctx, "practice")
        if default is None:
            click.echo(ctx.get_help())
            return
        ctx.invoke(default)


for _name in COMMAND_MODULES:
    importlib.import_module(f"interview_coach.cli.{_name}").register(main)
