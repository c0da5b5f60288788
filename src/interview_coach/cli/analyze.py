"""`interview-coach analyze`: feedback on one answer, typed, from a file, or spoken."""

from __future__ import annotations

from pathlib import Path

import click

from interview_coach.errors import InputError


def register(group: click.Group) -> None:
    group.add_command(analyze)


@click.command()
@click.argument("audio", required=False, type=click.Path(dir_okay=False, path_type=str))
@click.option("--question", "-q", required=True, help="The interview question answered.")
@click.option(
    "--text",
    "text_file",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="File holding the answer's text, or - for standard input.",
)
@click.option(
    "--job-description",
    "job_file",
    type=click.Path(dir_okay=False),
    help="Job description (txt, md, pdf, docx) to check the answer against.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
)
@click.option("--model", default=None, help="Speech model for audio: folder or model name.")
@click.option("--save", is_flag=True, help="Keep the answer and its feedback in your history.")
def analyze(
    audio: str | None,
    question: str,
    text_file: str | None,
    job_file: str | None,
    fmt: str,
    model: str | None,
    save: bool,
) -> None:
    """Analyse an answer and print feedback with the evidence behind each point.

    Give the answer as an AUDIO file (wav, webm, ogg, mp3, m4a, flac), with --text FILE,
    or pipe it in with --text -.
    """
    from interview_coach.nlp.embeddings import load_embedder_in_background

    if not audio:
        # Typed: the embedder loads while the rules and the bank do. Spoken: after the speech
        # model is released, which keeps the peak 76–132 MB lower for 0.1–0.3 s more
        # (docs/benchmarks.md, "Start-up").
        load_embedder_in_background()
    from interview_coach.config import get_settings
    from interview_coach.inputs import check_answer_text, check_regular_file, read_answer_file
    from interview_coach.practice.single import check_question
    from interview_coach.questions.answering import analyze_answer, default_question
    from interview_coach.types import Transcript

    settings = get_settings()
    if not question.strip():
        raise InputError('The question is empty: pass it with --question "…".')
    question = check_question(question)
    if audio and text_file:
        raise InputError("Give the answer either as an audio file or with --text, not both.")
    if audio:
        check_regular_file(audio)
        from interview_coach.speech import transcribe_file
        from interview_coach.speech.asr import release_model

        transcript = transcribe_file(audio, model=model)
        release_model(model)
    else:
        if text_file is None:
            raise InputError(
                "No answer given: pass an audio file, --text FILE, or --text - "
                "to read standard input."
            )
        text = check_answer_text(read_answer_file(text_file), settings.max_answer_words)
        transcript = Transcript(text=text)
    job = _read_job(job_file) if job_file else None
    q = default_question(question)
    feedback = analyze_answer(q, transcript, job)
    click.echo(render(feedback, fmt))
    if save:
        from interview_coach.store import save_answer

        answer_id = save_answer(
            feedback, transcript=transcript, question=q, audio_path=Path(audio) if audio else None
        )
        click.echo(f"Saved as answer {answer_id} in your history.", err=True)


def _read_job(path: str):  # type: ignore[no-untyped-def]
    from interview_coach.questions.safe_read import read_document_file, read_profiles_safely

    # Read in the limited worker, as the web app does: the file may come from anywhere.
    job, _ = read_profiles_safely(read_document_file(path), None)
    return job


def render(feedback, fmt: str) -> str:  # type: ignore[no-untyped-def]
    """Feedback in the chosen output format."""
    if fmt == "json":
        return feedback.model_dump_json(indent=2)
    from interview_coach.reports.feedback import render_markdown, render_text

    return render_markdown(feedback) if fmt == "markdown" else render_text(feedback)
