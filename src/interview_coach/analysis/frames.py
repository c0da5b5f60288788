"""Answer frames: the parts each kind of question calls for, and the cues that signal them.

Each part has weighted regular-expression cues (matched on the lower-cased sentence) and a
position prior (where in the answer the part usually sits). `structure.py` scores every
sentence for every part and picks the best sequence of parts with a Viterbi pass that
prefers the frame's order. Weights were set by hand from coaching practice, then checked
against the labelled development split (see docs/scoring.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview_coach.types import Frame, Label


@dataclass(frozen=True)
class Part:
    name: str
    centre: float  # typical relative position in the answer (0 = start, 1 = end)
    cues: tuple[tuple[re.Pattern[str], float], ...]
    label: Label = Label.OTHER  # STAR label this part maps to
    core: bool = True  # a missing core part is reported as missing


def _cues(*pairs: tuple[str, float]) -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple((re.compile(p), w) for p, w in pairs)


_PAST_VERB = (
    r"(?:\w+ed|set up|sat down|took|made|ran|wrote|met|spoke|built|led|put|went|got|broke|"
    r"began|brought|sent|told|drew|chose|found|held|kept|gave|did|pulled|rewrote|thought|"
    r"taught|bought|sold|caught|dug|stood|split|cut|let)"
)
_NOT_ACTION_ED = (
    r"(?!needed|wanted|noticed|joined|worked as|worked at|started as|realised|realized)"
)

OTHER_CUES = _cues(
    (
        r"^(sure|okay|ok|yeah|yes|right|great question|good question|that's a (good|great|tough) "
        r"question|let me think|thanks|thank you|hmm|um|uh)\b[^a-z]*$",
        3.0,
    ),
    (
        r"^(sure|okay|ok|great question|good question|that's a (good|great|tough) question|"
        r"let me think|so,? let me)\b",
        1.2,
    ),
    (
        r"\b(that's (the|my|about|pretty much) (story|example|it|all)|hope that answers|"
        r"that's about it|so yeah|anyway|does that answer)\b",
        2.2,
    ),
    (r"^(so )?yeah\b", 1.5),
    (r"\b(the weather|my cat|my dog|football|the game last night|fantasy)\b", 0.8),
)

STAR_PARTS = (
    Part(
        "situation",
        0.08,
        _cues(
            (
                r"\b(last|this|that|one) (year|month|summer|spring|autumn|fall|winter|quarter|"
                r"semester|time)\b",
                0.9,
            ),
            (r"\b(in|back in|during|around) (19|20)\d\d\b", 1.0),
            (r"\bwhen i (was|worked|joined|started|first)\b", 1.2),
            (
                r"\b(at|in) (my|a|our) (previous|last|current|old|first|former) (job|role|company|"
                r"position|team|employer|school|hospital|store|internship|placement)\b",
                1.3,
            ),
            (r"\bi (was|worked|have been|had been) (working )?(as|at|on|in|for)\b", 1.0),
            (
                r"\b(there was|there were|we had|we were|the company was|the team was|our team "
                r"was|we'd|they had|it was a)\b",
                0.6,
            ),
            (r"\b(the (problem|issue|situation|context|background|trouble|thing) (was|is))\b", 1.1),
            (
                r"\b(was|were|had been) (struggling|facing|dealing|having|losing|behind|falling|"
                r"running|getting|missing|complaining|failing)\b",
                0.9,
            ),
            (r"\bat the time\b", 0.9),
            (r"\bwhile i was\b", 0.9),
            (r"\b(a few|two|three|four|several|couple of) (years|months|weeks) ago\b", 1.0),
            (r"\b(i was|i'm|i am) (a|an|the) \w+", 0.5),
            (r"\b(had|was|were) (no|too many|too few|constantly|always)\b", 0.5),
        ),
        Label.SITUATION,
    ),
    Part(
        "task",
        0.25,
        _cues(
            (
                r"\bmy (main |specific |own )?(task|job|role|responsibility|goal|objective|"
                r"mandate|assignment|part|brief|mission) (was|is|became|there)\b",
                2.2,
            ),
            (
                r"\bi (was|am|got) (responsible|tasked|asked|assigned|in charge|expected|supposed|"
                r"given|put in charge|brought in)\b",
                1.9,
            ),
            (r"\bi (needed|had|wanted|was trying) to\b", 1.0),
            (
                r"\b(the|our|my) (goal|aim|objective|target|challenge|mission|priority|brief) "
                r"(was|is|became)\b",
                1.7,
            ),
            (r"\bwe (needed|had|wanted) to\b", 0.8),
            (
                r"\b(my manager|my boss|my lead|the client|the director|my supervisor|the ceo|"
                r"leadership|my team lead|the head of) (asked|wanted|needed|told) me\b",
                1.5,
            ),
            (r"\bit was (up to me|my job|on me|my responsibility)\b", 1.7),
            (r"\b(deadline|by the end of|within (a|two|three|\d+) (weeks|days|months))\b", 0.4),
            (r"\bso i had to\b", 0.5),
        ),
        Label.TASK,
        # What was at stake is most often plain from the situation ("the head chef went home
        # sick"); a strong story need not say it in a sentence of its own, so it is not asked for.
        core=False,
    ),
    Part(
        "action",
        0.5,
        _cues(
            (
                r"\b(first|then|next|after that|afterwards|so|finally|also|second|third|"
                r"from there|to start),? i\b",
                1.1,
            ),
            (rf"\bi {_NOT_ACTION_ED}{_PAST_VERB}\b", 0.9),
            (
                r"\bi (decided|started|created|reached out|organi[sz]ed|scheduled|proposed|"
                r"suggested|talked|spoke|asked|called|met|set up|built|designed|implemented|"
                r"wrote|analy[sz]ed|introduced|worked with|pulled|mapped|broke|trained|coached|"
                r"documented|tested|sat down|went through|put together|made sure|took|ran|"
                r"reviewed|interviewed|prioriti[sz]ed|escalated|negotiated|listened|explained|"
                r"booked|drafted|contacted|checked|went|brought|gave)\b",
                1.5,
            ),
            (rf"\bwe {_PAST_VERB}\b", 0.5),
            (
                r"\b(to do (this|that)|to fix (this|it|that)|to solve|to address|my approach|"
                r"the way i|step by step|the first thing i did)\b",
                0.8,
            ),
            (r"\b(i|we) (also|then|immediately|personally) \w+", 0.6),
        ),
        Label.ACTION,
    ),
    Part(
        "result",
        0.9,
        _cues(
            (
                r"\b(as a result|in the end|ultimately|eventually|the result|the outcome|"
                r"in total|by the end|thanks to (this|that)|because of (this|that)|end result|"
                r"at the end)\b",
                1.8,
            ),
            (
                r"\b(increased|reduced|improved|cut|saved|grew|dropped|doubled|halved|raised|"
                r"boosted|lowered|decreased|shortened|went (up|down|from))\b",
                0.9,
            ),
            # From a number's first digit only: inside a long run of digits, a search that
            # starts again at each digit takes time in the square of its length.
            (r"(?<!\d)\d+ ?(%|percent)|\b(\w+ )?percent\b", 0.6),
            (
                r"\b(we|i|they|the team|it) (ended up|managed to|were able to|was able to|hit|"
                r"exceeded|met the|achieved|won|finished|shipped on|launched on|came in)\b",
                1.2,
            ),
            (
                r"\b(feedback|praised|thanked|promoted|recogni[sz]ed|award|bonus|renewed|"
                r"signed|retained|kept the)\b",
                0.8,
            ),
            (
                r"\b(i learned|i learnt|i've learned|taught me|lesson|since then|now i|going "
                r"forward|next time|looking back|in hindsight|i realised|i realized|i would do "
                r"differently|i still)\b",
                1.6,
            ),
            (
                r"\b(still (use|in use|running|uses|used)|is now|are now|became (the|our|a) "
                r"(standard|default|template))\b",
                1.1,
            ),
            (
                r"\b(it worked|that worked|worked out|paid off|was a success|successful|"
                r"went well|on time|under budget|zero (complaints|incidents|errors))\b",
                1.2,
            ),
        ),
        Label.RESULT,
    ),
)

PPF_PARTS = (
    Part(
        "present",
        0.12,
        _cues(
            (r"\b(currently|right now|at the moment|these days|today|at present)\b", 1.6),
            (r"\bi('m| am) (a|an|the|currently|working|in|at|leading|responsible)\b", 1.3),
            (r"\bi (work|lead|manage|teach|run|support|look after|own)\b", 1.0),
            (r"\b(my current|in my current|my day to day|my day-to-day)\b", 1.5),
            # A present that began a while ago: "I've been driving HGVs for about eight years
            # now", "I've been a dental nurse for six years".
            (
                r"\bi've been (?:a|an|\w+ing)\b[^.!?]*?\b(?:(?:years?|months?) now|for "
                r"(?:about |nearly |almost |over |just over |the (?:last|past) )?(?:\w+ )?"
                r"(?:years?|months?))\b",
                1.3,
            ),
        ),
    ),
    Part(
        "past",
        0.45,
        _cues(
            (
                r"\b(before that|previously|prior to|earlier|started my career|began my career|"
                r"i started|i began|i graduated|i studied|i trained|my degree|i spent|i worked|"
                r"i was|i moved|i joined|i switched|i've (worked|been|spent|led|built|had))\b",
                1.2,
            ),
            (
                r"\b(years ago|in (19|20)\d\d|at university|in college|at school|my first job)\b",
                1.2,
            ),
            (rf"\bi {_PAST_VERB}\b", 0.6),
        ),
    ),
    Part(
        "future",
        0.88,
        _cues(
            (
                r"\b(looking for|looking to|next step|want to|would like to|i'd like to|hope to|"
                r"excited|i'd love|keen to|ready for|ready to|my goal|in the future|long term|"
                r"long-term|grow into|that's why|which is why|this role|this position|this job|"
                r"your team|your company|here)\b",
                1.3,
            ),
            (r"\b(i (want|hope|plan|aim)|i'm (looking|hoping|keen|excited|eager))\b", 1.3),
            # What comes next in other words: "what I'm after now is a role where…", "with the
            # aim of moving into consultancy", "working towards my Level 4 to move into".
            (
                r"\b(what i'm after|i'm after|with the aim of|i'm aiming|working towards|"
                r"move into|moving into|step up into|where i'd like to|somewhere (?:with|where|"
                r"that)|your (?:firm|practice|school|hospital|trust|organi[sz]ation|business|"
                r"depot|store|shop|site|salon|kitchen|restaurant|hotel|charity|council|agency|"
                r"studio|clinic|lab|yard|fleet))\b",
                1.3,
            ),
        ),
    ),
)

RCS_PARTS = (
    Part(
        "role",
        0.3,
        _cues(
            (
                r"\b(this role|the role|this position|the position|this job|the job|the work|"
                r"the responsibilities|day to day|the team would|the chance to|opportunity to)\b",
                1.4,
            ),
            (r"\b(i('d| would) (get|be able) to|it involves|it combines|working on)\b", 0.8),
            # The early-career forms of a role: "the programme support internship", "your
            # graduate scheme rotates through design, fabrication and site".
            (
                r"\b(this|the|your) ([\w-]+ ){0,2}(internship|graduate scheme|graduate programme|"
                r"placement|scheme|programme|rotations?|apprenticeship|traineeship|training "
                r"contract)\b",
                1.5,
            ),
            (r"\b(the kind of|that kind of|real) responsibilit(y|ies)\b", 1.2),
        ),
    ),
    Part(
        "company",
        0.45,
        _cues(
            (
                r"\b(your|the) (company|organi[sz]ation|mission|product|products|values|culture|"
                r"customers|clients|hospital|school|brand|team|firm|approach|reputation|growth|"
                r"work on|work in|patients|students|platform|service|services)\b",
                1.5,
            ),
            (
                r"\b(i read|i saw|i noticed|i've followed|i've used|i use your|i heard|you're "
                r"known|you've|you are|you have|your recent)\b",
                1.2,
            ),
        ),
    ),
    Part(
        "self",
        0.7,
        _cues(
            (
                r"\b(my (experience|background|skills|strengths|career|goal|goals|values)|i bring|"
                r"i have|i've (spent|built|led|worked|done)|i can|fit|matches|aligns|suits me|"
                r"i'm good at|i enjoy|i love|i care|motivates me|for me)\b",
                1.3,
            ),
        ),
    ),
)

CLAIM_PARTS = (
    Part(
        "claim",
        0.1,
        _cues(
            (
                r"\b(my (greatest|biggest|main|key|real|top)? ?(strength|weakness|area for "
                r"improvement|flaw)|i('m| am) (good|great|strong|very good) at|i tend to|i "
                r"struggle|i can be|i sometimes|i used to|one (thing|area)|something i)\b",
                1.8,
            ),
            (
                r"\b(strength|weakness|i would say|i'd say|i'm (really|very|quite)? ?"
                r"(organi[sz]ed|detail|patient|calm|reliable|curious))\b",
                0.8,
            ),
        ),
    ),
    Part(
        "evidence",
        0.45,
        _cues(
            (
                r"\b(for example|for instance|once|last (year|month|week)|when i|recently|in my "
                r"(last|previous|current) (role|job)|a good example|one time|i remember)\b",
                1.6,
            ),
            (rf"\bi {_PAST_VERB}\b", 0.6),
        ),
    ),
    Part(
        "impact",
        0.85,
        _cues(
            (
                r"\b(as a result|which means|that meant|so now|now i|i've (started|been|learned|"
                r"improved|got better)|to (address|fix|work on|improve) (this|that|it)|i'm "
                r"working on|i've been working on|since then|these days|it has helped|it helps|"
                r"because of (this|that)|that's why|progress|better at|the (result|effect))\b",
                1.6,
            ),
        ),
    ),
)

HYPO_PARTS = (
    Part(
        "approach",
        0.12,
        _cues(
            (
                r"\b(first(ly)?|my first|i'd start|i would start|to start|the first thing|before "
                r"anything|i'd want to understand|i would want to|i'd begin|i would begin|my "
                r"priority|i'd make sure i understand)\b",
                1.5,
            ),
            (r"\b(understand|clarify|find out|listen|gather|ask)\b", 0.5),
        ),
    ),
    Part(
        "steps",
        0.5,
        _cues(
            (
                r"\b(then|next|after that|i('d| would) (also|then|talk|speak|set|ask|check|"
                r"schedule|bring|escalate|document|call|meet|review|look|offer|propose|suggest|"
                r"explain|work))\b",
                1.2,
            ),
            (r"\b(i'd|i would|i will|i'll) \w+", 0.6),
        ),
    ),
    Part(
        "outcome",
        0.9,
        _cues(
            (
                r"\b(the goal (would be|is)|that way|so that|to make sure|afterwards|follow up|"
                r"in the end|the outcome|ideally|success would|hopefully|the result|finally|"
                r"going forward|long term|i'd measure|i would measure|to check|to confirm)\b",
                1.4,
            ),
        ),
    ),
)

DIRECT_PARTS = (
    Part("point", 0.1, _cues((r".", 0.3))),
    Part(
        "support",
        0.6,
        _cues(
            (
                r"\b(for example|for instance|because|since|that's why|which means|in my "
                r"experience|in practice|specifically|e\.g\.|such as|the reason|for one|also)\b",
                1.4,
            ),
        ),
        core=False,
    ),
)


# How each frame is named to people.
FRAME_LABELS: dict[str, str] = {
    Frame.STAR: "STAR",
    Frame.PRESENT_PAST_FUTURE: "Present–past–future",
    Frame.ROLE_COMPANY_SELF: "Role–company–you",
    Frame.CLAIM_EVIDENCE: "Claim–evidence",
    Frame.HYPOTHETICAL: "Approach–steps–outcome",
    Frame.DIRECT: "Point first",
}

FRAMES: dict[Frame, tuple[Part, ...]] = {
    Frame.STAR: STAR_PARTS,
    Frame.PRESENT_PAST_FUTURE: PPF_PARTS,
    Frame.ROLE_COMPANY_SELF: RCS_PARTS,
    Frame.CLAIM_EVIDENCE: CLAIM_PARTS,
    Frame.HYPOTHETICAL: HYPO_PARTS,
    Frame.DIRECT: DIRECT_PARTS,
}


# Parts a kind of question does not ask for, though its frame has them: "Why are you leaving?"
# asks for the reason and where the speaker is heading, not the new employer's story, so an
# answer without a role or company part is not missing one.
OPTIONAL_PARTS: dict[str, frozenset[str]] = {"why_leaving": frozenset({"role", "company"})}
# The employer's story is asked for when the question names the employer or asks why this job
# ("why us?", "what do you know about our company?", "why do you want this job?"); "where do
# you see yourself in five years?", "what draws you to this industry?" or "what do you need
# from a manager?" ask for the speaker's aims and fit, and an answer without the company in it
# is not missing a part.
_ASKS_ABOUT_EMPLOYER = re.compile(
    r"\b(?:us|our|we|here|company|organi[sz]ation|employer|firm|business|brand|values?|"
    r"advert|why (?:do|did|would) you (?:want|wish|apply|choose|pick)|attract\w*)\b",
    re.IGNORECASE,
)


# "Why this role?", "What made you apply for this job?": the job itself is asked about, as the
# employer is in "why us?".
_THIS_JOB = re.compile(
    r"\b(?:this|the) (?:role|job|position|post|vacancy)\b|\bappl(?:y|ied)\b", re.I
)


def asks_why_here(question: str) -> bool:
    """Whether a question asks about this employer or this job, not only the speaker's aims
    ("where do you see yourself in five years?")."""
    return bool(_ASKS_ABOUT_EMPLOYER.search(question) or _THIS_JOB.search(question))


_ASKS_WHAT_THEY_KNOW = re.compile(
    r"\bwhat do you know about (?:us|our|the (?:company|organi[sz]ation|firm|business))\b", re.I
)


def optional_parts(kind: str, question: str, frame: Frame) -> frozenset[str]:
    """Parts of the frame this question does not ask for (`OPTIONAL_PARTS`, and the company
    where the question does not name the employer)."""
    parts = OPTIONAL_PARTS.get(kind, frozenset())
    if frame is Frame.ROLE_COMPANY_SELF and not _ASKS_ABOUT_EMPLOYER.search(question):
        parts = parts | {"company"}
    if frame is Frame.ROLE_COMPANY_SELF and _ASKS_WHAT_THEY_KNOW.search(question):
        parts = parts | {"role"}  # "what do you know about us?" asks for the employer's story
    return parts


# Parts that set the scene of a story: a figure there describes the starting point or the
# backdrop ("a £315,000 sale", "on a Tuesday afternoon"), not what the speaker did or achieved.
SCENE_PARTS = frozenset({"situation", "task"})
