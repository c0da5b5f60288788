"""docs/web.md shows a screenshot of every page the browser tests shoot, and each is there."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(Path(__file__).parent / "e2e"))

from screens import OUT, PAGES  # noqa: E402


def test_every_listed_screenshot_is_shown_and_present() -> None:
    doc = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
    shown = re.findall(r"\]\(screens/([\w-]+)\.webp\)", doc)
    assert shown == list(PAGES)
    missing = [n for n in PAGES if not (OUT / f"{n}.webp").is_file()]
    assert not missing, f"run `make screenshots`: {missing}"
    assert sorted(p.stem for p in OUT.glob("*.webp")) == sorted(PAGES)  # nothing stale
