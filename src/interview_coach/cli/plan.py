"""`interview-coach plan` and `interview-coach prep`: an interview plan or prep sheet for a job."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from interview_coach.questions.plan import InterviewPlan, PrepSheet
    from interview_coach.questions.resume import ResumeProfile
    from interview_coach.types import JobProfile

from interview_coach.cli.choices import job_options, length_options
from interview_coach.cli.output import MARKDOWN_OR_JSON, output_checker


def register(group: click.Group) -> None:
    group.add_command(plan)
    group.add_command(prep)


def _output(func: Callable[..., Any]) -> Callable[..., Any]:
    """-o, where `plan` and `prep` save what they print: Markdown or JSON, as its ending says."""
    return click.option(
        "--output",
        "-o",
        type=click.Path(dir_okay=False, path_type=Path),
        callback=output_checker(MARKDOWN_OR_JSON),
        help="Where to save it: FILE.md (Markdown) or FILE.json, in a folder that exists; "
        "default: the plans folder in the data folder.",
    )(func)


@click.command()
@job_options("What to print: the plan as Markdown text, or JSON.")
@_output
@length_options
@click.option("--prep", "with_prep", is_flag=True, help="Also print and save the prep sheet.")
def plan(
    job_file: Path | None,
    resume_file: Path | None,
    job_family: str | None,
    seniority: str | None,
    fmt: str,
    output: Path | None,
    minutes: int,
    with_prep: bool,
    salary: bool | None,
) -> None:
    """Build a timed interview plan: every stage of a real interview, each question with why.

    Give a job description (and your résumé for questions about your own roles), or a job
    family and seniority for a general plan.
    """
    from interview_coach.questions.plan import build_plan
    from interview_coach.questions.prep import prep_sheet

    job, resume, resume_text = _read_inputs(job_file, resume_file, job_family)
    result = build_plan(
        job, resume, job_family=job_family, seniority=seniority, minutes=minutes, salary=salary,
        resume_text=resume_text,
    )  # fmt: skip
    documents: list[tuple[str, InterviewPlan | PrepSheet]] = [("plan", result)]
    if with_prep:
        # The same reading of the résumé as `prep`: evidence quoted from its own words.
        sheet = prep_sheet(job, resume, job_family=job_family, resume_text=resume_text)
        documents.append(("prep", sheet))
    _emit(documents, fmt, output, job, job_family)


@click.command()
@job_options("What to print: the prep sheet as Markdown text, or JSON.")
@_output
def prep(
    job_file: Path | None,
    resume_file: Path | None,
    job_family: str | None,
    seniority: str | None,
    fmt: str,
    output: Path | None,
) -> None:
    """Prep sheet: each requirement against your résumé (covered, weak, missing), stories to
    prepare, and questions to ask the interviewer.

    With --format json (or -o FILE.json) it prints the job as read, the résumé as read and
    each requirement matched: {"job", "resume", "match", "prep"}.
    """
    import json

    from interview_coach.questions.contract import prep_document, resume_document
    from interview_coach.questions.prep import prep_sheet
    from interview_coach.reports.plans import markdown

    job, resume, resume_text = _read_inputs(job_file, resume_file, job_family)
    sheet = prep_sheet(job, resume, job_family=job_family, resume_text=resume_text)
    saved_json = output.suffix.lower() == ".json" if output else fmt == "json"
    as_json = fmt == "json" or saved_json
    if not as_json:
        _emit([("prep", sheet)], fmt, output, job, job_family)
        return
    if job is not None:
        document = prep_document(job, resume, resume_text)
    else:
        document = {
            "job": None,
            "resume": resume_document(resume) if resume is not None else None,
            "match": [],
        }
    document["prep"] = sheet.model_dump(mode="json")
    body = json.dumps(document, indent=2, ensure_ascii=False)
    if fmt == "json":
        click.echo(body)
    else:
        click.echo(markdown(sheet))
    # Saved as its ending says; with no -o, as printed.
    _save(body if saved_json else markdown(sheet), output, job, job_family, saved_json)


def _read_inputs(
    job_file: Path | None, resume_file: Path | None, job_family: str | None
) -> tuple[JobProfile | None, ResumeProfile | None, str | None]:
    from interview_coach.errors import InputError
    from interview_coach.questions.safe_read import read_document_file as read_document
    from interview_coach.questions.safe_read import read_profiles_safely

    if job_file is None and job_family is None:
        raise InputError(
            "Give a job description (--job-description FILE) or a job family (--job-family)."
        )
    job_text = read_document(job_file) if job_file else None
    resume_text = read_document(resume_file) if resume_file else None
    # Parsed in the limited worker, as the web app does: the files may come from anywhere.
    job, resume = read_profiles_safely(job_text, resume_text)
    if job is not None and not (
        job.required_skills or job.nice_to_have_skills or job.title or job.requirements
    ):
        raise InputError(f"{job_file}: no job title or skills found; is this a job description?")
    return job, resume, resume_text


def _emit(
    documents: list[tuple[str, InterviewPlan | PrepSheet]],
    fmt: str,
    output: Path | None,
    job: JobProfile | None,
    job_family: str | None,
) -> None:
    """Print each document, then save them all to one file."""
    from interview_coach.reports.plans import markdown

    def as_json() -> str:
        if len(documents) == 1:
            return documents[0][1].to_json()
        import json

        # One JSON document ({"plan": …, "prep": …}), not two a parser would reject.
        whole = {kind: doc.model_dump(mode="json") for kind, doc in documents}
        return json.dumps(whole, indent=2, ensure_ascii=False)

    target = _target(output, job, job_family, "plan", ".json" if fmt == "json" else ".md")
    saved_json = target.suffix.lower() == ".json"
    json_body = as_json() if fmt == "json" or saved_json else ""
    pages = [markdown(doc) for _, doc in documents] if fmt != "json" or not saved_json else []
    if fmt == "json":
        click.echo(json_body)
    else:
        for page in pages:
            click.echo(page)
    body = json_body if saved_json else "\n".join(pages)
    _write_atomic(target, body)
    click.echo(f"Saved to {target}", err=True)


def _save(
    body: str, output: Path | None, job: JobProfile | None, job_family: str | None, as_json: bool
) -> None:
    """Save an already rendered document where `_emit` would."""
    target = _target(output, job, job_family, "prep", ".json" if as_json else ".md")
    _write_atomic(target, body)
    click.echo(f"Saved to {target}", err=True)


def _target(
    output: Path | None,
    job: JobProfile | None,
    job_family: str | None,
    kind: str,
    suffix: str = ".md",
) -> Path:
    """Where a document is saved: the given path, or a dated file under the data folder's
    plans/ named after the job title, the family or the kind of document."""
    if output:
        return output
    from datetime import datetime

    from interview_coach.config import get_settings

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = (job.title if job and job.title else None) or job_family or kind
    folder = get_settings().home / "plans"
    target = folder / f"{stamp}-{_slug(name)}{suffix}"
    n = 2
    while target.exists():  # two documents in one second: neither overwrites the other
        target = folder / f"{stamp}-{_slug(name)}-{n}{suffix}"
        n += 1
    return target


def _slug(text: str) -> str:
    import re

    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60] or "plan"


def _write_atomic(target: Path, body: str) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written plan.
    The text ends with a newline, as text files do: `cat FILE` then leaves the prompt apart."""
    import os
    import tempfile

    from interview_coach.errors import StorageError

    if not body.endswith("\n"):
        body += "\n"
    try:
        # Only the default plans folder can be missing: -o was checked when it was read.
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".plan-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(body)
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise StorageError(f"Cannot save to {target}: {exc.strerror or exc}.") from exc
