"""Start-up: the command line's `--help` builds no pydantic models and reads no data file,
question bank, speech model or web server (its speed is measured in benchmarks/startup.py,
not here)."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = (
    "interview_coach.types",
    "interview_coach.questions.bank",
    "pydantic",
    "faster_whisper",
    "onnxruntime",
    "fastapi",
    "sqlalchemy",
    "yaml",
)


def test_help_imports_nothing_heavy() -> None:
    code = (
        "import json, sys\n"
        "from click.testing import CliRunner\n"
        "from interview_coach.cli import main\n"
        "r = CliRunner().invoke(main, ['--help'])\n"
        "assert r.exit_code == 0, r.output\n"
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_the_package_still_offers_its_types() -> None:
    import interview_coach
    import interview_coach.questions as questions

    assert interview_coach.Feedback.__name__ == "Feedback"
    assert questions.CATEGORIES[0] == "opening"
    assert "leadership" in questions.BEHAVIOURAL_COMPETENCIES
