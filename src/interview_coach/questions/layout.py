"""PDF layout: text in reading order for two-column pages, and OCR for scanned pages.

A two-column résumé (contact, skills and education on the left, experience on the right)
comes out of a plain text extraction with the columns' lines interleaved, which splits a
role from its dates. Here each piece of text keeps its position on the page; when a page's
pieces fall into two columns with a clear gap between them, the left column is read first,
then the right.

A scanned PDF has no text layer, only a picture of each page. When Debian's `tesseract-ocr`
is installed (with the `pytesseract` binding) the pictures are read by OCR: at most
`MAX_OCR_PAGES` pages, within `OCR_SECONDS` in all. Without it the caller says how to get
text out of the scan.
"""

from __future__ import annotations

import io
import itertools
import time
from dataclasses import dataclass
from typing import Any

MAX_OCR_PAGES = 3  # a job description or résumé is one to three pages; more is not one
OCR_SECONDS = 40.0  # whole-document budget for OCR, inside the reading limits
OCR_MIN_PIXELS = 200 * 200  # smaller images are logos and icons, not a page of text
# A gutter between columns at least this wide (points) separates them; two columns each
# need this share of the page's lines to count as a layout rather than a few stray words.
MIN_GUTTER = 12.0
MIN_COLUMN_SHARE = 0.2


@dataclass(frozen=True)
class _Piece:
    x: float
    y: float
    text: str


def page_text(page: Any) -> str:
    """The text of one pypdf page in reading order, columns one after the other."""
    pieces: list[_Piece] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text and text.strip():
            # Position on the page: the text matrix moved by the current transformation.
            x = float(tm[4]) * float(cm[0]) + float(cm[4])
            y = float(tm[5]) * float(cm[3]) + float(cm[5])
            pieces.append(_Piece(x, y, text))

    plain = page.extract_text(visitor_text=visit) or ""
    split = _column_split(pieces)
    if split is None:
        return plain
    left = [p for p in pieces if p.x < split]
    right = [p for p in pieces if p.x >= split]
    return _lines(left) + "\n\n" + _lines(right)


def _column_split(pieces: list[_Piece]) -> float | None:
    """The x position between two columns, or None for a single-column page."""
    starts = sorted({round(p.x) for p in pieces})
    if len(pieces) < 12 or len(starts) < 2:
        return None
    best: tuple[float, float] | None = None
    for a, b in itertools.pairwise(starts):
        gap = b - a
        if gap < MIN_GUTTER:
            continue
        left = sum(1 for p in pieces if p.x < b)
        share = min(left, len(pieces) - left) / len(pieces)
        # Both sides must hold a fair share of lines that sit side by side on the page.
        if share >= MIN_COLUMN_SHARE and _side_by_side(pieces, b):
            score = share * gap
            if best is None or score > best[0]:
                best = (score, b - 0.5)
    return best[1] if best else None


def _side_by_side(pieces: list[_Piece], split: float) -> bool:
    """True when left and right text share rows: columns, not a heading above a body."""
    left_rows = {round(p.y) for p in pieces if p.x < split}
    right_rows = {round(p.y) for p in pieces if p.x >= split}
    shared = len(left_rows & right_rows)
    return shared >= 3 and shared >= 0.2 * min(len(left_rows), len(right_rows))


def _lines(pieces: list[_Piece]) -> str:
    """Pieces joined into lines, top of the page first."""
    rows: dict[int, list[_Piece]] = {}
    for p in pieces:
        rows.setdefault(round(p.y), []).append(p)
    out = []
    for y in sorted(rows, reverse=True):  # PDF y grows upwards
        row = sorted(rows[y], key=lambda p: p.x)
        out.append("".join(p.text for p in row).rstrip("\n").strip())
    return "\n".join(line for line in out if line)


class OcrUnavailable(Exception):
    """Tesseract or its Python binding is not installed."""


def ocr_pages(pages: list[Any]) -> str:
    """Text read by OCR from the page images of a scanned PDF ('' when nothing readable).

    Raises OcrUnavailable when tesseract is not installed."""
    try:
        import pytesseract
        from PIL import Image
    except ImportError as exc:
        raise OcrUnavailable("pytesseract is not installed") from exc
    try:
        pytesseract.get_tesseract_version()
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrUnavailable("tesseract is not installed") from exc
    deadline = time.monotonic() + OCR_SECONDS
    texts: list[str] = []
    for page in pages[:MAX_OCR_PAGES]:
        for image_file in _page_images(page):
            left = deadline - time.monotonic()
            if left <= 1:
                return "\n\n".join(texts)
            try:
                with Image.open(io.BytesIO(image_file)) as image:
                    if image.width * image.height < OCR_MIN_PIXELS:
                        continue
                    text = pytesseract.image_to_string(image.convert("L"), timeout=left)
            except (RuntimeError, OSError, ValueError):
                continue  # an unreadable image or a timed-out page: keep what was read
            if text.strip():
                texts.append(text.strip())
    return "\n\n".join(texts)


def _page_images(page: Any) -> list[bytes]:
    try:
        return [image.data for image in page.images]
    except Exception:  # pypdf raises many kinds for odd image encodings
        return []
