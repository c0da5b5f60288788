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
CURRENT = re.compile(r"^(?:present|current|now|today|ongoing|to date|date)$", re.I)


def month_of(text: str | None, *, end: bool = False) -> str | None:
    """'2021-03' from 'Mar 2021', 'March 2021', '03/2021', '2021-03' or '2021' (January, or
    December for an `end`); None for 'Present' or anything that is not a date."""
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
        # A year alone: January when a role starts, December when it ends.
        return f"{m.group(1)}-{12 if end else 1:02d}"
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


# ---------------------------------------------------------------- numbers in names

# A name or code that a number after it belongs to: "HTM 01-05", "ISO/IEC 27001", "BS 7671",
# "LS1 4AB", "Python 3.12" (a capitalised word inside a sentence: a line's first word is most
# often its verb, "Led 14 staff"), "NVQ Level 3", "Band 5", "Section 20", "No. 123456".
_NAMED_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}[A-Z/&-]*|\b[A-Z]+\d[A-Z\d]*|(?<=[\w:,;(] )[A-Z][a-z]+|"
    r"(?i:\b(?:level|grade|class|category|paper|type|part|section|article|schedule|chapter|"
    r"clause|stage|phase|version|release|v|band|tier|module|unit|year|no\.)))\s?$"
)
# Except a score's name: "CSAT 4.8", "NPS 72", "GPA 3.6" are figures.
_SCORE_BEFORE = re.compile(r"\b(?:e?NPS|CSAT|CES|GPA|IELTS|TOEFL|OEE)\s?$")
# A sum, a rate or a multiple is a quantity whatever comes before it ("ARR 40%").
_MONEY_BEFORE = re.compile(r"[£$€¥]\s?$")
_RATE_AFTER = re.compile(r"[\d,.]*\s?(?:%|per ?cent\b|[kmb]n?\b|million\b|billion\b|x\b)", re.I)
_PADDED = re.compile(r"0\d")
_CIRCA = re.compile(r"(?:c|ca|circa|approx)\.", re.I)
NAME_CONTEXT = 40  # characters looked back for a name: a search over the whole line is quadratic


def in_a_name(text: str, start: int) -> bool:
    """True when the number starting at `text[start]` is part of a code or a name, not a
    quantity: "HTM 01-05", "ISO 9001", "F-150", "A320", "JIRA-123", "v2.3", "Python 3.12",
    "Band 5", "SW1A 1AA". Sums, rates and multiples ("£2m", "30%") never are."""
    before = text[max(0, start - NAME_CONTEXT) : start]
    if _MONEY_BEFORE.search(before) or _RATE_AFTER.match(text, start):
        return False
    joined = re.search(r"[\w./+&-]*$", before).group(0)  # written onto the number, no space
    if _CIRCA.fullmatch(joined):
        return False  # "c.50 staff" is about 50
    if re.search(r"[^\W\d_]", joined):
        return True  # letters on the number: "F-150", "A320", "JIRA-123", "v2.3", "LS1"
    # The second number of one token ("01-05", "4.8/5") goes with the first.
    first = start - len(joined) if joined[:1].isdigit() else start
    if _PADDED.match(text, first):
        return True  # a leading zero pads a code ("01", "007"); a count has none
    head = before[: len(before) - len(joined)]
    return bool(_NAMED_BEFORE.search(head)) and not _SCORE_BEFORE.search(head)


# ---------------------------------------------------------------- quantified claims


@dataclass(frozen=True)
class Claim:
    """A number on a résumé line: what was achieved, from what, by how much."""

    text: str
    result: str | None  # the figure achieved ("1.4 %", "1 day"); None for a change alone
    baseline: str | None = None  # where it started ("2.1 %", "5 days")
    change: str | None = None  # the difference or ratio ("0.7 points", "80 %")

    @property
    def outcome(self) -> bool:
        """True when the figure is what came of the work (a change, a rate, a target met),
        not its size ("a bay of 8 patients", "a team of 12", "for 2 weeks", "a £2m budget"),
        which an interviewer asks about as scope, never as something reached."""
        if self.baseline or self.change:
            return True
        result = self.result or ""
        return result.endswith(("%", "per cent", "percent")) or bool(_OUTCOME.search(self.text))


# Words that make a figure a result: a change, a target met, a measure of quality.
_OUTCOME = re.compile(
    r"\b(?:increas|reduc|cut\b|grew|grow|rais|sav(?:e|ed|ing)\b|boost|improv|decreas|lower|"
    r"doubl|tripl|halv|quadrupl|achiev|won\b|win\b|winning|hit\b|exceed|beat|surpass|generat|"
    r"secur|sold|scor|rated|rating|award|ranked|record|recover|collected|resolved|cleared|"
    r"passed|lifted|climb|rose|fell|dropped|shrank|brought|drove|accuracy|satisf|retention|"
    r"conversion|on[\s-]time|under budget|ahead of|first[\s-]time|zero)",
    re.I,
)


_NUM = r"[£$€]?\s?\d[\d,]*(?:\.\d+)?\+?\s?(?:%|per cent|percent|[kmb]n?\b|million|billion)?"
_UNIT = (
    r"(?:\s?(?:%|points?|pts|pp|days?|weeks?|hours?|hrs|minutes?|mins?|seconds?|secs|ms|s|"
    r"months?|people|staff|stores?|sites?|x)\b|(?<=\d)x\b)?"
)
_QUALIFIER = r"(?:(?:over|under|more than|less than|nearly|almost|about|around|top|below|above)\s)?"
_FROM_TO = re.compile(
    rf"\bfrom\s+(?P<base>{_NUM}{_UNIT})\s+(?:\w+\s+){{0,2}}?(?:to|down to|up to|into)\s+"
    rf"(?P<result>{_QUALIFIER}{_NUM}{_UNIT})",
    re.I,
)
_BY = re.compile(rf"\bby\s+(?P<change>{_NUM}{_UNIT})", re.I)
_ANY = re.compile(rf"(?<![\w.]){_QUALIFIER}{_NUM}{_UNIT}", re.I)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_UP = re.compile(r"\b(?:grew|grow|rose|up|increased?|raised|lifted|improved|boosted)\b", re.I)
_DOWN = re.compile(r"\b(?:cut|fell|down|reduced?|reducing|lowered|dropped|decreased?)\b", re.I)
# Words that end the noun after a count: "2,300 flu vaccinations over three seasons".
_NOUN_STOP = re.compile(
    r"^(?:in|on|at|over|for|across|by|from|to|with|within|during|per|a|an|the|and|or|while|"
    r"which|that|who|since|through|using|via|each|every|without)$",
    re.I,
)
MAX_NOUN_WORDS = 3  # "12 client projects", "11 of 12 quarterly goals" (with "of N")


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" ,.")


def _difference(base: str, result: str) -> str | None:
    """'-0.7 points' from 2.1 % → 1.4 %; '-4 days' from 5 days → 1 day; '+£26' from £162 →
    £188 (same unit only)."""
    nb, nr = _number(base), _number(result)
    if nb is None or nr is None:
        return None
    unit_b, unit_r = _unit_word(base), _unit_word(result)
    if unit_r and unit_b.rstrip("s") != unit_r.rstrip("s"):  # "5 days" → "1 day" is one unit
        # Durations in two units are one measure: "from 3 weeks to 4 days" is −17 days, in
        # the result's unit.
        sb, sr = _SECONDS.get(unit_b.lower()), _SECONDS.get(unit_r.lower())
        if sb is None or sr is None:
            return None
        diff = round((nr * sr - nb * sb) / sr, 2)
        sign = "+" if diff > 0 else "-" if diff < 0 else ""
        return f"{sign}{abs(diff):,.10g} {unit_r}"
    diff = round(nr - nb, 6)
    sign = "+" if diff > 0 else "-" if diff < 0 else ""
    money = re.match(r"[£$€]", base.strip())
    decimals = 2 if money and "." in base else None
    size = f"{abs(diff):,.{decimals}f}" if decimals else f"{abs(diff):,.10g}"
    text = f"{sign}{money.group(0) if money else ''}{size}"
    if unit_b in ("%", "per cent", "percent"):
        return f"{text} points"
    if unit_b in ("x", "k", "m", "bn", "K", "M"):
        return f"{text}{unit_b}"
    return f"{text} {unit_b}".rstrip()


_SECONDS = {
    **dict.fromkeys(("ms", "millisecond", "milliseconds"), 0.001),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1.0),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), 60.0),
    **dict.fromkeys(("hr", "hrs", "hour", "hours"), 3600.0),
    **dict.fromkeys(("day", "days"), 86400.0),
    **dict.fromkeys(("week", "weeks"), 604800.0),
}


def _unit_word(value: str) -> str:
    """The unit as written after the number: '%', 'minutes', 'x', 'k'; '' for none."""
    m = re.search(r"\d\+?\s?([A-Za-z%]+(?:\s[a-z]+)?)?\s*$", value)
    return (m.group(1) or "") if m else ""


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
    """The first quantified claim in one résumé line, or None when it has no figure."""
    claims = claims_of(line)
    return claims[0] if claims else None


def claims_of(line: str) -> list[Claim]:
    """Every quantified claim in a résumé line, one per clause."""
    out: list[Claim] = []
    # (Not after "No.": "No. 123456" is one name.)
    for clause in re.split(r";\s*|,\s+(?=[a-z])|\s+and\s+(?=[a-z]+ed\b)|(?<!\bNo)\.\s+", line):
        claim = _clause_claim(clause.strip())
        if claim is not None:
            out.append(claim)
    return out


def _clause_claim(clause: str) -> Claim | None:
    m = _FROM_TO.search(clause)
    if m:
        base, result = _tidy(m.group("base")), _tidy(m.group("result"))
        word = base.split()[-1] if " " in base else ""
        if word.isalpha() and not re.search(r"[a-z%x]$", result, re.I):
            # "from 45 minutes to 8": 8 minutes; "from 5 days to 1": 1 day.
            one = re.fullmatch(r"1|one", result, re.I) and word.endswith("s")
            result = f"{result} {word[:-1] if one else word}"
        by = _BY.search(clause)
        change = _tidy(by.group("change")) if by else _difference(base, result)
        return Claim(text=clause, result=result, baseline=base, change=change)
    figures = [
        f
        for f in _ANY.finditer(clause)
        if not _YEAR.match(_tidy(f.group(0)))
        and not _is_date(clause, f)
        and not in_a_name(clause, f.start() + re.search(r"\d", f.group(0)).start())
    ]
    if not figures:
        # "lost-time injuries down to zero", "zero RIDDOR-reportable incidents".
        none = _ZERO.search(clause)
        if none is None:
            return None
        if none.group("after"):
            return Claim(text=clause, result="zero")
        return Claim(text=clause, result=_with_noun("zero", clause[none.end() :]))
    first = figures[0]
    value = _tidy(first.group(0))
    by = _BY.search(clause)
    percent = value.endswith(("%", "per cent", "percent"))
    before = clause[: first.start()]
    if (by and by.start() <= first.start() <= by.end()) or (percent and _UP.search(before)):
        sign = "-" if _DOWN.search(before) else "+"
        return Claim(text=clause, result=None, change=f"{sign}{value.lstrip('+-')}")
    if percent and _DOWN.search(before):
        return Claim(text=clause, result=None, change=f"-{value}")
    if not _unit(value) and not re.match(r"[£$€]", value) and not percent:
        value = _with_noun(value, clause[first.end() :])
    return Claim(text=clause, result=value)


# Nothing left is a result too: "down to zero", "zero lost-time incidents".
_ZERO = re.compile(
    r"\b(?:(?P<after>(?:down|cut|reduced|fell|dropped|brought) to)\s+(?:zero|nil|none)\b|"
    r"zero(?=\s+[a-z]))",
    re.I,
)


def _with_noun(value: str, after: str) -> str:
    """'2,300 flu vaccinations' from '2,300' and ' flu vaccinations over three seasons'."""
    words: list[str] = []
    tokens = after.split()
    i = 0
    while i < len(tokens) and len(words) < MAX_NOUN_WORDS:
        word = tokens[i].strip(",.;:()")
        if word.lower() == "of" and i + 1 < len(tokens) and re.match(r"\d", tokens[i + 1]):
            words += [word, tokens[i + 1].strip(",.;:()")]  # "11 of 12 quarterly goals"
            i += 2
            continue
        if not word or _NOUN_STOP.match(word) or not re.match(r"[A-Za-z]", word):
            break
        words.append(word)
        if tokens[i][-1:] in ",.;:)":
            break
        i += 1
    return " ".join([value, *words])


def _is_date(clause: str, m: re.Match[str]) -> bool:
    """'since 2021', 'Jan 2023': a year or a date is not a result."""
    return bool(re.match(r"\s*(?:19|20)\d{2}\b", clause[m.start() :])) and not m.group(
        0
    ).strip().endswith("%")
