"""`interview-coach practice`: a mock interview in the terminal, or played from a script."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from interview_coach.cli.choices import job_options, length_options
from interview_coach.cli.output import report_files

if TYPE_CHECKING:
    from interview_coach.practice import Interviews
    from interview_coach.types import Transcript


def register(group: click.Group) -> None:
    group.add_command(practice)


def _read_script(path: Path) -> list[str]:
    import json

    from interview_coach.errors import InputError
    from interview_coach.inputs import decode_text

    if not path.is_file():
        raise InputError(f"No such script file: {path}")
    try:
        data = json.loads(decode_text(path.read_bytes(), str(path)))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"The script {path} is not valid JSON: {exc.msg} (line {exc.lineno})."
        ) from None
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        raise InputError(f"The script {path} must be a JSON list of strings, one per reply.")
    return data


def _to_reply(text: str, voice: bool) -> str | Transcript:
    """A typed reply as is; with --voice, the reply names an audio file to transcribe."""
    if not voice or not text.strip():
        return text
    from interview_coach.speech import transcribe_file

    return transcribe_file(Path(text.strip()).expanduser())


def _read_answer(voice: bool) -> str | None:
    """One answer from standard input: lines up to a blank line (None at end of input)."""
    import sys

    if voice:
        line = sys.stdin.readline()
        return None if line == "" else line.strip()
    lines: list[str] = []
    while True:
        line = sys.stdin.readline()
        if line == "":
            return "\n".join(lines) if lines else None
        if not line.strip():
            return "\n".join(lines)
        lines.append(line.rstrip("\n"))


def _show(turns: list, fmt: str, *, own: bool = False) -> None:  # type: ignore[type-arg]
    """The interviewer's turns as text; the candidate's too when they came from a script or a
    pipe (typed at the prompt, they are on screen already)."""
    if fmt != "text":
        return
    for t in turns:
        if t.speaker == "interviewer":
            src = " (chat model)" if t.source == "llm" else ""
            click.echo(click.style(f"\nInterviewer{src}: ", bold=True) + t.text)
        elif own:
            click.echo(click.style("\nYou: ", fg="cyan") + (t.text or "[silence]"))


@click.command()
@job_options("What to print: the interview and report as text, or JSON {turns, report}.")
@length_options
@click.option(
    "--voice", is_flag=True, help="Answer with audio files: give one file path per answer."
)
@click.option(
    "--script",
    "script_path",
    type=click.Path(path_type=Path),
    help="Play the interview against a JSON list of replies.",
)
@report_files
@click.option(
    "--save/--no-save",
    default=True,
    show_default=True,
    help="Keep the session and answers in the practice history.",
)
@click.option(
    "--llm",
    "use_llm",
    is_flag=True,
    help="Let the configured chat model phrase follow-ups (INTERVIEW_COACH_LLM_URL).",
)
def practice(
    job_file: Path | None,
    resume_file: Path | None,
    job_family: str | None,
    seniority: str | None,
    fmt: str,
    minutes: int,
    salary: bool | None,
    voice: bool,
    script_path: Path | None,
    html_path: Path | None,
    pdf_path: Path | None,
    save: bool,
    use_llm: bool,
) -> None:
    """Run a mock interview: questions, follow-ups and a report at the end.

    Type each answer and finish it with a blank line (with --voice, type the path of an
    audio file). Say "repeat the question", "skip" or "I don't know" as you would in a
    real interview; an empty answer counts as a silence. Press Ctrl-D to stop early.
    """
    import json

    from interview_coach.interviewer import InterviewOptions
    from interview_coach.practice import Interviews
    from interview_coach.questions.safe_read import read_document_file as read_document
    from interview_coach.reports.interview import build_report, write_html, write_pdf

    options = InterviewOptions(
        job_description=read_document(job_file) if job_file else None,
        resume=read_document(resume_file) if resume_file else None,
        job_family=job_family,
        seniority=seniority,
        minutes=minutes,
        salary=salary,
        use_llm=use_llm,
        voice=voice,
    )
    store = None
    if save:
        from interview_coach.store import open_store

        store = open_store()
    try:
        interviews = Interviews(store)  # the same service the web app runs
        sid, turns = interviews.start(options)
        _show(turns, fmt)
        if script_path is not None:
            for text in _read_script(script_path):
                if interviews.state(sid).finished:
                    break
                _show(interviews.reply(sid, _to_reply(text, voice)), fmt, own=True)
        else:
            _interactive(interviews, sid, voice, fmt)
        if not interviews.state(sid).finished:
            _show(interviews.end(sid), fmt)
        session = interviews.session(sid)
        report = build_report(session.state, llm=session.llm)
    finally:
        if store is not None:
            store.close()
    if html_path:
        write_html(report, html_path)
    if pdf_path:
        write_pdf(report, pdf_path)
    if fmt == "json":
        out = {
            "turns": [t.model_dump(mode="json") for t in session.turns],
            "report": report.model_dump(mode="json"),
        }
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    click.echo("")
    click.echo(click.style(report.title, bold=True))
    if report.overall_score is not None:
        click.echo(f"Overall: {report.overall_score}/100")
        if report.unanswered_note:
            click.echo(report.unanswered_note)
    click.echo(report.impression)
    if report.practise_next:
        click.echo("Practise next:")
        for i, p in enumerate(report.practise_next, 1):
            click.echo(f"  {i}. {p.title}: {p.why}")
    for label, path in (("HTML", html_path), ("PDF", pdf_path)):
        if path:
            click.echo(f"{label} report: {path}")


def _interactive(interviews: Interviews, sid: int, voice: bool, fmt: str) -> None:
    from interview_coach.errors import CoachError

    # Answers piped in are not on screen: echo each one as a script's are, and ask no one.
    typed = _stdin_is_terminal()
    hint = "(audio file path, Enter)" if voice else "(finish with an empty line)"
    while not interviews.state(sid).finished:
        if fmt == "text" and typed:
            click.echo(click.style(f"You {hint}:", fg="cyan"))
        answer = _read_answer(voice)
        if answer is None:
            return
        try:
            reply = _to_reply(answer, voice)
        except CoachError as exc:  # a missing or unusable recording: say why and ask again
            click.echo(f"Error: {exc}", err=True)
            continue
        _show(interviews.reply(sid, reply), fmt, own=not typed)


def _stdin_is_terminal() -> bool:
    """Whether answers are typed at a terminal (not piped or redirected in)."""
    import sys

    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # replaced or closed standard input
        return False
