"""What a candidate's reply is, before it is treated as an answer.

A courteous interviewer reacts differently to "could you repeat that?", "can I skip this
one?", "I don't know", a silence, abuse, or text that is not words at all. These rules look
only at the reply's wording and length, so they are fast and predictable.
"""

from __future__ import annotations

import re
from enum import StrEnum

from interview_coach.errors import InputError
from interview_coach.inputs import check_answer_text


class Intent(StrEnum):
    ANSWER = "answer"
    REPEAT = "repeat"
    SKIP = "skip"
    DONT_KNOW = "dont_know"
    SILENCE = "silence"
    HOSTILE = "hostile"
    UNCLEAR = "unclear"
    END = "end"
    NO_QUESTIONS = "no_questions"


# Markers a transcript or script may use for "the candidate said nothing".
SILENCE_MARKERS = frozenset({"", "[silence]", "(silence)", "...", "…", "<silence>"})

_REPEAT = re.compile(
    r"\b(repeat|say (that|it) again|say again|come again|rephrase|what was the question|"
    r"didn'?t (catch|hear|get) (that|the question|it)|one more time|what did you (say|ask)|"
    r"could you (clarify|explain) the question)\b|"
    r"^\W*(pardon|sorry|what|huh|excuse me)(\W+(pardon|sorry|what|huh|excuse me))*\W*$",
    re.IGNORECASE,
)
_SKIP = re.compile(
    r"\b(skip|pass on this|pass on that|next question|move on|rather not answer|"
    r"prefer not to answer|come back to (this|that|it))\b|^\s*pass\W*$",
    re.IGNORECASE,
)
_DONT_KNOW = re.compile(
    r"\b(i )?(don'?t|do not|dunno) know\b|\bno idea\b|\bnot sure\b|\bcan'?t think of\b|"
    r"\bdraw(ing)? a blank\b|\bnothing comes to mind\b|\bi have no (example|answer)\b|"
    r"\bhaven'?t (had|got) (an?|any) (example|experience)",
    re.IGNORECASE,
)
_END = re.compile(
    r"\b(end|stop|finish|quit) (the|this) (interview|session|practice)\b|"
    r"^\s*(quit|exit|stop)\W*$|\bi want to stop\b|\blet'?s stop here\b",
    re.IGNORECASE,
)
_NO_QUESTIONS = re.compile(
    r"^\W*(no|nope|none|not really|nothing)\b|\bno(,)? (more |other )?questions\b|"
    r"\b(i )?(don'?t|do not) have any( more| other)? questions\b|\bthat'?s all\b|"
    r"\bcovered everything\b|\bnothing (else|from me)\b",
    re.IGNORECASE,
)
# Insults aimed at the interviewer or the exercise; mild swearing inside a story is not hostile.
_HOSTILE = re.compile(
    r"\b(shut up|screw (you|this)|f+u+c+k+ (you|off|this)|piss off|go to hell|"
    r"you'?re (stupid|an idiot|useless|pathetic|a joke)|this is (stupid|pointless|a joke|"
    r"bullshit|garbage|rubbish)|stupid question|idiotic question|waste of (my )?time|"
    r"none of your (damn |bloody )?business|who cares)\b",
    re.IGNORECASE,
)

# Replies shorter than this many words may be a request rather than an answer; longer ones
# that merely contain "not sure" are answers with a hedge in them.
_SHORT = 14


def classify_reply(text: str, *, expecting: str = "answer") -> Intent:
    """The intent of a reply; `expecting` is "answer" or "candidate_question"."""
    stripped = text.strip()
    if stripped.lower() in SILENCE_MARKERS or not re.search(r"\w", stripped):
        return Intent.SILENCE
    words = stripped.split()
    short = len(words) <= _SHORT
    if _HOSTILE.search(stripped) and len(words) <= 40:
        return Intent.HOSTILE
    if short and _END.search(stripped):
        return Intent.END
    if expecting == "candidate_question":
        if short and _NO_QUESTIONS.search(stripped) and "?" not in stripped:
            return Intent.NO_QUESTIONS
        return Intent.ANSWER
    if short and _REPEAT.search(stripped):
        return Intent.REPEAT
    if short and _SKIP.search(stripped):
        return Intent.SKIP
    if short and _DONT_KNOW.search(stripped):
        return Intent.DONT_KNOW
    try:
        check_answer_text(stripped, max_words=100_000)
    except InputError:
        return Intent.UNCLEAR
    if _gibberish(stripped):
        return Intent.UNCLEAR
    return Intent.ANSWER


_VOWELS = set("aeiouy")


def _gibberish(text: str) -> bool:
    """Keyboard mashing: most words have no vowel or long consonant runs."""
    words = re.findall(r"[a-zA-Z]+", text)
    if not words:
        return True
    odd = sum(
        1
        for w in words
        if len(w) > 3 and (not (set(w.lower()) & _VOWELS) or re.search(r"[^aeiouy]{5,}", w.lower()))
    )
    return odd / len(words) >= 0.4
