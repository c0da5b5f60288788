"""The skills one requirement names: the gazetteer's known skills, then short noun phrases for
the ones it lacks ("shrink reduction", "home furnishings").

A skill is the name of a thing someone can know or do. What is said about it (how much is
wanted, whether it is optional, that it is not needed) is read elsewhere and kept out of the
name: "NEBOSH certificate preferred" names NEBOSH; "Dutch is not required" names nothing.
"""

from __future__ import annotations

import re

from interview_coach.questions.gazetteer import SkillHit, _unique, load_gazetteer

MAX_PHRASE_WORDS = 4  # longer stretches are clauses, not the name of a skill
MAX_PHRASES = 2  # a requirement with no known skill rarely names more than two things

# "Dutch is not required", "no prior experience needed": what follows the subject is waived.
_WAIVED = re.compile(
    r"(?:^|[,;(]\s*|\b(?:and|but)\s+)(?P<what>[^,;()]+?)\s+(?:is|are)\s+not\s+"
    r"(?:required|needed|necessary|expected|a requirement)\b"
    r"|\bno\s+(?P<none>[^,;()]+?)\s+(?:required|needed|necessary)\b",
    re.I,
)


def requirement_skills(words: str) -> tuple[str, ...]:
    """Skills a requirement names, hard skills first, then soft ones ("communication"); a
    degree subject counts here, since the requirement is the degree."""
    gaz = load_gazetteer()
    waived = [m.span("what" if m.group("what") else "none") for m in _WAIVED.finditer(words)]

    def wanted(hit: SkillHit) -> bool:
        return not any(a <= hit.start < b for a, b in waived)

    hard = [h for h in gaz.skills.find(words) if wanted(h)]
    soft = [h for h in gaz.soft.find(words) if wanted(h)]
    names = [h.name for h in hard] + [h.name for h in soft]
    # Words the gazetteer does not know ("shrink reduction", "home furnishings") are kept as
    # the requirement writes them, outside any skill already found.
    taken = [(h.start, h.end) for h in [*hard, *soft]] + waived
    extra = [
        (start, phrase)
        for start, phrase in key_phrases(words)
        if not any(a < start + len(phrase) and start < b for a, b in taken)
    ]
    if hard:
        # Beside known skills, only names the gazetteer lacks: products and standards
        # written with capitals mid-sentence ("Fanuc", "Mastercam", "ISO 13485", "iTrent").
        # The kind a list of them belongs to is a skill too: "PostgreSQL or another
        # relational database" asks for relational databases.
        extra = [
            (st, p)
            for st, p in extra
            if st > 0 and (re.match(r"[A-Z0-9]|[a-z][A-Z]", p) or _KIND_OF.search(words[:st]))
        ]
    # Products and bodies named in a list ("MicroDrainage, Causeway Flow or InfoDrainage")
    # are all kept; plain phrases beyond the first few are clauses.
    named = [p for _, p in extra if _PRODUCT.match(p)]
    plain = [p for _, p in extra if not _PRODUCT.match(p)]
    return _unique([*names, *named, *plain[: max(0, MAX_PHRASES - len(named))]])


_KIND_OF = re.compile(r"\bor\s+(?:an?\s+)?(?:other|another|similar|equivalent)\s+$", re.I)
# A name written as one: a capital or digit at its start, or a capital inside ("iTrent").
_PRODUCT = re.compile(r"(?:[A-Z0-9]|[a-z]+[A-Z])\S*(?:\s+(?:(?:of|for|&|the)\s+)?[A-Z0-9]\S*)*$")


# Lead-in words that say how much of something is wanted, or how, not what ("solid knowledge
# of", "including", "a calm and consistent approach to").
_LEAD = re.compile(
    r"^(?:(?:a|an|the|some|any|your|at least|minimum|proven|strong|solid|good|excellent|"
    r"working|sound|clear|demonstrable|demonstrated|confident|advanced|basic|expert|thorough|"
    r"high|great|full|current|previous|relevant|recent|hands-on|practical|track record of|"
    r"\d+\+?|one|two|three|four|five|years?'?|months?'?|year['’]s|month['’]s|of|in|with|"
    r"using|on|and|or|experience|knowledge|understanding|skills?|ability|able|background|"
    r"familiarity|confidence|proficiency|comfortable|confident|interest|record|you|have|hold|"
    r"are|be|to|for|as|including|especially|particularly|ideally|preferably|mainly|mostly|"
    r"either|deep|competent|calm|consistent|logical|methodical|structured|pragmatic|"
    r"positive|professional|friendly|warm|patient|proactive|flexible)\s+)+",
    re.I,
)
# A gerund with its object after it is an action, not a name: "managing a marketing
# budget" names the budget. ("Marketing budget", "engineering drawings" keep their -ing.)
_ACTION = re.compile(r"^\w+ing\s+(?:up\s+|out\s+|on\s+)?(?:a|an|the|our|your|their|its)\s+", re.I)
_PHRASE_SPLIT = re.compile(
    r",\s*|;\s*|(?<=[A-Z0-9])/(?=[A-Z])|\s+(?:and|or|including|such as|e\.g\.|like|plus|with|"
    r"in an?|in|for|to|across|within|using|of)\s+|\s*[()]\s*|\s+[–—-]\s+|:\s*"
)
_STOP_EDGE = re.compile(
    r"^(?:(?:the|a|an|our|your|their|other|another|similar|etc|all|any)\b|e\.g\.|i\.e\.)\s*", re.I
)
# What is said about a skill after its name: its level or setting, and whether it is
# wanted ("Maths at grade C/4", "driving preferred", "data would be great").
_SAID_ABOUT = re.compile(
    r"\s+at\s+\S.*$|\s+(?:(?:is|are|would be|will be)\s+)?(?:(?:strongly|highly|very)\s+)?"
    r"(?:preferred|desirable|essential|required|welcome|an? (?:big |real |definite )?(?:plus|"
    r"bonus|advantage|asset)|great|nice|helpful|useful|beneficial)$",
    re.I,
)
# Generic nouns that only say it is a skill ("flow cytometry skills", "AAT qualification").
_GENERIC_TAIL = re.compile(
    r"\s+(?:skills?|experience|knowledge|certificates?|certification|qualification|"
    r"environment|roles?)$",
    re.I,
)
# Words that make a stretch a clause about the reader or the work, not a name: pronouns,
# finite and modal verbs, negation ("work happens in writing", "studying towards it").
_CLAUSE_WORD = re.compile(
    r"\b(?:its|them|they|their|you|your|we|our|us|me|my|he|she|who|which|that|this|these|"
    r"those|is|are|was|were|been|would|will|can|could|should|happens?|shows?|don't|doesn't|"
    r"not|how|what|why|when|where)\b|^(?:but|and|or)\b",
    re.I,
)
_IT_PRONOUN = re.compile(r"\bit\b")  # lower-case "it" is a pronoun; "IT" is a field


def _tidy(phrase: str) -> str:
    """The name inside a phrase: no level, no optional marker, no generic tail noun."""
    while (m := _SAID_ABOUT.search(phrase)) and m.start() > 0:
        phrase = phrase[: m.start()].rstrip(" ,")
    while (m := _GENERIC_TAIL.search(phrase)) and m.start() > 0:
        rest = phrase[: m.start()].rstrip(" ,")
        # "technical background" is the name; "technical" alone describes.
        if len(rest.split()) == 1 and (_NOT_A_NAME.search(rest) or rest.lower().endswith("al")):
            break
        phrase = rest
    return phrase


def key_phrases(words: str) -> list[tuple[int, str]]:
    """Short noun phrases of a requirement with their offsets: "stock control", "shrink
    reduction" from "Solid knowledge of stock control and shrink reduction"."""
    out: list[tuple[int, str]] = []
    pos = 0
    splits = [m for m in _PHRASE_SPLIT.finditer(words) if not _inside_a_title(words, m)]
    for m in [*splits, None]:
        end = m.start() if m else len(words)
        piece = words[pos:end]
        offset = pos
        for pattern in (_LEAD, _ACTION, _LEAD, _STOP_EDGE):
            lead = pattern.match(piece)
            if lead:
                offset += lead.end()
                piece = piece[lead.end() :]
        phrase = _tidy(piece.strip(" .'’"))
        n = len(phrase.split())
        pos = m.end() if m else len(words)
        if not (1 <= n <= MAX_PHRASE_WORDS and len(phrase) > 2) or _STOPWORDISH.match(phrase):
            continue
        if _AMOUNT.match(phrase):
            continue  # how much or how long ("3–5 years", "12-hour"), not what
        if _WORK_TIMES.match(phrase):
            continue  # when the work is done ("weekends, bank holidays"), not what it needs
        if _CLAUSE_WORD.search(phrase) or _IT_PRONOUN.search(phrase):
            continue
        # "friendly", "Able", "Leading (and developing)": a quality or an action, not a
        # thing; but a trade after "in" or in a list is one ("experience in plastering").
        # A gerund that goes on with "with", "to", "for"… is an activity with its complement
        # ("working with agency partners"), not a trade.
        complement = bool(m) and m.group().strip().lower() in _COMPLEMENT_WORDS
        trade = offset > 0 and phrase.endswith("ing") and phrase.islower() and not complement
        if n == 1 and _NOT_A_NAME.search(phrase) and not trade:
            continue
        out.append((offset, phrase))
    return out


_AMOUNT = re.compile(
    r"^[\d.,+]+(?:\s*(?:[-–]|to)\s*[\d.,+]+)?[\s-]*(?:years?|yrs?|months?|weeks?|days?|hours?|"
    r"hrs?|shifts?)?$|^(?:pre|post)[\s-]\w+$",
    re.I,
)
_TITLE_JOIN = re.compile(r"\s+(?:for|of|&)\s+")


def _inside_a_title(words: str, split: re.Match[str]) -> bool:
    """ "Manual for Streets", "Royal College of Occupational Therapists": a small word
    between capitalised ones joins a title; it does not end a phrase."""
    if not _TITLE_JOIN.fullmatch(split.group()):
        return False
    before = words[: split.start()].split()
    after = words[split.end() : split.end() + 1]
    return bool(before) and before[-1][:1].isupper() and after.isupper()


_COMPLEMENT_WORDS = frozenset({"with", "to", "for", "across", "within", "using", "of", "in"})
# One-word phrases that describe rather than name: adjectives, adverbs, verb forms.
_NOT_A_NAME = re.compile(
    r"(?:ly|ing|ed|ible|able|ful|ous|ise|ize)$|^(?:clear|"
    r"friendly|confident|able|keen|happy|willing|calm|fluent|impact|importance|school|"
    r"studio|degree|sport|office|site|writing|patient|warm|professional|large|small|spoken|"
    r"written|verbal|competent|strong|numerate|literate|honest|kind|fit|punctual|supervisory|"
    r"completion|approach|proactive|creative|positive|great|good|excellent|brilliant|"
    r"outstanding|exceptional|superb|solid|genuine|reliable|dependable|resilient|driven|"
    r"diligent|meticulous|efficient|effective|energetic|dynamic|personable|passionate|"
    r"enthusiastic|adaptable|flexible)$",
    re.I,
)
# The times a job is worked, listed after "work" or "available" ("weekends, bank holidays and
# late-night trading in December"): the availability itself is read as a skill by its own
# names (Adaptability: "work weekends", "open availability").
_WORK_TIMES = re.compile(
    r"^(?:(?:open|full|flexible|good) availability|(?:bank |public )?holidays?|weekends?|"
    r"evenings?|nights?|late[- ]night (?:trading|opening|shifts?)|(?:weekend|night|evening|early|"
    r"late) (?:rota|rotas|shifts?)|overtime|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)$",
    re.I,
)
_STOPWORDISH = re.compile(
    r"^(?:\d+|years?|months?|experience|environment|role|team|work|similar|equivalent|"
    r"other|etc|the|it|them|this|that|you|we|our|us|people|everyone|time|tools?|systems?|"
    r"knowledge|habit|more|familiarity|understanding|ability|qualification|track record|"
    r"designing|building|customers|skills?|background|interest|confidence|record|approach|"
    r"attitude|manner|mindset|eye|above|below|higher|over)$|"
    r"^(?:you|you've|you're|we|we're|so|which|that|who|what|they|is|are|be|can|will)\b",
    re.I,
)
