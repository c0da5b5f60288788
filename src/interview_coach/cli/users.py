"""`interview-coach users`: team-mode accounts from the command line (the first admin, resets)."""

from __future__ import annotations

import click

from interview_coach.errors import CoachError


def _accounts():  # type: ignore[no-untyped-def]
    from interview_coach.config import get_settings
    from interview_coach.store import open_store
    from interview_coach.store.accounts import Accounts, check_team_settings

    settings = get_settings()
    key = check_team_settings(settings)
    return Accounts(open_store(settings.model_copy(update={"team": True})), key)


@click.group()
def users() -> None:
    """Team-mode accounts (PostgreSQL and INTERVIEW_COACH_SECRET_KEY set; docs/team.md)."""


@users.command("add")
@click.argument("username")
@click.option(
    "--role", type=click.Choice(["candidate", "coach", "admin"]), default="candidate",
    show_default=True,
)  # fmt: skip
@click.option(
    "--password-stdin", is_flag=True, help="read the password from standard input (scripts)"
)
def add(username: str, role: str, password_stdin: bool) -> None:
    """Create an account. The first admin also takes over a personal history kept before."""
    if password_stdin:
        password = click.get_text_stream("stdin").readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    accounts = _accounts()
    try:
        account = accounts.create_user(username, password, role)
        accounts.audit("command line", "create_user", f"{account.username} ({role})")
    finally:
        accounts.store.close()
    click.echo(f"Created {account.role} {account.username!r} (id {account.id}).")


@users.command("list")
def list_users() -> None:
    """Every account with its role and status."""
    accounts = _accounts()
    try:
        for a in accounts.users():
            state = "disabled" if a.disabled else "active"
            click.echo(f"{a.id}\t{a.username}\t{a.role}\t{state}")
    finally:
        accounts.store.close()


@users.command("enable")
@click.argument("username")
def enable(username: str) -> None:
    """Enable a disabled account (e.g. the admins, when none is left enabled)."""
    accounts = _accounts()
    try:
        account = accounts.by_name(username)
        if account is None:
            raise CoachError(f"No user {username!r}.")
        accounts.set_disabled(account.id, False)
        accounts.audit("command line", "enable_user", account.username)
    finally:
        accounts.store.close()
    click.echo(f"Enabled {account.username!r}.")


@users.command("reset-link")
@click.argument("username")
@click.option("--base-url", default="https://localhost:8000", show_default=True)
def reset_link(username: str, base_url: str) -> None:
    """A one-time link (24 hours) that sets a new password for the account."""
    accounts = _accounts()
    try:
        account = accounts.by_name(username)
        if account is None:
            raise CoachError(f"No user {username!r}.")
        token = accounts.reset_link(account.id)
        accounts.audit("command line", "reset_user", account.username)
    finally:
        accounts.store.close()
    click.echo(f"{base_url.rstrip('/')}/reset/{token}")


def register(group: click.Group) -> None:
    group.add_command(users)
