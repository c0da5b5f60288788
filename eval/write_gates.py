"""Write the gates of the longest phrase lists (see `analysis.pattern_gates`).

    python -m eval.write_gates   # writes analysis/models/gates.json

Run it after changing a long phrase list; a test fails until it is run.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

from interview_coach import analysis, negotiation
from interview_coach.analysis.pattern_gates import GATES_FILE, read_all
from interview_coach.analysis.patterns import Cue

TARGET = Path(__file__).resolve().parents[1] / "src/interview_coach/analysis/models" / GATES_FILE


def package_cues() -> list[Cue]:
    """Every phrase pattern the analysis and the negotiation read, as module constants (alone
    or in a list, tuple or dict)."""
    found: dict[int, Cue] = {}
    for package in (analysis, negotiation):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            for value in vars(importlib.import_module(info.name)).values():
                values = value.values() if isinstance(value, dict) else [value]
                if isinstance(value, list | tuple):
                    values = value
                found.update((id(v), v) for v in values if isinstance(v, Cue))
    return list(found.values())


def gates() -> dict[str, dict[str, str | None]]:
    """The gates the package's lists earn now."""
    return read_all(c.written for c in package_cues())


def main() -> None:
    found = gates()
    text = json.dumps({"gates": found}, indent=1, ensure_ascii=False)
    TARGET.write_text(text + "\n", encoding="utf-8")
    print(f"{len(found)} gates written to {TARGET}")


if __name__ == "__main__":
    main()
