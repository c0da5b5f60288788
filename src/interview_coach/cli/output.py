"""Files a command writes where the user names (`-o FILE`, `--html FILE`, …).

Each is checked when the command line is read, before any slow work: its ending must name a
format the command writes, and its folder must already exist. A typo in a folder name then
fails at once with one clear line, instead of writing Markdown into a `.pdf` or leaving a
new tree of folders behind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import click

from interview_coach.errors import InputError

MARKDOWN_OR_JSON = {".md": "Markdown", ".json": "JSON"}
"""What `plan` and `prep` save: the page they print, or its JSON document."""

HTML = {".html": "HTML", ".htm": "HTML"}
"""A report page; both endings open in a browser."""

PDF = {".pdf": "PDF"}
"""A report to print or send."""

CHART = {".png": "PNG", ".svg": "SVG"}
"""What matplotlib draws the progress chart as (`reports/charts.py`)."""


def check_output(path: str | Path, formats: Mapping[str, str], command: str) -> Path:
    """`path` as a Path when its ending is one of `formats` (ending -> format name) and its
    folder exists; an `InputError` naming what `command` can write otherwise."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in formats:
        endings: dict[str, list[str]] = {}  # HTML (.html or .htm), not HTML twice
        for end, name in formats.items():
            endings.setdefault(name, []).append(end)
        kinds = " or ".join(f"{name} ({' or '.join(ends)})" for name, ends in endings.items())
        given = f"a {target.suffix} file" if target.suffix else "a file without an ending"
        raise InputError(
            f"{target}: {command} writes {kinds}, not {given}; end the name with "
            f"{' or '.join(formats)}."
        )
    folder = target.parent
    if not folder.exists():
        raise InputError(f"The folder {folder} does not exist; create it first or save elsewhere.")
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder; choose another place to save {target.name}.")
    return target


def output_checker(
    formats: Mapping[str, str],
) -> Callable[[click.Context, click.Parameter, str | Path | None], Path | None]:
    """A Click callback that checks an output file option with `check_output`."""

    def callback(
        ctx: click.Context, param: click.Parameter, value: str | Path | None
    ) -> Path | None:
        if value is None:
            return None
        option = max(param.opts, key=len)  # --output, not -o: the one a reader recognises
        return check_output(value, formats, f"`{ctx.info_name} {option}`")

    return callback


def report_files(command: Callable[..., object]) -> Callable[..., object]:
    """The `--html FILE` and `--pdf FILE` options of a command that writes a report, each
    checked as the command line is read (`html_path`, `pdf_path`)."""
    command = click.option(
        "--pdf",
        "pdf_path",
        type=click.Path(dir_okay=False, path_type=Path),
        callback=output_checker(PDF),
        help="Write the report as PDF (FILE.pdf, in a folder that exists).",
    )(command)
    return click.option(
        "--html",
        "html_path",
        type=click.Path(dir_okay=False, path_type=Path),
        callback=output_checker(HTML),
        help="Write the report as HTML (FILE.html, in a folder that exists).",
    )(command)
