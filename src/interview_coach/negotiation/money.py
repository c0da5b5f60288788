"""Money as people say it in a negotiation: "90k", "$90,000/yr", "95,000 a year", "45 an hour",
"ninety-five thousand", "$100K base". Every figure becomes dollars a year.

Only figures that can be pay are read: a number with a currency sign, "k" or "thousand", a
yearly or hourly unit, or one of 10,000 or more. Years, percentages, days and counts are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HOURS_A_YEAR = 2080  # the survey's own conversion: 40 hours × 52 weeks

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD = r"(?:" + "|".join(_UNITS) + r"|hundred|and|a)"
_SPELLED = re.compile(
    rf"\b((?:{_WORD}[\s-]+)*(?:{'|'.join(_UNITS)}|hundred)[\s-]+(?:thousand|grand))\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"(?P<cur>[$£€])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<mult>k|K|thousand|grand|m\b|million)?"
    r"(?P<unit>\s*(?:/|an?|per)\s*(?:yr|year|annum|hour|hr|h)\b)?",
    re.IGNORECASE,
)
_HOURLY = re.compile(r"(hour|hr|\bh\b)", re.IGNORECASE)
# "85-95k", "between 85 and 95k": the first number shares the second's "k".
_RANGE_K = re.compile(
    r"(?P<cur>[$£€])?(?P<low>\d{2,3})\s*(?:-|–|to|and)\s*[$£€]?\d{2,3}\s?(?:k|K|thousand)\b"
)
# A figure for something other than base pay: a bonus, a budget, equity.
_NOT_BASE = re.compile(
    r"^\W{0,3}(\w+\W+){0,2}(signing|sign-on|bonus|relocation|budget|stipend|equity|stock|"
    r"rsus?|allowance|training)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    annual: float  # dollars a year
    start: int
    end: int
    text: str
    hourly: bool = False


def _spelled_value(text: str) -> float | None:
    """ "ninety-five thousand" -> 95000; "a hundred and ten thousand" -> 110000."""
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    total, current = 0, 0
    for w in words:
        if w in ("a", "and", ""):
            current = current or (1 if w == "a" else 0)
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "grand"):
            total += (current or 1) * 1000
            current = 0
    value = total + current
    return float(value) if value else None


def figures(text: str) -> list[Figure]:
    """Every pay figure in `text`, in order, as dollars a year."""
    out: list[Figure] = []
    for m in _SPELLED.finditer(text):
        value = _spelled_value(m.group(1))
        if value and value >= 10_000:
            out.append(Figure(value, m.start(), m.end(), m.group(0)))
    for m in _RANGE_K.finditer(text):
        low = float(m.group("low")) * 1000
        out.append(Figure(low, m.start("low"), m.end("low"), m.group("low") + "k"))
    taken = [(f.start, f.end) for f in out]
    for m in _FIGURE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        raw = float(m.group("num").replace(",", ""))
        mult = (m.group("mult") or "").lower()
        unit = m.group("unit") or ""
        after = text[m.end() : m.end() + 12].lower()
        if mult in ("k", "thousand", "grand"):
            raw *= 1000
        elif mult in ("m", "million"):
            raw *= 1_000_000
        hourly = bool(_HOURLY.search(unit)) or bool(re.match(r"\s*(an|per|/)\s*h", after))
        if hourly and raw < 1000:
            out.append(Figure(raw * HOURS_A_YEAR, m.start(), m.end(), m.group(0).strip(), True))
            continue
        if m.group("num").isdigit() and 1900 <= raw <= 2100 and not (m.group("cur") or mult):
            continue  # a year
        if re.match(r"\s*(%|percent|per cent|days?|weeks?|months?|years?|hours? a week)", after):
            continue
        if _NOT_BASE.match(text[m.end() : m.end() + 40]):
            continue  # "$10k signing bonus": a lever, not the base
        if raw >= 10_000:
            out.append(Figure(raw, m.start(), m.end(), m.group(0).strip()))
    out = sorted(out, key=lambda f: f.start)
    return sorted(out + _shorthand(text, out), key=lambda f: f.start)


# A bare number beside a full figure takes its scale: "$88,000, but I could do 82", "$25 an
# hour, though $24 would be fine".
_BARE = re.compile(r"(?<![\d,.$£€])[$£€]?(\d{2,3}(?:\.\d{1,2})?)(?!\d|[,.]\d|\s?(?:k|thousand|"
                   r"grand|years?|days?|weeks?|months?|hours? a week|percent|per cent|people|"
                   r"%))", re.IGNORECASE)  # fmt: skip


def _shorthand(text: str, full: list[Figure]) -> list[Figure]:
    if not full:
        return []
    out = []
    taken = [(f.start, f.end) for f in full]
    for m in _BARE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        value = float(m.group(1))
        for f in full:
            scale = HOURS_A_YEAR if f.hourly else 1000.0
            base = f.annual / scale
            if 0.6 * base <= value <= 1.6 * base:
                out.append(Figure(value * scale, m.start(), m.end(), m.group(0), f.hourly))
                break
    return out


def first_figure(text: str) -> Figure | None:
    found = figures(text)
    return found[0] if found else None
