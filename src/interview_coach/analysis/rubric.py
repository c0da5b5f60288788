"""The question's rubric checked against the answer: which strong-answer points it covers (with
the sentence that covers each) and which pitfalls it falls into (with the words).

A rubric point is written for people ("Gives an example of when it showed"), so it is read
for the aspect it asks about (an example, a result, the steps, a lesson, …) and that aspect
is looked up in the analysis already done: frame parts, specifics, judgements. An aspect
whose parts the question's frame does not have is passed over for the next one the point
names ("the natural next step" of an introduction is its future, not an action's steps). A
point that names no known aspect is matched on shared content words, and a point met by what
the answer leaves out ("stays positive about the current employer") by the judgement that did
not fire. Pitfalls are matched to the judgement codes they describe.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview_coach.analysis import answer_cues, cues, pay_cues, pay_figures
from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.registry import fault_reach
from interview_coach.analysis.spans import SpanMaker, as_evidence, clear_of, sentences_at
from interview_coach.types import (
    Content,
    Evidence,
    Judgement,
    Question,
    Rubric,
    RubricPoint,
    Structure,
)

# Aspect of a rubric point, from its words (first match wins), and the frame parts that
# show it.
_ASPECTS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), parts)
    for name, pattern, parts in (
        # Pay points, read only in a pay answer ("willingness to pay" in a pricing question is
        # not one): what the figure rests on, the figure, the package.
        ("reason", r"\b(anchor\w*|market|benchmark\w*|justif\w*)\b", ()),
        ("range", r"\b(range|market rate|salary|figure|pay)\b", ()),
        ("package", r"\b(package|benefits|overall offer|total (compensation|reward))\b", ()),
        # Time out of work, asked about: what was kept up in it, the reason for it, and being
        # ready now (before "steps", whose "what you did" the first shares).
        ("kept_up", r"\b(kept up|keep up|practised|practiced)\b", ()),
        ("time_out", r"\b(time out|the gap|the break|career break)\b", ()),
        ("ready", r"\bready (now|to|for)\b", ()),
        # Measuring first ("measures the process before changing it", "the baseline"): the
        # data gathered before the change, not the result after it.
        ("baseline", r"\bmeasures? (the (process|baseline)|before)|\bbaseline\b", ()),
        # What the speaker wants from the job ("want to learn or achieve here", a move
        # "towards something") is a wish to come, not a lesson from the past.
        (
            "aim",
            r"\bwant to (?:learn|achieve|grow|develop)|\bhope to (?:learn|achieve)|"
            r"\btowards? something",
            (),
        ),
        # What was changed so it does not happen again is a lesson put to work: "describes the
        # change that prevents a repeat", "shows what you changed afterwards".
        (
            "lesson",
            r"\b(lesson|learn\w*|reflect\w*|differently|hindsight|grew|growth|prevents? (?:a "
            r")?repeat|next time|(?:changed|changes?) (?:afterwards|since|made next))\b",
            (),
        ),
        # "Picks a real failure with real consequences": a setback told as what it cost.
        (
            "failure",
            r"\breal (?:failure|mistake)|\bgenuine (?:failure|mistake)|\bconsequences?\b",
            (),
        ),
        # "Asks … questions about the work, team or success measures" asks for questions.
        ("question", r"\b(asks?|questions?|curious)\b", ()),
        (
            "result",
            r"\b(result\w*|outcome\w*|impact|what changed|measur\w*|quantif\w*|numbers?|"
            r"metrics?|achiev\w*|progress)\b",
            ("result", "impact", "outcome"),
        ),
        ("weakness", r"\bweakness\w*\b", ("claim",)),
        (
            "steps",
            r"\b(steps?|actions?|what you did|approach|method|process|how you|plan\w*|"
            r"handled|prioriti[sz]\w*)\b",
            ("action", "steps", "approach", "support", "impact"),
        ),
        (
            "example",
            r"\b(example|instance|story|specific|when it showed|situation|proves?|evidence)\b",
            ("situation", "evidence", "action", "support"),
        ),
        (
            "company",
            r"\b(company|employer|organi[sz]ation|mission|values|product|research)\b",
            ("company",),
        ),
        (
            "future",
            r"\b(future|goals?|next|direction|why this role|ambition\w*)\b",
            ("future", "role"),
        ),
        ("present", r"\b(current\w*|present|today|now)\b", ("present",)),
        ("past", r"\b(past|background|career|path|journey|experience)\b", ("past",)),
        # ("Owns your part…" opens a point; "who owns each check" is about others.)
        ("ownership", r"^owns?\b|\b(own|ownership|responsib\w*|accountab\w*)\b", ()),
        ("role", r"\b(?:parts?|aspects?|duties) of the (?:role|job)\b", ("role",)),
    )
)

# Pitfall wording → the judgement that detects it.
_PITFALLS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), code)
    for p, code in (
        (r"\bblam\w*|\bexcuse", "blame"),
        (
            r"disparag\w*|critici[sz]\w* (?:the|a|your|former|previous)|bad-?mouth\w*|"
            r"negative about|runs? down",
            "disparaging",
        ),
        (r"perfectionis\w*|disguised|humblebrag|strength (?:as|dressed)", "humblebrag"),
        (r"arrogan\w*|self-praise|boast\w*|superior", "arrogance"),
        (
            r"clich\w*|generic|vague|buzzword\w*|without (?:evidence|an example|proof)|"
            r"no (?:concrete )?example|adjectives",
            "generic_claim",
        ),
        (
            r"rambl\w*|too long|life story|long background|too much (?:detail|background)",
            "rambling",
        ),
        (r"no (?:clear )?(?:result|outcome)|without (?:a|the) (?:result|outcome)", "no_result"),
        (
            r"no (?:lesson|reflection)|without (?:a |any )?(?:lesson|reflection)|nothing learned",
            "no_reflection",
        ),
        (r"current (?:salary|pay)|past pay|what you earn", "disclosed_current_salary"),
        (r"undersell\w*|(?:offer|accept)\w* less|lowball|too low", "offered_less"),
        (r"no (?:range|figure|number)|refus\w* to (?:give|name)", "no_range"),
        (r"off[- ]topic|irrelevant|unrelated|does(?:n't| not) answer", "off_question"),
        (r"negativ\w*|complain\w*|moan\w*|rant\w*|bitter", "negative_tone"),
    )
)
# A sentence that says what the speaker wants next: "the chance to learn laminated doughs".
_WANTS = re.compile(
    r"\b(?:i(?:'d| would) (?:like|love)|i want|i'm (?:keen|hoping|looking)|i am (?:keen|hoping|"
    r"looking)|i hope|my (?:goal|aim|ambition)|the chance to|(?:an |the )?opportunity to|"
    r"draws? me|drew me|attracts? me)\b",
    re.IGNORECASE,
)
# Points met by what an answer leaves out, with nothing to quote: met when none of these
# judgements fired ("salary_talk": no word or figure of pay was said) in an answer that is on
# the question and long enough to judge.
_RESTRAINTS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(p, re.IGNORECASE), frozenset(codes.split()))
    for p, codes in (
        (
            r"\bstays? positive about|\brespect for|\bavoids gossip|\bcalm and factual",
            "disparaging negative_tone blame",
        ),
        (r"\bpositive without overclaiming", "arrogance humblebrag negative_tone"),
        (r"\bkeeps salary\b", "salary_talk"),
    )
)
# An answer that fails outright meets no point by leaving something out.
_NOT_JUDGED = frozenset({"off_question", "too_short"})
# A setback told by what it cost: a loss, a miss, a complaint, money or time gone.
_SETBACK = re.compile(
    r"\b(?:lost|lose|losing|missed|failed|cost (?:us|me|the)|went wrong|got (?:it )?wrong|"
    r"was wrong|overran|over budget|late|delayed|complain\w*|slipped|dropped|cancel\w*|"
    r"withdr[ae]w\w*|rejected|refund\w*|escalat\w+|walked out|resigned)\b",
    re.IGNORECASE,
)
# What a break from work was spent keeping up: a course, a licence or card renewed, study,
# volunteering, freelance or part-time work, practice.
_KEPT_UP = re.compile(
    r"\b(?:kept|keep|keeping) (?:up|on top|current|my|our)\b|\bup to date\b|"
    r"\b(?:did|took|completed|finished|passed|started|enrolled on|signed up for) (?:a|an|my|"
    r"the|some|two|three|\w+ online) (?:[\w-]+ ){0,3}?(?:course|courses|qualification|"
    r"certificate|diploma|training|exam|degree|module|apprenticeship)\b|\bvolunteer\w*|"
    r"\bstudied\b|\bstudying\b|\btrained\b|\brefresh\w*|\bpart[- ]time\b|\bfreelanc\w*|"
    r"\bpractis\w*|\bpractic\w*|\brenew\w*",
    re.IGNORECASE,
)
# Data gathered before a change: a look through records, times or counts ("I analysed three
# months of tickets", "we timed every changeover for a week", "I pulled last year's figures").
_MEASURED_FIRST = re.compile(
    r"\b(?:analy[sz]\w*|measur\w*|timed|timing|counted|counting|tracked|tracking|logged|"
    r"audited|mapped|sampled|surveyed|pulled|went through|looked (?:at|through|back)|reviewed|"
    r"benchmark\w*)\b[^.!?]*\b(?:data|figures|numbers|tickets|records|logs|times?|weeks?|"
    r"months?|days?|orders|jobs|calls|samples?|baseline|rates?|errors?|results|spreadsheets?)\b",
    re.IGNORECASE,
)
# A figure that says when rather than how much: "within ten weeks", "after two months".
_WHEN_BEFORE = re.compile(r"\b(?:within|in|after|over|for|by|about|around)\s+$", re.IGNORECASE)
_TIME_UNIT = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|quarters?)$", re.I)


def _says_when(text: str, start: int, figure: str) -> bool:
    """Whether a figure is a span of time the result came within, not the result itself."""
    return bool(_TIME_UNIT.search(figure) and _WHEN_BEFORE.search(text[max(0, start - 12) : start]))


# Being ready to work again, said plainly: "now that he is settled I'm ready to get back on
# the road", "I'm back to full health", "I can commit full time again".
_READY = re.compile(
    r"\bready (?:to|for|now)\b|\bnow that\b|\b(?:get|getting|come|coming|go|going) back (?:to|"
    r"into|on)\b|\breturn(?:ing)? to\b|\bback (?:to|in) (?:full|work|the)\b|\bfull[- ]time "
    r"again\b",
    re.IGNORECASE,
)
_PAY_TALK = re.compile(r"\b(?:salary|pay|paid|holidays?|bonus|pension|benefits)\b", re.IGNORECASE)
_PAY_ASPECTS = frozenset({"reason", "range", "package"})
_WORD = re.compile(r"[a-z]+")
MIN_SHARED = 2  # content words a sentence must share with a point that names no aspect


def _stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


# The instruction a rubric point opens with ("Explains…", "Shows…") is not what it asks for:
# "Explains how the mistake was found" is about the finding, and an answer that "explained"
# something else does not meet it.
_POINT_VERBS = frozenset(
    _stem(w)
    for w in "explains shows describes gives names mentions states says demonstrates offers "
    "keeps makes uses picks".split()
)


def _content_stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in lx.STOPWORDS and len(w) > 2}


def _point_stems(point: str) -> set[str]:
    return _content_stems(point) - _POINT_VERBS


def _evidence_for(
    point: str,
    structure: Structure,
    content: Content,
    text: str,
    spans: SpanMaker,
    pay: bool,
) -> list[Evidence]:
    sentences = structure.sentences
    for name, pattern, parts in _ASPECTS:
        if not pattern.search(point) or (name in _PAY_ASPECTS and not pay):
            continue
        if name == "aim":
            return as_evidence([s for s in sentences if _WANTS.search(s.text)], 1)
        if name == "lesson":
            # The sentence the lesson is told in, not its opening words ("Since then").
            lessons = content.talking_points.get("lessons", [])
            told = sentences_at(sentences, [m.start for m in lessons])
            return as_evidence(told or lessons, 1)
        if name == "reason":
            reasons = [m.start() for m in pay_cues.PAY_REASON.finditer(text)]
            return as_evidence(sentences_at(sentences, reasons), 2)
        if name == "range":
            figures = [spans.evidence(s, e) for s, e in pay_figures.figures_said(text)]
            return figures[:2] if pay_cues.PAY_REASON.search(text) else []
        if name == "package":
            told = [
                spans.evidence(m.start(), m.end()) for m in pay_cues.WHOLE_PACKAGE.finditer(text)
            ]
            return told[:2]
        if name == "kept_up":
            return as_evidence([s for s in sentences if _KEPT_UP.search(s.text)], 1)
        if name == "time_out":
            # The first sentence that gives a reason for the time out or the move.
            why = answer_cues.ANSWERS_KIND["why_leaving"]
            return as_evidence([s for s in sentences if why.search(s.text)][:1], 1)
        if name == "baseline":
            return as_evidence([s for s in sentences if _MEASURED_FIRST.search(s.text)][:1], 1)
        if name == "ready":
            told = [s for s in sentences if _READY.search(s.text) or _WANTS.search(s.text)]
            return as_evidence(told, 1)
        if name == "question":
            asked = [s for s in sentences if answer_cues.asks_question(s.text)]
            return [as_evidence([s], 1)[0] for s in asked][:2]
        if name == "weakness":
            m = answer_cues.ANSWERS_KIND["weakness"].search(text)
            return [spans.evidence(m.start(), m.end())] if m else []
        if name == "failure":
            return as_evidence([s for s in sentences if _SETBACK.search(s.text)], 1)
        if name == "ownership":
            own = content.ownership
            ok = own.i_share is not None and own.i_share >= 0.5
            acts = [s for s in sentences if s.part in ("action", "steps")]
            # The sentence where the speaker owns it ("that was my call and it was wrong"),
            # wherever it is told and however much of the rest is "we", before any action.
            owned = [s for s in sentences if cues.OWN_PART.search(s.text)]
            return as_evidence(owned, 1) if owned else (as_evidence(acts, 1) if ok else [])
        if name == "result" and any(m.kind == "metric" for m in content.specifics):
            # A figure in the part that tells the outcome, else that part's sentence: "two
            # days late" in the story of a weakness is not the progress made since.
            told = [(x.start, x.end) for x in sentences if x.part in parts]
            metrics = [m for m in content.specifics if m.kind == "metric"]
            inside = [m for m in metrics if any(s <= m.start < e for s, e in told)]
            if inside or not told:
                # How much before when: "within ten weeks the backlog dropped to 85" quotes 85.
                found = sorted(inside or metrics, key=lambda m: _says_when(text, m.start, m.text))
                return as_evidence(found, 2)
        if parts and not set(parts) & set(structure.frame_parts):
            continue  # a word another frame's parts use ("next step" in an introduction)
        return as_evidence([s for s in sentences if s.part in parts], 1)
    stems = _point_stems(point)
    need = min(MIN_SHARED, len(stems))
    best = max(sentences, key=lambda s: len(stems & _content_stems(s.text)), default=None)
    if best is not None and need and len(stems & _content_stems(best.text)) >= need:
        return as_evidence([best], 1)
    return []


# Points a judgement rules out whichever sentence they would quote: ownership beside blame,
# a real weakness beside a strength dressed up as one.
_RULED_OUT = {"ownership": "blame", "weakness": "humblebrag", "failure": "humblebrag"}


def check_rubric(
    question: Question,
    kind: str,
    structure: Structure,
    content: Content,
    judgements: Sequence[Judgement],
    spans: SpanMaker,
) -> Rubric:
    """Points covered (with the sentence), points missing, and pitfalls hit (with the words)."""
    covered: list[RubricPoint] = []
    missing: list[str] = []
    by_code = {j.code: j for j in judgements}
    faults = fault_reach(judgements, structure.sentences)
    for point in question.strong_answer:
        restraint = next((codes for p, codes in _RESTRAINTS if p.search(point)), None)
        if restraint is not None:
            fired = set(by_code)
            if "salary_talk" in restraint and (
                _PAY_TALK.search(spans.text) or pay_figures.MONEY.search(spans.text)
            ):
                fired.add("salary_talk")
            if structure.sentences and not fired & (restraint | _NOT_JUDGED):
                covered.append(RubricPoint(point=point, evidence=[]))
            else:
                missing.append(point)
            continue
        ev = _evidence_for(point, structure, content, spans.text, spans, kind == "salary")
        aspect = next((name for name, pattern, _ in _ASPECTS if pattern.search(point)), None)
        ev = [] if _RULED_OUT.get(aspect or "") in by_code else clear_of(ev, faults)
        if ev:
            covered.append(RubricPoint(point=point, evidence=ev))
        else:
            missing.append(point)
    hit: list[RubricPoint] = []
    for pitfall in question.pitfalls:
        for pattern, code in _PITFALLS:
            if pattern.search(pitfall) and code in by_code:
                hit.append(RubricPoint(point=pitfall, evidence=by_code[code].evidence[:2]))
                break
    return Rubric(
        question_type=kind,
        matched_question=question.matched_question,
        match_score=question.match_score,
        points_covered=covered,
        points_missing=missing,
        pitfalls_hit=hit,
    )
