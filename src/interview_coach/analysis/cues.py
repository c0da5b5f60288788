"""Phrase patterns behind the judgements about ownership and blame (matched case-insensitively
on the transcript): the people an answer may talk about, causes put on them, fault put on
nobody and one's own part owned. Fault put on others in so many words is in `fault_cues.py`;
generic claims are in `claim_cues.py`, boasts in `self_cues.py`, running
people down in `people_cues.py`, tone in `tone_cues.py`, what an answer contains in
`answer_cues.py`.

Written from what hiring managers and coaches name as red flags and good signs (sources in
docs/scoring.md), not from any one set of answers. Each pattern is a plain regular
expression so that a finding can always be quoted back to the user.
"""

from __future__ import annotations

import re

from interview_coach.analysis.patterns import Cue, rx, word_trie

# People and organisations an answer may talk about (singular or plural).
_PEOPLE_WORDS = (
    "manager|boss|supervisor|lead|director|colleague|co-?worker|teammate|team|staff|"
    "management|leadership|company|employer|firm|client|customer|vendor|supplier|"
    "contractor|developer|engineer|department|head office|organi[sz]ation|business|buyer|"
    "seller|carrier|haulier|courier|tester|qa|"
    "people|everyone|everybody|partner|agency|nurse|doctor|teacher|chef|crew|recruiter|hr|"
    "owner|head|council|school|hospital|ward|store|office|site|user|patient|parent|guest|"
    "student|tenant|member|person|isp|provider|place|workplace|shop|night crew|"
    "day crew|tutor|trainer|landlord|dude|guy|bloke|lad|fella|woman|man|"
    "girl|boy|folk|lot|receptionist|front desk|dispatcher|junior|trainee|intern|coordinator|"
    "handler|controller|foreman|governor|predecessor|merchant|planner|scheduler"
)
# As a prefix tree (`word_trie`): these nouns sit inside many of the longest phrase lists.
PEOPLE_NOUN = word_trie(_PEOPLE_WORDS) + "s?"
# With pronouns: only where the words around them already point at people.
PEOPLE = r"(?:" + PEOPLE_NOUN + r"|they|he|she|them|him|her|you're|you are|you)"
_OTHERS = r"(?:the|my|our|his|her|their|that|those|this|these)"
_NEG_ACT = (
    r"(?:hadn't|had not|didn't|did not|never|failed to|wouldn't|would not|won't|will not|"
    r"couldn't|could not|"
    r"refused to|forgot|ignored|messed|screwed|dropped the ball|missed|kept (?:changing|missing|"
    r"moving|pulling|interrupting|calling|dragging|pushing|adding)|changed their minds?|"
    r"let (?:me|us) down|wasn't|weren't|"
    # Wrong work handed on: "because Dave, my boss, put the wrong postcode on the job sheet".
    r"(?:put|wrote|gave|sent|entered|typed|booked|ordered|loaded|printed) (?:me |us )?the wrong)"
)

# ---------------------------------------------------------------- ownership and blame
# Putting the cause on others ("because the client's team hadn't read it").
CAUSE_ON_OTHERS = Cue(
    r"\b(?:because|since|cause|due to the fact that|(?:started|began|happened|came) when|"
    r"(?:was )?caused by)(?: of)? (?:" + _OTHERS + r" )?"
    r"(?:[\w'’-]+,? ){0,3}?"
    + PEOPLE_NOUN
    + r"(?:'s|’s|s')?,? (?:[\w'’-]+ ){0,4}?"
    + _NEG_ACT
    + r"\b"
    # (What never reaches people is no fault of theirs: "because people working from home
    # never see the prompt".)
    r"(?! (?:see|get|receive|hear)\b)"
    r"|\b(?:mainly|mostly|entirely|all|only|purely) because of (?:them|him|her|"
    + _OTHERS
    + r" (?:[\w'’-]+ ){0,2}?"
    + PEOPLE
    + r")\b",
)
# Putting a failure on nobody: milder than blaming someone, but still not owning it.
DEFLECTION = rx(
    r"(?:nobody|no one|no-one)(?:'s|’s) (?:fault|mistake|doing)",
    r"these things (?:just )?happen",
    # Fate named as the cause: "dates are going to get missed sooner or later".
    r"(?:are|is|were|was) (?:always |just )?(?:going|bound) to (?:get missed|happen|go wrong|"
    r"slip|fall through)",
    r"sooner or later",
    r"(?:wasn't|was not|isn't|is not) (?:really )?(?:anybody|anyone)(?:'s|’s) fault",
    r"(?:it's|it is|it was|it wasn't|it's not|it is not|it was not) (?:not )?(?:really )?"
    r"(?:about|down to) (?:one|a single|any one|any single|one single) (?:person|individual)",
)
# Comfort given to someone else ("I told her it wasn't her fault") is kindness, not blame.
REASSURING = re.compile(
    r"\b(?:told|tell|telling|reassur\w*|assur\w*)\b[^.;!?]{0,25}?\b(?:it|this|that)"
    r"(?:\s+(?:was|is)|'s|’s)(?:n't|\s+not|\s+never)?(?:\s+really)?\s+$",
    re.IGNORECASE,
)
# Another person's grievance explained ("one of my team came to me in tears because the area
# manager kept changing her hours", "a customer was shouting because his engineer hadn't
# turned up"): the trouble the speaker was asked to handle, not theirs.
OTHERS_GRIEVANCE = re.compile(
    r"(?:came to (?:me|us)|(?<!\bi )(?<!\bwe )(?:was|were|got|is|are) (?:really |very |so |"
    r"quite |absolutely |still )?(?:upset|angry|furious|in tears|frustrated|unhappy|annoyed|"
    r"distressed|worried|scared|anxious|shouting|yelling|screaming|crying|fuming|livid|irate|"
    r"raging|cross|complaining|in a state|kicking off|on the phone|ringing|calling))"
    r"\b[^.!?]{0,30}$",
    re.IGNORECASE,
)


# What an employer lacks the means for, after a "because they couldn't…": "because my employer
# now could not fund it", "because in my old school we did not have that kind of support".
# Asked why one is leaving or applying, that is the reason, not the cause of a failure put on
# someone.
MEANS_LACKED = re.compile(
    r"\s+(?:\w+ ){0,2}?(?:fund|afford|pay for|offer|provide|sponsor)\b|\s+(?:have|has|had|"
    r"give (?:me|us)) (?:the |that |this |any |enough |much |a |an )?(?:kind of |sort of |type "
    r"of )?(?:support|funding|money|budget|training|places?|room|hours|shifts|vacanc|"
    r"opportunit|progression|courses?|schemes?|resources|equipment)",
    re.IGNORECASE,
)


# A clause about something else just before a word: "residents whose medication has not…".
RELATIVE_BEFORE = re.compile(r"\b(?:whose|who|which)\b[^.,;]*$", re.IGNORECASE)


def grievance_before(text: str, start: int) -> bool:
    """Whether the cause told at `start` explains another person's grievance."""
    return OTHERS_GRIEVANCE.search(text[max(0, start - 60) : start]) is not None


# Reported speech: "she said I should have…" is someone else's view, not the speaker's.
REPORTED = re.compile(
    r"\b(?:said|says|told me|tells me|telling me|asked|asks|thinks|thought|reckons?)"
    r"(?: that)?\s*$",
    re.IGNORECASE,
)
# Saying one's own part.
OWN_PART = rx(
    r"(?:that|this|it|which)(?: part| one)?(?:'s| is| was) (?:all |entirely |squarely )?on me",
    # (Not a mistake that was trusting others: "my mistake was trusting management".)
    r"my (?:fault|mistake|error|responsibility|part in|bad|own doing)(?! was (?:trusting|"
    r"believing|assuming|thinking|expecting))",
    # (Not where it is denied: "not something I could have caught", "no way I could have…")
    r"(?<!something )(?<!anything )(?<!no way )(?<!nothing )i (?:should|could) have",
    r"(?<!something )(?<!anything )(?<!no way )(?<!nothing )i (?:should|could)'ve",
    r"i take (?:full )?(?:responsibility|ownership)",
    r"i own(?:ed)? (?:it|that|the|my)",
    r"i (?:missed|misjudged|misread|underestimated|overlooked|overpromised|assumed)",
    r"i got (?:[\w'-]+ ){0,3}wrong",
    r"i (?:didn't|did not|hadn't|had not) (?:check|ask|flag|test|plan|escalate|push|"
    r"double-check|read|raise|speak up|prepare|follow up|go through|brief|explain|train|tell|"
    r"show|label|measure|confirm)\w*",
    r"(?:the )?(?:mistake|error|fault) was (?:mine|my own)",
    r"i was (?:partly |partially |largely )?(?:to blame|responsible for (?:the|that|this) "
    r"(?:mistake|delay|error|problem))",
    r"i (?:made|caused) (?:a|the|that) (?:mistake|error|wrong call|bad call|problem)",
    r"i dropped the ball",
    # A decision owned as wrong: "that was my call and it was wrong", "I was wrong".
    r"(?:that|it|which) was my (?:call|decision|idea|plan)(?=[^.!?]{0,30}\b(?:wrong|mistake|"
    r"bad|didn't work|failed))",
    r"i was wrong\b",
    r"i messed up",
    r"i was (?:too |very |so )?(?:slow|late) to (?:ask|act|flag|escalate|raise|check|spot|"
    r"notice|respond|tell)",
    # A hard task put off by oneself: "I kept putting off the conversation".
    r"i (?:kept |had been |was )?(?:putting|put) (?:it |this |that |things |them )?off\b",
    r"i (?:avoided|delayed|dodged|ducked) (?:the|that|this|having|it)\b",
    # The wrong thing done by oneself: "I'd picked up the wrong shade", "I gave her the wrong
    # dose", "I put the wrong postcode on it".
    r"i(?:'d| had)? (?:picked|put|took|gave|used|sent|booked|loaded|fitted|grabbed|ordered|"
    r"entered|typed|wrote|printed|packed|labelled|labeled) (?:up |out |in )?(?:[\w'’-]+ ){0,2}?"
    r"wrong\b",
    # A step skipped by oneself: "I signed off the port net without actually looking".
    r"i (?:[\w'’-]+ ){1,6}?without (?:[\w'’-]+ ){0,4}?(?:checking|"
    r"looking|reading|testing|asking|confirming|double-checking|measuring|counting|weighing)\b",
)
# Another's fault denied, one's own named beside it: "it was my measure, not the drawing's
# fault really, I should have checked".
DENIED = re.compile(r"\b(?:not|wasn't|was not|isn't|is not|never)\s+$", re.IGNORECASE)
# Someone else's complaint, reported: "the other one say she is always late from the break" is
# one barista's word about another, which the speaker is describing, not the speaker's blame.
OTHERS_SAY = re.compile(
    r"\b(?:one|he|she|they|the \w+|the other(?: one| \w+)?) (?:say|says|said|complain|complains|"
    r"complained|claim|claims|claimed|told me|tells me)(?: that)?\s*$",
    re.IGNORECASE,
)

# What others could have told the speaker, said of the speaker's own wasted work ("I spent a
# week on a flow that the payments team could have told me wouldn't work"): a regret at not
# asking, not blame.
_OWN_WORK_BEFORE = re.compile(
    r"\b(?:a|an|something|anything|one)\b[^.!?,;]{0,30}?\b(?:that|which) (?:the |our |my |"
    r"their )?(?:[\w'’-]+ )?$",
    re.IGNORECASE,
)


def regret_not_blame(text: str, start: int, end: int) -> bool:
    """Whether a "could have told me" hit sits in a clause about the speaker's own work."""
    return "could" in text[start:end].lower() and bool(
        _OWN_WORK_BEFORE.search(text[max(0, start - 50) : start])
    )
