"""`interview-coach questions`: list practice questions from the bundled question bank."""

from __future__ import annotations

import click

from interview_coach.questions.vocabulary import CATEGORIES, SENIORITIES


def register(group: click.Group) -> None:
    group.add_command(questions)


@click.command()
@click.option("--category", "-c", type=click.Choice(CATEGORIES), help="Only this category.")
@click.option("--job-family", "-j", help="Only questions that suit this job family.")
@click.option("--seniority", "-s", type=click.Choice(SENIORITIES), help="Only this level.")
@click.option("--competency", "-k", help="Only questions that assess this competency.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def questions(
    category: str | None,
    job_family: str | None,
    seniority: str | None,
    competency: str | None,
    fmt: str,
) -> None:
    """List interview questions, filtered by category, job family, level or competency.

    Questions written for any job family or level are included when filtering by one.
    """
    import json

    from interview_coach.errors import InputError
    from interview_coach.questions.bank import load_bank

    bank = load_bank()
    if job_family is not None and job_family not in bank.job_families():
        raise InputError(
            f"Unknown job family {job_family!r}. Choose one of: {', '.join(bank.job_families())}."
        )
    if competency is not None and competency not in bank.competencies():
        raise InputError(
            f"Unknown competency {competency!r}. Choose one of: {', '.join(bank.competencies())}."
        )
    found = bank.filter(
        category=category, job_family=job_family, seniority=seniority, competency=competency
    )
    if fmt == "json":
        click.echo(
            json.dumps([q.model_dump(mode="json") for q in found], indent=2, ensure_ascii=False)
        )
        return
    for q in found:
        click.echo(f"{q.id}  [{q.category} · {q.frame.value}]  {q.text}")
    click.echo(f"\n{len(found)} question(s).", err=True)
