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
    SMALL_TALK = "small_talk"
    CLARIFY = "clarify"


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

# Pleasantries: a reply made of these alone is small talk, not an answer ("Thanks, happy to be
# here", "Good, thank you, and you?").
_PLEASANTRY = re.compile(
    r"\b(thanks( so much| a lot| very much)?|thank you( so much| very much)?( for (having|"
    r"inviting|seeing) me| for the (invitation|opportunity|chance))?|(i'?m |i am )?(really )?"
    r"(happy|glad|pleased|excited|great|delighted|nice|good|lovely) to (be here|meet you|see "
    r"you|be talking)|(it'?s )?(nice|good|great|lovely|a pleasure) (to meet you|meeting you|to "
    r"be here)|(i'?m |i am )?(doing )?(very |really |pretty )?(good|fine|well|great|okay|ok|"
    r"not bad)|how are you( doing)?( today)?|(and )?(you|yourself)|hello|hi|hey|good "
    r"(morning|afternoon|evening)|likewise|same here|my pleasure|ready( when you are)?|"
    r"let'?s (go|begin|start|do (it|this)))\b",
    re.IGNORECASE,
)
# Words that may sit between pleasantries without making them an answer.
_GLUE = frozenset(
    "and so too as well very really much all right okay ok oh um uh i am i'm it's a the for "
    "me yes yeah sure absolutely of course".split()
)
# A short reply that asks about the question rather than answering it.
_CLARIFY = re.compile(
    r"\b(do|did) you mean\b|\bare you asking\b|\bwhat do you mean\b|\bwhen you say\b|"
    r"\b(should|shall|can|could|may) i (talk|speak|focus|pick|choose|use|give|answer|describe|"
    r"start|mention|go|take)\b|\bis it (ok|okay|fine|alright|all right) (if|to)\b|"
    r"\b(does|do|should) (it|that|the example) (have|need) to\b|\bhow (long|much detail|"
    r"detailed) (should|do you want)\b|\b(any|which) (example|kind of|type of)\b|"
    r"\bjust (my|the) \w+( \w+)? or\b",
    re.IGNORECASE,
)
_CLARIFY_WORDS = 30  # a question to the interviewer longer than this is an answer after all

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
    if is_small_talk(stripped):
        return Intent.SMALL_TALK
    if len(words) <= _CLARIFY_WORDS and _asks_back(stripped):
        return Intent.CLARIFY
    try:
        check_answer_text(stripped, max_words=100_000)
    except InputError:
        return Intent.UNCLEAR
    if _gibberish(stripped):
        return Intent.UNCLEAR
    return Intent.ANSWER


# Assent and nothing more: the reply to "Would you like me to repeat the question?".
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|sure|ok(?:ay)?|please|go on|go ahead)\b"
    r"(?:\W+(?:yes|please|sure|thanks|thank you|do|if you don'?t mind|that would help))*\W*$",
    re.IGNORECASE,
)


def says_yes(text: str) -> bool:
    """A short yes ("Yes please.", "Sure, go ahead") to something the interviewer offered."""
    return bool(_YES.match(text))


def is_small_talk(text: str) -> bool:
    """Whether a reply is pleasantries alone ("Thanks, happy to be here. How are you?")."""
    if len(text.split()) > _SHORT or not _PLEASANTRY.search(text):
        return False
    rest = re.findall(r"[a-z']+", _PLEASANTRY.sub(" ", text.lower()))
    return all(w in _GLUE for w in rest)


def _asks_back(text: str) -> bool:
    """A reply that is a question about the question: it ends with a question mark (the
    transcriber writes one for a spoken question) or opens with "do you mean" and the like."""
    last = re.split(r"(?<=[.!])\s+", text.strip())[-1]
    return last.rstrip().endswith("?") or bool(_CLARIFY.search(text) and len(text.split()) <= 20)


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
