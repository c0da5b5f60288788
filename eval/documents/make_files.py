"""Rebuild every .pdf and .docx in this folder from the .src.txt beside it.

Usage: python make_files.py   (needs python-docx, reportlab, fpdf2, Pillow)

Layouts: a plain PDF (text flow), a two-column PDF (contact/skills/education on the
left, experience on the right), a "scanned" PDF (the page is a picture of the text),
and .docx files where lines starting with "|" become a Word table.
"""

import io
import json
import re
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
# Files whose page is an image of the text (no text layer), like a scanned sheet.
SCANNED = {"jd/14_line_cook.pdf"}
# Two-column resume PDFs; these section headings go in the narrow left column.
TWO_COLUMN = {"resume/05_priya_raman.pdf", "resume/18_tomasz_nowak.pdf"}
LEFT_HEADINGS = {"CONTACT", "SKILLS", "EDUCATION", "CERTIFICATIONS", "LANGUAGES",
                 "LICENCES", "LICENSES", "TOOLS", "KEY SKILLS", "REGISTRATIONS"}


def is_heading(line: str) -> bool:
    if line.lstrip().startswith(("- ", "* ", "• ", "|")):
        return False
    s = line.strip().lstrip("#").strip()
    return bool(s) and (line.startswith("#") or (s.isupper() and len(s) < 45))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_pdf(src: str, out: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    for i, line in enumerate(src.splitlines()):
        if not line.strip():
            pdf.ln(3)
            continue
        if i == 0:
            pdf.set_font("DejaVu", "B", 15)
        elif is_heading(line):
            pdf.set_font("DejaVu", "B", 11)
            pdf.ln(1)
        else:
            pdf.set_font("DejaVu", "", 9.5)
        text = line.lstrip("#").strip()
        if text.startswith(("- ", "* ", "• ")):
            text = "•  " + text[2:]
            pdf.set_x(22)
        pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def two_column_pdf(src: str, out: Path) -> None:
    lines = src.splitlines()
    head, blocks, cur = [], [], None
    for n, line in enumerate(lines):
        if n > 0 and is_heading(line):
            cur = [line.strip().lstrip("#").strip(), []]
            blocks.append(cur)
        elif cur is None:
            head.append(line)
        else:
            cur[1].append(line)
    # DejaVu covers names such as "Poznań" that the built-in Helvetica cannot draw.
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    name = ParagraphStyle("n", fontName="DejaVu-Bold", fontSize=17, leading=21)
    small = ParagraphStyle("s", fontName="DejaVu", fontSize=8.5, leading=11)
    h = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=10, leading=14, spaceBefore=6)
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=8.8, leading=11.5)
    bullet = ParagraphStyle("u", parent=body, leftIndent=9, bulletIndent=0)
    role = ParagraphStyle("r", parent=body, fontName="DejaVu-Bold", spaceBefore=4)
    w, hgt = A4
    m = 14 * mm
    top = Frame(m, hgt - m - 30 * mm, w - 2 * m, 30 * mm, id="top")
    left = Frame(m, m, 58 * mm, hgt - 2 * m - 31 * mm, id="left")
    right = Frame(m + 62 * mm, m, w - 2 * m - 62 * mm, hgt - 2 * m - 31 * mm, id="right")
    doc = BaseDocTemplate(str(out), pagesize=A4, pageTemplates=[
        PageTemplate(id="p", frames=[top, left, right])])
    story = []
    head = [x for x in head if x.strip()]
    story.append(Paragraph(esc(head[0]), name))
    for x in head[1:]:
        story.append(Paragraph(esc(x), small))
    story.append(FrameBreak())

    def emit(block):
        story.append(Paragraph(esc(block[0]), h))
        for x in block[1]:
            if not x.strip():
                story.append(Spacer(1, 3))
            elif x.lstrip().startswith(("- ", "• ")):
                story.append(Paragraph(esc(x.strip()[2:]), bullet, bulletText="•"))
            elif block[0].upper() in ("EXPERIENCE", "WORK HISTORY", "EMPLOYMENT", "CAREER"):
                story.append(Paragraph(esc(x), role))  # a role line: title, employer, dates
            else:
                story.append(Paragraph(esc(x), body))

    for b in blocks:
        if b[0].upper() in LEFT_HEADINGS:
            emit(b)
    story.append(FrameBreak())
    for b in blocks:
        if b[0].upper() not in LEFT_HEADINGS:
            emit(b)
    doc.build(story)


def scanned_pdf(src: str, out: Path) -> None:
    # 150 dpi A4 greyscale page, a little off-white and tilted like a photocopy.
    W, H, margin = 1240, 1754, 110
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 21)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 23)
    pages, img, y = [], None, 0
    wrapped = []
    for line in src.splitlines():
        while len(line) > 88:
            cut = line.rfind(" ", 0, 88)
            wrapped.append(line[:cut])
            line = "   " + line[cut + 1:]
        wrapped.append(line)
    for line in wrapped:
        if img is None or y > H - margin - 40:
            img = Image.new("L", (W, H), 244)
            pages.append(img)
            y = margin
        d = ImageDraw.Draw(img)
        f = bold if is_heading(line) else font
        d.text((margin, y), line.lstrip("#").strip() if is_heading(line) else line, fill=28, font=f)
        y += 31 if line.strip() else 16
    pdf = FPDF(format="A4")
    for img in pages:
        page = img.rotate(0.4, fillcolor=244, resample=Image.BICUBIC)
        buf = io.BytesIO()
        page.save(buf, format="PNG", optimize=True)
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(str(out))


def docx_file(src: str, out: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    lines = src.splitlines()
    i = 0
    first = True
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = "Table Grid"
            for r, cells in enumerate(rows):
                for c, val in enumerate(cells):
                    table.cell(r, c).text = val
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            continue
        if not line.strip():
            pass
        elif first:
            doc.add_heading(line.lstrip("#").strip(), level=1)
            first = False
        elif is_heading(line):
            doc.add_heading(line.lstrip("#").strip(), level=2)
        elif line.lstrip().startswith(("- ", "* ", "• ")):
            doc.add_paragraph(line.strip()[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)
        i += 1
    doc.core_properties.author = "interview-coach evaluation set"
    doc.save(str(out))


def main() -> None:
    # labels.jsonl names every document; build the pdf/docx ones from their .src.txt.
    for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        rel = json.loads(line)["file"]
        out = HERE / rel
        if out.suffix not in (".pdf", ".docx"):
            continue
        src = out.with_suffix(".src.txt").read_text(encoding="utf-8")
        if out.suffix == ".docx":
            docx_file(src, out)
        elif rel in SCANNED:
            scanned_pdf(src, out)
        elif rel in TWO_COLUMN:
            two_column_pdf(src, out)
        else:
            plain_pdf(src, out)


if __name__ == "__main__":
    main()
