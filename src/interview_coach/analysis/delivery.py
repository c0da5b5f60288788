"""Delivery from text: fillers, hedges, confident language, repetitions, self-corrections,
length and vocabulary. Timing measures (pace, pauses) come from `timing.py` when there is audio.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.spans import SpanMaker
from interview_coach.nlp.text import Token
from interview_coach.types import Length, Mark, Vocabulary

_SENTENCE_PUNCT = frozenset(".!?…;:")
_PAUSE_PUNCT = frozenset(',—–-…;:.!?()"')


@dataclass(frozen=True, slots=True)
class _W:
    """A word token with the punctuation around it (commas matter for fillers)."""

    tok: Token
    lower: str
    punct_before: str  # punctuation between the previous word and this one ("" if none)
    punct_after: str
    sentence_start: bool


def _prepare(tokens: Sequence[Token]) -> list[_W]:
    out: list[_W] = []
    pending = ""
    for i, t in enumerate(tokens):
        if not t.is_word:
            pending += t.text
            continue
        after = ""
        j = i + 1
        while j < len(tokens) and not tokens[j].is_word:
            after += tokens[j].text
            j += 1
        start = not out or any(c in _SENTENCE_PUNCT for c in pending)
        out.append(_W(t, t.lower, pending, after, start))
        pending = ""
    return out


def _lw(ws: list[_W], i: int) -> str:
    return ws[i].lower if 0 <= i < len(ws) else ""


def index_phrases(
    phrases: Sequence[tuple[str, ...]],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, in their original order (first match wins)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        index.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in index.items()}


_HEDGES_BY_FIRST = index_phrases(lx.HEDGE_PHRASES)
_EDITS_BY_FIRST = index_phrases(lx.EDIT_TERMS)


def _phrase_at(ws: list[_W], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(ws):
        return False
    for k, p in enumerate(phrase):
        if ws[i + k].lower != p:
            return False
        if k and ws[i + k].punct_before:  # a phrase is not split by punctuation
            return False
    return True


def _pausey(s: str) -> bool:
    return any(c in _PAUSE_PUNCT for c in s)


def find_fillers(ws: list[_W], spans: SpanMaker) -> list[Mark]:
    """Filler words and phrases, decided by their context."""
    marks: list[Mark] = []
    n = len(ws)
    i = 0
    while i < n:
        w = ws[i]
        low = w.lower
        prev, nxt = _lw(ws, i - 1), _lw(ws, i + 1)
        vocal = vocal_filler(low)
        if vocal:
            marks.append(spans.mark(w.tok.start, w.tok.end, vocal))
        elif low == "like" and _like_is_filler(ws, i):
            marks.append(spans.mark(w.tok.start, w.tok.end, "like"))
        elif low in ("y'know", "ya'know") and _after_know_is_filler(ws, i):
            marks.append(spans.mark(w.tok.start, w.tok.end, "you know"))
        elif low in ("you", "ya", "y") and nxt in ("know", "see") and _you_know_is_filler(ws, i):
            marks.append(spans.mark(w.tok.start, ws[i + 1].tok.end, f"you {nxt}"))
            i += 1
        elif low == "i" and nxt == "mean" and not ws[i + 1].punct_before:
            if _i_mean_is_filler(ws, i):
                marks.append(spans.mark(w.tok.start, ws[i + 1].tok.end, "i mean"))
                i += 1
        elif low in lx.DISCOURSE_FILLERS:
            marks.append(spans.mark(w.tok.start, w.tok.end, low))
        elif low == "actually" and (
            w.sentence_start
            or _pausey(w.punct_before)
            or _pausey(w.punct_after)
            or prev in lx.VOCAL_FILLERS
            or nxt in lx.VOCAL_FILLERS
            or prev in ("so", "and", "but", "like")
        ):
            marks.append(spans.mark(w.tok.start, w.tok.end, "actually"))
        i += 1
    return marks


# Stretched hesitations as transcripts spell them: "ummm", "uhhh", "uhmm", "hmmm", "errr".
_STRETCHED = re.compile(r"^(?:u+h*m+|u+h+|e+r+m*|a+h+|h+m+|m{2,}|e+h+m*)$")
_CANONICAL = {"u": "um", "e": "er", "a": "ah", "h": "hmm", "m": "mm"}


def vocal_filler(low: str) -> str | None:
    """The hesitation a token spells ("ummm" → "um", "uhh" → "uh"), or None."""
    if low in lx.VOCAL_FILLERS:
        return low
    if not _STRETCHED.match(low):
        return None
    if low[0] == "u":
        return "uh" if "m" not in low else "um"
    return _CANONICAL[low[0]]


def _is_quotative(ws: list[_W], i: int) -> bool:
    """'she was like, we need it Friday', 'I'm like okay': reported speech, not a filler."""
    w = ws[i]
    prev, nxt = _lw(ws, i - 1), _lw(ws, i + 1)
    if prev not in lx.BE_FORMS or w.punct_before:
        return False
    if _lw(ws, i - 2) in ("it", "that", "this", "there") or prev in ("it's", "that's"):
        return False  # "it was like three weeks": no one is being quoted
    comma_after = any(c in w.punct_after for c in ",:—")
    return comma_after or nxt in lx.QUOTE_OPENERS


def _like_is_filler(ws: list[_W], i: int) -> bool:
    w = ws[i]
    prev, nxt = _lw(ws, i - 1), _lw(ws, i + 1)
    ends_sentence = any(c in w.punct_after for c in ".!?")
    if i + 1 < len(ws) and vocal_filler(ws[i + 1].lower) and not ends_sentence:
        return True  # "like um…" (but not "if you'd like. Er, …")
    if vocal_filler(prev):
        return True
    if (prev == "know" and _lw(ws, i - 2) in ("you", "y")) or (
        prev == "mean" and _lw(ws, i - 2) == "i"
    ):
        return True  # "you know, like character building": one filler after another
    if _is_quotative(ws, i):
        return False
    if nxt == "i" and _lw(ws, i + 2) in lx.SAY_VERBS:
        return False  # "like I said": "as I said"
    if (
        w.punct_after
        and any(c in w.punct_after for c in ".!?")
        and "what" in {_lw(ws, i - k) for k in range(2, 6)}
    ):
        return False  # "…what it was like."
    after_comma = w.punct_before and "," in w.punct_before
    if not w.punct_before and not w.punct_after:
        if prev in lx.CONJUNCTIONS and nxt in lx.DETERMINERS:
            return True  # "and like the ticket machine…", "so like my best quarter"
        if prev in lx.PREPOSITIONS and (nxt in lx.DETERMINERS or nxt[:1].isdigit()):
            return True  # "in like the first hour", "for like two weeks"
        past = (nxt.endswith("ed") and nxt not in lx.NOT_PAST) or nxt in lx.IRREGULAR_PAST
        if prev in lx.SUBJECT_PRONOUNS and past:
            return True  # "I like grabbed a pad": a verb "like" takes no past tense
        if prev in lx.MODALS_BEFORE_LIKE and nxt in lx.BARE_VERBS:
            return True  # "she would like take over": "would like" takes "to" or an object
        if prev == "to" and _lw(ws, i - 2) in lx.TO_LIKE_FILLER_BEFORE:
            # "we had to like model it": "like" between "had to" and its verb
            return nxt not in lx.DETERMINERS and nxt not in lx.OBJECT_PRONOUNS and nxt != "to"
        if nxt in ("a", "an") and _lw(ws, i + 2) in lx.QUANTITY_WORDS:
            return prev not in lx.LIKE_NOT_FILLER_BEFORE  # "took like an extra hour"
    if prev in lx.BE_FORMS and (nxt.endswith("ing") or nxt.endswith("ly")) and not after_comma:
        return True  # "I was like shouting", "it was like clearly changed"
    if (
        prev in lx.BE_FORMS
        and not after_comma
        and (nxt in lx.PREPOSITIONS or nxt in lx.PREDICATE_ADJECTIVES or nxt in lx.INTENSIFIERS)
    ):
        return True  # "I'm like in my last year", "I'm like fine with that", "I am like so tired"
    if prev == "there" and _lw(ws, i - 2) in lx.BE_FORMS | {"is", "was", "are", "were"}:
        return True  # "is there like a training period", "there was like ten of us"
    if prev in ("do", "does", "did") and _lw(ws, i - 2) in lx.QUESTION_WORDS:
        return True  # "what does like a normal week look like": "like" is no verb here
    if prev in lx.SAY_VERBS and not w.punct_before and nxt not in ("to", "that", "it"):
        return True  # "the job ad said like campaigns and events"
    comma_after = "," in w.punct_after or "—" in w.punct_after
    comma_before = "," in w.punct_before or "—" in w.punct_before
    if comma_after and (comma_before or w.sentence_start or prev in lx.CONJUNCTIONS):
        return True  # ", like," set off on both sides
    ends = i + 1 >= len(ws) or any(c in w.punct_after for c in ".!?")
    if comma_before and ends:
        return True  # "that's the bit I love, like.": a clause-final tag
    verb_like = prev in lx.SUBJECT_PRONOUNS or prev in lx.MODALS_BEFORE_LIKE or prev == "to"
    if nxt in lx.LIKE_ADVERBS and not w.punct_before and not verb_like:
        return True  # "looking like really hard", "refitted them like properly"
    opens = w.sentence_start and any(c in w.punct_before for c in ".!?")
    if nxt and (nxt[0].isdigit() or nxt in lx.NUMBER_WORDS) and prev in ("do", "does", "did"):
        return True  # "I do like ten hours extra": "like" before a figure after "do"
    if prev in lx.LIKE_NOT_FILLER_BEFORE and not comma_before and not opens:
        return False
    after2 = _lw(ws, i + 2)
    if nxt in lx.APPROXIMATORS and (
        after2[:1].isdigit() or after2 in lx.NUMBER_WORDS or after2 in ("a", "an", "half")
    ):
        return True  # "paid less, like around thirty pounds"
    plain = not w.punct_before and not w.punct_after
    if plain and nxt in ("and", "but", "so") and i > 0:
        return True  # "he disappeared like and I was worried": nothing for it to compare
    if plain and nxt.endswith("ed") and len(nxt) > 4 and nxt not in lx.NOT_PAST:
        return True  # "the fridge like failed": a comparison takes no past-tense verb
    if comma_after:
        return True
    if prev in ("guess", "think", "mean", "suppose") and nxt not in lx.DETERMINERS:
        return True  # "I guess like just to…", "I mean like we…"
    clause = nxt in ("it", "is", "was", "are", "were") and comma_before
    if nxt in lx.INTENSIFIERS or nxt in lx.CLAUSE_STARTERS or clause:
        return (
            prev in lx.CONJUNCTIONS
            or comma_before
            or w.sentence_start
            or prev
            in (
                "was",
                "were",
                "is",
                "are",
                "it's",
                "'s",
                "just",
                "literally",
                "basically",
            )
        )
    if nxt and (nxt[0].isdigit() or nxt in lx.NUMBER_WORDS):
        return prev not in lx.LIKE_NOT_FILLER_BEFORE  # "took like three weeks"
    if prev in lx.CONJUNCTIONS and (comma_before or nxt not in lx.DETERMINERS):
        return True  # "and like we had no owner"
    return w.sentence_start and nxt not in lx.DETERMINERS and nxt not in ("this", "that")


def _you_know_is_filler(ws: list[_W], i: int) -> bool:
    w, k = ws[i], ws[i + 1]
    prev = _lw(ws, i - 1)
    after = _lw(ws, i + 2)
    if k.lower == "see":
        return w.sentence_start or _pausey(w.punct_before) or _pausey(k.punct_after)
    if prev in lx.MODALS_AUX and not _pausey(w.punct_before):
        return False  # "do you know", "if you know", "as you know"
    if _pausey(k.punct_after) or i + 2 >= len(ws):
        return True  # "…, you know, …" or at the end
    if w.lower == "ya":
        return _after_know_is_filler(ws, i + 1)
    # "I said, you know…", "she told me, you know…", "I said, look, you know…"
    reported = any(_lw(ws, i - k) in lx.SAY_VERBS for k in (1, 2, 3))
    if reported and "," in w.punct_before:
        return False  # "I said, you know he lives alone": the words said, not a filler
    between_clauses = prev and prev not in lx.CONJUNCTIONS and not w.sentence_start
    if between_clauses and not _pausey(w.punct_before) and _after_know_is_filler(ws, i + 1):
        return True  # "…in two ledgers you know because…"
    if (
        between_clauses
        and not _pausey(w.punct_before)
        and prev not in lx.SAY_VERBS
        and after in lx.SUBJECT_PRONOUNS
        and (_lw(ws, i + 3) in lx.CLAUSE_AUX or "'" in _lw(ws, i + 3))
    ):
        return True  # "…out at the top you know you wouldn't see it": a tag between clauses
    if after in lx.YOU_KNOW_OBJECT_NEXT:
        return False  # "you know how to", "you know that the report…"
    opens = w.sentence_start or (prev in lx.CONJUNCTIONS and not _pausey(w.punct_before))
    if opens and (after in lx.SUBJECT_PRONOUNS or after in lx.DETERMINERS):
        return False  # "because you know you can't…", "You know your customers by name"
    return (
        w.sentence_start
        or _pausey(w.punct_before)
        or prev in lx.CONJUNCTIONS
        or (prev in lx.VOCAL_FILLERS)
    )


def _after_know_is_filler(ws: list[_W], k: int) -> bool:
    """Whether what follows "know" (at index k) starts a new clause rather than an object:
    "you know and…", "you know it's…", "y'know he'd…", "you know which is…"."""
    after, after2 = _lw(ws, k + 1), _lw(ws, k + 2)
    if k + 1 >= len(ws) or _pausey(ws[k].punct_after):
        return True
    if after in lx.CONJUNCTIONS or vocal_filler(after) or after in lx.CLAUSE_CONTRACTIONS:
        return True
    if after in lx.AFTER_KNOW_CLAUSE:
        return True
    if after == "which" and after2 in ("is", "was", "means", "meant"):
        return True
    if ws[k].lower in ("y'know", "ya'know") or _lw(ws, k - 1) == "ya":
        # These spellings are the discourse marker; only a question word makes them a verb.
        return after not in ("how", "what", "why", "where", "when", "whether")
    return False


def _i_mean_is_filler(ws: list[_W], i: int) -> bool:
    prev = _lw(ws, i - 1)
    after = _lw(ws, i + 2)
    if prev in lx.I_MEAN_NOT_FILLER_BEFORE and not _pausey(ws[i].punct_before):
        return False
    # "I mean it", "I mean to", "I mean that literally" are not fillers; "I mean it was…"
    # starts a new clause, so it is.
    if after in ("it", "that") and _lw(ws, i + 3) in lx.CLAUSE_VERBS:
        return not ws[i + 2].punct_after
    return not (
        after in ("it", "that", "to", "what", "by", "is", "was")
        and not _pausey(ws[i + 1].punct_after)
    )


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
    """First-person action verbs and decisive phrases ("I led", "I decided")."""
    marks: list[Mark] = []
    for i, w in enumerate(ws):
        if (
            w.lower == "i"
            and i + 1 < len(ws)
            and ws[i + 1].lower in lx.ACTION_VERBS
            and not ws[i + 1].punct_before
        ):
            marks.append(spans.mark(w.tok.start, ws[i + 1].tok.end, "action_verb"))
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


def prepare_words(tokens: Sequence[Token]) -> list[_W]:
    """Word tokens annotated with the punctuation around them (used by the finders)."""
    return _prepare(tokens)
