"""`plan`, `prep` and `practice` take the same shared options, each with help; `practice`
echoes piped answers; `transcribe --format json` gives each word's confidence."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from interview_coach.cli import main
from interview_coach.config import get_settings

COMMANDS = ("plan", "prep", "practice")
# Options more than one of the three commands takes: each must read the same everywhere.
SHARED = ("job_file", "resume_file", "job_family", "seniority", "fmt", "minutes", "salary")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """INTERVIEW_COACH_HOME in a temporary folder, settings re-read around the test."""
    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INTERVIEW_COACH_DATABASE_URL", raising=False)
    monkeypatch.delenv("INTERVIEW_COACH_LLM_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "home"
    get_settings.cache_clear()


def _options(name: str) -> dict[str, click.Option]:
    command = main.commands[name]
    return {p.name: p for p in command.params if isinstance(p, click.Option) and p.name}


def _shape(option: click.Option) -> tuple[object, ...]:
    """What a user sees of an option: its flags, values, limits and default."""
    kind = option.type
    return (
        tuple(option.opts),
        tuple(option.secondary_opts),
        type(kind).__name__,
        tuple(getattr(kind, "choices", ())) if type(kind).__name__ != "FamilyChoice" else (),
        getattr(kind, "min", None),
        getattr(kind, "max", None),
        option.default,
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_has_help(name: str) -> None:
    missing = [n for n, o in _options(name).items() if not (o.help or "").strip()]
    assert missing == []


def test_shared_options_are_the_same_in_every_command() -> None:
    by_command = {name: _options(name) for name in COMMANDS}
    for option in SHARED:
        shapes = {name: _shape(opts[option]) for name, opts in by_command.items() if option in opts}
        assert len(shapes) >= 2, option
        assert len(set(shapes.values())) == 1, (option, shapes)
    assert _options("practice")["seniority"].opts == ["--seniority", "-s"]
    assert _options("practice")["minutes"].opts == ["--minutes", "-m"]
    assert _options("practice")["job_family"].opts == ["--job-family", "-f"]


def test_practice_help_describes_its_short_options() -> None:
    out = " ".join(CliRunner().invoke(main, ["practice", "--help"]).output.split())
    assert "-s, --seniority [entry|mid|senior|lead] Level; inferred from the job" in out
    assert "Length of the interview in minutes." in out
    assert "--format [text|json]" in out and "What to print" in out


def test_the_older_markdown_format_is_still_taken() -> None:
    fmt = _options("plan")["fmt"]
    ctx = click.Context(main.commands["plan"])
    assert fmt.type.convert("markdown", fmt, ctx) == "text"
    assert fmt.type.convert("json", fmt, ctx) == "json"
    with pytest.raises(click.BadParameter):
        fmt.type.convert("html", fmt, ctx)


def test_piped_answers_are_echoed_as_a_script_s_are(home: Path) -> None:
    """Answers read from a pipe are not on screen: the output shows them as "You: …"."""
    stdin = "I'm an engineer.\nI build payment systems.\n\nCan I skip this one?\n\n"
    result = CliRunner().invoke(main, ["practice", "--no-save", "--minutes", "10"], input=stdin)
    assert result.exit_code == 0, result.output
    assert "You: I'm an engineer.\nI build payment systems." in result.output
    assert "You: Can I skip this one?" in result.output
    assert "finish with an empty line" not in result.output  # no prompt for no one to read


def test_transcribe_json_gives_each_word_s_probability(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from interview_coach.cli import transcribe as cli_transcribe
    from interview_coach.types import Transcript, Word

    words = (
        Word(word="Six", start=0.0, end=0.4, char_start=0, char_end=3, probability=0.31),
        Word(word="weeks", start=0.4, end=0.9, char_start=4, char_end=9, probability=0.97),
    )
    heard = Transcript(text="Six weeks", words=words, duration_seconds=1.0)
    monkeypatch.setattr(cli_transcribe, "_transcribe_with_progress", lambda path, model: heard)
    clip = tmp_path / "answer.wav"
    clip.write_bytes(b"RIFF")
    result = CliRunner().invoke(main, ["transcribe", str(clip), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [w["probability"] for w in data["words"]] == [0.31, 0.97]
    assert data["words"][0].keys() == {"word", "start", "end", "probability"}


def test_transcribe_help_names_the_low_confidence_threshold() -> None:
    from interview_coach.analysis import LOW_CONFIDENCE

    out = " ".join(CliRunner().invoke(main, ["transcribe", "--help"]).output.split())
    assert f"a word below {LOW_CONFIDENCE} as low-" in out
    assert "analysis.LOW_CONFIDENCE" in out and "{low_confidence}" not in out
