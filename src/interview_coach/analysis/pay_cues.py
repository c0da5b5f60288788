"""Phrase patterns for pay: current pay volunteered, offering to take less, a reasoned
deferral and the reasons behind a range (the figures themselves are read by `pay_figures`).
Shared by the salary judgements, the rubric and the negotiation coach's reading of replies.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from interview_coach.analysis.cues import REPORTED
from interview_coach.analysis.patterns import rx

# Words that say what the speaker earns now or earned before; a figure must follow them
# (see `current_pay`). One list for the interview's salary answers and the negotiation.
_NOW = (
    r"(?:currently|right now|at the moment|at present|presently|now|today|these days|the noo|"
    r"at the minute)"  # Scots "the noo", Irish and British "at the minute"
)
_PAY_NOUN = (
    r"(?:salary|pay|rate|wage|wages|package|base|basic|compensation|hourly rate|day rate|ctc|"
    r"take-home|income|earnings|comp|total comp|total compensation|total package|total pay|"
    r"ote|base salary|base pay|w-2|w2|1099s?|pay ?stubs?|paychecks?|payslips?|p60|t4)"
)
# How a sum starts when it follows at once: "at 72", "it's about 88", "at forty-four fifty".
_SUM_START = (
    r"[$£€₹\d]|about|around|roughly|just|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"a hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
# The sum straight after the words, the space kept out of the match: a match that ended on
# the space before "$27.80" would have no word edge at its end, which every pattern needs.
_AT_SUM = r"(?= (?:" + _SUM_START + r"))"
_PLACE = (
    r"(?:job|role|position|employer|company|firm|place|agency|trust|practice|school|boss|bank|"
    r"shop|store|hospital|clinic|dealer|dealership|restaurant|hotel|plant|warehouse|garage|"
    r"salon|district|station|site|branch|office|lab|carrier)"
)
CURRENT_PAY = rx(
    r"i (?:get|got)(?: now| currently| paid)?(?= (?:[$£€₹\d]|about|around|roughly|just))",
    # "Right now it's 88 plus bonus", "currently at 72", "I have a base of 80 at the moment".
    _NOW + r",? (?:it's|it is|its|at|sitting at)" + _AT_SUM,
    r"i (?:currently |now )?have a (?:base|salary|package|base salary) of",
    # "I'm at forty-four fifty an hour", "I'm at 59,800 this year in my current district":
    # "at" with the figure straight after it, said as now or by the hour. Bare, "I'm at 71"
    # is where the speaker stands in a negotiation, not what they earn.
    r"i(?:'m| am) (?:currently |now |still |sitting )at" + _AT_SUM,
    r"i(?:'m| am) at(?= (?:" + _SUM_START + r")(?:[^.!?]|\.(?=\d)){0,25}?\b(?:an hour|per hour|"
    r"hourly|a week|per week|a month|per month|monthly|a year|per year|every two weeks|now|"
    r"currently|right now|at the moment|this year|at (?:the|my)|in my|with (?:the|my))\b)",
    # (A stance on a figure is no pay: "I'm firm on 145", "I'm set on 60".)
    r"(?:i'm|ah'm|i am|i was|i'm currently|currently|right now|at the moment|at present|"
    r"presently|now|today|these days),? (?:(?!(?:firm|firmly|set|settled|fixed|stuck|keen|"
    r"focused|clear|solid|insisting|holding|standing|sticking|staying)\b)[\w'’-]+ ){0,3}?"
    r"(?:on|earning|making|paid|getting|"
    r"taking home|"
    r"bringing in|bringing home|drawing|receiving|clearing)",
    # "my current building has me at 118", "the outfit I climb for pays me 20 an hour" ("what
    # I'm bringing home now" and "I make now 21…" are read by the lines above and below).
    # "they got me at like eighteen an hour".
    r"(?:has|have|had|got|gets|puts|put|keeps|kept) me (?:at|on)(?: like| about| around| just)?"
    + _AT_SUM,
    r"(?<!\byou )(?<!\bwould )(?<!\bcould )(?:pays|paid|paying|payin'?) me(?: about| around| "
    r"roughly| just)?" + _AT_SUM,
    # "Right now mi get £1,850", "At my restaurant now I have €2,450 per month".
    _NOW + r",? (?:[\w'’-]+ ){0,3}?(?:i|mi|me) (?:get|have|earn|make|take home|draw|receive|"
    r"clear|bring in)",
    r"my (?:current|present|last|previous|existing|old) " + _PAY_NOUN,
    # The sum as one's own without the noun: "I'd need to beat my current 49".
    r"my (?:current|present|existing)" + _AT_SUM,
    r"my (?:current|present|existing)(?: one)? (?:is|'s|was)" + _AT_SUM,
    # Pay said the way people say it at work: "I was clearin' about 1,100 a week", "I'm
    # pullin' down 25 an hour", "I'm pulling 780 a week", "I topped out at 58".
    r"i(?:'m| am| was) (?:[\w'’-]+ ){0,2}?(?:clearing|clearin|pullin'? (?:down|in)|pulling "
    r"(?:down|in)|netting|grossing|makin|earnin|bringin'? (?:in|home))",
    r"i(?:'m| am| was) (?:[\w'’-]+ ){0,2}?(?:pulling|pullin'?)" + _AT_SUM,
    r"i topped out at",
    r"(?:current|present) " + _PAY_NOUN + r" (?:is|of|comes to|stands at)",
    r"i (?:currently |now |still )?(?:earn|make|get paid|take home|bring home|bring in|draw|"
    r"clear|net|gross)",
    r"i (?:was|used to be) (?:on|making|earning|paid|getting|taking home)",
    # Past pay said in the past tense: "last year I made about 46 with the county".
    r"i (?:made|earned|took home|brought home|grossed|cleared)",
    # "My package at Halvorsen & Pike is about 78 all in".
    r"my (?:current |present |last |previous |old )?" + _PAY_NOUN + r" (?:at|with|in) "
    r"(?:[\w&'’.-]+ ){1,4}?(?:is|'s|was|comes to|came to)",
    # "On 24 an hour now.": a sentence that opens with the sum, and says it is now.
    r"(?:(?<=^)|(?<=[.!?] ))on(?= (?:" + _SUM_START + r")[^.!?]{0,30}\b(?:now|currently|"
    r"at the moment|at present|these days)\b)",
    r"my " + _PAY_NOUN + r" (?:right now |now |currently |at the moment |today |these days |"
    r"(?:for )?(?:last|this) year )?"
    r"(?:is|'s|comes to|works out|was|came to|sits at|stands at|says?|said|shows?|showed|"
    r"added up to|adds up to|came out at|came out|comes out)",
    r"(?:they|dem|dey|the company|my employer|my boss|my firm|the firm|my agency|the agency) "
    r"(?:currently |now |only |just |still )?(?:pay|pays|paid|are paying|is paying|give|gives|"
    r"gave) me",
    r"my (?:current |present |last |previous |old )?" + _PLACE + r" (?:pays|paid|gives|gave)"
    r"(?: me)?",
    r"(?:last|previous|old) " + _PLACE + r" (?:paid|was paying|gave me)",
    # "at the practice I'm at now it's…", "where I am now", "the job I'm in now pays".
    r"i(?:'m| am| work) (?:at|with|in) (?:now|currently|at the moment)",
    # "Now I work at Harley shop, 24 dollar one hour": the workplace now, then the sum.
    r"(?:now|right now|currently|at the moment),? i work (?:at|for|in)\b",
    r"where i(?:'m| am) (?:at )?now",
    # "Now the farm where I am pay me 650 every week".
    r"where i (?:am|work)(?: now)? (?:pay|pays|paid) me",
    r"(?:at|in|with) my (?:current|present|last|previous|old) " + _PLACE,
)
# The workplace alone as the sign of pay ("at my current company", "where I am now"), and the
# pay words that must follow it outside talk of pay.
PLACE_ONLY = re.compile(r"(?:at|in|with) my |where i|i(?:'m| am| work) (?:at|with|in) ", re.I)
PAY_BETWEEN = rx(
    r"i(?:'m| am| was) (?:on|paid|earning|making|getting)",
    r"(?:i|they) (?:get|got|earn|earned|make|made|pay|paid)",
    r"pays?|paid|salary|wages?|package|rate|base",
)
# A figure said before the words: "£41,500 is what I'm on now".
CURRENT_PAY_BEFORE = rx(
    r"(?:is|'s|which is|that's) (?:roughly |about |just )?what i(?:'m| am)? (?:currently |now )?"
    r"(?:on|earn|make|get|take home|earning|making|getting)",
)
# Between the words about current pay and a figure, these say the figure is an ask, not pay:
# "Right now I'm on a fixed contract, so I'd want 45".
ASK_BETWEEN = rx(
    r"looking for",
    r"look for",
    r"hoping",
    r"hope",
    r"expect\w*",
    r"want\w*",
    r"would like",
    r"i'd like",
    r"like it to be",
    r"target\w*",
    r"aim\w*",
    r"asking",
    r"seeking",
    r"ideally",
    r"thinking",
    r"need",
    r"i'd be",
    r"would be",
    r"for this",
    r"for the (?:new )?(?:role|job|position)",
    r"here",
    r"in this role",
    r"instead",
    r"so i",
    r"but i",
    r"could",
    r"can (?:you|we)",
    r"would you",
    r"i'd (?:look|ask|go|say)",
    r"budget",
    r"market",
    r"advertised",
)
# Outside talk of pay, a sum that is the work's money, not one's pay: "running a team of four
# and a £15,000 maintenance budget", "a $2.4 million overspend", "£11,000 a year in fees".
WORK_MONEY_AFTER = re.compile(
    r"[\s-]*(?:(?!(?:plus|and|with|per|in)\b)[\w'’-]+[\s-]+){0,2}?(?:budgets?|turnover|revenue|"
    r"sales|contracts?|projects?|funds?|funding|grants?|bills?|fees|costs?|spend|overspend|"
    r"savings|losses|loss|orders?|"
    r"accounts?|portfolios?|deals?|refunds?|fines?|claims?|donations?|float|invoices?|"
    r"overtime bill|fit-?out|refurb\w*|programme|program)\b",
    re.IGNORECASE,
)
# Outside talk of pay, more words than this between "I'm on" and a figure tell the work, not
# the pay ("I'm on complex claims, which means I take the ones over five thousand pounds").
WORK_WORDS_BETWEEN = 5
# What may stand between "on" and a sum said as pay: nothing, or a word of estimate.
ON_SUM = re.compile(r"\s*(?:(?:about|around|roughly|just|only|nearly|like|basically)\s+)?", re.I)
# How far after the words a figure must come to be the pay they speak of (characters).
CURRENT_PAY_REACH = 70
# A figure said before the words must sit this close to them (characters).
CURRENT_PAY_BACK = 30
# No sum said as pay is longer than this (characters): how far back a figure may begin.
LONGEST_FIGURE = 60


def current_pay(
    text: str, figures: list[tuple[int, int]], pay_talk: bool = True
) -> list[tuple[int, int]]:
    """Spans where the speaker says what they earn now or earned before: the words and the
    first figure after them, in the same sentence with no ask between ("I'm on 38k at the
    minute", "my last job paid £14.50 an hour"), or a figure just before "is what I'm on".
    `figures` are the spans of the figures the caller reads (typed sums, or bare numbers in a
    conversation about pay). Reported words ("she said she's on 40k") do not count. Outside
    talk of pay (`pay_talk` false), naming one's workplace says nothing of pay unless pay is
    named before the figure: "at my current company I used this on a $2.4 million overspend"
    is a story."""
    # A figure's span may begin at the space before it (" 24 an hour"): start at its first mark.
    figures = sorted((s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in figures)
    starts = [s for s, _ in figures]
    out = []
    for m in CURRENT_PAY.finditer(text):
        if REPORTED.search(text[max(0, m.start() - 25) : m.start()]):
            continue
        # Only the figures after the words are read: found by bisection, so a line of many
        # figures and many such words costs no more than their count.
        for s, e in figures[bisect_left(starts, m.end()) :]:
            if s > m.end() + CURRENT_PAY_REACH:
                break
            between = text[m.end() : s]
            if not pay_talk and WORK_MONEY_AFTER.match(text, e):
                continue
            if not pay_talk and len(between.split()) > WORK_WORDS_BETWEEN:
                break  # "I'm on complex claims, which means the ones over five thousand"
            place_only = not pay_talk and PLACE_ONLY.match(m.group())
            if place_only and not PAY_BETWEEN.search(between):
                break
            # Outside pay talk "on" is pay only with the sum straight after it ("now on
            # £41k"): "I now check in-use dates on any addition over £10,000" is a method.
            loose_on = not pay_talk and m.group().lower().endswith(" on")
            if loose_on and not (ON_SUM.fullmatch(between) or PAY_BETWEEN.search(between)):
                break
            if not re.search(r"[.!?;](?:\s|$)", between) and not ASK_BETWEEN.search(between):
                out.append((m.start(), e))
            break
    for m in CURRENT_PAY_BEFORE.finditer(text):
        near = figures[
            bisect_left(starts, m.start() - CURRENT_PAY_BACK - LONGEST_FIGURE) : bisect_right(
                starts, m.start()
            )
        ]
        before = [f for f in near if m.start() - CURRENT_PAY_BACK <= f[1] <= m.start()]
        if before:
            out.append((before[-1][0], m.end()))
    return sorted(out)


OFFER_LESS = rx(
    r"(?:take|accept|go|settle|willing to take|open to|fine with|okay with|ok with) (?:for )?"
    r"(?:a (?:bit|little|lot|touch|small|slight|modest) )?(?:less|lower|a (?:pay )?cut|"
    r"a (?:small |slight |little |modest )?(?:drop|reduction|dip|step down|pay cut|cut))",
    # "under" and "below" only of a sum or a range ("take below that"), not "work under pressure".
    r"(?:take|accept|go|work|settle) (?:for )?(?:a (?:bit|little|lot|touch) )?(?:below|under) "
    r"(?:that|it|this|your|the|what|my|[$£€₹\d])",
    r"(?:can|could|would|'d) go (?:even |a (?:bit|little|lot) )?lower",
    # "I'd be fine a little under that", "though I'd come down some if I had to".
    r"(?:fine|okay|ok|happy|good|alright) (?:with )?(?:a (?:bit|little|touch) )?(?:under|below) "
    r"(?:that|it|this|your|the|what|my|[$£€₹\d])",
    r"(?:i'd|i would|i could|i can|i'll|i will) (?:\w+ )?(?:come|go|drop|move) down"
    r"(?: a bit| a little| some| a touch| a tad)?\b",
    r"(?:live|make do|manage|get by) (?:with|on) (?:a (?:bit|little|touch) )?(?:less|lower)",
    r"(?:take|accept) (?:whatever|anything)",
    # "whatever you can afford" offers the employer's floor; "whatever you think is fair"
    # defers with no figure, which is the missing range.
    r"whatever (?:salary |pay |figure |amount |rate |number )?(?:you|they|the \w+|your \w+) "
    r"(?:can |could )?(?:offer|pay|decide|do|manage|afford|stretch to|propose|give|suggest)",
    # A lower figure offered in the same breath: "even 92 would be fine", "then even 100 is
    # fine for me already".
    r"even (?:\$?\d[\d,.k]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)"
    r"[\w-]*) (?:would be|is|'d be|will be|works?|would work) (?:fine|ok|okay|alright|"
    r"acceptable|good|enough)",
    r"pay (?:me )?what(?:ever)? you can",
    # A lower decade offered after the ask: "84, though anything in the high seventies would
    # work".
    r"anything (?:in|around) the (?:high|mid|upper|low|lower)[- ]?(?:twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties|[1-9]0s) (?:would|will|should|could) "
    r"(?:work|do|be fine|be ok|be okay)",
    # "I'd accept 10% below", "fine with 15% less".
    r"(?:accept|take|fine with|okay with|ok with|happy with) (?:[\w'’-]+ ){0,2}?\d+ ?(?:%|percent|"
    r"per cent) (?:less|lower|below|under|cut)",
    r"(?:i'm|i am) not (?:fussed|bothered|precious|too worried) (?:about (?:the )?(?:money|salary|"
    r"pay|number|base))?",
    r"i(?:'d| would) (?:take|do|accept) anything",
    # (Not what the work needs: "I don't need much training".)
    r"(?:don't|do not) need (?:much|a lot|that much|a big salary)(?! (?:training|supervision|"
    r"help|support|guidance|time|notice|direction|managing|hand-holding|induction|looking "
    r"after|settling in|showing)\b)",
    r"money (?:isn't|is not|doesn't|does not) (?:really |so )?(?:important|matter)",
    r"(?:below|under|less than) (?:your|the) (?:range|budget|advertised)",
    r"(?:bottom|lower end|low end|minimum) of (?:the|your) (?:range|band|scale) (?:is|would be) "
    r"(?:fine|ok|okay|plenty|enough)",
    r"happy (?:to take|with) (?:less|a cut|the minimum|anything|whatever)",
    r"even (?:for )?less",
    # "I'd take forty, or even a bit under".
    r"or even (?:a (?:bit|little|touch|tad) )?(?:under|below|less|lower)\b",
    r"less (?:is|would be|will be) (?:also |still )?(?:okay|ok|fine|alright|acceptable|no problem)",
    r"(?:even|also) if it(?:'s| is) (?:the )?(?:minimum|lower|less)",
    # A lower figure accepted in the same breath: "35, but 32 or even 30 is also okay".
    r"or even (?:[\w$£€₹.,'’-]+ ){1,3}?(?:is|would be|will be) (?:also |still )?(?:okay|ok|fine|"
    r"alright|acceptable)",
    # Saying yes in advance to a lower offer: "if you came back at 140k I'd probably still say
    # yes", "even if you could only do 25".
    r"i(?:'d| would|'ll| will) (?:probably |happily |definitely )?still (?:say yes|take it|"
    r"accept|go for it|come)",
    r"even if you (?:could|can) only (?:do|offer|pay|manage|go to)",
    r"(?:won't|wouldn't|not going to|never) walk away over (?:the )?(?:money|pay|salary)",
    # The ask withdrawn in the same breath: "would 66 be possible? If not, that's totally
    # fine", "I'll meet you halfway" (before they have moved).
    r"if not,? (?:that's|that is|it's|it is) (?:totally |completely |absolutely |also )?(?:fine|"
    r"ok|okay|alright|no problem)",
    r"(?:i'll|i will|i'd|i could|happy to|let's) meet (?:you )?(?:in the middle|halfway)",
)
# In a pay answer, giving ground on one's own figure before any offer, as coaches warn
# against: "…but I'm flexible", "I'm not fixed on that number", "I don't want money to get in
# the way", "whatever works for you" (not flexibility about start dates or the package).
CONCEDES = rx(
    r"(?:but|though|although|and) (?:i'm|i am) (?:very |quite |pretty |really |totally |fully )?"
    r"(?:flexible|negotiable)(?! (?:on|about|with|around) (?:the )?(?:start|dates?|location|hours|"
    r"days|timing|title|package|mix|structure|bonus|benefits))"
    # Flexible about the work, not the pay: "I'm flexible once I know the shift pattern".
    r"(?![^.!?]{0,40}?\b(?:shifts?|pattern|rota|hours|nights|weekends|start date|travel)\b)",
    r"(?:not|never) (?:too |that |really )?(?:fixed|set|hung up|stuck|wedded) on (?:that|the|a|"
    r"my|this) (?:exact )?(?:number|figure|amount|salary)",
    r"(?:happy|willing|open|able|prepared) to (?:come|go|drop|move) down",
    r"(?:don't|do not) want (?:the )?(?:money|salary|pay|figure|number) to (?:be|get|stand) "
    r"(?:in the way|the thing|what|a problem|an issue|the reason|a barrier)",
    r"whatever works (?:best )?for you",
)
# In a pay answer, pay played down: "money isn't the main thing for me", "it's not about the
# money", "I'm not motivated by pay". It tells the employer a lower offer will do, which is
# why negotiation advice warns against it; in an answer about motivation it is no fault.
_PAY_WORD = r"(?:the )?(?:money|pay|salary|wage|package)"
PLAYS_DOWN = rx(
    _PAY_WORD + r"(?:'s| is)? (?:not|isn't|never) (?:really |actually |ever |necessarily )?"
    r"(?:the|my|a) (?:main|most important|biggest|big|first|top|primary|key|deciding|major) "
    r"(?:thing|priority|factor|driver|motivat\w+|concern|consideration|reason|issue|deal)",
    _PAY_WORD + r"(?:'s| is)? (?:not|isn't) (?:everything|a priority|my priority|what drives me)",
    r"(?:it's|it is|this is|that's|that is|it was) not (?:really |just |all |only |purely )?"
    r"(?:about|for) " + _PAY_WORD,
    r"(?:it|this|that) (?:isn't|wasn't) (?:really |just |all |only |purely )?(?:about|for) "
    + _PAY_WORD,
    r"(?:i'm|i am) not (?:really |here |doing (?:this|it) )?(?:in it )?for " + _PAY_WORD,
    r"(?:i'm|i am) not (?:really |that |very |too |especially )?(?:motivated|driven) by "
    + _PAY_WORD,
)
# Willingness to go down, said in any words, in a pay answer: a word for less and a word for
# accepting it close together ("I don't mind starting a bit lower", "the minimum is fine").
DOWNWARD = rx(
    r"less",
    r"lower",
    r"(?:come|go|drop|move|step|bring (?:it|that)) down",
    r"a (?:\w+ )?(?:drop|cut|reduction|dip|hit)",
    r"reduc\w+",
    r"minimum",
    r"bottom",
    r"lowest",
    r"smaller",
    r"cheaper",
    r"(?:below|under) (?:that|it|this|your|the|what|my|[$£€₹\d])",
)
WILLING = rx(
    r"ok(?:ay)?",
    r"fine",
    r"alright",
    r"all right",
    r"happy",
    r"happily",
    r"willing",
    r"accept\w*",
    r"i(?:'d| would| will|'ll| can| could) (?:\w+ )?(?:take|do)",
    r"flexible",
    r"open to",
    r"no problem",
    r"work with",
    r"(?:don't|do not) mind",
    r"still",
    r"live with",
    r"settle",
    r"good enough",
    r"consider",
    r"(?:can|could) go",
    r"ready to",
)
# …unless it is a floor or a refusal ("no less than 45", "I couldn't go lower"), or the lower
# figure is theirs ("if the budget is lower, I'd be happy to talk about the package").
FIRM = rx(
    r"no (?:less|lower) than",
    r"not (?:less|lower) than",
    r"nothing (?:less|lower|below)",
    r"at (?:the )?least",
    r"(?:not|never|n't) (?:\w+ ){0,2}(?:go|come|drop|take|accept|settle|move)",
    r"unable",
    r"not able",
    r"(?:budget|range|offer|band|rate|figure|it|that|salary|yours|pay) (?:is|was|seems|looks|"
    r"being|'s|comes in|came in) (?:\w+ )?(?:lower|less|below|under)",
)
# Less base in return for something is a trade, not a concession: "I'd be open to a slightly
# lower base if the commission plan is realistic".
TRADE = rx(
    r"(?:in exchange|in return|provided|as long as|so long as|if)\b[^.!?]{0,60}?\b(?:bonus|"
    r"commission|equity|shares|stock|review|remote|flexib\w+|training|holiday|leave|"
    r"progression|benefits|pension|ote|variable|plan|package|structure)",
)
# Words apart at most for "less" and "accepting it" to be one thought.
WILLING_REACH = 8


def offers_less(sentence: str) -> bool:
    """Whether a sentence of a pay answer offers to go down: a word for less near a word for
    accepting it, and no floor or refusal."""
    if FIRM.search(sentence) or TRADE.search(sentence):
        return False
    if CONCEDES.search(sentence):
        return True
    # Word number of a match: the word it starts in (or the next one), found by bisection so
    # a long unpunctuated answer costs n log n, not n squared.
    ends = [m.end() for m in re.finditer(r"\S+", sentence)]
    downs = [bisect_right(ends, m.start()) for m in DOWNWARD.finditer(sentence)]
    # A phrase's first and last words both count ("I'd happily take … a little bit less").
    wills = sorted(
        bisect_right(ends, pos)
        for m in WILLING.finditer(sentence)
        for pos in (m.start(), m.end() - 1)
    )
    for d in downs:
        k = bisect_left(wills, d)  # wills are in order: the nearest is at k or k - 1
        if any(abs(d - wills[j]) <= WILLING_REACH for j in (k - 1, k) if 0 <= j < len(wills)):
            return True
    return False


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
    r"what (?:the|your) (?:budget|budgeted range|range|band|salary band|salary range|pay range) "
    r"(?:is|would be|looks like)",
    r"(?:the )?top of (?:your|the) (?:budget|range|band)",
    r"open to (?:discuss|discussing|talking|a conversation)",
    r"depend(?:s|ing)? on the (?:whole|full|total|overall) package",
    r"(?:the )?(?:whole|full|total) package",
    r"flexible depending",
    r"(?:happy|glad) to (?:discuss|talk about) (?:it|this|that|salary|pay)",
)
# Pay seen as more than the base, in a pay answer: "happy to talk about the whole package",
# "the van and overtime rates", "the pension matters to me too".
WHOLE_PACKAGE = rx(
    r"(?:whole|full|total|overall|wider) (?:package|offer|picture)",
    r"package",
    r"benefits",
    r"pension",
    r"bonus(?:es)?",
    r"overtime",
    r"holiday",
    r"equity",
    r"shares",
    r"progression",
)
# A public pay scale stands for a range ("an NHS Band 6 post, on the pay point for my years"),
# and is a reason for a figure.
_PAY_SCALE = (r"band \w+", r"pay (?:point|scale|spine|grade)", r"agenda for change", r"scale point")
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
    r"compar\w+",
    r"(?:advertised|posted|listed) (?:range|salary|rate)",
    r"(?:adverts?|ads|postings?|listings?|job boards?|vacancies)",
    r"industry",
    r"(?:my|of) experience",
    r"the scope",
    r"years of experience",
    # Time in the trade is a reason ("five years on the WMS", "ten years on the tools", "I done
    # twelve year on the drawbridge").
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)(?:[- ][a-z]+)? years?",
    r"qualifications?",
    r"(?:degree|master's|masters|certificat\w*|licen[cs]e|chartered|accredit\w*)",
    r"because i (?:also |already )?(?:have|bring|cover|manage|run|lead|hold|do|can)",
    r"(?:other|similar|better|most|comparable) (?:\w+ )?(?:agencies|companies|employers|firms|"
    r"practices|hotels|programmes|programs|schemes|trusts|schools|roles|places) (?:\w+ ){0,3}"
    r"(?:offer|pay|are offering|are paying|offering|paying)",
    r"(?:usually|normally|generally|typically) (?:sit|pay|paid|get|range|go|offer|around|between|"
    r"about)",
    r"(?:from what )?i(?:'ve| have) seen",
    r"(?:\w+s) (?:are|were) (?:\w+ )?(?:getting|earning|paid|making|on) (?:about |around )?"
    r"[$£€₹\d]",
    r"(?:glassdoor|levels\.fyi|payscale|salary guide|salary survey|pay survey)",
    r"(?:pay )?scales?",
    *_PAY_SCALE,
)

# A figure named earlier in the talk, or in the question, is still on the table: "the figure I
# gave is based on…" answers "our budget is 10% below what you asked for".
FIGURE_BEFORE = rx(
    r"(?:the|my) (?:figure|number|range|amount|salary|rate|ask) (?:that )?i (?:gave|mentioned|"
    r"said|quoted|asked for|put forward|named|suggested)",
    r"what i (?:asked for|said|mentioned|quoted|suggested)",
    r"my (?:ask|asking figure|asking salary|original figure|original number)",
)
PAY_SCALE = rx(*_PAY_SCALE)
