"""Read job descriptions and résumés (txt, md, pdf, docx) into plain text.

Every failure is a `DocumentError` whose message says what is wrong and what to do:
an empty, scanned, encrypted, corrupt or unsupported document never becomes an empty
profile further down the line.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from interview_coach.errors import DocumentError
from interview_coach.nlp.text import squeeze_blanks
from interview_coach.questions.layout import OcrUnavailable, ocr_pages, page_text

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
"""Largest file accepted. Real job descriptions and résumés are far below this."""

MAX_TEXT_CHARS = 60_000
"""Longest text accepted, read or pasted (about 9,000 words: a ten-page CV). Reading a
document costs time in proportion to its length; at this length a hostile one costs the
reading worker at most a few seconds (docs/security.md)."""

MIN_TEXT_CHARS = 20
"""Shorter than this after extraction and there is nothing to build a profile from."""

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
SUPPORTED = "txt, md, pdf or docx"

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls
_RTF_MAGIC = b"{\\rtf"


def read_document(path: str | Path) -> str:
    """The text of a txt, md, pdf or docx document, normalised to `\\n` line ends.

    The type is decided from the file's first bytes, then its extension, so a PDF named
    `.txt` is still read as a PDF. Raises `DocumentError` for anything that cannot give text.
    """
    data, name = file_bytes(path)
    return read_document_bytes(data, name)


def file_bytes(path: str | Path) -> tuple[bytes, str]:
    """A document file's bytes and name, refusing what is missing, a folder, empty or over
    the size limit (read no further than the limit)."""
    p = Path(path)
    name = p.name
    if not p.exists():
        raise DocumentError(f"{name}: file not found ({p}).")
    if p.is_dir():
        raise DocumentError(f"{name}: is a folder; give a {SUPPORTED} file.")
    if not p.is_file():  # a pipe or a device: its size says nothing, and a read may never end
        raise DocumentError(f"{name}: is not a regular file (a pipe or a device).")
    try:
        size = p.stat().st_size
        if size == 0:
            raise DocumentError(f"{name}: the file is empty.")
        if size > MAX_DOCUMENT_BYTES:
            raise DocumentError(_too_large(name, size, p.suffix.lower()))
        with p.open("rb") as fh:
            return fh.read(MAX_DOCUMENT_BYTES + 1), name
    except OSError as exc:
        raise DocumentError(f"{name}: cannot be read ({exc.strerror or exc}).") from exc


def _size(n: int) -> str:
    """A file size as people read it: 20 MB, 10.5 MB, 900 KB."""
    if n >= 1_048_576:
        return f"{n / 1_048_576:.1f}".removesuffix(".0") + " MB"
    return f"{max(1, round(n / 1024))} KB"


def _too_large(name: str, size: int, suffix: str) -> str:
    """Why a file over `MAX_DOCUMENT_BYTES` is refused: its size, the limit, what to do."""
    said = f"{name}: the file is {_size(size)}, over the {_size(MAX_DOCUMENT_BYTES)} limit"
    if suffix in TEXT_SUFFIXES:
        # Already plain text: no other format would make it smaller.
        return f"{said}; a job description or résumé is far shorter: is this the right file?"
    return f"{said}; save a version without images, or save its text alone as a .txt file."


def read_document_bytes(data: bytes, name: str = "document") -> str:
    """Like `read_document`, for bytes already in memory (an upload); `name` gives the extension."""
    if not data:
        raise DocumentError(f"{name}: the file is empty.")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"{name}: over the {MAX_DOCUMENT_BYTES // 1_048_576} MB limit for documents."
        )
    suffix = Path(name).suffix.lower()
    head = data[:8]
    if head.startswith(_PDF_MAGIC):
        text = _read_pdf(data, name)
    elif head.startswith(_ZIP_MAGIC):
        text = _read_zip_document(data, name, suffix)
    elif head.startswith(_OLE_MAGIC):
        raise DocumentError(
            f"{name}: an old binary Word/Office file; save it as .docx or .pdf and try again."
        )
    elif head.startswith(_RTF_MAGIC):
        raise DocumentError(f"{name}: RTF is not supported; save it as .docx, .pdf or .txt.")
    elif suffix == ".pdf":
        raise DocumentError(f"{name}: not a valid PDF (the file does not start like one).")
    elif suffix == ".docx":
        raise DocumentError(f"{name}: not a valid .docx file (it is not a Word package).")
    elif suffix in TEXT_SUFFIXES:
        text = _decode_text(data, name)
    else:
        raise DocumentError(f"{name}: '{suffix}' files are not supported; use {SUPPORTED}.")
    return _finish(text, name)


# ---------------------------------------------------------------- plain text


def _decode_text(data: bytes, name: str) -> str:
    """Decode text, honouring a BOM, else UTF-8, else Windows-1252; reject binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name)
    if _looks_binary(data):
        raise DocumentError(
            f"{name}: looks like a binary file, not text; give a {SUPPORTED} document."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1252 maps almost every byte, so it is the last resort for legacy text files.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: the text encoding is not recognised; save it as UTF-8 and try again."
        ) from exc


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: marked as {encoding.upper()} but not valid {encoding.upper()}; "
            "save it as UTF-8 and try again."
        ) from exc


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean this is not text."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(sample) // 100)


# ---------------------------------------------------------------- pdf


def _read_pdf(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty user password only to stop editing;
            # those open fine. Anything else needs the owner to remove the password.
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types, incl. missing crypto deps
                raise DocumentError(
                    f"{name}: the PDF is password-protected; save an unprotected copy "
                    "(print to PDF) and try again."
                ) from exc
            if not ok:
                raise DocumentError(
                    f"{name}: the PDF is password-protected; save an unprotected copy "
                    "(print to PDF) and try again."
                )
        pages = list(reader.pages)
        texts, visible = [], 0
        for page in pages:  # stop as soon as the text is sure to be over the limit
            texts.append(page_text(page))
            visible = _check_visible(visible, texts[-1], name)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise DocumentError(
            f"{name}: the PDF is damaged or not a PDF; export it again or save it as .docx or .txt."
        ) from exc
    if not pages:
        raise DocumentError(f"{name}: the PDF has no pages.")
    text = "\n\n".join(t.strip("\n") for t in texts)
    if len(text.strip()) < MIN_TEXT_CHARS:
        text = _ocr(pages, name)
    return text


class NeedsOcr(DocumentError):
    """A scanned PDF, found where OCR is not to run (a reading worker with text limits)."""


# Whether a scanned PDF is read by OCR here; the reading worker turns it off, so OCR runs in a
# second worker with its own, larger budget (see safe_read.py).
OCR_HERE = True


def _ocr(pages: list, name: str) -> str:
    """Text of a scanned PDF by OCR, or a DocumentError that says what to do."""
    if not OCR_HERE:
        raise NeedsOcr(f"{name}: scanned")
    try:
        text = ocr_pages(pages)
    except OcrUnavailable as exc:
        raise DocumentError(
            f"{name}: the PDF has no text layer (it looks scanned, {len(pages)} page(s) of "
            "images) and OCR is not available here; install tesseract-ocr (apt-get install "
            "tesseract-ocr) or paste the text into a .txt file."
        ) from exc
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise DocumentError(
            f"{name}: the PDF has no text layer (it looks scanned, {len(pages)} page(s) of "
            "images) and OCR found no readable text; paste the text into a .txt file."
        )
    return text


# ---------------------------------------------------------------- docx


def _read_zip_document(data: bytes, name: str, suffix: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as exc:
        raise DocumentError(f"{name}: the file is damaged (broken zip package).") from exc
    if "EncryptedPackage" in names:
        raise DocumentError(
            f"{name}: the document is password-protected; save an unprotected copy."
        )
    if "word/document.xml" not in names:
        if "content.xml" in names:
            raise DocumentError(f"{name}: OpenDocument files are not supported; save as .docx.")
        raise DocumentError(f"{name}: a zip archive, not a Word document; give a {SUPPORTED} file.")
    return _read_docx(data, name)


def _read_docx(data: bytes, name: str) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise DocumentError(
            f"{name}: the Word document is damaged; open and save it again, or save it as .pdf."
        ) from exc

    lines: list[str] = []
    visible = 0
    # Keep body order: paragraphs and tables interleave as they appear in the document.
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_docx_paragraph(Paragraph(block, document)))
        elif tag == "tbl":
            lines.extend(_docx_table(Table(block, document)))
        else:
            continue
        visible = _check_visible(visible, lines[-1], name)
    for section in document.sections:
        # Contact details often sit in the header; read them after the body.
        for part in (section.header, section.footer):
            if part is not None and not part.is_linked_to_previous:
                lines.extend(_docx_paragraph(par) for par in part.paragraphs)
    return "\n".join(lines)


def _docx_paragraph(paragraph: Paragraph) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    if "list" in style or "bullet" in style:
        return f"- {text}"
    if style.startswith("heading") or style == "title":
        return f"\n{text}"
    return text


def _docx_table(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if value and (not cells or cells[-1] != value):  # merged cells repeat
                cells.append(value)
        if cells:
            rows.append(" | ".join(cells))
    return rows


# ---------------------------------------------------------------- common


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _too_long(name: str, chars: str) -> DocumentError:
    return DocumentError(
        f"{name}: {chars} characters of text is over the {MAX_TEXT_CHARS:,} limit; "
        "give just the job description or résumé."
    )


def _check_visible(so_far: int, piece: str, name: str) -> int:
    """Visible characters read so far; stops the reading once they alone pass the limit
    (`_finish` keeps every visible character, so the text is sure to be refused)."""
    total = so_far + len(piece) - sum(map(str.isspace, piece))
    if total > MAX_TEXT_CHARS:
        raise _too_long(name, "more than " + f"{MAX_TEXT_CHARS:,}")
    return total


def _finish(text: str, name: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = squeeze_blanks(text)
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    text = _CONTROL.sub("", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise DocumentError(f"{name}: the document has no text.")
    if len(text) < MIN_TEXT_CHARS:
        raise DocumentError(
            f"{name}: only {len(text)} characters of text; that is too little to work with."
        )
    if len(text) > MAX_TEXT_CHARS:
        raise _too_long(name, f"{len(text):,}")
    return text
