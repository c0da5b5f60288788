"""`interview-coach salary`: what a job pays in a place, from the US wage survey."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    group.add_command(salary)


def _money(value: float | None, hourly: bool = False) -> str:
    if value is None:
        return "–"
    return f"${value:,.2f}" if hourly else f"${value:,.0f}"


@click.command()
@click.argument("title")
@click.option("--location", "-l", default="", help='Where: "Austin, TX", "Ohio", "Remote".')
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def salary(title: str, location: str, fmt: str) -> None:
    """Market pay for a job TITLE: the 10th to 90th percentiles of what people in that
    occupation earn (US Bureau of Labor Statistics, May 2025), for the place given or the
    whole country. Works offline; the survey covers the United States only."""
    import json
    from dataclasses import asdict

    from interview_coach.config import get_settings
    from interview_coach.errors import InputError
    from interview_coach.negotiation.market import open_market

    title = " ".join(title.split())[:200]
    if not title:
        raise InputError('Give a job title, e.g. interview-coach salary "Store manager".')
    market = open_market(get_settings().home)
    occupation = market.occupation(title)
    if occupation is None:
        raise InputError(
            f"No occupation in the wage survey is close to {title!r}; try the plainer title "
            'people use for the job (e.g. "software developer", "registered nurse").'
        )
    area = market.area(location[:200])
    if area is None:
        raise InputError(
            f"{location} is outside the United States; the wage survey covers the US only."
        )
    wages = market.wages(occupation, area)
    if wages is None:
        raise InputError(f"The survey publishes no pay for {occupation.name}.")
    if fmt == "json":
        click.echo(json.dumps(asdict(wages) | {"soc": occupation.soc}, indent=2))
        return
    click.echo(f"{title} → {occupation.name} (SOC {occupation.soc}; matched by {occupation.how})")
    click.echo(f"Where: {wages.area.name}")
    a, h = wages.annual, wages.hourly
    click.echo("           10th     25th   median     75th     90th")
    row = "  ".join(f"{_money(a[k]):>8}" for k in ("p10", "p25", "median", "p75", "p90"))
    click.echo(f"a year  {row}")
    if any(h.values()):
        row = "  ".join(f"{_money(h[k], True):>8}" for k in ("p10", "p25", "median", "p75", "p90"))
        click.echo(f"an hour {row}")
    if wages.employment:
        click.echo(f"People in this job there: {wages.employment:,}")
    for note in wages.notes:
        click.echo(f"Note: {note}")
    click.echo(f"Source: {wages.source}.")
