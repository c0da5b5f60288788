"""`interview-coach serve`: the web app on this computer."""

from __future__ import annotations

import click

from interview_coach.errors import CoachError


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(host: str, port: int) -> None:
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
    app = create_app()
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"interview-coach is running at http://{shown}:{port}/  (Ctrl+C stops it)")
    settings = get_settings()
    elsewhere = "  (history in INTERVIEW_COACH_DATABASE_URL)" if settings.database_url else ""
    click.echo(f"Data folder: {settings.home}{elsewhere}")
    uvicorn.run(app, host=host, port=port, log_level="warning", ws_max_size=2 * 1024 * 1024)


def register(group: click.Group) -> None:
    group.add_command(serve)
