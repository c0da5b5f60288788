"""Delivery from text: fillers, hedges, confident language, repetitions, self-corrections,
length and vocabulary. Timing measures (pace, pauses) come from `timing.py` when there is audio.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.fillers import find_fillers, vocal_filler
from interview_coach.analysis.spans import SpanMaker
from interview_coach.analysis.words import SENTENCE_PUNCT as _SENTENCE_PUNCT
from interview_coach.analysis.words import Word as _W
from interview_coach.analysis.words import index_phrases, prepare_words
from interview_coach.analysis.words import pausey as _pausey
from interview_coach.analysis.words import phrase_at as _phrase_at
from interview_coach.analysis.words import word_at as _lw
from interview_coach.types import Length, Mark, Vocabulary

__all__ = [
    "find_confident",
    "find_fillers",
    "find_hedges",
    "find_repetitions",
    "find_self_corrections",
    "measure_length",
    "measure_vocabulary",
    "prepare_words",
    "vocal_filler",
]

_HEDGES_BY_FIRST = index_phrases(lx.HEDGE_PHRASES)
_EDITS_BY_FIRST = index_phrases(lx.EDIT_TERMS)


def find_hedges(ws: list[_W], spans: SpanMaker) -> list[Mark]:
    """Hedges and minimisers that weaken a claim."""
    marks: list[Mark] = []
    n = len(ws)
    i = 0
    while i < n:
        for phrase in _HEDGES_BY_FIRST.get(ws[i].lower, ()):
            if not _phrase_at(ws, i, phrase):
                continue
            if not _hedge_context_ok(ws, i, phrase):
                continue
            j = i + len(phrase) - 1
            marks.append(spans.mark(ws[i].tok.start, ws[j].tok.end, " ".join(phrase)))
            i = j
            break
        i += 1
    return marks


def _hedge_context_ok(ws: list[_W], i: int, phrase: tuple[str, ...]) -> bool:
    prev = _lw(ws, i - 1)
    nxt = _lw(ws, i + len(phrase))
    key = " ".join(phrase)
    if key == "just":
        if prev in lx.JUST_NOT_HEDGE_BEFORE or nxt in lx.JUST_NOT_HEDGE_NEXT:
            return False
        if prev == "not" or (prev == "than" and _lw(ws, i - 2) == "rather"):
            return False  # "not just compliance" means "not only"
        return not (nxt[:1].isdigit() or nxt in lx.NUMBER_WORDS or nxt == "")
    if key in ("kind of", "sort of"):
        return prev not in lx.KIND_OF_TYPE_BEFORE
    if key == "a bit":
        if prev in lx.PREPOSITIONS:
            return False  # "at a care home for a bit": a while, not a softened claim
        return nxt != "of" or _lw(ws, i + 3) in ("a", "an")  # "a bit of time" is a quantity
    if key == "not sure":
        return prev not in ("i'm", "make", "making", "i", "am")  # "i'm not sure" caught whole
    if key == "i believe":
        return nxt not in ("in",)
    if key in ("i think", "i guess", "i suppose", "i believe"):
        # Reported thoughts of others ("she said I think…") are rare; "what I think" is a topic.
        return prev not in ("what", "how", "why")
    return True


def find_confident(ws: list[_W], spans: SpanMaker) -> list[Mark]:
    """First-person action verbs and decisive phrases ("I led", "I decided").

    A plan is an action too, in the answer to "how would you…": "I'd walk the site", "I
    will brief the crew". One adverb may stand between ("I then rang", "I'd first check").
    Each further step the same speaker lists in the sentence counts too: "I'd verify their
    identity, unlock the account and send them the link" is three.
    """
    marks: list[Mark] = []
    for i, w in enumerate(ws):
        if w.lower not in lx.ACTORS:
            continue
        j = i + 1
        if w.lower == "i" and _lw(ws, j) in lx.PLAN_MODALS:
            j += 1
        if _lw(ws, j) in lx.ACTION_ADVERBS:
            j += 1
        if (
            j < len(ws)
            and ws[j].lower in lx.ACTION_VERBS
            and not any(ws[k].punct_before for k in range(i + 1, j + 1))
            # Not a childhood ("I grew up in Lincolnshire") nor a question asked aloud
            # ("where do I start").
            and not (ws[j].lower == "grew" and _lw(ws, j + 1) == "up")
            # Nor a hedge: "I sort of said no" sorts nothing.
            and not (ws[j].lower == "sort" and _lw(ws, j + 1) == "of")
            and not (i and _lw(ws, i - 1) in ("do", "did", "shall", "should", "can"))
        ):
            marks.append(spans.mark(w.tok.start, ws[j].tok.end, "action_verb"))
            marks += _listed_steps(ws, j + 1, spans)
    return marks


def _listed_steps(ws: list[_W], k: int, spans: SpanMaker) -> list[Mark]:
    """The further actions listed after a first-person action, up to the sentence's end: a
    verb of action right after a comma or a joining word ("…, unlock the account and send
    them the link"). A new subject ("and he called") is not one of them, and the next "I…"
    starts its own list: each verb is counted once, and the scans together read the answer
    once."""
    marks: list[Mark] = []
    while k < len(ws) and not any(c in _SENTENCE_PUNCT or c == ";" for c in ws[k].punct_before):
        w = ws[k]
        joined = "," in w.punct_before or _lw(ws, k - 1) in lx.ACTION_JOINERS
        if (
            w.lower in lx.STEP_LIST_ENDS
            or w.lower in lx.ACTORS  # "…, then I called": that action lists its own steps
            or (joined and w.lower in lx.OTHER_SUBJECTS)
        ):
            break
        if w.lower in lx.ACTION_JOINERS or w.lower in lx.ACTION_ADVERBS:
            k += 1
            continue
        if joined and w.lower in lx.ACTION_VERBS:
            marks.append(spans.mark(w.tok.start, w.tok.end, "action_verb"))
        k += 1
    return marks


def find_repetitions(ws: list[_W], spans: SpanMaker) -> list[Mark]:
    """Stutters and restarts: the same word or two-word phrase said twice in a row."""
    marks: list[Mark] = []
    content = [w for w in ws if w.lower not in lx.VOCAL_FILLERS]
    i = 0
    while i + 1 < len(content):
        a, b = content[i], content[i + 1]
        if (
            a.lower == b.lower
            and a.lower not in ("that", "had", "very", "really", "no", "so")
            and not any(c in _SENTENCE_PUNCT for c in b.punct_before)
            and not any(c in "&/+" for c in b.punct_before)  # "a B&B", "24/24": one word
            and a.lower.isalpha()
        ):
            marks.append(spans.mark(a.tok.start, b.tok.end, "repeat"))
            i += 2
            continue
        if (
            i + 3 < len(content)
            and a.lower == content[i + 2].lower
            and b.lower == content[i + 3].lower
            and a.lower.isalpha()
            and not any(c in _SENTENCE_PUNCT for c in content[i + 2].punct_before)
        ):
            marks.append(spans.mark(a.tok.start, content[i + 3].tok.end, "restart"))
            i += 4
            continue
        i += 1
    return marks


def find_self_corrections(ws: list[_W], spans: SpanMaker) -> list[Mark]:
    """Places where the speaker replaces what they just said ("three, sorry, four")."""
    marks: list[Mark] = []
    n = len(ws)
    for i in range(1, n - 1):
        for phrase in _EDITS_BY_FIRST.get(ws[i].lower, ()):
            if not _phrase_at(ws, i, phrase):
                continue
            end = i + len(phrase)
            if end >= n:
                break
            if _is_correction(ws, i, end, phrase):
                start_tok = ws[i - 1].tok
                marks.append(spans.mark(start_tok.start, ws[end].tok.end, "self_correction"))
            break
    for i in range(1, n - 1):
        w = ws[i]
        if (
            w.lower in lx.RESTART_WORDS
            and ws[i - 1].lower in lx.VOCAL_FILLERS
            and not ws[i - 1].sentence_start
            and not any(c in _SENTENCE_PUNCT for c in w.punct_before)
        ):
            marks.append(spans.mark(ws[i - 1].tok.start, w.tok.end, "self_correction"))
    # Merge overlapping marks (e.g. "no sorry" found as "no sorry" and "sorry").
    merged: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        if merged and m.start < merged[-1].end:
            continue
        merged.append(m)
    return merged


_NO_FLUENT_NEXT = frozenset(
    [
        "one",
        "longer",
        "more",
        "less",
        "matter",
        "doubt",
        "problem",
        "way",
        "idea",
        "time",
        "need",
        "other",
        "clear",
        "real",
        "issues",
        "issue",
        "budget",
        "owner",
        "process",
        "data",
        "way",
        "access",
        "documentation",
        "response",
        "support",
        "interest",
        "feedback",
        "experience",
        "plan",
        "further",
    ]
)


def _is_correction(ws: list[_W], i: int, end: int, phrase: tuple[str, ...]) -> bool:
    key = " ".join(phrase)
    prev = ws[i - 1].lower
    nxt = ws[end].lower
    if key == "no":
        # Fluent "no" is a determiner ("there was no plan") or an answer ("No, I…").
        if ws[i].sentence_start or prev in (
            "was",
            "were",
            "is",
            "are",
            "had",
            "have",
            "with",
            "said",
            "say",
            "saying",
            "by",
            "of",
            "and",
            "or",
            "there's",
            "has",
            "to",
            "in",
            "no",
            "means",
        ):
            return False
        return nxt not in _NO_FLUENT_NEXT and not nxt.endswith("ing")
    if key == "rather":
        # "rather than", "I'd rather", "was rather slow" are fluent.
        return nxt != "than" and prev not in ("would", "i'd", "we'd", "'d", "was", "were", "is")
    if key in ("sorry", "correction", "oops"):
        return _pausey(ws[i].punct_before) or prev in ("no", "or", "um", "uh")
    if key in ("i mean", "i meant") and prev in lx.VOCAL_FILLERS and not ws[i - 1].sentence_start:
        return True  # "…Microsoft, err I mean Goldman Sachs…"
    if key in ("i mean", "i meant"):
        # "three, I mean four": a correction when it follows a pause and precedes a replacement.
        return (
            _pausey(ws[i].punct_before)
            and not ws[i].sentence_start
            and (prev not in lx.VOCAL_FILLERS)
            and nxt not in ("it", "that", "to", "is", "was", "we", "i", "you", "they")
        )
    return True


# Length verdicts under and over the question's target, for the tips, the stronger version and
# the interviewer.
SHORT_VERDICTS = frozenset({"too_short", "short"})
LONG_VERDICTS = frozenset({"long", "too_long"})


def measure_length(word_count: int, min_words: int, max_words: int) -> Length:
    """Compare the answer's length with what the question calls for."""
    if word_count < max(8, min_words * 0.4):
        verdict = "too_short"
    elif word_count < min_words:
        verdict = "short"
    elif word_count <= max_words:
        verdict = "good"
    elif word_count <= max_words * 1.5:
        verdict = "long"
    else:
        verdict = "too_long"
    return Length(
        word_count=word_count,
        target_min_words=min_words,
        target_max_words=max_words,
        verdict=verdict,
    )


MATTR_WINDOW = 50  # moving-average type-token ratio window (Covington & McFall, 2010)


def measure_vocabulary(words: Sequence[str]) -> Vocabulary:
    """Unique words, type-token ratio and its length-robust moving average (MATTR)."""
    content = [w for w in words if w not in lx.VOCAL_FILLERS]
    n = len(content)
    if n == 0:
        return Vocabulary(unique_words=0, type_token_ratio=0.0, moving_average_ttr=0.0)
    ttr = len(set(content)) / n
    if n <= MATTR_WINDOW:
        mattr = ttr
    else:
        counts: dict[str, int] = {}
        for w in content[:MATTR_WINDOW]:
            counts[w] = counts.get(w, 0) + 1
        total = len(counts)
        for k in range(MATTR_WINDOW, n):
            out, inc = content[k - MATTR_WINDOW], content[k]
            counts[out] -= 1
            if counts[out] == 0:
                del counts[out]
            counts[inc] = counts.get(inc, 0) + 1
            total += len(counts)
        mattr = total / (n - MATTR_WINDOW + 1) / MATTR_WINDOW
    return Vocabulary(
        unique_words=len(set(content)),
        type_token_ratio=round(ttr, 3),
        moving_average_ttr=round(mattr, 3),
    )
