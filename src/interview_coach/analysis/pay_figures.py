"""Figures of pay as people say them: sums in digits or words, a range whole, a bare figure
after "I'm on…", a numbered band, and a figure's amount. Read by the salary judgements, the
rubric and the question rules; the phrases around the figures live in `pay_cues`.
"""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import Cue

MONEY = Cue(
    r"[$£€₹]\s?\d[\d,.]*\s?(?:k|m|bn|grand|thousand|lakhs?|lacs?|crores?)?\b"
    # A figure is read from its first digit only, not from inside "1,1,1,…" (starting again
    # at each digit took time in the square of the run's length); "30k,40k" is two figures.
    r"|(?<!\d)(?<!\d[,.])\b\d[\d,.]*\s?(?:k|grand|thousand|dollars?|pounds?|euros?|quid|bucks|"
    r"an hour|rupees|lakhs?|lacs?|lpa|crores?|naira|pesos|zloty|pln|usd|gbp|eur|inr|"
    r"per hour|base|basic|in commission|commission|an hour|hourly|a week|per week|"
    r"p/?h|/hr|/hour|a year|per year|per annum|pa|a month|per month|a day|per day|an hr)\b"
    r"|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: \w+)? ?(?:thousand|k|grand)\b"
    r"|\b(?:low|mid|high|upper|lower|early|late)[- ](?:to[- ](?:low|mid|high|upper|late)[- ])?"
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    r"|\b(?:the )?(?:low |mid |high )?[1-9]0s\b"
    # Said in words with a unit: "seventeen fifty an hour", "twelve pounds an hour".
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
    r"(?:[- ][a-z]+){0,2} (?:an hour|per hour|an hr|pounds|dollars|euros|quid|bucks)\b"
    # A bare range in a pay answer: "36 to 39", "55-60".
    r"|\b\d{2,3}(?:[.,]\d)?\s?(?:-|–|to)\s?\d{2,3}(?:[.,]\d)?\b(?!\s?(?:%|percent|per ?cent|years?|"
    r"months?|weeks?|days?|hours?|people|staff|minutes?))",
)
# The first end of a range said before a figure: "thirty-eight to", "between 38 and", "£38k –".
_RANGE_FROM = re.compile(
    r"(?:\bbetween\s+)?"
    r"(?:[$£€₹]\d[\d,.]*\s?(?:k|grand|thousand)?"
    r"|\b\d{2}[\d,.]*\s?(?:k|grand|thousand)?"
    r"|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: thousand)?)"
    r"\s?(?:-|–|to|and)\s?$",
    re.IGNORECASE,
)
RANGE_FROM_CHARS = 40  # how far back a range's first end is looked for


def figures_said(text: str) -> list[tuple[int, int]]:
    """Each figure of pay as said, a range whole ("thirty-eight to forty-two thousand"), where
    `MONEY` alone finds only the end that carries the unit."""
    out: list[tuple[int, int]] = []
    for m in MONEY.finditer(text):
        start = m.start()
        before = _RANGE_FROM.search(text, max(0, start - RANGE_FROM_CHARS), start)
        if before and out and before.start() < out[-1][1]:
            out[-1] = (out[-1][0], m.end())  # "£38k – £42k": the first end is a figure too
            continue
        out.append((before.start() if before else start, m.end()))
    return out


# A figure said bare right after "I'm on…": "I'm on forty-one now", "I'm on 41 at the moment"
# (not "on a 12-month contract", "on two weeks' notice").
BARE_PAY = re.compile(
    r"\b(?:\d{2,3}(?:[.,]\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"a hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b"
    r"(?![- ]?(?:%|percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|people|staff|"
    r"month|year|week|day|hour))",
    re.IGNORECASE,
)

# A numbered pay band or grade: "Band 6", "grade 4", "level 3".
BAND = re.compile(r"\b(?:band|grade|pay point|spinal point)\s?(\d{1,2})\b", re.IGNORECASE)


# A figure in a pay sentence, as typed or transcribed: "$46,000", "49k", "46 thousand".
FIGURE = re.compile(r"[$£€]?\d+(?:[.,]\d+)*\s?(?:k|K|thousand|grand)?")


def amount(s: str) -> float | None:
    """A figure in a salary sentence, in units ("44" and "44k" both 44 000 when in range)."""
    digits = re.sub(r"[^\d.]", "", s.replace(",", ""))
    try:
        v = float(digits)
    except ValueError:
        return None
    if re.search(r"k|thousand|grand", s, re.IGNORECASE) or (v < 1000 and v >= 10):
        v *= 1000  # "46 to 50 thousand", "49k" and a bare "49" in a salary talk are thousands
    return v
