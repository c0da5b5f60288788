"""Phrase patterns for pay: figures as people say them, current pay volunteered, offering to
take less, a reasoned deferral and the reasons behind a range. Shared by the salary judgements,
the rubric and the negotiation coach's reading of replies.
"""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import rx

MONEY = re.compile(
    r"[$£€]\s?\d[\d,.]*\s?(?:k|m|bn|grand|thousand)?\b"
    # A figure is read from its first digit only, not from inside "1,1,1,…" (starting again
    # at each digit took time in the square of the run's length); "30k,40k" is two figures.
    r"|(?<!\d)(?<!\d[,.])\b\d[\d,.]*\s?(?:k|grand|thousand|dollars|pounds|euros|quid|bucks|an hour|"
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
    re.IGNORECASE,
)
# A figure said bare right after "I'm on…": "I'm on forty-one now", "I'm on 41 at the moment"
# (not "on a 12-month contract", "on two weeks' notice").
BARE_PAY = re.compile(
    r"\b(?:\d{2,3}(?:[.,]\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"a hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b"
    r"(?![- ]?(?:%|percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|people|staff|"
    r"month|year|week|day|hour))",
    re.IGNORECASE,
)
CURRENT_PAY = rx(
    r"i (?:get|got) (?:now |currently |paid )?(?=[$£€\d]|about|around|roughly|just)",
    r"(?:i'm|i am|i was|i'm currently|currently|right now|at the moment|at present|presently|"
    r"now|today) (?:[\w'’-]+ ){0,3}?(?:on|earning|making|paid|getting|taking home|bringing in)",
    r"my (?:current|present|last|previous|existing) (?:salary|pay|rate|wage|package|base|"
    r"compensation|hourly rate)",
    r"i (?:currently |now )?(?:earn|make|get paid|take home)",
    r"my (?:base|basic|salary|pay|package|wage|rate|day rate|hourly rate) (?:right now |now |"
    r"currently |at the moment |today |these days )?(?:is|'s|comes to|works out)",
    r"(?:they|the company|my employer|my boss|my firm|the firm) (?:currently |now )?(?:pay|pays|"
    r"are paying|is paying) me",
)
OFFER_LESS = rx(
    r"(?:take|accept|go|work|settle) (?:for )?(?:a (?:bit|little|lot|touch) )?(?:less|lower|"
    r"below|under|a (?:pay )?cut|a reduction)",
    r"(?:can|could|would|'d) go (?:even |a (?:bit|little|lot) )?lower",
    r"(?:take|accept) (?:whatever|anything)",
    r"whatever you (?:can |could )?(?:offer|think|pay|decide|do|manage|afford|stretch to)",
    # "I'd accept 10% below", "fine with 15% less".
    r"(?:accept|take|fine with|okay with|ok with|happy with) (?:[\w'’-]+ ){0,2}?\d+ ?(?:%|percent|"
    r"per cent) (?:less|lower|below|under|cut)",
    r"(?:i'm|i am) not (?:fussed|bothered|precious|too worried) (?:about (?:the )?(?:money|salary|"
    r"pay|number|base))?",
    r"i(?:'d| would) (?:take|do|accept) anything",
    r"(?:don't|do not) need (?:much|a lot|that much|a big salary)",
    r"money (?:isn't|is not|doesn't|does not) (?:really )?(?:important|matter)",
    r"(?:below|under|less than) (?:your|the) (?:range|budget|advertised)",
    r"(?:bottom|lower end|low end|minimum) of (?:the|your) (?:range|band|scale) (?:is|would be) "
    r"(?:fine|ok|okay|plenty|enough)",
    r"happy (?:to take|with) (?:less|a cut|the minimum|anything|whatever)",
    r"even (?:for )?less",
)
NEGATED = re.compile(
    r"\b(?:wouldn't|won't|not|never|couldn't|can't|cannot|no|unwilling|rather not|hard|"
    r"difficult|struggle)\b"
    r"(?:\s+[\w'’-]+){0,3}\s*$",
    re.IGNORECASE,
)
DEFER = rx(
    r"before (?:i|we) (?:talk|discuss|name|put|settle|agree|give|share|quote|commit)",
    r"once (?:i|we) (?:know|understand|have|learn|hear|see)",
    r"(?:understand|learn|know|hear) (?:a bit |a little )?more about (?:the|this|your) (?:role|"
    r"position|job|responsibilities|scope|package|team)",
    r"what(?: is|'s| would be) (?:the|your) (?:budget|budgeted|range|band|salary band|"
    r"salary range|pay range)",
    r"(?:scope|responsibilities|level) of the (?:role|job|position) (?:first|before)",
    r"(?:share|tell me|give me) (?:the|your) (?:range|budget|band)",
    r"open to (?:discuss|discussing|talking|a conversation)",
    r"depend(?:s|ing)? on the (?:whole|full|total|overall) package",
    r"(?:the )?(?:whole|full|total) package",
    r"flexible depending",
    r"(?:happy|glad) to (?:discuss|talk about) (?:it|this|that|salary|pay)",
)
PAY_REASON = rx(
    r"based on",
    r"research\w*",
    r"market",
    r"in line with",
    r"for (?:this|a|the) (?:level|role|position|kind of role|type of role|grade)",
    r"given (?:my|the)",
    r"typical\w*",
    r"benchmark\w*",
    r"surveys?",
    r"data",
    r"going rate",
    r"similar (?:roles|positions|jobs)",
    r"comparable",
    r"(?:advertised|posted|listed) (?:range|salary|rate)",
    r"industry",
    r"my experience",
    r"the scope",
    r"years of experience",
    r"qualifications?",
    r"(?:pay )?scales?",
    r"band \w+",
    r"agenda for change",
)


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
