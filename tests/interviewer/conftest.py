"""Interviewer tests: a fresh data folder per test, and scripted candidates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from interview_coach.cli import main
from interview_coach.config import get_settings
from interview_coach.interviewer import InterviewOptions, InterviewSession

JOB_DESCRIPTION = """Senior Backend Engineer — Northwind Payments

About the role
You will build and run the services that move money for our merchants.

Requirements
- 5+ years of experience with Python and PostgreSQL
- Experience with Kubernetes and AWS
- Strong communication and stakeholder management

Nice to have
- Kafka
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """INTERVIEW_COACH_HOME in a temporary folder, settings re-read around the test."""
    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INTERVIEW_COACH_DATABASE_URL", raising=False)
    monkeypatch.delenv("INTERVIEW_COACH_LLM_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "home"
    get_settings.cache_clear()


# The candidate's reply to the interviewer's small talk, before the first question.
SMALL_TALK = "Fine, thanks."


def begin(options: InterviewOptions | None = None, **kwargs: Any) -> InterviewSession:
    """A session started and past its small talk: the first question is waiting."""
    session = InterviewSession.start(options, **kwargs)
    session.reply(SMALL_TALK)
    return session


def play(tmp_path: Path, replies: list[str], *extra: str, small_talk: bool = True) -> dict:
    """Run `practice --script` on the replies (after the small talk); the parsed JSON output."""
    script = tmp_path / "script.json"
    script.write_text(json.dumps([SMALL_TALK, *replies] if small_talk else replies), "utf-8")
    result = CliRunner().invoke(
        main,
        ["practice", "--script", str(script), "--format", "json", "--minutes", "20", *extra],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def interviewer(out: dict) -> list[dict]:
    return [t for t in out["turns"] if t["speaker"] == "interviewer"]
