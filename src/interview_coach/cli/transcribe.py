"""`interview-coach transcribe FILE`: speech to text on this machine, with word timings."""

from __future__ import annotations

import json
from pathlib import Path

import click


def _transcribe_with_progress(path: Path, model: str | None):
    """Transcribe, showing a progress bar on stderr for recordings longer than a minute."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from interview_coach.speech import transcribe_file
    from interview_coach.speech.audio import check_file

    check_file(path)
    console = Console(stderr=True)
    # A short clip finishes before a bar would be readable; the size is a cheap proxy for length.
    if not console.is_terminal or path.stat().st_size < 1_000_000:
        return transcribe_file(path, model=model)
    with Progress(
        TextColumn("Transcribing"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("transcribe", total=1.0)
        return transcribe_file(path, model=model, progress=lambda f: bar.update(task, completed=f))


class _TranscribeCommand(click.Command):
    """Fills in the app's low-confidence threshold when the help is shown, so listing the
    commands does not load the analysis package that defines it."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from interview_coach.analysis import LOW_CONFIDENCE

        original = self.help
        self.help = (original or "").replace("{low_confidence}", str(LOW_CONFIDENCE))
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = original


@click.command("transcribe", cls=_TranscribeCommand)
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="plain transcript, or JSON with each word's start and end in seconds and its "
    "recognition confidence (probability, 0-1)",
)
@click.option(
    "--model",
    default=None,
    help="Whisper model: a local CTranslate2 folder or an already-downloaded faster-whisper "
    "model name (default: the bundled tiny.en)",
)
def transcribe(file: Path, fmt: str, model: str | None) -> None:
    """Transcribe a recorded answer (wav, webm/opus, ogg, mp3, m4a, flac) offline.

    With --format json each word carries the recogniser's confidence in it, `probability`
    (0-1). The app marks a word below {low_confidence} as low-confidence
    (analysis.LOW_CONFIDENCE): the feedback page underlines it and a figure in it is not
    credited.
    """
    transcript = _transcribe_with_progress(file, model)
    if fmt == "json":
        payload = {
            "transcript": transcript.text,
            "duration_seconds": transcript.duration_seconds,
            "words": [
                {"word": w.word, "start": w.start, "end": w.end, "probability": w.probability}
                for w in transcript.words
            ],
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        click.echo(transcript.text)


def register(group: click.Group) -> None:
    group.add_command(transcribe)
