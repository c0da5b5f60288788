"""The parts of a job description a recruiter reads first: each requirement (required or nice
to have) with the skills it names, the posted salary and the years of experience asked for.
Where the job is and how it is worked are read in `location.py`.

Pure functions over text already read; every requirement keeps the character span it came
from, and nothing is written that the text does not say.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from interview_coach.nlp.text import lines_with_offsets
from interview_coach.questions.phrases import requirement_skills
from interview_coach.questions.sections import (
    _BULLET,
    _NICE_CLAUSE,
    Block,
    _strip_md,
    field_match,
    split_sections,
)
from interview_coach.types import Requirement, Salary

if TYPE_CHECKING:
    from interview_coach.questions.gazetteer import Gazetteer

# ---------------------------------------------------------------- requirements

MIN_REQUIREMENT_CHARS = 8  # shorter bullets are fragments ("SQL"), kept only if they name a skill
MAX_REQUIREMENT_CHARS = 400  # longer lines are paragraphs, read sentence by sentence
# Requirements kept from one posting: real ones list up to about 20, and each is matched
# against every résumé line, so a pasted list of thousands would hold the server for seconds.
MAX_REQUIREMENTS = 60
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
# A prose line in a requirements section that is only an introduction ("You will have:").
_LEAD_IN = re.compile(
    r"^(?:you(?:'ll| will)? (?:have|need|bring)|we(?:'re| are) looking for)\W*$", re.I
)


def _content_span(text: str, block: Block) -> tuple[int, int]:
    """Where a block's words sit in `text`, without its bullet marker or markdown emphasis."""
    line_end = text.find("\n", block.start)
    line = text[block.start : line_end if line_end >= 0 else len(text)]
    m = _BULLET.match(line)
    lead = m.end() if m else len(line) - len(line.lstrip())
    while lead < len(line) and line[lead] in "*_`# ":
        lead += 1
    tail = len(line.rstrip().rstrip("*_`").rstrip())
    return block.start + lead, block.start + max(tail, lead)


def _split_semicolons(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """ "Comfortable with computers; PMS experience preferred" is two requirements."""
    parts: list[tuple[int, int]] = []
    pos = a
    for m in re.finditer(r";\s+", text[a:b]):
        parts.append((pos, a + m.start()))
        pos = a + m.end()
    parts.append((pos, b))
    if len(parts) > 1 and all(len(text[x:y].split()) >= 3 for x, y in parts):
        return parts
    return [(a, b)]


# "3+ years in conveyancing, ideally handling your own caseload": the qualifier is a
# nice-to-have of its own; so is "(iTrent is highly desirable)" inside a requirement.
_QUALIFIER = re.compile(
    r",\s+(?=(?:ideally|preferably|ideally with|preferably with)\b)|"
    r"\s+\((?=[^()]*\b(?:is|are) (?:highly |very |strongly )?(?:desirable|preferred)\))"
)
_NICE_LABEL = re.compile(r"\W*(?:nice to have|desirable|bonus|preferred)\b", re.I)


def _split_qualifier(text: str, a: int, b: int) -> list[tuple[int, int]]:
    m = _QUALIFIER.search(text, a, b)
    if m is None or len(text[a : m.start()].split()) < 3:
        return [(a, b)]
    tail_end = b - 1 if text[m.end() : b].rstrip().endswith(")") else b
    return [(a, m.start()), (m.end(), tail_end)]


def _clean(text: str) -> str:
    return " ".join(_strip_md(_BULLET.sub("", text)).split()).strip(" ;")


# A requirement that ends by calling itself optional: "Kafka is a plus", "music or PE
# (desirable)", "… would be great".
_NICE_ENDING = re.compile(
    r"(?:an? (?:big |real |definite )?(?:plus|bonus|advantage)|desirable|preferred|(?:would be|is) "
    r"(?:great|nice|helpful|useful|welcome)|not essential|an asset|beneficial)\W*\)?\W*$",
    re.I,
)


# A closing bracket at the end; one [^()]* so that a long bracket that does not end the
# text fails in linear time (a nested repeat here backtracked exponentially).
_LAST_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")


# A line that says something is not asked for: "Proof of COVID-19 vaccination is no longer
# required", "No experience necessary, full training given", "Degree not required".
_NOT_ASKED = re.compile(
    r"(?:no (?:previous |prior |formal )?(?:[\w-]+ )?(?:experience |qualifications? |degree )?"
    r"(?:is )?(?:required|needed|necessary)\b|(?:[\w'()-]+ ){1,8}?(?:is |are )?(?:no longer|"
    r"not) (?:required|needed|necessary)\W*$)",
    re.I,
)


# A bracket that names what it waives ("Kroll preferred", "estate agency not essential"), not
# one that only says how wanted the whole is ("highly desirable", "a plus").
_NAMES_SOMETHING = re.compile(
    r"\b(?!(?:highly|very|strongly|desirable|desired|preferred|preferable|essential|"
    r"advantageous|advantage|optional|ideally|ideal|a|an|the|big|real|plus|bonus|is|are|would|"
    r"be|great|nice|not|but|helpful|useful|welcome|asset|beneficial)\b)[A-Za-z]{2,}",
    re.I,
)


def _optional(words: str) -> bool:
    """Nice to have when the requirement's main clause says so; "4+ years in marketing,
    ideally in SaaS" is required (only its qualifier is optional)."""
    # "(estate agency not essential)" waives only what it names; "(desirable)" alone waives all.
    last = _LAST_BRACKET.search(words)
    if last is not None and _NAMES_SOMETHING.search(last.group(1)):
        words = words[: last.start()]
    main = re.split(r"[,;:]|\s[–—-]\s", words, maxsplit=1)[0]
    return bool(_NICE_CLAUSE.search(main) or _NICE_ENDING.search(words))


def requirements_from_text(text: str, blocks: list[Block] | None = None) -> tuple[Requirement, ...]:
    """Each bullet (or sentence) of the requirements and nice-to-have sections, with its kind
    and skills; an inline "Nice to have: …" line is one nice-to-have requirement."""
    blocks = split_sections(text) if blocks is None else blocks
    out: list[Requirement] = []
    listed: set[tuple[str, str]] = set()  # sections that have had a bulleted list
    seen: set[str] = set()
    for block in blocks:
        if block.section not in ("required", "nice"):
            continue
        if block.bullet:
            listed.add((block.section, block.heading))
        elif (block.section, block.heading) in listed and not _NICE_LABEL.match(block.text):
            # Prose after a section's list is the posting's own words (perks, equal
            # opportunities, how to apply), not another requirement.
            continue
        start, end = _content_span(text, block)
        inline = not block.bullet and block.heading and block.text != text[start:end].strip()
        if inline:
            # "Nice to have: Kafka, Terraform" was split off its label by split_sections.
            start = text.find(block.text, block.start)
            end = start + len(block.text)
        pieces: list[tuple[int, int]] = [(start, end)]
        if not block.bullet and not inline and end - start > MAX_REQUIREMENT_CHARS // 2:
            pieces = []
            pos = start
            for m in _SENTENCE.finditer(text, start, end):
                pieces.append((pos, m.start()))
                pos = m.end()
            pieces.append((pos, end))
        pieces = [p for a, b in pieces for p in _split_semicolons(text, a, b)]
        pieces = [p for a, b in pieces for p in _split_qualifier(text, a, b)]
        for a, b in pieces:
            words = _clean(text[a:b])
            if not words or _LEAD_IN.match(words) or words.endswith(":"):
                continue
            if _NOT_ASKED.match(words) or words.lower() in seen:
                continue  # not asked for, or a posting pasted twice: each requirement once
            seen.add(words.lower())
            skills = requirement_skills(words)
            if len(words) < MIN_REQUIREMENT_CHARS and not skills:
                continue
            nice = block.section == "nice" or _optional(words)
            out.append(
                Requirement(
                    text=words,
                    kind="nice_to_have" if nice else "required",
                    skills=skills,
                    start=a,
                    end=b,
                )
            )
            if len(out) == MAX_REQUIREMENTS:
                return tuple(out)
    return tuple(out)


# ---------------------------------------------------------------- years


def years_required(text: str, requirements: tuple[Requirement, ...]) -> float | None:
    """The fewest years of experience a required item asks for ("3+ years", "at least two
    years"); None when no requirement states a number."""
    found: list[float] = []
    managing: list[float] = []
    for req in requirements:
        if req.kind != "required":
            continue
        words = _words_to_digits(req.text)
        for m in _EXPERIENCE_SPAN.finditer(words):
            value = float(m.group("n"))
            if m.group("unit").lower().startswith("month"):
                value = round(value / 12, 1)
            if 0 < value <= 25:
                # "2 years managing engineers" beside "7+ years of engineering" is a part of
                # the experience, not the experience asked for.
                lead = re.search(r"managing|leading|supervis|line manag", m.group(0), re.I)
                (managing if lead else found).append(value)
    found = found or managing
    return _plain(min(found)) if found else None


# What a requirement asks a résumé to show: experience, knowledge, a period of work.
_ASKS_KNOWING = re.compile(
    r"\b(?:experience[ds]?|years?|knowledge|familiar(?:ity)?|background|track record|"
    r"qualifi\w+|certifi\w+|licen[cs]e\w*|degree|training|proficien\w+|skills? in|"
    r"previous|prior|worked|sector|industry)\b",
    re.I,
)


def asks_for_a_quality(requirement: str, skills: set[str], gaz: Gazetteer) -> bool:
    """A requirement that asks for a way of working, not experience, knowledge or a skill the
    gazetteer names ("Warm and professional with guests", "Kindness, patience")."""
    soft = {h.name for h in gaz.soft.find(requirement)}
    named_hard = {s for s in skills if s in gaz.areas} - soft
    return not named_hard and not _ASKS_KNOWING.search(requirement)


def _plain(value: float) -> float:
    return int(value) if float(value).is_integer() else value


# "3+ years", "at least 12 months'", "2 years' post-graduate MSK experience".
_EXPERIENCE_SPAN = re.compile(
    r"(?P<n>\d{1,2})\s*(?:\+|plus)?\s*(?:[-–to]+\s*\d{1,2}\s*)?\+?\s*"
    r"(?P<unit>years?|yrs?|months?)(?:'|’)?\s*(?:of\s+)?(?:[\w/&-]+\s+){0,5}?"
    r"(?:experience|exp\b|working|in\b|as\b|at\b|building|managing|leading|running|"
    r"post[\s-]|supervis|teaching|delivering|selling|closing)",
    re.I,
)


_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}


def _words_to_digits(text: str) -> str:
    return re.sub(
        r"\b(" + "|".join(_NUMBER_WORDS) + r")\b",
        lambda m: _NUMBER_WORDS[m.group(1).lower()],
        text,
        flags=re.I,
    )


# ---------------------------------------------------------------- salary

_CURRENCY_SYMBOLS = {"£": "GBP", "€": "EUR", "$": "USD", "¥": "JPY", "₹": "INR"}
_CURRENCY_PREFIXES = {
    "us$": "USD",
    "ca$": "CAD",
    "c$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "s$": "SGD",
    "hk$": "HKD",
}
_CURRENCY_CODES = r"GBP|USD|EUR|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|INR|SGD|HKD|JPY|ZAR|IEP"
_AMOUNT = (
    # "R18 000": South Africa's rand, a capital R against a figure of three digits or more
    r"(?P<cur{n}>(?:US|CA|AU|NZ|HK|[CAS])?\$|[£€¥₹]|\bR(?=\s?\d[\d\s,]{{2}})|(?:"
    + _CURRENCY_CODES
    + r")\s?)?\s?"
    r"(?<![.,])(?<!(?!R)\w)(?P<num{n}>\d{{1,3}}(?:[,\s]\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\.\d{{3}})+|"
    r"\d+(?:\.\d+)?)\s?(?P<k{n}>[kK]\b|m\b|bn?\b|B\b|billion\b|million\b)?"
    r"(?:\s?(?P<code{n}>" + _CURRENCY_CODES + r")\b)?"
)
_RANGE = re.compile(
    _AMOUNT.format(n=1) + r"(?:\s*(?:[-–—]|to|and)\s*" + _AMOUNT.format(n=2) + r")?"
)
_PERIODS: tuple[tuple[str, str], ...] = (
    ("hour", r"per hour|an hour|/\s?h(?:ou)?r\b|p/?h\b|hourly|ph\b"),
    ("day", r"per day|a day|/\s?day|daily rate|per diem|day rate"),
    ("week", r"per week|a week|/\s?w(?:ee)?k\b|weekly|p/?w\b"),
    ("month", r"per month|a month|/\s?mo(?:nth)?\b|monthly|pcm\b|p/?m\b"),
    ("year", r"per annum|per year|a year|/\s?y(?:ea)?r\b|annual|annum|p\.?a\.?\b|yearly|salary"),
)
OPENING_LINES = 6  # a money figure among the first lines, by the title, is the pay
_PAY_CONTEXT = re.compile(
    r"salary|pay\b|paid|compensation|wage|rate|per annum|per hour|base|OTE|band|grade|"
    r"package|£|\$|€",
    re.I,
)
_NOT_PAY = re.compile(
    r"turnover|revenue|budget|funding|raised|bonus|discount|allowance|pension|holiday|"
    r"leave|customers|stores|homes|businesses|million|bn\b|learning|relocation|sign[\s-]?on|"
    r"referral|equity|worth|valued|portfolio|tronc|tips|gratuit\w*|service charge|packaging|"
    r"tax[\s-]free|stipend",
    re.I,
)


# A figure said to be something other than pay, in up to two words ("car allowance", "in
# value"); "including night-shift allowance" says what the pay includes.
_SAID_NOT_PAY = re.compile(
    r"\s*(?:(?!(?:including|inclusive|incl?|with|plus)\b)[a-z-]+\s+){0,2}?(?:"
    + _NOT_PAY.pattern
    + ")",
    re.I,
)
# A figure added to the pay already named: "+ tronc (approx £3-4k)", "plus about £2k".
_ADDED = re.compile(
    r"(?:\+|\bplus\b)\s*(?:[a-z-]+\s*){0,3}\(?\s*(?:approx\.?|around|about|"
    r"c\.|circa|up to)?\s*$",
    re.I,
)
# On-target earnings include commission: the base is the pay ("£28k + OTE £40k").
_NOT_BASE = re.compile(r"(?:\bOTE|on[\s-]target earnings)(?:\s+of)?\s*[:(]?\s*$", re.I)


def _value(num: str, k: str | None) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num):
        num = num.replace(".", "")  # "€45.000": a full stop between thousands, as in Europe
    value = float(re.sub(r"[,\s]", "", num))
    if k and k.lower() == "k":
        value *= 1000
    return value


# Where a "$" is a Canadian or an Australian dollar: the country, a city, a province or state
# after a comma ("Halifax, Nova Scotia"; not "NE Alberta St"), or pay "+ super". The code
# counts beside a figure only: "Computer Aided Dispatch (CAD)" is no currency.
_CANADA = re.compile(
    r"\bCAD\s*\$?\s*\d|\d[\d,.]*[kK]?\s*CAD\b|Canada|Toronto|Vancouver|Montr[eé]al|Calgary|"
    r"Edmonton|Ottawa|Winnipeg|"
    r", (?:Nova Scotia|Alberta|Ontario|Qu[eé]bec|Manitoba|Saskatchewan|British Columbia|"
    r"New Brunswick|Newfoundland|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK)\b"
)
_AUSTRALIA = re.compile(
    r"\bAUD\s*\$?\s*\d|\d[\d,.]*[kK]?\s*AUD\b|Australia|Sydney|Melbourne|Brisbane|Perth|"
    r"Fremantle|Adelaide|Canberra|Hobart|"
    r"\+\s*super\b|superannuation|, (?:NSW|VIC|QLD|TAS|ACT)\b"
)


def _currency(symbol: str | None, code: str | None, context: str) -> str | None:
    if code:
        return code.upper()
    if not symbol:
        return None
    sym = symbol.strip().lower()
    if sym == "r":
        return "ZAR"
    if sym in _CURRENCY_PREFIXES:
        return _CURRENCY_PREFIXES[sym]
    if sym.upper() in _CURRENCY_CODES.split("|"):
        return sym.upper()
    if sym == "$" and _CANADA.search(context):
        return "CAD"
    if sym == "$" and _AUSTRALIA.search(context):
        return "AUD"
    if sym == "$" and re.search(r"\bNZD\b|New Zealand|Auckland|Wellington|Christchurch", context):
        return "NZD"
    return _CURRENCY_SYMBOLS.get(sym[-1:])


def _period(after: str, low: float) -> str:
    for period, pattern in _PERIODS:
        if re.search(pattern, after, re.I):
            return period
    # No period written: the size of the figure says it (£16.50 is hourly, £38,000 yearly).
    if low < 200:
        return "hour"
    if low < 1500:
        return "day"
    if low < 15000:
        return "month"
    return "year"


def _ranges(line: str) -> list[re.Match[str]]:
    """Money figures and ranges on a line; a bare number before a figure with a currency is
    not the range's start ("Grade 9 – £39,186 to £42,708"): the figure is read from its
    symbol."""
    out = []
    for m in _RANGE.finditer(line):
        if m.group("cur2") and not m.group("cur1") and m.group("num2"):
            again = _RANGE.match(line, m.start("cur2"))
            if again:
                out.append(again)
                continue
        out.append(m)
    return out


def salary_from_text(text: str) -> Salary | None:
    """The posted pay range: the first money figure in a line about pay."""
    best: tuple[int, Salary] | None = None
    currencies: dict[tuple[str | None, str | None], str | None] = {}  # read once per symbol
    line_no = 0
    for start, line in lines_with_offsets(text):
        line_no += bool(line.strip())
        field = field_match(line)
        if not re.search(r"\d", line):
            if field and field[0] == "salary" and line_no <= OPENING_LINES * 2:
                return None  # "Salary: Competitive": the posting says it gives no figure
            continue
        # What holds for the whole line is read once, not once per figure on it: a long line
        # of figures would otherwise be read again for each one (quadratic).
        pay_words = bool(re.search(r"salary|pay|compensation|wage|rate|OTE|basic", line, re.I))
        short_line = len(line.split()) <= 6
        for m in _ranges(line):
            symbol = m.group("cur1") or m.group("cur2")
            code = m.group("code1") or m.group("code2")
            if not (symbol or code):
                continue
            before = line[max(0, m.start() - 40) : m.start()]
            # What follows this figure, up to the next one: "£28,000 basic, OTE £40,000".
            after = re.split(r"[£$€]\s?\d", line[m.end() : m.end() + 60])[0]
            # …and up to the next detail: "€68k–€78k · 39 hours/week" is paid by the year.
            after = re.split(r"\s[·•|]\s|\s//\s|\d+(?:\.\d+)?\s*(?:hours?|hrs?)\b", after)[0]
            # "£250/month car allowance": what the figure is comes after its period.
            said = re.sub(r"^\s*(?:/\s?\w+|per \w+|an? (?:hour|day|week|month|year))", "", after)
            if _NOT_PAY.search(before[-25:]) or _SAID_NOT_PAY.match(said):
                continue
            if _ADDED.search(before):
                continue  # "£36,000 per year + tronc (approx £3-4k)": added to the pay
            scale = (m.group("k1") or "").lower()
            if scale in ("m", "b", "bn", "billion", "million") or _NOT_BASE.search(before):
                continue  # "£2m–£30m in value" is a project; "OTE £40,000" is not the base
            low = _value(m.group("num1"), m.group("k1"))
            high = (
                _value(m.group("num2"), m.group("k2") or m.group("k1")) if m.group("num2") else low
            )
            if m.group("k2") and not m.group("k1") and low < 1000 <= high:
                low *= 1000  # "£45-52k"
            if high < low or low <= 0:
                continue
            # A figure that opens a short line near the title is the pay: "AU$95k + super".
            alone = line_no <= OPENING_LINES * 2 and short_line and m.start() <= 2
            score = (
                bool(line_no < OPENING_LINES)
                + 2 * alone
                + 3 * bool(field and field[0] == "salary")
                + 2 * pay_words
                + bool(m.group("num2"))
                + bool(re.search(r"per |annum|hour|/", after, re.I))
            )
            if (symbol, code) not in currencies:
                currencies[symbol, code] = _currency(symbol, code, text)
            salary = Salary(
                min=_number(low),
                max=_number(high),
                currency=currencies[symbol, code],
                period=_period(after, low),
                start=start + m.start(),
                end=start + m.end(),
            )
            if salary.currency is None:
                continue
            if best is None or score > best[0]:
                best = (score, salary)
    if best is None or best[0] == 0:
        return None
    return best[1]


def _number(value: float) -> float | int:
    return int(value) if value.is_integer() else round(value, 2)


# A line of job details under the title: "Full-time", "Permanent", "Hybrid" name the contract,
# never the employer.
CONTRACT_WORDS = re.compile(
    r"^(?:full[\s-]time|part[\s-]time|permanent|temporary|temp|contract|fixed[\s-]term|"
    r"freelance|remote|hybrid|on[\s-]?site|in[\s-]office|flexible|casual|seasonal|"
    r"internship|apprenticeship|days|nights|shifts?|immediate start)\b",
    re.I,
)


def is_contract_words(text: str) -> bool:
    """True for details such as "Full-time" or "Permanent, 37.5 hours" that are not a name."""
    return bool(CONTRACT_WORDS.match(text.strip(" *,.")))


__all__ = [
    "is_contract_words",
    "requirements_from_text",
    "salary_from_text",
    "years_required",
]
