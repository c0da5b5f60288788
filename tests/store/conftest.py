"""Storage tests run on SQLite and, when INTERVIEW_COACH_TEST_POSTGRES_URL is set, PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from interview_coach.config import Settings
from interview_coach.store import Store, open_store

POSTGRES_URL = os.environ.get("INTERVIEW_COACH_TEST_POSTGRES_URL")


def reset_postgres(url: str) -> None:
    """Empty the test database: every test starts from no schema at all."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for a fresh data folder, on each database backend."""
    home = tmp_path / "home"
    if request.param == "sqlite":
        return Settings(home=home, database_url=None)
    if not POSTGRES_URL:
        pytest.skip(
            "PostgreSQL variant: set INTERVIEW_COACH_TEST_POSTGRES_URL "
            "(e.g. from `bash .ci/postgres.sh`) to run it"
        )
    reset_postgres(POSTGRES_URL)
    return Settings(home=home, database_url=POSTGRES_URL)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    with open_store(settings) as opened:
        yield opened
