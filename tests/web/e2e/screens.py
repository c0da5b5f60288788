"""Copy the browser tests' screenshots into docs/screens/ for docs/web.md, shrunk to WebP.

Run by `make screenshots` after the browser tests have written `test-artifacts/web/`. Desktop
pages are scaled to 960 pixels wide; phone pages keep their 390. The list below is what
docs/web.md shows, in its order.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).parents[3]
SHOTS = ROOT / "test-artifacts" / "web"
OUT = ROOT / "docs" / "screens"
# Wide enough to read a page's text, small enough for a repository (about 40 kB a page).
DESKTOP_WIDTH = 960
QUALITY = 70

PAGES: tuple[str, ...] = (
    "07-home", "01-new-session-plan", "02-room-recording", "03-room-feedback",
    "04-feedback-spoken", "05-room-typed-feedback", "06-session-summary", "08-progress",
    "09-stories", "09-settings", "11-hostile-document-error", "11-mock-interview",
    "12-mock-interview-report", "13-negotiation", "12-home-dark", "14-feedback-dark",
    "team-02-coach-dashboard",
    "phone-home", "11-first-question-phone", "phone-new-session", "phone-room",
    "phone-feedback", "phone-summary", "phone-progress", "phone-stories", "phone-settings",
    "phone-mock-interview", "phone-mock-interview-report", "phone-negotiate",
    "team-01-cohorts-phone",
)  # fmt: skip


def shrink(name: str) -> Path:
    image = Image.open(SHOTS / f"{name}.png").convert("RGB")
    width, height = image.size
    if width > DESKTOP_WIDTH:
        image = image.resize((DESKTOP_WIDTH, round(height * DESKTOP_WIDTH / width)), Image.LANCZOS)
    out = OUT / f"{name}.webp"
    image.save(out, "WEBP", quality=QUALITY, method=6)
    return out


def main() -> int:
    missing = [n for n in PAGES if not (SHOTS / f"{n}.png").exists()]
    if missing:
        print(f"Run the browser tests first; missing in {SHOTS}: {', '.join(missing)}")
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.webp"):
        old.unlink()
    total = sum(shrink(n).stat().st_size for n in PAGES)
    print(f"{len(PAGES)} screenshots in {OUT.relative_to(ROOT)}, {total / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
