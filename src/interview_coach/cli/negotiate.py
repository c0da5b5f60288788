"""`interview-coach negotiate`: practise negotiating an offer with a recruiter who negotiates
back, then see the outcome against the market and every mistake, quoted."""

from __future__ import annotations

from pathlib import Path

import click

from interview_coach.cli.output import report_files


def register(group: click.Group) -> None:
    group.add_command(negotiate)


@click.command()
@click.option("--role", help="The job you are negotiating for (optional with --script).")
@click.option("--location", "-l", default="", help='Where: "Austin, TX", "Remote".')
@click.option(
    "--job-description", "-j", "jd_path", type=click.Path(path_type=Path),
    help="A job description: its title and posted salary are used when given.",
)  # fmt: skip
@click.option("--style", type=click.Choice(["warm", "firm", "exploding"]), default=None)
@click.option("--seed", type=int, default=None, help="The same seed gives the same recruiter.")
@click.option("--script", "script_path", type=click.Path(path_type=Path),
              help="Play a scripted candidate (JSON; see docs/negotiation.md).")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--target", type=float, help="Your target base (a year).")
@click.option("--walk-away", "walk_away", type=float, help="The least you would accept.")
@click.option(
    "--prep",
    "prep_only",
    is_flag=True,
    help="Print a preparation sheet (market range, target, opening, scripts) only.",
)
@report_files
@click.option(
    "--llm",
    "use_llm",
    is_flag=True,
    help="Let the configured chat model phrase the recruiter's lines (INTERVIEW_COACH_LLM_URL); "
    "the offers stay the rules'.",
)
def negotiate(
    role: str | None,
    location: str,
    jd_path: Path | None,
    style: str | None,
    seed: int | None,
    script_path: Path | None,
    fmt: str,
    target: float | None,
    walk_away: float | None,
    prep_only: bool,
    html_path: Path | None,
    pdf_path: Path | None,
    use_llm: bool,
) -> None:
    """Negotiate an offer: the recruiter asks your expectations, makes an offer, pushes back
    and trades; you answer each line (end an answer with an empty line). At the end: the
    deal, where it sits in the market range, and every mistake with what to say instead."""
    import json

    from interview_coach.errors import InputError
    from interview_coach.negotiation.session import NegotiationSession
    from interview_coach.negotiation.session import negotiate as play

    script: dict[str, object] = {}
    if script_path is not None:
        try:
            script = json.loads(Path(script_path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"Cannot read the script {script_path}: {exc}") from None
        except ValueError as exc:
            raise InputError(f"The script {script_path} is not valid JSON: {exc}") from None
        if not isinstance(script, dict):
            raise InputError('The script must be a JSON object with a "candidate" list.')
    posted: float | None = None
    named: str | None = None  # the currency the job description names, if it names one
    if jd_path is not None:
        from interview_coach.questions.safe_read import read_document_file, read_profiles_safely

        job, _ = read_profiles_safely(read_document_file(jd_path), None)
        if job is not None:  # always, as a text was given
            role = role or job.title
            location = location or (job.location or "")
            if job.salary and job.salary.currency:
                named = job.salary.currency  # "£38,000 – £42,000": the talk is in pounds
            if job.salary and job.salary.period == "year":
                posted = (job.salary.min + job.salary.max) / 2  # the posted range's middle
    role = role or str(script.get("role") or "")
    if not role:
        raise InputError('Give the job with --role (or a script with a "role").')
    location = location or str(script.get("location") or "")
    from interview_coach.config import get_settings
    from interview_coach.negotiation.basis import basis_for
    from interview_coach.negotiation.market import open_market

    named = str(script.get("currency") or named or "") or None  # the script's comes first
    basis = basis_for(open_market(get_settings().home), role, location, named)
    market, why, currency = basis.market, basis.why, basis.currency
    if prep_only:
        from interview_coach.negotiation.prep import markdown, prep_sheet

        sheet = prep_sheet(role, market, target=target, walk_away=walk_away, currency=currency)
        click.echo(markdown(sheet))
        return
    settings = {
        "role": role,
        "location": location,
        "style": style or script.get("style") or "warm",
        "seed": seed if seed is not None else script.get("seed", 1),
        "target": target if target is not None else script.get("target"),
        "walk_away": walk_away if walk_away is not None else script.get("walk_away"),
        "median": posted if market is None else None,
        "currency": currency,
    }
    phrase = _phrase(use_llm, fmt)
    if script_path is not None:
        result = play({**settings, "candidate": script.get("candidate")}, market, phrase)
    else:
        session = NegotiationSession.start(
            role, market=market, median=posted, style=str(settings["style"]),
            seed=int(settings["seed"]), target=settings["target"],  # type: ignore[arg-type]
            walk_away=settings["walk_away"], phrase=phrase,  # type: ignore[arg-type]
            currency=currency,
        )  # fmt: skip
        if why:
            click.echo(f"(No market figures: {why}.)")
        click.echo(_recruiter(session.turns[0]))
        stdin = click.get_text_stream("stdin")  # one reader: each new one loses the buffer
        while not session.finished:
            click.echo(click.style("You (end with an empty line):", fg="cyan"))
            lines = []
            while True:
                line = stdin.readline()
                if not line or not line.strip():
                    break
                lines.append(line.strip())
            if not lines and not line:
                break  # end of input
            if session.reply(" ".join(lines)):
                click.echo(_recruiter(session.turns[-1]))
        result = session.result()
    if html_path or pdf_path:
        from interview_coach.reports.negotiation import write_html, write_pdf

        if html_path:
            write_html(result, html_path)
        if pdf_path:
            write_pdf(result, pdf_path)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    _show(result)


def _recruiter(turn: dict[str, object]) -> str:
    """A recruiter's line, marked when the chat model worded it."""
    who = "Recruiter (chat model): " if turn.get("source") == "llm" else "Recruiter: "
    return click.style(who, bold=True) + str(turn["text"])


def _phrase(use_llm: bool, fmt: str):  # type: ignore[no-untyped-def]
    """The chat model's phrasing of the recruiter's lines, when asked for and configured."""
    if not use_llm:
        return None
    from interview_coach.interviewer.llm import client_from_settings

    client = client_from_settings()
    if client is None:
        if fmt == "text":
            click.echo("(No chat model is set up, INTERVIEW_COACH_LLM_URL: the rules speak.)")
        return None
    return client.phrase_recruiter


def _show(result: dict) -> None:  # type: ignore[type-arg]
    from interview_coach.reports.negotiation import deal_line

    click.echo("")
    click.echo(f"{deal_line(result)} Score {result['score']}/100.")
    for m in result["mistakes"]:
        quote = f' — "{m["evidence"]["text"]}"' if m["evidence"] else ""
        click.echo(f"  ✗ {m['message']}{quote}")
    if result["market"]:
        mk = result["market"]
        click.echo(
            f"Market: {mk['occupation']}, {mk['area']}: median ${mk['median']:,.0f} "
            f"(25th ${mk['p25']:,.0f}, 75th ${mk['p75']:,.0f}). {mk['source']}."
        )
