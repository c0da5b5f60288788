"""Dates and numbers on a résumé: role dates as `YYYY-MM`, years of experience from them, and
quantified claims with the baseline, the result and the change kept apart.

"Cut shrink from 2.1 % to 1.4 %" is a result of 1.4 %, from a baseline of 2.1 %, a change of
0.7 points: the baseline is never read as the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
CURRENT = re.compile(r"^(?:present|current|now|today|ongoing|to date)$", re.I)


def month_of(text: str | None) -> str | None:
    """'2021-03' from 'Mar 2021', 'March 2021', '03/2021', '2021-03' or '2021' (January);
    None for 'Present' or anything that is not a date."""
    if not text:
        return None
    t = text.strip().strip("().").lower()
    if CURRENT.match(t):
        return None
    m = re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", t)
    if m:
        key = m.group(1)[:3]
        month = _MONTHS.get(key) or _SEASONS.get(m.group(1))
        return f"{m.group(2)}-{month:02d}" if month else None
    m = re.fullmatch(r"(\d{1,2})[/.](\d{4})", t)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m and 1 <= int(m.group(2)) <= 12:
        return t
    m = re.fullmatch(r"(\d{4})", t)
    if m:
        return f"{m.group(1)}-01"
    return None


def years_of_experience(spans: list[tuple[str, str | None]], today: date | None = None) -> float:
    """Years covered by roles (start, end-or-None), overlapping months counted once; a current
    role counts up to this month."""
    today = today or date.today()
    now = today.year * 12 + today.month - 1
    months: set[int] = set()
    for start, end in spans:
        a = _index(start)
        b = _index(end) if end else now
        if a is None or b is None or b < a:
            continue
        months.update(range(a, b + 1))
    return round(len(months) / 12, 1)


def _index(month: str | None) -> int | None:
    if not month:
        return None
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


# ---------------------------------------------------------------- quantified claims


@dataclass(frozen=True)
class Claim:
    """A number on a résumé line: what was achieved, from what, by how much."""

    text: str
    result: str  # the figure achieved ("1.4 %", "1 day", "£2.3m")
    baseline: str | None = None  # where it started ("2.1 %", "5 days")
    change: str | None = None  # the difference or ratio ("0.7 points", "80 %")


_NUM = r"[£$€]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|per cent|percent|[kmb]n?\b|million|billion)?"
_UNIT = r"(?:\s?(?:%|points?|pts|pp|days?|weeks?|hours?|hrs|minutes?|mins|seconds?|secs|"
_UNIT += r"months?|people|staff|stores?|sites?|x)\b)?"
_FROM_TO = re.compile(
    rf"\bfrom\s+(?P<base>{_NUM}{_UNIT})\s+(?:to|down to|up to|into)\s+(?P<result>{_NUM}{_UNIT})",
    re.I,
)
_BY = re.compile(rf"\bby\s+(?P<change>{_NUM}{_UNIT})", re.I)
_ANY = re.compile(rf"(?<![\w.]){_NUM}{_UNIT}", re.I)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" ,.")


def _difference(base: str, result: str) -> str | None:
    """'0.7 points' from 2.1 % → 1.4 %; '4 days' from 5 days → 1 day (same unit only)."""
    nb, nr = _number(base), _number(result)
    if nb is None or nr is None:
        return None
    unit_b, unit_r = _unit(base), _unit(result)
    if unit_b != unit_r and unit_r:
        return None
    diff = abs(nb - nr)
    text = f"{diff:.10g}"
    if unit_b == "%":
        return f"{text} points"
    return f"{text} {unit_b}".strip()


def _number(value: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", value)
    return float(m.group(0).replace(",", "")) if m else None


def _unit(value: str) -> str:
    m = re.search(r"(%|per cent|percent|points?|days?|weeks?|hours?|months?|x)\s*$", value, re.I)
    if not m:
        return ""
    unit = m.group(1).lower()
    return "%" if unit in ("%", "per cent", "percent") else unit.rstrip("s")


def claim_of(line: str) -> Claim | None:
    """The quantified claim in one résumé line, or None when it has no figure."""
    m = _FROM_TO.search(line)
    if m:
        base, result = _tidy(m.group("base")), _tidy(m.group("result"))
        by = _BY.search(line)
        change = _tidy(by.group("change")) if by else _difference(base, result)
        return Claim(text=line, result=result, baseline=base, change=change)
    figures = [_tidy(f.group(0)) for f in _ANY.finditer(line) if not _YEAR.match(_tidy(f.group(0)))]
    if not figures:
        return None
    by = _BY.search(line)
    if by:
        change = _tidy(by.group("change"))
        rest = [f for f in figures if f != change]
        return Claim(text=line, result=rest[0] if rest else change, change=change)
    return Claim(text=line, result=figures[0])
