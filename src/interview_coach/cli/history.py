"""`interview-coach progress`, `stories` and `data`: the practice history the user owns."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from interview_coach.cli.output import CHART, output_checker

if TYPE_CHECKING:
    from interview_coach.store import Store

SPARKS = "▁▂▃▄▅▆▇█"
ARROWS = {"improving": "↑ improving", "worsening": "↓ worsening", "steady": "→ steady"}


def register(group: click.Group) -> None:
    group.add_command(progress)
    group.add_command(stories)
    group.add_command(data)


def sparkline(values: list[float], width: int = 24) -> str:
    """The last `width` values as block characters, scaled between their min and max."""
    values = values[-width:]
    if not values:
        return ""
    lo, hi = min(values), max(values)
    if hi == lo:
        return SPARKS[3] * len(values)
    return "".join(SPARKS[round((v - lo) / (hi - lo) * (len(SPARKS) - 1))] for v in values)


def _open() -> Store:
    from interview_coach.store import open_store

    return open_store()


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if abs(value) >= 10 else f"{value:.2f}"


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option(
    "--chart",
    "chart_path",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=output_checker(CHART),
    help="Where to write the chart (.png or .svg, in a folder that exists); default: "
    "reports/progress.png in the data folder.",
)
@click.option("--no-chart", is_flag=True, help="Do not write a chart.")
def progress(fmt: str, chart_path: Path | None, no_chart: bool) -> None:
    """Trends per metric, the weakest areas and the questions to practise next."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from interview_coach.progress.metrics import TREND_RULE
    from interview_coach.progress.report import progress_report
    from interview_coach.types import category_label

    with _open() as store:
        report = progress_report(store)
        home = store.home
    written = None
    if not no_chart and report.answers:
        from interview_coach.reports.charts import write_progress_chart

        written = write_progress_chart(report, chart_path or home / "reports" / "progress.png")
    if fmt == "json":
        doc = report.to_json()
        doc["chart"] = str(written) if written else None
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    console = Console()
    if not report.answers:
        console.print(
            "No saved answers yet. Save one with `interview-coach analyze … --save` "
            "or practise with `interview-coach practice`."
        )
        return
    table = Table(title=f"Progress over {report.answers} answers")
    for col in ("metric", "answers", "latest", "average", "trend", "history"):
        table.add_column(col, justify="right" if col in ("answers", "latest", "average") else None)
    for t in report.trends:
        if t.count:
            table.add_row(
                t.label,
                str(t.count),
                _fmt(t.latest),
                _fmt(t.mean),
                ARROWS.get(t.direction, t.direction),
                sparkline(t.values),
            )
    console.print(table)
    console.print(f"[dim]{escape(TREND_RULE)}[/dim]")
    if len(report.by_category) > 1:
        cats = Table(title="Overall score by question category")
        for col in ("category", "answers", "average", "trend", "history"):
            cats.add_column(col)
        for cat, trends in report.by_category.items():
            t = trends[0]
            cats.add_row(
                category_label(cat), str(t.count), _fmt(t.mean),
                ARROWS.get(t.direction, t.direction), sparkline(t.values),
            )  # fmt: skip
        console.print(cats)
    if report.weakest:
        console.print("[bold]Weakest areas[/bold]")
        for w in report.weakest[:5]:
            console.print(f"  • {escape(w.reason[:1].upper() + w.reason[1:])}")
    if report.practise_next:
        console.print("[bold]Practise next[/bold] (due again: answered poorly or long ago)")
        for d in report.practise_next:
            console.print(escape(f"  • [{d.category}] {d.text} (last score {d.last_score})"))
    if written:
        console.print(f"Chart: {written}")


@click.group(invoke_without_command=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def stories(ctx: click.Context, fmt: str) -> None:
    """The story bank: stories, the competency × story matrix, and warnings."""
    if ctx.invoked_subcommand is not None:
        return
    from dataclasses import asdict

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from interview_coach.practice.stories import competency_label, story_bank

    with _open() as store:
        view = story_bank(store)
    bank = view.bank
    if fmt == "json":
        check = {i: [u.word for u in n.unsure] for i, n in view.notes.items()}
        doc = {
            "stories": [
                asdict(s)
                | {"created_at": s.created_at.isoformat(), "check_words": check.get(s.id, [])}
                for s in bank.stories
            ],
            "competencies": bank.competencies,
            "matrix": bank.matrix,
            "warnings": bank.warnings,
        }
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    console = Console()
    if not bank.stories:
        console.print(
            "No stories yet. Save one from a strong answer with "
            "`interview-coach stories save ANSWER_ID`, or write one with `stories add`."
        )
    from interview_coach.types import plural

    for s in bank.stories:
        console.print(f"[bold]#{s.id} {s.title}[/bold]  ({plural(len(s.questions), 'question')})")
        for label, text in (("S", s.situation), ("T", s.task), ("A", s.action), ("R", s.result)):
            if text:
                console.print(f"  {label}: {text}")
        if s.competencies:
            console.print(f"  shows: {', '.join(competency_label(c) for c in s.competencies)}")
        if s.metrics:
            console.print(f"  metrics: {', '.join(s.metrics)}")
        notes = view.notes.get(s.id)
        if notes and notes.unsure:
            words = escape(", ".join(f"{u.word} ({u.probability:.0%})" for u in notes.unsure))
            console.print(
                f"  [yellow]check these words[/yellow] (heard with low confidence): {words}"
            )
    if bank.stories and bank.competencies:
        matrix = Table(title="Competency × story")
        matrix.add_column("competency")
        for s in bank.stories:
            matrix.add_column(f"#{s.id}", justify="center")
        for comp in bank.competencies:
            ids = set(bank.matrix[comp])
            row = ("●" if s.id in ids else "·" for s in bank.stories)
            matrix.add_row(competency_label(comp), *row)
        console.print(matrix)
    for w in bank.warnings:
        console.print(f"[yellow]Warning:[/yellow] {w}")


@stories.command("add")
@click.option("--title", required=True)
@click.option("--situation", default="")
@click.option("--task", default="")
@click.option("--action", default="")
@click.option("--result", default="")
@click.option("--competency", "competencies", multiple=True, help="Repeat for several.")
@click.option("--metric", "metrics", multiple=True, help="Repeat for several.")
def stories_add(
    title: str,
    situation: str,
    task: str,
    action: str,
    result: str,
    competencies: tuple[str, ...],
    metrics: tuple[str, ...],
) -> None:
    """Write a story directly (competencies from the question bank's list)."""
    from interview_coach.practice.stories import check_competencies
    from interview_coach.store.stories import add_story

    named = check_competencies(competencies)
    with _open() as store:
        story_id = add_story(
            store, title=title, situation=situation, task=task, action=action, result=result,
            competencies=named, metrics=metrics,
        )  # fmt: skip
    click.echo(f"Saved story #{story_id}.")


@stories.command("save")
@click.argument("answer_id", type=int)
@click.option("--title", help="Default: the question.")
@click.option(
    "--force",
    is_flag=True,
    help="Keep it even if it scored under 70, retells a saved story or has words to check.",
)
def stories_save(answer_id: int, title: str | None, force: bool) -> None:
    """Turn a stored answer into a story: its own words by STAR part, fillers and hedges left
    out, and the competencies it shows."""
    from interview_coach.errors import InputError
    from interview_coach.practice.stories import NeedsConfirmation, keep_answer

    with _open() as store:
        try:
            kept = keep_answer(store, answer_id, title=title, force=force)
        except NeedsConfirmation as held:
            raise InputError(f"{held} Use --force to keep it anyway.") from held
    click.echo(f"Saved story #{kept.id} from answer {answer_id}.")
    if kept.left_out:
        click.echo(f"Left out: {', '.join(kept.left_out)}.")


@stories.command("link")
@click.argument("story_id", type=int)
@click.argument("answer_id", type=int)
def stories_link(story_id: int, answer_id: int) -> None:
    """Record that a stored answer told this story."""
    from interview_coach.store.stories import link_story

    with _open() as store:
        link_story(store, story_id, answer_id)
    click.echo(f"Story #{story_id} linked to answer {answer_id}.")


@click.group()
def data() -> None:
    """Export, import or delete everything kept in the history."""


@data.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--audio", is_flag=True, help="Copy audio files into FILE-audio/ beside it.")
@click.option("--force", is_flag=True, help="Replace FILE if it already exists.")
def data_export(file: Path, audio: bool, force: bool) -> None:
    """Write the whole history to one JSON file."""
    from interview_coach.store.transfer import audio_folder_for, export_data

    with _open() as store:
        counts = export_data(store, file, audio=audio, replace=force)
    click.echo(f"Exported {counts['answers']} answers and {counts['stories']} stories to {file}.")
    if audio:
        click.echo(f"Audio files: {audio_folder_for(file)}")


@data.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def data_import(file: Path) -> None:
    """Load an export into an empty history."""
    from interview_coach.inputs import drop_unseen
    from interview_coach.store.transfer import import_data

    with _open() as store:
        counts = import_data(store, file, clean=drop_unseen)
    click.echo(
        f"Imported {counts['answers']} answers, {counts['stories']} stories and "
        f"{counts['audio_files']} audio files."
    )


@data.command("delete")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def data_delete(yes: bool) -> None:
    """Delete every answer, story, job target and audio file."""
    from interview_coach.store.transfer import delete_all

    with _open() as store:
        if not yes:
            click.confirm(
                f"Delete the whole practice history and audio in {store.home}? "
                "This cannot be undone",
                abort=True,
            )
        counts = delete_all(store)
    click.echo(f"Deleted {counts['answers']} answers and {counts['stories']} stories.")
