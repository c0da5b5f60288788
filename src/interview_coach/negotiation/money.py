"""Money as people say it in a negotiation: "90k", "$90,000/yr", "95,000 a year", "45 an hour",
"ninety-five thousand", "$100K base", "2,400 euros a month", "6 lakh a year". Every figure
becomes a year's pay; one in another currency stays in it (no rates are shipped to convert it).

Only figures that can be pay are read: a number with a currency sign, "k" or "thousand", a
yearly or hourly unit, or one of 10,000 or more. Years, percentages, days and counts are not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

HOURS_A_YEAR = 2080  # the survey's own conversion: 40 hours × 52 weeks
# The currency the negotiation tools assume: the wage survey's, and US benefits' (401(k)).
US_CURRENCY = "USD"
# How a sum in each currency a job description may name is written; another is written with
# its code ("CHF 41,500"), and a sum in no known currency with none ("41,500").
SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹", "CAD": "C$", "AUD": "A$",
           "NZD": "NZ$", "SGD": "S$", "HKD": "HK$"}  # fmt: skip


def money(value: float, currency: str | None = US_CURRENCY, *, cents: bool = False) -> str:
    """A sum as it is written in its currency: "$41,500", "£41,500", "€19.75" (`cents`)."""
    amount = f"{value:,.2f}" if cents else f"{value:,.0f}"
    if not currency:
        return amount
    symbol = SYMBOLS.get(currency.upper())
    return f"{symbol}{amount}" if symbol else f"{currency.upper()} {amount}"


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD = r"(?:" + "|".join(_UNITS) + r"|hundred|and|a)"
# "a hundred and twenty-five thousand": up to six words before "thousand", so a long run of
# number words is scanned once, not once per word.
_SPELLED = re.compile(
    rf"\b((?:{_WORD}[\s-]+){{0,6}}(?:{'|'.join(_UNITS)}|hundred)[\s-]+(?:thousand|grand))\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"(?P<cur>[$£€])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<mult>k(?![a-z])|thousand|grand|m\b|million|lakhs?\b|lacs?\b)?"  # not "300 km"
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


_INCLUDING = re.compile(r"\W{0,3}(?:including|incl\.?|inc\.?|with|plus)\b", re.IGNORECASE)


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


# A bare number in a talk about pay ("could we do 112?") is thousands a year when that lands
# within this share of the figure under discussion (the offer, or the market's median).
NEAR_LOW, NEAR_HIGH = 0.4, 2.5
# What introduces a bare number as a sum: "could we do 112", "pay me 90", "or even 51".
_AS_A_SUM = re.compile(
    r"\b(?:do|make it|to|at|around|about|near|nearer|closer to|for|is|was|of|me|want|need|ask|"
    r"asking|take|accept|expecting|expect|say|maybe|even|or|be|like|than|over|under|above|"
    r"consider|request|propose|suggest|land at|settle at|thinking|targeting|aiming|aim|"
    r"below|least|most|on|till|until|up to|would|could|then|so|honestly|frankly|really|though|"
    r"probably|with|but|pero|current|present|existing|go|put|if|call it|i mean|"
    # A sum named as what they could pay or what one believes: "you can give 32?", "I believe
    # 150 is right"; or asked for in few words: "Can 28?".
    r"can|give|giving|pay|paying|offer|offering|think|believe|reckon|guess|figuring|figurin'?|"
    r"figured|"
    # Pay one has: "I was making 74", "currently drawing 138".
    # (With "the" between: "more than the 52 I'd have settled for".)
    r"making|earning|drawing|getting|clearing|netting|grossing|paid)[\s,]+(?:the\s+)?[$£€]?$"
    r"|['’]s\s+[$£€]?$"  # "right now it's 88"
    r"|(?:^|[.!?])[^\w$£€]*[$£€]?$",  # a sentence that is the number: "71.", "155 base."
    re.IGNORECASE,
)
# What may follow a bare number that is pay: an end, a pause or a small word, not a noun.
_BARE_NEXT = re.compile(
    r"\s*(?:$|[.,;:!?)]|[—–-](?!\w)|-ish\b|['’]d\b|(?:or|and|but|would|will|is|was|should|could|"
    r"then|though|if|for|"
    r"base|salary|total|plus|with|at|as|to|instead|now|right|please|even|max|minimum|tops|"
    r"at least|all in|or so|ish|be|work|possible|i|i'd|i'll|i'm|i would|given|because|since|"
    r"considering|after|also|too|on (?:the )?base|including|inclusive)(?![\w'’]))",
    re.IGNORECASE,
)
# A bare number that something is said to do is a sum, whatever comes before it: "Heck, 68
# would do it too", "if 55 is too much, 52 is fine also".
_ACCEPTED_AFTER = re.compile(
    # In speech the verb may go ("if no, 27 also okay") or be said "coulda" ("55 coulda still
    # work").
    r"\s*(?:also\s+|too\s+)?(?:(?:fine|okay|ok|alright)\b|(?:would|will|'d|could|coulda|can)?\s*"
    # (An adverb may stand between: "45 would honestly be fine too".)
    r"(?:(?:honestly|really|probably|totally|also|still|actually|definitely)\s+)?"
    r"(?:do|work|be (?:also )?(?:fine|okay|ok|"
    r"good|alright)|is (?:also )?(?:fine|okay|ok|good|alright|right|correct|fair|about right)|"
    r"works|does it)\b)",
    re.IGNORECASE,
)
# An hourly rate just after a number makes it one too: "$34 to $36 an hour".
_HOURLY_SOON = re.compile(
    r"[^.!?\d]{0,12}[$£€]?\d+(?:\.\d+)?\s*(?:/|an?|per)\s*(?:hour|hr)\b", re.I
)
# What a large bare number counts, when it is not money: "60,000 object records", "12,000
# patients a year".
_COUNTED = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:records?|objects?|items?|units?|files?|patients?|people|customers?|"
    r"calls?|meals?|orders?|parts?|pieces?|boxes|pallets?|miles?|cases?|tickets?|visits?|"
    r"students?|members?|users?|square feet|sq ft|feet|tons?|tonnes?|gallons?|litres?|liters?|"
    r"acres?|trees|cars|vehicles|homes|rows|lines|accounts|claims|loans|transactions|"
    r"shipments|deliveries|samples|tests|scans|procedures)\b",
    re.IGNORECASE,
)
# A week's pay said as such ("1,100 a week") is paid every week of the year.
WEEKS_A_YEAR = 52
# How a period is said after a sum: "1,100 a week", "3,800 one month", "6,800 per month".
_PER = r"(?:/|a|one|per|each|every)"
# …or with "the": "1,150 for the week", "310 the day".
_PER_THE = rf"(?:{_PER}|(?:for\s+)?the)"
_WEEKLY = re.compile(rf"\s*(?:{_PER_THE}\s*(?:week|wk)|weekly)\b", re.IGNORECASE)
# Pay every second week ("1,900 every two weeks", "2,100 each two weeks") comes 26 times a year.
PAYS_A_YEAR_BIWEEKLY = 26
_BIWEEKLY = re.compile(
    r"\s*(?:(?:/|a|per|each|every)\s*(?:two|2) weeks|biweekly|bi-weekly|(?:a|per|each|every) "
    r"fortnight|fortnightly)\b",
    re.IGNORECASE,
)
# Currency said as a word after a number: "19 dollar", "17 dollah", "22 quid an hour",
# "3,500 reais a month".
_DOLLAR_WORDS = r"(?:dollars?|dollah|bucks)"
_MONEY_WORDS = (
    rf"(?:{_DOLLAR_WORDS}|pounds?|quid|euros?|reais|reals?|rand|rupees?|pesos?|dirhams?|"
    r"naira|shillings?|francs?|zloty|yen|yuan|ringgit|rupiah|lei|lira)"
)
# The word is skipped to find the period said after it: "2,400 euros a month".
_SAID_IN = re.compile(rf"\s*{_MONEY_WORDS}\b", re.IGNORECASE)


def _period_after(text: str, end: int) -> str:
    """What follows a sum, past a currency said as a word: the period it is paid for."""
    said_in = _SAID_IN.match(text, end)
    start = said_in.end() if said_in else end
    return text[start : start + 24]  # not the whole rest of a long line, once per number


# A lakh is a hundred thousand ("6 lakh a year"), as pay is said in South Asia.
LAKH = 100_000
# A sum said in dollars with no period and under this is an hourly rate ("they have me at 19
# dollar"): no yearly or monthly pay is that small.
DOLLARS_AN_HOUR_AT_MOST = 200
# A month's pay said as such ("6,800 per month") is a twelfth of the year's.
_MONTHLY = re.compile(rf"\s*(?:{_PER_THE}\s*(?:month|mo)|monthly)\b", re.IGNORECASE)
# A day's pay said as such ("310 a day, five day a week") is paid on every working day: the
# 260 a year that the recruiter's leave is priced at too.
DAYS_A_YEAR = 260
_DAILY = re.compile(rf"\s*{_PER_THE}\s*(?:day|shift)\b(?!\s*per diem)", re.IGNORECASE)
DAY_RATE = (50, 3000)  # a day's pay lies within these dollars
# A bare sum with cents ("they had me at 18.25") is an hourly rate: no yearly or monthly pay
# is said to the cent that small.
_CENTS = re.compile(r"\d{1,3}\.\d{2}")
HOURLY_AT_LEAST = 7
# Dollars an hour said in words: "twenty-five an hour", "forty-four fifty an hour" (four words
# at most, so a long run of number words costs a linear scan).
_SPELLED_HOURLY = re.compile(
    rf"\b((?:{'|'.join(_UNITS)})(?:[\s-]+(?:{'|'.join(_UNITS)})){{0,3}})\s+"
    rf"(?:{_MONEY_WORDS}\s+)?"
    r"(?:an|per|a|the|/|for (?:one|an|each|every|the))\s*(?:hour|hr)\b",
    re.IGNORECASE,
)

# A week's or a month's pay said in words: "nine-fifty a week" (950), "twelve hundred a week",
# "nine and a half a month" (9,500: a month's pay said in thousands without the word).
_SPELLED_PERIOD = re.compile(
    rf"\b((?:{'|'.join(_UNITS)})(?:[\s-]+(?:{'|'.join(_UNITS)}|hundred|and|a|half)){{0,4}})\s+"
    r"(?:a|per|each|every)\s+(week|month)\b",
    re.IGNORECASE,
)
# A month's pay said as a bare number of thousands lies within these ("nine and a half").
MONTH_THOUSANDS = (2, 30)


def _period_words(words: str, period: str) -> float | None:
    """The year's pay of a week's or a month's pay said in words, or None."""
    core, half = re.subn(r"\s+and\s+a\s+half$", "", words.strip(), flags=re.IGNORECASE)
    said = [_UNITS.get(w) for w in re.split(r"[\s-]+", core.lower()) if w]
    if len(said) == 2 and None not in said and said[0] < 20 and said[1] >= 10:
        value: float | None = said[0] * 100 + said[1]  # "nine-fifty": nine hundred and fifty
    else:
        value = _spelled_value(core)  # "seven", "twelve hundred", "forty-five hundred"
    if value is None:
        return None
    if period.lower() == "week":
        return value * WEEKS_A_YEAR if not half and 100 <= value < 10_000 else None
    if value < 100:  # "nine and a half a month": thousands
        lo, hi = MONTH_THOUSANDS
        value += 0.5 * half
        return value * 1000 * 12 if lo <= value <= hi else None
    return value * 12 if 1000 <= value < 100_000 and not half else None


class Covered:
    """Whether a position falls inside any of some spans, by bisection: a line of thousands of
    figures is read in n log n, not n squared."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans begun so far
        for _, e in ordered:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._reach[k]


def figures(text: str, near: float | None = None, by_hour: bool = False) -> list[Figure]:
    """Every pay figure in `text`, in order, as dollars a year. With `near` (the yearly figure
    the talk is about), a bare number that is plausibly thousands of it counts too; where the
    talk is `by_hour` ("I want 34 dollars per hour… I ask 36"), a bare number under
    `DOLLARS_AN_HOUR_AT_MOST` is an hourly rate instead."""
    out: list[Figure] = []
    for m in _SPELLED_HOURLY.finditer(text):
        hourly = _hourly_words(m.group(1))
        if hourly:
            out.append(Figure(hourly * HOURS_A_YEAR, m.start(), m.end(), m.group(0), True))
    for m in _SPELLED.finditer(text):
        value = _spelled_value(m.group(1))
        if value and value < 10_000 and _MONTHLY.match(_period_after(text, m.end())):
            value *= 12  # "about five grand a month"
        if value and value >= 10_000:
            out.append(Figure(value, m.start(), m.end(), m.group(0)))
    # (A loop's own figures never cover its later matches, which begin after them.)
    covered = Covered((f.start, f.end) for f in out)
    for m in _SPELLED_PERIOD.finditer(text):
        annual = _period_words(m.group(1), m.group(2))
        if annual and m.start() not in covered:
            out.append(Figure(annual, m.start(), m.end(), m.group(0)))
    covered = Covered((f.start, f.end) for f in out)
    for m in _RANGE_K.finditer(text):
        if m.start() in covered:
            continue
        low = float(m.group("low")) * 1000
        out.append(Figure(low, m.start("low"), m.end("low"), m.group("low") + "k"))
    covered = Covered((f.start, f.end) for f in out)
    numbers = list(_FIGURE.finditer(text))  # read once: the bare thousands below look again
    for m in numbers:
        if m.start() in covered:
            continue
        raw = float(m.group("num").replace(",", ""))
        mult = (m.group("mult") or "").lower()
        unit = m.group("unit") or ""
        after = text[m.end() : m.end() + 20].lower()
        if mult in ("k", "thousand", "grand"):
            raw *= 1000
        elif mult in ("m", "million"):
            raw *= 1_000_000
        elif mult.startswith(("lakh", "lac")):
            raw *= LAKH
        hourly = bool(_HOURLY.search(unit)) or bool(
            re.match(rf"\s*{_MONEY_WORDS}?\s*(an|per|/|the|for (?:one|an|each|every))\s*h", after)
        )  # "17 dollar per hour", "14 the hour"
        hourly = hourly or bool(
            not mult
            and raw < DOLLARS_AN_HOUR_AT_MOST
            and re.match(rf"\s*{_DOLLAR_WORDS}\b(?!\s*(?:a|per|each|every)\s*(?:week|"
                         r"month|year|day))", after)
        )  # fmt: skip
        if hourly and raw < 1000:
            out.append(Figure(raw * HOURS_A_YEAR, m.start(), m.end(), m.group(0).strip(), True))
            continue
        period = _period_after(text, m.end())
        if _MONTHLY.match(period):  # "6,800 per month", "5k a month"
            if raw * 12 >= 1000 and raw < 100_000:
                out.append(Figure(raw * 12, m.start(), m.end(), m.group(0).strip()))
            continue
        if _BIWEEKLY.match(period):
            if 100 <= raw < 20_000:  # "about 1,900 every two weeks"
                annual = raw * PAYS_A_YEAR_BIWEEKLY
                out.append(Figure(annual, m.start(), m.end(), m.group(0).strip()))
            continue
        if _WEEKLY.match(period):
            if 100 <= raw < 10_000:  # "about 1,100 a week"
                out.append(Figure(raw * WEEKS_A_YEAR, m.start(), m.end(), m.group(0).strip()))
            continue
        if _DAILY.match(period):
            if DAY_RATE[0] <= raw < DAY_RATE[1]:  # "mi get 310 a day"
                out.append(Figure(raw * DAYS_A_YEAR, m.start(), m.end(), m.group(0).strip()))
            continue
        if m.group("num").isdigit() and 1900 <= raw <= 2100 and not (m.group("cur") or mult):
            continue  # a year
        if re.match(r"\s*(%|percent|per cent|days?|weeks?|months?|years?|hours? a week)", after):
            continue
        rest = text[m.end() : m.end() + 40]
        if _NOT_BASE.match(rest) and not _INCLUDING.match(rest):
            continue  # "$10k signing bonus": a lever, not the base ("182,000 including RSU" is)
        if not (m.group("cur") or mult) and _COUNTED.match(after):
            continue  # "I've moved 60,000 object records": a count, not a sum
        if _CENTS.fullmatch(m.group("num")) and HOURLY_AT_LEAST <= raw < DOLLARS_AN_HOUR_AT_MOST:
            out.append(Figure(raw * HOURS_A_YEAR, m.start(), m.end(), m.group(0).strip(), True))
            continue
        if raw >= 10_000:
            out.append(Figure(raw, m.start(), m.end(), m.group(0).strip()))
    out = sorted(out, key=lambda f: f.start)
    out = sorted(out + _shorthand(text, out), key=lambda f: f.start)
    if near and (by_hour or any(f.hourly for f in out)):  # a line said by the hour is a talk by it
        out = sorted(out + _rates(text, numbers, out), key=lambda f: f.start)
    elif near and not any(f.hourly for f in out):
        out = sorted(out + _thousands(text, numbers, out, near), key=lambda f: f.start)
    return out


def talks_by_hour(texts: Iterable[str], before: bool = False) -> bool:
    """Whether a talk is by the hour after these lines: the last figure said with its period
    was an hourly rate ("I want 34 dollars per hour… I ask 36"); `before`, where no line
    says a figure with its period."""
    for text in texts:
        periods = [f.hourly for f in figures(text)]
        before = periods[-1] if periods else before
    return before


def _rates(text: str, numbers: list[re.Match[str]], found: list[Figure]) -> list[Figure]:
    """Bare numbers that are dollars an hour in a talk by the hour: "I ask 36", "Thirty or I
    ain't leaving", "if 35 is better for you"."""
    out = []
    bare = [(m.start(), m.end(), m.group(0), _hourly_words(m.group(1))) for m in
            _SPELLED_SMALL.finditer(text)]  # fmt: skip
    bare += [
        (m.start("num"), m.end(), m.group(0).strip(), float(m.group("num").replace(",", "")))
        for m in numbers
        if not (m.group("mult") or m.group("unit"))
    ]
    covered = Covered((f.start, f.end) for f in found)
    for start, end, said, value in bare:
        if (
            value is not None
            and 5 <= value < DOLLARS_AN_HOUR_AT_MOST
            and start not in covered
            and (
                (_AS_A_SUM.search(text[max(0, start - 30) : start]) and _BARE_NEXT.match(text, end))
                or _ACCEPTED_AFTER.match(text, end)  # "if you cannot, seventeen is okay"
            )
        ):
            out.append(Figure(value * HOURS_A_YEAR, start, end, said, True))
    return out


# Two or three number words with no "thousand": "Seventy-two.", "Ninety-five, or I walk".
_SPELLED_SMALL = re.compile(
    rf"\b((?:{'|'.join(_UNITS)})(?:[\s-]+(?:{'|'.join(_UNITS)})){{0,1}})\b"
    r"(?![\s-]*(?:thousand|grand|hundred|an hour|per hour|a month|years?|days?|weeks?|months?|"
    r"people|percent|per cent|%))",
    re.IGNORECASE,
)


# A hundred and more said in words with no "thousand": "somewheres around a hundred and five".
_SPELLED_HUNDREDS = re.compile(
    rf"\b(?:a|one) hundred(?:[\s-]+and)?((?:[\s-]+(?:{'|'.join(_UNITS)})){{0,2}})\b"
    r"(?![\s-]*(?:thousand|grand|an hour|per hour|a month|years?|days?|weeks?|months?|people|"
    r"percent|per cent|%))",
    re.IGNORECASE,
)


def _thousands(
    text: str, numbers: list[re.Match[str]], found: list[Figure], near: float
) -> list[Figure]:
    """Bare numbers that are thousands a year in a talk about `near` a year: "could we do
    112?", "they pay me 90 right now", "110 a year", "Seventy-two."; not "45 people" or "$34
    to $36 an hour"."""
    out = []
    for m in _SPELLED_HUNDREDS.finditer(text):
        rest = _spelled_value(m.group(1)) if m.group(1).strip() else 0.0
        value = 100 + (rest or 0.0)
        if (
            rest is not None
            and value < 200
            and NEAR_LOW * near <= value * 1000 <= NEAR_HIGH * near
            and _AS_A_SUM.search(text[max(0, m.start() - 30) : m.start()])
            and _BARE_NEXT.match(text, m.end())
        ):
            out.append(Figure(value * 1000.0, m.start(), m.end(), m.group(0)))
    found = found + out  # "a hundred and five" is not also "five"
    covered = Covered((f.start, f.end) for f in found)
    for m in _SPELLED_SMALL.finditer(text):
        value = _hourly_words(m.group(1))  # "seventy-two" is 72; "forty fifty" is not whole
        if value is None or not value.is_integer() or m.start() in covered:
            continue
        if (
            value >= 20
            and NEAR_LOW * near <= value * 1000 <= NEAR_HIGH * near
            and _AS_A_SUM.search(text[max(0, m.start() - 30) : m.start()])
            and _BARE_NEXT.match(text, m.end())
        ):
            out.append(Figure(value * 1000.0, m.start(), m.end(), m.group(0)))
    for m in numbers:
        raw = float(m.group("num").replace(",", "")) if m.group("num").isdigit() else 0.0
        if m.start("num") in covered or m.group("mult"):
            continue  # (a match may begin at the space before its number)
        unit = m.group("unit") or ""
        if not 10 <= raw < 1000 or _HOURLY.search(unit) or _HOURLY_SOON.match(text, m.end()):
            continue
        before = text[max(0, m.start("num") - 30) : m.start("num")]
        if NEAR_LOW * near <= raw * 1000 <= NEAR_HIGH * near and (
            (_AS_A_SUM.search(before) and (unit or _BARE_NEXT.match(text, m.end())))
            or _ACCEPTED_AFTER.match(text, m.end())
        ):
            out.append(Figure(raw * 1000, m.start(), m.end(), m.group(0).strip()))
    return out


def _hourly_words(text: str) -> float | None:
    """ "twenty-five" -> 25.0; "forty-four fifty" -> 44.5 (dollars and cents); else None."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w]
    groups: list[int] = []
    for w in words:
        v = _UNITS.get(w)
        if v is None:
            return None
        if groups and groups[-1] >= 20 and groups[-1] % 10 == 0 and 0 < v < 10:
            groups[-1] += v  # "forty-four"
        else:
            groups.append(v)
    if len(groups) == 1 and 5 <= groups[0] < 200:
        return float(groups[0])
    if len(groups) == 2 and 5 <= groups[0] < 200 and groups[1] < 100:
        return groups[0] + groups[1] / 100
    return None


# A bare number beside a full figure takes its scale: "$88,000, but I could do 82", "$25 an
# hour, though $24 would be fine".
_BARE = re.compile(r"(?<![\d,.$£€])[$£€]?(\d{2,3}(?:\.\d{1,2})?)(?!\d|[,.]\d|\s?(?:k|thousand|"
                   r"grand|years?|days?|weeks?|months?|hours? a week|percent|per cent|people|"
                   r"%))", re.IGNORECASE)  # fmt: skip


def _shorthand(text: str, full: list[Figure]) -> list[Figure]:
    if not full:
        return []
    out = []
    covered = Covered((f.start, f.end) for f in full)
    for m in _BARE.finditer(text):
        if m.start() in covered:
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
