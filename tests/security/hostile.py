"""Hostile documents built in memory: each reproduces a way a file froze the server."""

from __future__ import annotations

import io
import zipfile
import zlib

import docx

JOB_LINE = "Build reliable data pipelines in Python and SQL for the finance team"


def real_docx(lines: int = 30) -> bytes:
    """An ordinary job description as a .docx."""
    d = docx.Document()
    d.add_heading("Senior data engineer", 0)
    for i in range(lines):
        d.add_paragraph(f"{JOB_LINE}, item {i}.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def docx_long_text(paragraphs: int = 3000, chars: int = 100) -> bytes:
    """A document whose text alone is over the length limit (300,000 visible characters)."""
    d = docx.Document()
    for _ in range(paragraphs):
        d.add_paragraph("x" * chars)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _rewrite_body(insert: bytes, *, level: int = 6) -> bytes:
    """`real_docx` with `insert` placed at the start of the document body."""
    zin = zipfile.ZipFile(io.BytesIO(real_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + insert, 1)
            zout.writestr(item, data, compresslevel=level)
    return out.getvalue()


def docx_many_paragraphs(count: int = 2_000_000) -> bytes:
    """~50 KB that python-docx needs over a minute and a gigabyte to walk."""
    return _rewrite_body(b"<w:p/>" * count)


def docx_inflating(size: int = 1 << 30) -> bytes:
    """~1 MB whose document.xml inflates to `size` bytes (a comment full of spaces)."""
    return _rewrite_body(b"<!--" + b" " * size + b"-->", level=9)


def docx_many_entries(count: int = 5000) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for i in range(count):
            zout.writestr(f"word/media/{i}.bin", b"")
        zout.writestr("word/document.xml", b"<x/>")
    return out.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer << /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


_PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>"
)
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_many_operators(count: int = 5_000_000) -> bytes:
    """~50 KB of compressed content stream holding `count` text operators."""
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td " + b"(a) Tj " * count + b"ET", 9)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _PAGE,
            b"<< /Length %d /Filter /FlateDecode >>stream\n" % len(stream)
            + stream
            + b"\nendstream",
            _FONT,
        ]
    )


def _repeated_page(count: int, text: bytes) -> bytes:
    """One page with content stream `text`, listed `count` times in the page tree."""
    kids = b" ".join(b"3 0 R" for _ in range(count))
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
            _PAGE,
            b"<< /Length %d >>stream\n" % len(text) + text + b"\nendstream",
            _FONT,
        ]
    )


def pdf_many_pages(count: int = 50_000) -> bytes:
    """One small page listed `count` times in the page tree."""
    return _repeated_page(count, b"BT /F1 12 Tf 72 720 Td (Python data engineer role) Tj ET")


def pdf_long_text(pages: int = 90, chars: int = 3000) -> bytes:
    """`pages` pages of `chars` visible characters each (270,000: over the length limit)."""
    return _repeated_page(pages, b"BT /F1 4 Tf 10 700 Td (" + b"x" * chars + b") Tj ET")


def pdf_encrypted(user_password: str) -> bytes:
    """A one-page text PDF encrypted with AES-256 (an empty password opens it for reading)."""
    from pypdf import PdfReader, PdfWriter

    text = b"BT /F1 12 Tf 72 720 Td (" + JOB_LINE.encode() + b") Tj ET"
    plain = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _PAGE,
            b"<< /Length %d >>stream\n" % len(text) + text + b"\nendstream",
            _FONT,
        ]
    )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
