"""Both colour themes of the stylesheet keep WCAG AA contrast (4.5:1 for text, 3:1 for large
text and marks) for every pair of colours the pages put together."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = Path(__file__).parents[2] / "src/interview_coach/web/static/app.css"

# (foreground, background, minimum ratio): text at 4.5, score numbers and badges at 3.
PAIRS = [
    ("fg", "bg", 4.5),
    ("fg", "card", 4.5),
    ("muted", "card", 4.5),
    ("muted", "bg", 4.5),
    ("accent", "card", 4.5),
    ("accent", "button-bg", 4.5),
    ("accent", "button-hover", 4.5),
    ("accent-fg", "accent", 4.5),
    ("accent-fg", "accent-hover", 4.5),
    ("top-fg", "top-bg", 4.5),
    ("fg", "field-bg", 4.5),
    ("fg", "filler", 4.5),
    ("fg", "hedge", 4.5),
    ("fg", "jd", 4.5),
    ("fg", "alert-bg", 4.5),
    ("fg", "notice-bg", 4.5),
    ("fg", "soft-bg", 4.5),
    ("fg", "overall-bg", 4.5),
    ("good-fg", "good-bg", 4.5),
    ("bad-fg", "bad-bg", 4.5),
    ("ok", "card", 4.5),
    ("warn", "card", 4.5),
    ("bad", "card", 4.5),
    ("danger", "card", 4.5),
    *[("fg", part, 4.5) for part in ("s", "t", "a", "r", "o")],
    ("field-line", "field-bg", 3.0),
    # The progress chart's lines, dots and bars are marks (3:1) on the card and its band.
    *[(f"chart-{k}", bg, 3.0) for k in range(1, 6) for bg in ("card", "chart-band")],
    ("muted", "chart-band", 4.5),  # the words "Needs a spoken answer" can sit on the band
]


def _themes() -> dict[str, dict[str, str]]:
    css = CSS.read_text(encoding="utf-8")
    light = css[css.index(":root {") : css.index("}", css.index(":root {"))]
    dark_at = css.index("@media (prefers-color-scheme: dark)")
    dark = css[dark_at : css.index("}", css.index(":root {", dark_at))]
    read = lambda block: dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})", block))  # noqa: E731
    return {"light": read(light), "dark": {**read(light), **read(dark)}}


def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    channels = []
    for i in (0, 2, 4):
        c = int(h[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#777", "#fff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_pair_meets_wcag_aa(theme: str) -> None:
    colours = _themes()[theme]
    low = [
        f"{fg} on {bg}: {contrast(colours[fg], colours[bg]):.2f} < {need}"
        for fg, bg, need in PAIRS
        if contrast(colours[fg], colours[bg]) < need
    ]
    assert not low, low


def test_dark_theme_changes_every_surface() -> None:
    light, dark = _themes()["light"], _themes()["dark"]
    for name in ("bg", "card", "fg", "field-bg", "button-bg", "filler", "alert-bg"):
        assert light[name] != dark[name], name
