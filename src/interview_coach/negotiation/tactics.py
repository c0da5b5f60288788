"""The candidate's negotiating mistakes, each quoted from what they said.

Pure: the candidate's lines (with the moment each answered), the counterpart's offers and
the market median in; mistakes out. The codes, costs and advice live in the one registry
(`analysis/registry.py`, TACTICS).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from interview_coach.analysis import pay_cues
from interview_coach.analysis.registry import TACTICS
from interview_coach.negotiation.accepting import accepts
from interview_coach.negotiation.money import (
    SYMBOLS,
    US_CURRENCY,
    Covered,
    Figure,
    figures,
    money,
    talks_by_hour,
)
from interview_coach.negotiation.reasons import OFFER_NOW, gives_reason

# Below the market median by more than this share, a first number is a low anchor.
LOW_ANCHOR = 0.10

ASK = re.compile(
    r"\b(could you|can you|can we|could we|would you|would it be possible|could i|can i|"
    r"is there (?:any )?(?:room|flexibility|way|chance)|any chance|i was hoping|i'?d (?:like|"
    r"hoped|want|need|ask)|i(?:'m| am) (?:looking for|hoping|asking)|i want|i need|ask for|"
    r"increase|raise|bump|go(?:ing)? (?:up|higher)|(?:a (?:little|bit)|any|some|much) "
    r"(?:more|higher)|more (?:money|on (?:the )?base|base)|meet me|get (?:it|that|the base) "
    r"to|move (?:on|up)|match (?:it|that|this|\$?\d)|room|"
    # The employer asked to pay for something: "Can the shop pay some tool money?"
    r"can (?:the|your) [\w-]+(?: [\w-]+)? (?:pay|cover|give|provide|put|add|include))\b",
    re.IGNORECASE,
)
# Another offer said in the present: "they offer me 61 already", "Siemens already offer me 72".
LEVERS = re.compile(
    r"\b(bonus|signing|sign-on|equity|stock|rsus?|options|shares|pto|paid time off|vacation|"
    r"holiday|leave|days off|annual leave|remote|hybrid|work from home|wfh|flexib\w*|"
    # (Not "let me know the start date", the next steps.)
    # (Nor "let's set a start date" at the close.)
    r"(?<!know the )(?<!confirm the )(?<!what's the )(?<!what is the )(?<!set a )(?<!set the )"
    r"(?<!agree a )(?<!agree the )start date|"
    r"start later|title|relocation|moving|learning|training|education|conference|"
    r"certification budget|tuition|benefits?|health|insurance|401k|pension|retirement|"
    r"review|six[- ]month|commute|parking|overtime|(?<!every )(?<!each )(?<!per )shifts?|"
    r"schedule|personal days?|paid days?|"
    r"routes?|four[- ]day|(?:fewer|flexible|part[- ]time|compressed) hours|allowances?|"
    r"(?:company |work )?(?:van|truck|car|vehicle|phone|laptop)|on-call|call-out|uniform|"
    r"start (?:in|on|after)|instead of (?:two|three|four|\d+) weeks|"
    # Levers in a trade's words: "the commission split", "mileage", "per diem", "my NCC
    # renewal", "AHIMA membership", "CE days", "scrubs provided", "home office equipment".
    r"commission|mileage|per diem|stipend|membership|dues|renewal|exam fees?|ce days|ceus?|"
    r"cmes?|cpe|continuing education|equipment|gear|kit|scrubs|boots|tools?|loan forgiveness|"
    r"reimburs\w*|certification fees?|"
    r"sponsor\w*|differential|self-scheduling|rotation|sabbatical|childcare|expenses|travel|"
    # A longer contract, a certification paid, supplies the company covers: "a twelve-month
    # contract instead of ten", "the bar oil for the saw, the company can pay for that?".
    r"contract instead|(?:month|year) contract|certification|(?:the company|you|y'?all|they) "
    r"(?:can |could |would |will )?(?:pay|cover) (?:for )?(?:that|it|this|my|the))\b",
    re.IGNORECASE,
)
APOLOGY = re.compile(
    # (Not "sorry, you cut out", said of the line, not of the ask.)
    # (Nor "sorry to hear the budget is tight", sympathy.)
    r"\b(sorry(?! to hear)(?!,? (?:you (?:cut|broke|went)|the line|bad line|i (?:didn'?t|did not) "
    r"(?:catch|hear)|i missed|could you (?:say|repeat)|say (?:that|again)|what was that))|"
    r"apologi[sz]e|apologies|i hope (?:this|that|it)(?:'s| is)? (?:ok|okay|alright|not)|"
    r"if (?:it'?s|that'?s|this is) not too|(?:it'?s|is) not too much to ask|cheeky|"
    r"i know (?:it'?s|this is|that'?s) (?:a lot|"
    r"asking a lot)|don'?t want to (?:be|seem) (?:greedy|pushy|difficult|rude)|feel (?:bad|"
    r"awkward)|awkward|hate to (?:ask|push|keep)|if at all possible|no pressure|"
    r"totally understand if not|"
    r"only if it'?s okay|forgive me|excuse me for asking|i don'?t mean to|might be a silly|"
    r"not sure if i(?:'m| am) allowed|if that'?s (?:even )?(?:possible|okay|ok|alright)|"
    r"i hope (?:you|that) don'?t mind|pardon me for|if you don'?t mind me asking|"
    r"hate to be (?:difficult|a pain|a bother|that person)|(?:totally |completely )?fine if not|"
    r"if it'?s no trouble|(?:don'?t|do not) want to be a (?:bother|pain)|"
    r"(?:i hope )?(?:this|that|it) (?:isn'?t|is not|wasn'?t) (?:out of line|too (?:much|forward))|"
    r"(?:don'?t|do not) want to (?:sound|come across as|look) (?:greedy|pushy|difficult|rude|"
    r"ungrateful)|i hope i(?:'m| am) not (?:overstepping|being (?:too )?(?:pushy|greedy|cheeky|"
    r"difficult|rude|forward)|asking too much)|if i(?:'m| am) (?:not )?overstepping)\b",
    re.IGNORECASE,
)
HOSTILE = re.compile(
    r"\b(or i(?:'ll| will)? (?:walk|leave|go elsewhere|take the other)|take it or leave it|"
    r"non-negotiable|match (?:it|this|that) or|otherwise i(?:'m| am| will|'ll)? (?:out|walk|"
    r"walking|leaving|go)|ridiculous|insult\w*|a joke|waste of (?:my )?time|lowball\w*|"
    r"final offer from me|that'?s my final|or (?:we'?re|i'?m) done|don'?t waste|greedy company|"
    r"or i'?m out|or i (?:stay|walk|leave|go)(?: where i am| put)?|(?:then )?we'?re done here|"
    r"or i stay put|not a (?:penny|cent|dollar) less|"
    r"doesn'?t scare me|"
    # Said any way: "match 66 or I'm gone", "33 an hour or I ain't leavin'", "I will have to
    # decline", "no scale, no deal".
    r"or i'?m gone|match \$?\d[\d,.k]* or|or i (?:ain'?t|won'?t|will not|am not|'m not|"
    r"don'?t|do not) (?:leav|com|mov|tak|sign|accept)\w*|(?:will|'ll|would|'d) (?:have|be "
    r"(?:constrained|forced|obliged)) to (?:decline|walk away|turn (?:it|this|you) down|look "
    r"elsewhere)|my final answer|no \w+(?: \w+)?,? no deal|"
    # "…or I'll go haul for somebody that will", "if hazard pay isn't in writing, I'm not
    # signing", "don't jerk me around".
    r"or i(?:'ll| will) go (?:back|elsewhere|somewhere else|(?:\w+ )?(?:for|to|with) (?:somebody|"
    r"someone|another|the other|them))\b|if [^.!?]{0,60}?\b(?:isn'?t|is not|aren'?t|are not|can'?t|"
    r"cannot|won'?t|doesn'?t)\b[^.!?]{0,40}?,? i(?:'m| am) not (?:sign|com|tak|accept|join|"
    r"mov)\w*|jerk\w* (?:me|us) around|mess\w* (?:me|us) (?:about|around)|"
    r"go find (?:somebody|someone) else|"
    # A figure or the consequence: "Seventy-seven or I'm goin' back to the river plants",
    # "Eighty-nine, or I keep the job I've got"; a condition with a threat: "if the base can't
    # reach 175, I'll sign the other offer", "if you cannot match, then I will take the other
    # offer", "if you cannot make 65, I stay where I am", "…, I'm out".
    r"(?:\d[\d,.k]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|one|two|"
    r"three|four|five|six|seven|eight|nine)[\w-]*),? "
    r"or (?:i|ah|mi)(?:'ll|'m| will| am)? (?:go|goin'?|going|gone|keep|stay|sign|take|walk|"
    r"leave|withdraw|good\b)\w*|"
    # The offer called a slight to one's face: "that's a slap in the face".
    r"slap in the face|"
    r"if (?:the base|the number|the offer|the salary|it|you|that|this) (?:can'?t|cannot|can not|"
    r"won'?t|will not|doesn'?t|does not) (?:reach|make|meet|match|do|get to|come up to|hit|move)"
    r"\b[^.!?]{0,40}?\bi(?:(?:'ll| will| am going to|'m going to)? (?:sign|take|go|walk|withdraw|"
    r"stay|keep|leave|accept|decline)|(?:'m| am) (?:out|gone|leaving|walking|signing|going))\b|"
    r"if (?:it|you|that|they) (?:can'?t|cannot|won'?t|will not),? i(?:'ll| will) (?:withdraw|walk|"
    r"leave|decline|sign|go|take)\b|"
    r"wastin[g'’]? (?:my|our|each other'?s) time|cheap trick|"
    # The other offer as the consequence, or the job refused without it: "if we can't get there
    # by then, I'll sign with the other company", "without this I don't come, simple".
    r"i(?:'ll| will) (?:sign|go) with (?:the other|another) (?:company|offer|firm|employer|shop)|"
    # A deadline with the other offer as the price: "you get to 125 by Friday or I sign with
    # them".
    r"by (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the end of (?:the )?"
    r"(?:day|week)|noon) or i(?:'ll| will)? (?:sign|go|walk|take|accept|leave)\b|"
    r"or i(?:'ll| will)? sign with (?:them|the other|another)\b|"
    r"without (?:this|that|it|the [\w-]+|(?:a|an) [\w-]+ [\w-]+),? i (?:don'?t|do not|won'?t|will "
    r"not|can'?t|cannot) (?:come|sign|"
    r"accept|join|start|take)|"
    r"(?:i )?(?:don'?t|do not) appreciate (?:it|that|this|being)|"
    # "Seventy-four or no deal", "you give fifty-two or tomorrow I go to the other company",
    # "this is your problem, not my problem".
    r"or no deal|or (?:tomorrow|today|else|(?:on )?(?:mon|tues|wednes|thurs|fri)day|next week|"
    r"this week),? i(?:'ll| will)? (?:go|sign|walk|leave|take)|(?:that'?s|this is|it'?s) your "
    r"problem,? not (?:my|mine)|"
    # "You don't give, I go there, finish", "if the letter comes in under that, we can part ways".
    r"you (?:don'?t|do not|won'?t|can'?t) (?:give|pay|match|do)(?: (?:it|that|this|me))?,? "
    r"i(?:'ll| will)? (?:go|walk|leave|sign|take)|(?:we can|we'?ll|we will|we should|then we) "
    r"part ways|"
    # "If not 3.200, I stay in my job. Is final", "that's not a bluff", "ah'll no' waste yer
    # time or mine", "real cheap outfit you're running".
    r"if not [$£€]?[\w.,]+,? i(?:'ll| will)? (?:stay|go|walk|leave|keep|sign|take)|"
    r"(?:(?<=^)|(?<=[.!?,] ))(?:it'?s |is |that'?s )?final(?=[.!?]|$)|"
    r"(?:that'?s|this is|it'?s|i'?m) not (?:a )?bluff(?:ing)?|waste (?:your|yer|ya) time or "
    r"mine|cheap (?:outfit|company|firm|shop|place|bunch|operation))\b",
    re.IGNORECASE,
)
# A lever named only to turn it down, the whole line: "No, I think the benefits are fine as
# they are" (not "No, the base is fine, but I'd like more PTO").
DECLINES = re.compile(
    r"\s*(?:no|nah|nope)\b(?![^.!?]*\bbut\b)[^.!?]*\b(?:fine|good|ok|okay|enough|as (?:it|they) "
    r"(?:is|are))\b[^.!?]*[.!?]?\s*$",
    re.IGNORECASE,
)
IN_WRITING = re.compile(
    # In any English: "sen' mi di offer inna writing", "when do ye want me to start?", "you
    # send me the paper to sign".
    r"\b(in(?:na)? writin[g'’]?|when (?:do|would|should|can|could) (?:you|ye|y'?all|you all) "
    r"(?:want|need) me to start|start date|(?:the )?papers? to sign|sen[d'’]? (?:me |mi )?"
    r"(?:the |di )?(?:offer|paper|papers|letter)|written offer|offer letter|what happens next|"
    r"what(?:'s| is) next|"
    r"what (?:do|should) i (?:need to )?do next|"
    # The start asked about: "When do I start, and where do I sign?", "When's orientation?"
    r"when (?:do|can|should|would) (?:i|we) start|where (?:do|can|should) i sign|"
    r"when(?:'s| is) (?:orientation|induction|onboarding|my first day)|"
    # "What do I need to bring on the first day?", "you write the paper for me, I sign".
    r"what (?:do|should) i (?:need to )?bring|(?:write|give|make|send|mail|post)(?: me| us)? "
    r"(?:the|di|a) "
    r"(?:paper|papers|letter)|"  # ("contract" alone is read below)
    r"send (?:me |over |through )?(?:it|the offer|"
    r"that|everything|the details|a copy|the paperwork)|email (?:it|me|that|the offer)|next "
    r"steps?|paperwork|contract|put (?:it|that|this) (?:in writing|down)|formal offer|"
    r"confirm (?:it|that|this|in writing|by email)|(?:in|by|over|via) (?:an? )?e-?mail|"
    # "send me the written terms", "write it down for me on the paper", "get the papers to me".
    r"written (?:terms|contract|version|copy|confirmation|agreement)|write (?:it|that|this|"
    r"everything) down|on (?:the )?paper|(?:get|give|bring|hand) (?:me )?(?:the )?papers?\b)\b",
    re.IGNORECASE,
)


# Asking for time to think is not asking for more.
TIME_TO_THINK = re.compile(
    r"\b(a day|a few days|some time|(?:more )?time to (?:think|look|review|consider|decide)|"
    r"sleep on it|get back to you|look (?:it |this |that )?over|think (?:it|this) over|"
    r"talk (?:it|this) (?:over|through)|think about it|call you back|overnight|"
    r"until (?:tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the end of)|"
    r"talk to my (?:wife|husband|partner|family))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    """One thing the candidate said: its turn number and the moment it answered."""

    turn: int
    text: str
    stage: str  # expectations, offer, pushback, levers, close


@dataclass(frozen=True)
class Mistake:
    code: str
    message: str
    turn: int | None
    text: str | None

    def as_json(self) -> dict[str, object]:
        evidence = {"turn": self.turn, "text": self.text} if self.turn is not None else None
        return {"code": self.code, "message": self.message, "evidence": evidence}


def find_mistakes(
    lines: list[Line],
    *,
    median: float | None,
    first_offer: float | None,
    offers_before: dict[int, float],
    target: float | None,
    no_deal: bool = False,
    walk_away: float | None = None,
    agreed: float | None = None,
    currency: str | None = US_CURRENCY,
) -> list[Mistake]:
    """Every mistake in the candidate's lines. `offers_before[turn]` is the counterpart's
    base offer standing when that turn was said (absent before the first offer); `no_deal`:
    the talk ended without an agreement, so there is no offer to ask for in writing;
    `agreed`: the base of a deal made, checked against the candidate's `walk_away`."""
    found: list[Mistake] = []

    # The advice's "$X" stands for a sum: said in the job's currency ("£X"; "X" when unknown).
    sign = SYMBOLS.get(str(currency).upper(), "")

    def add(code: str, line: Line | None, detail: str = "") -> None:
        tactic = TACTICS[code]
        instead = tactic.instead.replace("$", sign)
        message = f"{tactic.title}{': ' + detail if detail else ''}. {instead}"
        quote = _quote(line.text) if line else None
        found.append(Mistake(code, message, line.turn if line else None, quote))

    def near(ln: Line) -> float | None:
        """The yearly figure a line's bare numbers are read against ("could we do 112?")."""
        return offers_before.get(ln.turn) or first_offer or median or target

    said = [ln for ln in lines if ln.text.strip()]
    hourly: dict[int, bool] = {}
    talk = False
    for ln in said:  # in order: each line's talk carries on from the one before
        hourly[ln.turn] = talk = talks_by_hour([ln.text], talk)

    def by_hour(ln: Line) -> bool:
        """Whether the candidate talks by the hour at this line (`money.talks_by_hour`)."""
        return hourly.get(ln.turn, False)

    if target is None:
        add("no_target", None, "you went in without a figure to aim for")
    for ln in said:
        # A sum given as current or past pay ("they pay me 90 right now", "my package now is
        # 58 base").
        if current_pay_figures(ln.text, near(ln), by_hour(ln)):
            add("disclosed_current_salary", ln)
            break
    first = next(
        ((ln, f) for ln in said for f in figures(ln.text, near(ln), by_hour(ln))[:1]), None
    )
    if first is not None:
        ln, fig = first
        standing = offers_before.get(ln.turn)
        if standing is not None and fig.annual < standing:
            asked, offer = money(fig.annual, currency), money(standing, currency)
            add("anchored_low", ln, f"{asked} is below their offer of {offer}")
        elif standing is None and median and fig.annual < median * (1 - LOW_ANCHOR):
            asked, middle = money(fig.annual, currency), money(median, currency)
            add("anchored_low", ln, f"{asked} is under the market median, {middle}")
    after = [ln for ln in said if ln.stage != "expectations"]
    reply = next((ln for ln in after if ln.stage == "offer"), None)
    accepted_at_once = (
        reply is not None
        and accepts(reply.text)
        and not _asks(reply, offers_before, near(reply), by_hour(reply))
    )
    if accepted_at_once:
        add("accepted_first_offer", reply)
    asks = [ln for ln in after if _asks(ln, offers_before, near(ln), by_hour(ln))]
    if first_offer is not None and not asks:
        add("no_counter", reply or (after[0] if after else None))
    if asks and not any(gives_reason(ln.text) for ln in said):
        add("counter_without_rationale", asks[0])
    lowered = _lowered(said, offers_before, near, by_hour)
    later = [x for x in said if first is None or x is not first[0]]  # the first is the anchor
    under = _under_offer(later, offers_before, near, by_hour)
    if under is not None and lowered in (None, under[0]):
        ln, fig, standing = under
        asked, offer = money(fig.annual, currency), money(standing, currency)
        add("negotiated_against_self", ln, f"you asked for {asked}, under their offer of {offer}")
    elif lowered is not None:
        add("negotiated_against_self", lowered)
    if (
        first_offer is not None
        and not accepted_at_once
        and not any(LEVERS.search(ln.text) and not DECLINES.match(ln.text) for ln in after)
    ):
        add("ignored_total_compensation", after[-1] if after else None)
    for ln in said:
        if APOLOGY.search(ln.text):
            add("apologetic_language", ln)
            break
    for ln in said:
        if HOSTILE.search(ln.text):
            add("ultimatum_or_hostile", ln)
            break
    if said and not no_deal and not IN_WRITING.search(said[-1].text):
        add("no_written_confirmation", said[-1])
    if agreed is not None and walk_away is not None and agreed < walk_away:
        add(
            "accepted_below_walk_away",
            said[-1] if said else None,
            f"you accepted {agreed:,.0f}, below your walk-away of {walk_away:,.0f}",
        )
    return found


def _asks(
    ln: Line, offers_before: dict[int, float], near: float | None = None, by_hour: bool = False
) -> bool:
    """A request for more: a figure above the standing offer, a demand with a number in it,
    or asking for something other than the offer in writing."""
    standing = offers_before.get(ln.turn)
    said = figures(ln.text, near, by_hour)
    if standing is not None and any(f.annual > standing for f in said):
        return True
    if HOSTILE.search(ln.text) and re.search(r"\d", ln.text):
        return True  # "75 or I walk": a demand, badly made
    if accepts(ln.text) and not LEVERS.search(ln.text):
        return False  # accepting, perhaps asking for the letter
    if TIME_TO_THINK.search(ln.text) and not LEVERS.search(ln.text):
        return False  # "could I have a day to look it over?"
    return bool(ASK.search(ln.text)) and not (
        IN_WRITING.search(ln.text) and not LEVERS.search(ln.text)
    )


def _lowered(
    said: list[Line],
    offers_before: dict[int, float],
    near: Callable[[Line], float | None],
    by_hour: Callable[[Line], bool],
) -> Line | None:
    """The line where the candidate came down from their own last ask while the counterpart's
    offer had not moved: a lower figure ("110, but 100 would do"), an offer to go lower
    ("114, but I could go a bit lower"), or less of anything else ("30 days would be ideal,
    but 25 is acceptable")."""
    last: tuple[Figure, float | None] | None = None  # (their figure, the offer then)
    for ln in said:
        standing = offers_before.get(ln.turn)
        asked = _own_asks(ln, near(ln), by_hour(ln))
        for fig in asked:
            above = standing is None or fig.annual > standing  # still above their offer
            if last is not None and _gave_more_than_got(last, fig, standing) and above:
                return ln
            last = (fig, standing)
        if (
            last is not None
            and last[1] == standing
            and _offers_less(ln.text, max((f.end for f in asked), default=0))
        ):
            return ln
        if _fewer_of_the_same(ln.text):
            return ln
    return None


def _under_offer(
    said: list[Line],
    offers_before: dict[int, float],
    near: Callable[[Line], float | None],
    by_hour: Callable[[Line], bool],
) -> tuple[Line, Figure, float] | None:
    """A counter under the offer on the table ("Could you do 34,000?" to 36,000): (line, figure,
    offer)."""
    for ln in said:
        standing = offers_before.get(ln.turn)
        if standing is None or LEVERS.search(ln.text):
            continue  # a bonus, an allowance or a differential is not the base
        top = max(_own_asks(ln, near(ln), by_hour(ln)), key=lambda f: f.annual, default=None)
        if top and UNDER_OFFER_MIN * standing <= top.annual < standing * (1 - SAME_FIGURE_SHARE):
            return ln, top, standing
    return None


UNDER_OFFER_MIN = 0.75  # a base asked for further under the offer is another sum (a caseload)


# A drop this small between an hourly and a yearly figure is the same figure said round ("26
# an hour, that's 54 thousand"); said the same way, any drop is a drop ("108… but 107 also
# fine").
SAME_FIGURE_SHARE = 0.01
# "I need it over 50": a floor, not an ask (the words just before the figure).
FLOOR_REACH = 15
_FLOOR_BEFORE = re.compile(r"\b(?:over|above|more than)\s*[$£€]?$", re.IGNORECASE)


def _gave_more_than_got(
    last: tuple[Figure, float | None], figure: Figure, standing: float | None
) -> bool:
    """Whether a figure comes down from the candidate's last ask by more than the other side
    moved since it (nothing, or a token: 245 down to 225 after the offer went up 2,000)."""
    asked, offer_then = last
    drop = asked.annual - figure.annual
    if drop <= 0 or (asked.hourly != figure.hourly and drop <= SAME_FIGURE_SHARE * asked.annual):
        return False
    if standing == offer_then:
        return True
    moved = (standing or 0.0) - (offer_then or 0.0)
    return standing is not None and offer_then is not None and drop > moved


# A figure that reports what others pay or offer, not the candidate's ask: "postings around
# Nashville are running 48 to 52", "an offer pending from a bank at 112,000", "they're paying
# 110 to 115".
_REPORTED_FIGURE = re.compile(
    r"\b(?:postings?|adverts?|ads|market|surveys?|median|average|going rate|range for|"
    r"(?:are|is|were) (?:running|paying|clearing|offering|earning|making|at|getting|on)|paying|"
    r"pulls?|pulling|scale|buddy|mates?|cousin|brother|sister|"
    r"run(?:s|ning)? (?:from|between|at|around)|"
    r"offer (?:pending )?(?:from|at)|an offer|(?:another|other|second|competing) offers?|"
    r"offered|" + OFFER_NOW + r"|friends?|peers?|others|colleagues)\b"
    r"(?![^,;]*\b(?:i'd|i would|i'm looking|i am looking|my target|ask(?:ing)? for|so i)\b)"
    r"[^.!?]*$",
    re.IGNORECASE,
)


def _reported(text: str, start: int) -> bool:
    """The figure at `start` is what others pay or offered (see _REPORTED_FIGURE)."""
    return bool(_REPORTED_FIGURE.search(text[max(0, start - 80) : start]))


def _offers_less(text: str, after: int = 0) -> bool:
    """ "I could go a bit lower", "whatever's fair", said after the ask (`after`: where the
    line's own figure ends; "happy with anything around 50k" is a low ask, not a retreat) and
    not refused ("I couldn't go lower")."""
    matches = [*pay_cues.OFFER_LESS.finditer(text), *_CEDES.finditer(text)]
    return any(
        m.start() >= after and not pay_cues.NEGATED.search(text[: m.start()]) for m in matches
    )


# After a figure of one's own, leaving the number to them gives it up: "170? … whatever you
# think is fair" (with no figure at all it is the missing range, judged apart).
_CEDES = re.compile(r"\bwhatever you think is (?:fair|right|reasonable)\b", re.IGNORECASE)


# "30 days would be ideal, but 25 days is fine": the same thing, fewer of it, in one breath.
_FEWER = re.compile(
    r"\b(\d{1,3})\s+(days?|weeks?|percent|%|hours?)\b[^.!?]{0,60}?\b(?:but|or|though|also|even)"
    r"\b[^.!?]{0,20}?\b(\d{1,3})\s+(?:\2|days?|weeks?|percent|%|hours?)?[^.!?]{0,25}?\b(?:is|would "
    r"be|'d be|would do|will do|works?|is fine|okay|ok|acceptable|fine|enough)\b",
    re.IGNORECASE,
)


def _fewer_of_the_same(text: str) -> bool:
    return any(int(m.group(3)) < int(m.group(1)) for m in _FEWER.finditer(text))


def split_current_pay(
    text: str, near: float | None, by_hour: bool = False
) -> tuple[list[Figure], list[Figure]]:
    """A line's figures in two: those it gives as what the candidate earns now or earned
    before ("my package now is 58 base", "they pay me 90 right now"), and the rest, its asks
    ("Right now I'm on $23 an hour, so I'd look for $25" asks for $25)."""
    said = figures(text, near, by_hour)
    spans = Covered(pay_cues.current_pay(text, [(f.start, f.end) for f in said]))
    now = [f.start in spans for f in said]
    return [f for f, n in zip(said, now, strict=True) if n], [
        f for f, n in zip(said, now, strict=True) if not n
    ]


def current_pay_figures(text: str, near: float | None, by_hour: bool = False) -> list[Figure]:
    """The figures a line gives as current or past pay: "$32 an hour. Right now I make $29"."""
    return split_current_pay(text, near, by_hour)[0]


# A figure this many times the market median is a result or a budget ("cut agency spend by
# 1.2 million"), never a pay ask.
NOT_AN_ASK_MULTIPLE = 4.0


def _own_asks(ln: Line, near: float | None, by_hour: bool) -> list[Figure]:
    """The figures a line asks for itself: not a sum reported, nor a floor ("over 50")."""
    return [
        f
        for f in _asked(ln.text, near, by_hour)
        if not _reported(ln.text, f.start)
        and not _FLOOR_BEFORE.search(ln.text[max(0, f.start - FLOOR_REACH) : f.start])
    ]


def _asked(text: str, near: float | None = None, by_hour: bool = False) -> list[Figure]:
    """The figures a line asks for: those given as current pay, and sums far beyond any pay,
    are not asks."""
    said = split_current_pay(text, near, by_hour)[1]
    return [f for f in said if near is None or f.annual <= NOT_AN_ASK_MULTIPLE * near]


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
