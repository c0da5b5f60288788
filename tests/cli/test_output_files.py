"""Files the commands write where the user names them (-o, --html, --pdf, --chart): the
ending decides the format, an ending a command cannot write is refused, and so is a folder
that does not exist, which is never created."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from interview_coach.cli import main
from interview_coach.cli.output import MARKDOWN_OR_JSON, check_output
from interview_coach.config import get_settings
from interview_coach.errors import InputError

JD = """Warehouse Team Leader

Required:
- Leading a team of 10 pickers on a night shift
- Forklift licence (counterbalance)
- Stock control with SAP
"""


def run(*args: str, home: Path) -> tuple[int, str, str]:
    """The command in this process with its own data folder: exit code, stdout, stderr."""
    get_settings.cache_clear()
    try:
        r = CliRunner().invoke(main, list(args), env={"INTERVIEW_COACH_HOME": str(home)})
    finally:
        get_settings.cache_clear()
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def jd(tmp_path: Path) -> Path:
    path = tmp_path / "jd.txt"
    path.write_text(JD, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("args", "named", "endings"),
    [
        (["prep", "-f", "nursing", "-o"], "prep --output", ".md or .json"),
        (["plan", "-f", "nursing", "--output"], "plan --output", ".md or .json"),
        (["negotiate", "--role", "nurse", "--html"], "negotiate --html", ".html or .htm"),
        (["negotiate", "--role", "nurse", "--pdf"], "negotiate --pdf", ".pdf"),
        (["practice", "-f", "nursing", "--html"], "practice --html", ".html or .htm"),
        (["practice", "-f", "nursing", "--pdf"], "practice --pdf", ".pdf"),
        (["progress", "--chart"], "progress --chart", ".png or .svg"),
    ],
)
@pytest.mark.parametrize("name", ["out.docx", "out"])
def test_an_ending_the_command_cannot_write_is_refused(
    tmp_path: Path, args: list[str], named: str, endings: str, name: str
) -> None:
    target = tmp_path / name
    code, out, err = run(*args, str(target), home=tmp_path / "home")
    assert code == 2
    assert f"`{named}` writes" in err and f"end the name with {endings}." in err
    assert "Traceback" not in err and out == ""
    assert not target.exists()


def test_prep_refuses_markdown_into_a_pdf(tmp_path: Path, jd: Path) -> None:
    code, _, err = run("prep", "-j", str(jd), "-o", str(tmp_path / "out.pdf"), home=tmp_path)
    assert code == 2
    assert "writes Markdown (.md) or JSON (.json), not a .pdf file" in err
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "plans").exists()


def test_a_missing_folder_is_refused_not_created(tmp_path: Path, jd: Path) -> None:
    missing = tmp_path / "no" / "such"
    code, _, err = run("prep", "-j", str(jd), "-o", str(missing / "x.md"), home=tmp_path)
    assert code == 2
    assert f"The folder {missing} does not exist" in err
    assert not (tmp_path / "no").exists()


def test_the_ending_decides_what_is_saved(tmp_path: Path, jd: Path) -> None:
    # Printed as text, saved as JSON; printed as JSON, saved as Markdown (any letter case).
    code, out, err = run("prep", "-j", str(jd), "-o", str(tmp_path / "p.json"), home=tmp_path)
    assert code == 0, err
    assert out.startswith("# ")
    assert json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["job"]["title"]
    code, out, err = run(
        "prep", "-j", str(jd), "--format", "json", "-o", str(tmp_path / "P.MD"), home=tmp_path
    )
    assert code == 0, err
    assert json.loads(out)["prep"]
    assert (tmp_path / "P.MD").read_text(encoding="utf-8").startswith("# ")


def test_a_file_in_the_working_folder_needs_no_folder_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert check_output("plan.md", MARKDOWN_OR_JSON, "plan") == Path("plan.md")


def test_a_file_where_the_folder_should_be_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "notes"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(InputError, match="is not a folder"):
        check_output(blocker / "plan.md", MARKDOWN_OR_JSON, "plan")


def test_saved_json_ends_its_last_line(tmp_path: Path, jd: Path) -> None:
    # Printed JSON, then the status line on a line of its own; the file ends with a newline.
    get_settings.cache_clear()
    try:
        r = CliRunner().invoke(
            main,
            ["prep", "-j", str(jd), "--format", "json", "-o", str(tmp_path / "p.json")],
            env={"INTERVIEW_COACH_HOME": str(tmp_path)},
        )
    finally:
        get_settings.cache_clear()
    assert r.exit_code == 0, r.output
    assert r.stdout.endswith("}\n")
    assert f"}}\nSaved to {tmp_path / 'p.json'}\n" in r.output  # as a terminal shows both
    assert (tmp_path / "p.json").read_text(encoding="utf-8").endswith("}\n")
    code, _, err = run("plan", "-j", str(jd), "-o", str(tmp_path / "plan.json"), home=tmp_path)
    assert code == 0, err
    assert (tmp_path / "plan.json").read_text(encoding="utf-8").endswith("}\n")
