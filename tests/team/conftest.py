"""Team-mode tests: a real database per test (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_coach.config import Settings
from interview_coach.store import Store, open_store
from interview_coach.store.accounts import Accounts
from store.conftest import POSTGRES_URL, reset_postgres

SECRET = "a-test-secret-key-of-at-least-32-characters"
PASSWORD = "correct horse battery staple"


@pytest.fixture(params=["sqlite", "postgresql"])
def team_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Team-mode settings on each backend (the store allows SQLite; `serve --team` does not)."""
    home = tmp_path / "home"
    url = None
    if request.param == "postgresql":
        if not POSTGRES_URL:
            pytest.skip("PostgreSQL variant: set INTERVIEW_COACH_TEST_POSTGRES_URL to run it")
        reset_postgres(POSTGRES_URL)
        url = POSTGRES_URL
    return Settings(home=home, database_url=url, team=True, secret_key=SECRET)


@pytest.fixture
def team_store(team_settings: Settings) -> Iterator[Store]:
    with open_store(team_settings) as store:
        yield store


@pytest.fixture
def accounts(team_store: Store) -> Accounts:
    return Accounts(team_store, SECRET)


@pytest.fixture
def admin_and_ann(team_app) -> Accounts:  # type: ignore[no-untyped-def]
    """The app's accounts with an admin ("admin") and a candidate ("ann"), both on PASSWORD."""
    accounts: Accounts = team_app.state.accounts
    accounts.create_user("admin", PASSWORD, "admin")
    accounts.create_user("ann", PASSWORD, "candidate")
    return accounts


@pytest.fixture
def pg_team_settings(tmp_path: Path) -> Settings:
    """Team mode as `serve --team` runs it: PostgreSQL only (it refuses SQLite)."""
    if not POSTGRES_URL:
        pytest.skip("team mode needs PostgreSQL: set INTERVIEW_COACH_TEST_POSTGRES_URL")
    reset_postgres(POSTGRES_URL)
    # TestClient's WebSockets send `Host: testserver`.
    return Settings(home=tmp_path / "home", database_url=POSTGRES_URL, team=True,
                    secret_key=SECRET, allowed_hosts="testserver")  # fmt: skip


@pytest.fixture
def team_app(pg_team_settings: Settings):  # type: ignore[no-untyped-def]
    from interview_coach.web import create_app

    app = create_app(pg_team_settings, preload=False)
    yield app
    app.state.coach.close()


def browser(app, username: str | None = None, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    """A TestClient over HTTPS (the cookie is Secure), signed in as `username` when given,
    sending the session's anti-forgery header on every request, as HTMX does."""
    import re

    from fastapi.testclient import TestClient

    client = TestClient(app, base_url="https://localhost")
    if username is None:
        return client
    page = client.post("/login", data={"username": username, "password": password, "next": "/"})
    assert page.status_code == 200, page.text[:300]
    found = re.search(r'X-CSRF-Token": "([^"]+)"', page.text)
    assert found, "the signed-in page carries its anti-forgery token"
    client.headers["X-CSRF-Token"] = found.group(1)
    return client
