"""Every setting is documented in the README's one settings table, and the table names no
setting that does not exist."""

from __future__ import annotations

import re
from pathlib import Path

from interview_coach.config import Settings

README = Path(__file__).parents[2] / "README.md"
PREFIX = "INTERVIEW_COACH_"


def _documented() -> set[str]:
    text = README.read_text(encoding="utf-8")
    table = text.split("### Settings", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for row in (line for line in table.splitlines() if line.startswith("| `")):
        first = row.split("|")[1]
        # "`INTERVIEW_COACH_LLM_URL` / `_LLM_MODEL`": a shared prefix, then its siblings.
        for name in re.findall(r"`(INTERVIEW_COACH_\w+|_\w+)`", first):
            names.add(name if name.startswith(PREFIX) else PREFIX + name.lstrip("_"))
    return names


def test_every_setting_is_in_the_settings_table():
    settings = {PREFIX + name.upper() for name in Settings.model_fields}
    documented = _documented()
    assert settings - documented == set(), "document these in README.md's settings table"
    assert documented - settings == set(), "the settings table names settings that do not exist"
