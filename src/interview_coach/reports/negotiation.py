"""The negotiation report, as a self-contained HTML page (Jinja) or a PDF (ReportLab): the
outcome against the market, each mistake with what to say instead, and the conversation."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from interview_coach.reports.interview import _templates


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 11th, 53rd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def deal_line(result: dict[str, Any]) -> str:
    """The outcome in a sentence, in the job's currency: "Deal: £41,500 base (first offer
    £41,000); a year's total value £45,500; the 40th percentile of the market." """
    from interview_coach.negotiation.money import US_CURRENCY, money

    out = result["outcome"]
    currency = out.get("currency", US_CURRENCY)  # a result kept before currencies: dollars
    pct = ""
    if out["percentile"] is not None:
        pct = f"; the {ordinal(round(out['percentile']))} percentile of the market"
    return (
        f"{'Deal' if out['agreed'] else 'No deal'}: {money(out['base'], currency)} base (first "
        f"offer {money(out['first_offer'], currency)}); a year's total value "
        f"{money(out['total_value'], currency)}{pct}."
    )


def render_html(result: dict[str, Any]) -> str:
    template = _templates().get_template("negotiation_report.html")
    return template.render(r=result, ordinal=ordinal, deal=deal_line(result))


def _atomic(path: Path, data: bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=path.suffix + ".part")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
    return path


def write_html(result: dict[str, Any], path: Path) -> Path:
    return _atomic(path, render_html(result).encode("utf-8"))


def write_pdf(result: dict[str, Any], path: Path) -> Path:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()

    def p(text: str, style: str = "BodyText") -> Paragraph:
        return Paragraph(escape(text), styles[style])

    market = result["market"]
    story = [p("Negotiation report" + (f": {market['occupation']}" if market else ""), "Title")]
    story.append(p(f"Score: {result['score']}/100", "Heading2"))
    story.append(p(deal_line(result)))
    if market:
        story.append(p("Market range", "Heading2"))
        story.append(p(
            f"{market['occupation']} ({market['soc']}), {market['area']}: "
            + ", ".join(f"{k} ${market[k]:,.0f}" for k in ("p10", "p25", "median", "p75", "p90")
                        if market.get(k) is not None)
            + f". {market['source']}."
        ))  # fmt: skip
    story.append(p("Mistakes, and what to say instead", "Heading2"))
    items = [
        p(m["message"] + (f' — "{m["evidence"]["text"]}"' if m["evidence"] else ""))
        for m in result["mistakes"]
    ]
    story.append(ListFlowable(items, bulletType="1") if items else p("None found."))
    story.append(p("The conversation", "Heading2"))
    for t in result["turns"]:
        who = "Recruiter" if t["speaker"] == "counterpart" else "You"
        story.append(p(f"{who}: {t['text']}"))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".pdf.part")
    os.close(fd)
    SimpleDocTemplate(tmp, pagesize=A4, title="Negotiation report").build(story)
    os.replace(tmp, path)
    return path
