"""`interview-coach market`: what a job pays in a place, from the US wage survey."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    group.add_command(market)


def _money(value: object, hourly: bool) -> str:
    if not isinstance(value, int | float):
        return "–"
    return f"${value:,.2f}" if hourly else f"${value:,.0f}"


@click.command()
@click.option("--role", "-r", required=True, help='The job title, e.g. "Store manager".')
@click.option("--location", "-l", default="", help='Where: "Austin, TX", "Ohio", "Remote".')
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def market(role: str, location: str, fmt: str) -> None:
    """Market pay for a job: the 10th to 90th percentiles of what people in that occupation
    earn (US Bureau of Labor Statistics, May 2025), in the place given or the whole country.
    Works offline; the survey covers the United States only."""
    import json

    from interview_coach.config import get_settings
    from interview_coach.errors import InputError
    from interview_coach.negotiation.market import open_market

    role = " ".join(role.split())[:200]
    if not role:
        raise InputError('Give a job title, e.g. --role "Store manager".')
    survey = open_market(get_settings().home)
    occupation = survey.occupation(role)
    if occupation is None:
        near = ", ".join(o.name for o in survey.nearest(role))
        raise InputError(
            f"No occupation in the wage survey is close enough to {role!r}."
            + (f" The nearest: {near}." if near else "")
            + ' Try the plainer title people use for the job (e.g. "software developer").'
        )
    area = survey.area(location[:200])
    if area is None:
        raise InputError(
            f"{location} is outside the United States: the wage survey has US figures only. "
            "Use a range you have researched for that country."
        )
    wages = survey.wages(occupation, area)
    if wages is None:
        raise InputError(f"The survey publishes no pay for {occupation.name}.")
    doc = wages.market()
    if fmt == "json":
        click.echo(json.dumps(doc, indent=2))
        return
    hourly = doc["period"] == "hour"
    click.echo(f"{role} → {occupation.name} (SOC {occupation.soc}; matched by {occupation.how})")
    click.echo(f"Where: {doc['area']}")
    for note in wages.notes:  # first: which place the figures are for, said plainly
        click.echo(f"Note: {note}")
    click.echo("            10th      25th    median      75th      90th")
    row = "  ".join(f"{_money(doc[k], hourly):>8}" for k in ("p10", "p25", "median", "p75", "p90"))
    click.echo(f"{'an hour' if hourly else 'a year':<8}{row}")
    if doc["top_coded"]:
        click.echo("At or above the survey's top figure, which is shown: the real pay is higher.")
    if wages.employment:
        click.echo(f"People in this job there: {wages.employment:,}")
    click.echo(f"Source: {doc['source']}.")
