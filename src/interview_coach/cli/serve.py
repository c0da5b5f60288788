"""`interview-coach serve`: the web app on this computer."""

from __future__ import annotations

import contextlib

import click

from interview_coach.errors import CoachError


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--team", is_flag=True, help="team mode: accounts, one history each (docs/team.md)")
def serve(host: str, port: int, team: bool) -> None:
    """Start the web app (practice, feedback, progress); print its address and data folder."""
    import os
    import socket

    # Before the speech model's OpenMP runtime loads: idle OpenMP threads sleep instead of
    # spinning. With several answers being recognised and analysed at once (or any other
    # busy program), spinning threads starve the ones doing work and recognition slows
    # many times over (docs/benchmarks.md, "Web / live sessions").
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

    import uvicorn

    from interview_coach.config import get_settings
    from interview_coach.web import create_app

    try:  # a clear message instead of a traceback when the port is taken
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise CoachError(
            f"Cannot listen on {host}:{port} ({exc.strerror}); try another --port."
        ) from exc
    from interview_coach.web.guard import MIN_TOKEN_CHARS, is_loopback

    settings = get_settings()
    if team:
        settings = settings.model_copy(update={"team": True})
    token = settings.access_token.get_secret_value() if settings.access_token else ""
    if settings.team:
        from interview_coach.store.accounts import check_team_settings

        check_team_settings(settings)  # PostgreSQL and a secret key, or a message saying why
        click.echo(
            "Team mode: everyone signs in and sees only their own practice. Admins are made "
            "with `interview-coach users add NAME --role admin`.",
            err=True,
        )
    elif settings.database_url:
        from interview_coach.store import open_store

        open_store(settings).close()  # refuses a team database, before anyone can connect
    if not settings.team and not is_loopback(host):
        if len(token) < MIN_TOKEN_CHARS:
            raise CoachError(
                f"Listening on {host} makes the coach (your whole practice history) reachable "
                "from other computers, so it needs an access token: set "
                f"INTERVIEW_COACH_ACCESS_TOKEN to a secret of at least {MIN_TOKEN_CHARS} "
                "characters and sign in with it, or keep the default --host 127.0.0.1."
            )
        click.echo(
            f"Reachable from other computers on {host}: browsers sign in with the access "
            "token. Browsers allow the microphone only on localhost or over HTTPS.",
            err=True,
        )
    # The address the server binds to is a name it answers to (besides loopback names).
    extra = ",".join(filter(None, [settings.allowed_hosts, host, *_local_names(host)]))
    app = create_app(settings.model_copy(update={"allowed_hosts": extra}))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"interview-coach is running at http://{shown}:{port}/  (Ctrl+C stops it)")
    elsewhere = "  (history in INTERVIEW_COACH_DATABASE_URL)" if settings.database_url else ""
    click.echo(f"Data folder: {settings.home}{elsewhere}")
    uvicorn.run(app, host=host, port=port, log_level="warning", ws_max_size=2 * 1024 * 1024)


def _local_names(host: str) -> list[str]:
    """For a wildcard bind, this computer's name and addresses (how others will reach it)."""
    import socket

    if host not in ("0.0.0.0", "::", ""):
        return []
    names = [socket.gethostname()]
    with contextlib.suppress(OSError):
        names += [info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None)]
    return names


def register(group: click.Group) -> None:
    group.add_command(serve)
