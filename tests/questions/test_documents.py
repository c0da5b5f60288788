"""Reading job descriptions and résumés from real files of every supported kind."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from fpdf import FPDF
from PIL import Image
from pypdf import PdfReader, PdfWriter

from interview_coach.errors import DocumentError
from interview_coach.questions import documents
from interview_coach.questions.documents import read_document, read_document_bytes

JD_TEXT = (
    "Senior Data Analyst - Northwind Logistics\n"
    "Requirements:\n"
    "- 5+ years of experience with SQL and Python\n"
    "- Strong Tableau or Power BI dashboards\n"
    "Nice to have:\n"
    "- dbt, Airflow\n"
)


def _write_pdf(path: Path, lines: list[str], pages: int = 1) -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _write_scanned_pdf(path: Path) -> Path:
    """A PDF whose page is only a picture of text: what a scanner produces."""
    image = Image.new("RGB", (400, 200), "white")
    for x in range(40, 360):  # a few dark strokes so it is not blank
        for y in (50, 51, 90, 91, 130, 131):
            image.putpixel((x, y), (0, 0, 0))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    buf.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(buf, x=10, y=10, w=180)
    pdf.output(str(path))
    return path


def test_plain_text_utf8(tmp_path: Path) -> None:
    p = tmp_path / "jd.txt"
    p.write_text(JD_TEXT + "Café culture, naïve résumé\n", encoding="utf-8")
    text = read_document(p)
    assert text.startswith("Senior Data Analyst")
    assert "Café" in text and "résumé" in text


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_text_with_bom(tmp_path: Path, encoding: str, bom: bytes) -> None:
    p = tmp_path / "jd.md"
    p.write_bytes(bom + ("# Nurse\r\nCaring for patients – ICU\r\n" * 3).encode(encoding))
    text = read_document(p)
    assert text.startswith("# Nurse\nCaring for patients – ICU")
    assert "\r" not in text and "\ufeff" not in text


def test_cp1252_fallback(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes("Résumé of Zoë – “quoted” text for a role".encode("cp1252"))
    assert read_document(p) == "Résumé of Zoë – “quoted” text for a role"


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    p = _write_pdf(tmp_path / "jd.pdf", JD_TEXT.splitlines(), pages=2)
    text = read_document(p)
    assert "Senior Data Analyst" in text
    assert "Nice to have:" in text
    assert text.count("Requirements:") == 2  # both pages read


def test_pdf_detected_by_content_not_name(tmp_path: Path) -> None:
    p = _write_pdf(tmp_path / "misnamed.txt", ["Project Manager at Acme", "PMP required"])
    assert "PMP required" in read_document(p)


def test_docx_paragraphs_lists_and_tables(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Alex Moreno", level=0)
    doc.add_paragraph("Registered Nurse with eight years in acute care.")
    doc.add_heading("Experience", level=1)
    doc.add_paragraph("Reduced medication errors by 30% across the ward", style="List Bullet")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Skills"
    table.cell(0, 1).text = "Epic EHR, BLS, ACLS"
    table.cell(1, 0).text = "Languages"
    table.cell(1, 1).text = "Spanish"
    doc.add_paragraph("References on request.")
    p = tmp_path / "cv.docx"
    doc.save(str(p))
    text = read_document(p)
    assert "Alex Moreno" in text
    assert "- Reduced medication errors by 30% across the ward" in text
    assert "Skills | Epic EHR, BLS, ACLS" in text
    # body order is kept: the table sits between the bullet and the last paragraph
    assert text.index("Epic EHR") < text.index("References on request.")


def test_read_bytes_for_uploads(tmp_path: Path) -> None:
    p = _write_pdf(tmp_path / "a.pdf", ["Marketing Manager", "SEO and Google Analytics"])
    assert "Google Analytics" in read_document_bytes(p.read_bytes(), "upload.pdf")


# ---------------------------------------------------------------- bad documents


def _error(path: Path) -> str:
    with pytest.raises(DocumentError) as info:
        read_document(path)
    return str(info.value)


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert "empty" in _error(p)


def test_whitespace_only(tmp_path: Path) -> None:
    p = tmp_path / "blank.md"
    p.write_text("   \n\n\t \n")
    assert "no text" in _error(p)


def test_missing_file(tmp_path: Path) -> None:
    assert "not found" in _error(tmp_path / "nope.pdf")


def test_binary_renamed_txt(tmp_path: Path) -> None:
    p = tmp_path / "photo.txt"
    image = Image.new("RGB", (32, 32), "red")
    image.save(p, format="PNG")
    assert "binary" in _error(p)


def test_corrupt_pdf(tmp_path: Path) -> None:
    good = _write_pdf(tmp_path / "good.pdf", ["Hello there, this is a PDF"]).read_bytes()
    p = tmp_path / "broken.pdf"
    p.write_bytes(good[:40] + b"garbage" * 20)
    message = _error(p)
    assert "PDF" in message


def test_pdf_extension_without_pdf_content(tmp_path: Path) -> None:
    p = tmp_path / "fake.pdf"
    p.write_text("this is just some text pretending to be a pdf")
    assert "not a valid PDF" in _error(p)


def test_encrypted_pdf(tmp_path: Path) -> None:
    plain = _write_pdf(tmp_path / "plain.pdf", ["Confidential job description text"])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="RC4-128")
    p = tmp_path / "locked.pdf"
    with p.open("wb") as fh:
        writer.write(fh)
    assert "password" in _error(p)


def test_pdf_encrypted_with_empty_password_still_reads(tmp_path: Path) -> None:
    plain = _write_pdf(tmp_path / "plain.pdf", ["Opens without a password prompt"])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    p = tmp_path / "no-edit.pdf"
    with p.open("wb") as fh:
        writer.write(fh)
    assert "Opens without a password prompt" in read_document(p)


def test_scanned_pdf(tmp_path: Path) -> None:
    p = _write_scanned_pdf(tmp_path / "scan.pdf")
    message = _error(p)
    assert "scanned" in message and "OCR" in message


def test_unsupported_extension(tmp_path: Path) -> None:
    p = tmp_path / "cv.odt"
    p.write_text("some text that would be readable but has the wrong type")
    assert "not supported" in _error(p)


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    import zipfile

    p = tmp_path / "cv.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert "not a Word document" in _error(p)


def test_corrupt_docx(tmp_path: Path) -> None:
    import zipfile

    p = tmp_path / "cv.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("word/document.xml", "<not-xml")
    assert "damaged" in _error(p)


def test_legacy_doc(tmp_path: Path) -> None:
    p = tmp_path / "cv.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert ".docx" in _error(p)


def test_huge_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A real 10 MB file would be slow to write on a shared machine; lower the limit instead.
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1000)
    p = tmp_path / "big.txt"
    p.write_text("word " * 500)
    assert "limit" in _error(p)


@pytest.mark.parametrize(
    ("name", "advice"),
    [("big.txt", "is this the right file?"), ("big.pdf", "its text alone as a .txt file")],
)
def test_a_file_over_the_size_limit_says_both_sizes(tmp_path: Path, name: str, advice: str) -> None:
    p = tmp_path / name
    with p.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024)  # 20 MB on paper, no disk used: it is never read
    message = _error(p)
    assert f"{name}: the file is 20 MB, over the 10 MB limit" in message
    assert advice in message
    assert "paste" not in message


def test_too_much_text(tmp_path: Path) -> None:
    p = tmp_path / "long.txt"
    p.write_text("experience " * 25_000)  # 275,000 characters, under the byte limit
    assert "limit" in _error(p)


def test_too_little_text(tmp_path: Path) -> None:
    p = tmp_path / "tiny.txt"
    p.write_text("Nurse")
    assert "too little" in _error(p)


# ---------------------------------------------------------------- layout and OCR


def _tesseract() -> bool:
    try:
        import pytesseract

        pytesseract.get_tesseract_version()
    except Exception:
        return False
    return True


def _scan(path: Path, lines: list[str], size: tuple[int, int], font_size: int, step: int) -> Path:
    """A PDF whose only page is a picture of `lines` (no text layer), `size` pixels."""
    from PIL import ImageDraw, ImageFont

    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", font_size)
    margin = size[0] // 16
    for i, line in enumerate(lines):
        draw.text((margin, margin + i * step), line, fill=0, font=font)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    buf.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210)
    pdf.output(str(path))
    return path


@pytest.mark.skipif(not _tesseract(), reason="tesseract-ocr is not installed (.ci/run installs it)")
def test_scanned_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    lines = [
        "Line Cook",
        "Harbour Kitchen, Plymouth",
        "Salary: £12.50 per hour",
        "",
        "Requirements",
        "- Level 2 Food Hygiene certificate",
    ]
    text = read_document(_scan(tmp_path / "scan.pdf", lines, (1240, 700), 32, 50))
    assert "Line Cook" in text
    assert "Food Hygiene" in text
    assert "£12.50 per hour" in text


def test_scanned_pdf_without_tesseract_says_how(tmp_path: Path, monkeypatch) -> None:
    # The one fake here: tesseract is installed on this machine, so its absence is simulated
    # by hiding the program from PATH, as on a machine without the Debian package.
    monkeypatch.setenv("PATH", str(tmp_path))
    p = _write_scanned_pdf(tmp_path / "scan.pdf")
    message = _error(p)
    assert "scanned" in message and "tesseract-ocr" in message


def test_two_column_pdf_reads_each_column_in_order(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "cv.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    left = ["SKILLS", "SQL", "Power BI", "Excel", "EDUCATION", "BSc Mathematics", "2012-2015"]
    right = [
        "EXPERIENCE",
        "Data Analyst - Oakfield Trust",
        "Sept 2022 - present",
        "- Built Power BI dashboards for 30 schools",
        "Maths Teacher - Oakfield High",
        "Sept 2018 - Aug 2022",
        "- Taught five classes",
    ]
    for i, line in enumerate(left):
        c.drawString(40, 780 - i * 16, line)
    for i, line in enumerate(right):
        c.drawString(220, 780 - i * 16, line)
    c.save()
    text = read_document(path)
    lines = text.splitlines()
    # The role and its dates stay together; the left column comes first, whole.
    role = lines.index("Data Analyst - Oakfield Trust")
    assert lines[role + 1] == "Sept 2022 - present"
    assert lines.index("2012-2015") < lines.index("EXPERIENCE")


@pytest.mark.skipif(not _tesseract(), reason="tesseract-ocr is not installed (.ci/run installs it)")
def test_a_full_scanned_page_is_read_through_the_limited_reader(tmp_path: Path) -> None:
    """The path the app and the CLI take: a 300 dpi A4 scan needs more CPU than a text
    document is allowed, so OCR runs in its own worker, and its page images are removed."""
    from interview_coach.config import get_settings
    from interview_coach.questions.safe_read import read_document_file

    lines = ["Kitchen Porter", "The Anchor Inn, Falmouth", "", "What you need"]
    lines += [f"- Item {i}: a clean, safe pot wash and a tidy store room" for i in range(30)]
    path = _scan(tmp_path / "scan.pdf", lines, (2480, 3508), 48, 90)  # A4 at 300 dpi
    before = set(Path("/tmp").glob("tess_*"))
    text = read_document_file(path)
    assert "Kitchen Porter" in text and "tidy store room" in text
    assert set(Path("/tmp").glob("tess_*")) == before  # nothing left outside the data folder
    scratch = Path(get_settings().home) / "tmp"
    assert not list(scratch.glob("ocr-*"))
