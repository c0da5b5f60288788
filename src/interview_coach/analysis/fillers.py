"""Filler words and phrases, decided by their context: um and its stretched spellings, and
discourse "like", "you know" and "I mean" (not the verb, the comparison or the quotation)."""

from __future__ import annotations

from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.like_reader import like_is_filler
from interview_coach.analysis.like_shapes import numberish
from interview_coach.analysis.spans import SpanMaker
from interview_coach.analysis.words import Word as _W
from interview_coach.analysis.words import pausey as _pausey
from interview_coach.analysis.words import vocal_filler
from interview_coach.analysis.words import word_at as _lw
from interview_coach.types import Mark


def find_fillers(ws: list[_W], spans: SpanMaker) -> list[Mark]:
    """Filler words and phrases, decided by their context."""
    marks: list[Mark] = []
    n = len(ws)
    i = 0
    while i < n:
        w = ws[i]
        low = w.lower
        nxt = _lw(ws, i + 1)
        vocal = vocal_filler(low)
        if vocal and low in ("mm", "m") and numberish(_lw(ws, i - 1)) and not w.punct_before:
            pass  # "an error under 2 mm": millimetres, not a hum
        elif vocal:
            marks.append(spans.mark(w.tok.start, w.tok.end, vocal))
        elif low == "em" and _set_off(w):
            # Irish and Scottish "em" for "um", set off by pauses ("Em, the first thing…"); run
            # into a clause it is "them" ("give em a call").
            marks.append(spans.mark(w.tok.start, w.tok.end, "um"))
        elif low == "like" and like_is_filler(ws, i):
            marks.append(spans.mark(w.tok.start, w.tok.end, "like"))
        elif low in ("y'know", "ya'know") and _after_know_is_filler(ws, i):
            marks.append(spans.mark(w.tok.start, w.tok.end, "you know"))
        elif low in ("you", "ya", "y") and nxt == "know" and _tag_question(ws, i):
            # "…nothing worse than people not knowing, you know what I mean": one tag.
            marks.append(spans.mark(w.tok.start, ws[i + 4].tok.end, "you know"))
            i += 4
        elif low in ("you", "ya", "y") and nxt in ("know", "see") and _you_know_is_filler(ws, i):
            marks.append(spans.mark(w.tok.start, ws[i + 1].tok.end, f"you {nxt}"))
            i += 1
        elif low == "i" and nxt == "mean" and not ws[i + 1].punct_before:
            if _i_mean_is_filler(ws, i):
                marks.append(spans.mark(w.tok.start, ws[i + 1].tok.end, "i mean"))
                i += 1
        elif low in lx.DISCOURSE_FILLERS and _padding(ws, i):
            marks.append(spans.mark(w.tok.start, w.tok.end, low))
        i += 1
    return marks


def _set_off(w: _W) -> bool:
    """A word with a pause after it and one (or the sentence's start) before it."""
    return _pausey(w.punct_after) and (w.sentence_start or _pausey(w.punct_before))


def _padding(ws: list[_W], i: int) -> bool:
    """ "Basically", "literally" or "actually" that carries nothing: opening a sentence, set off
    by a pause, among hesitations, or after "so", "and" or "but". Inside a clause they keep
    their sense ("I literally found it by counting boxes", "who actually showed up")."""
    w, prev, nxt = ws[i], _lw(ws, i - 1), _lw(ws, i + 1)
    if prev in ("that", "it") and _lw(ws, i - 2) in ("mean", "meant"):
        return False  # "I mean that literally": its sense, insisted on
    return (
        w.sentence_start
        or _pausey(w.punct_before)
        or _pausey(w.punct_after)
        or prev in lx.VOCAL_FILLERS
        or nxt in lx.VOCAL_FILLERS
        or prev in ("so", "and", "but")
    )


def _tag_question(ws: list[_W], i: int) -> bool:
    """ "you know what I mean" or "you know what I'm saying" closing a point: a pause or the end
    after it, or a new clause ("…you know what I mean a lady in the back…")."""
    said = tuple(_lw(ws, i + k) for k in range(1, 5))
    if said not in (("know", "what", "i", "mean"), ("know", "what", "i'm", "saying")):
        return False
    if _lw(ws, i - 1) in ("do", "does", "did", "if") and not _pausey(ws[i].punct_before):
        return False  # "Do you know what I mean?": asked, not a tag
    if any(c in ws[i + 3].punct_after for c in ",.") and not ws[i + 4].punct_after:
        return False  # "you know what I mean, it's…": the pause falls inside
    end = i + 5 >= len(ws) or bool(ws[i + 4].punct_after)
    return end or _lw(ws, i + 5) in lx.SUBJECT_PRONOUNS | lx.DETERMINERS | lx.CONJUNCTIONS


def _you_know_is_filler(ws: list[_W], i: int) -> bool:
    w, k = ws[i], ws[i + 1]
    prev = _lw(ws, i - 1)
    after = _lw(ws, i + 2)
    if k.lower == "see":
        return w.sentence_start or _pausey(w.punct_before) or _pausey(k.punct_after)
    if prev in ("let", "lets", "let's", "letting"):
        return False  # "I'll let you know by Friday": "know" is the verb "let" takes
    if prev in lx.MODALS_AUX and not _pausey(w.punct_before):
        # "do you know", "if you know", "as you know" ("she honestly didn't you know and by
        # the end…" runs on: a tag).
        return prev in ("didn't", "don't", "doesn't") and after in ("and", "but", "so")
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
        and not reported  # "my advisor told me you know you don't have to…": her words
        and after in lx.SUBJECT_PRONOUNS
        and (
            _lw(ws, i + 3) in lx.CLAUSE_AUX
            or "'" in _lw(ws, i + 3)
            or (_lw(ws, i + 3).endswith("ed") and len(_lw(ws, i + 3)) > 4)
            or _lw(ws, i + 3) in lx.IRREGULAR_PAST
        )
    ):
        return True  # "…out at the top you know you wouldn't see it": a tag between clauses
    if after in lx.YOU_KNOW_OBJECT_NEXT:
        return False  # "you know how to", "you know that the report…"
    if after in lx.DETERMINERS and not _pausey(k.punct_after):
        return False  # "…a circuit, you know the regs": "know" with its object
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
    if after in lx.AFTER_KNOW_CLAUSE or (after == "i" and after2 == "mean"):
        return True  # "…for new people you know I mean even for me": one filler after another
    if after in lx.BARE_VERBS - lx.NOUN_LIKE_VERBS - {"see", "get", "do", "say", "tell", "just"}:
        return True  # "I show them the old part you know let them see it": no object
    if (after.endswith("ed") and len(after) > 4 and after not in lx.NOT_PAST) or (
        after in lx.IRREGULAR_PAST and after not in ("had", "did", "put")
    ):
        return True  # "my lead just you know looked at me": "know" takes no verb
    if after in lx.AFTER_KNOW_ADJUNCT:
        return True  # "on my own you know not just inputting", "…you know if there is…"
    if after in lx.AFTER_KNOW_PLACE or (
        len(after) > 4 and after.endswith(("ly", "ing")) and after not in lx.KNOWN_THINGS
    ):
        # "know" takes a thing or a clause, never "with…", an adverb or an -ing verb: "a
        # proper team you know with code review", "like you know absolutely furious", "rang
        # every haulier you know begging".
        return True
    if after in lx.AFTER_KNOW_FINITE or numberish(after):
        return True  # "which you know doesn't happen", "under pressure you know ten people"
    past = (after2.endswith("ed") and len(after2) > 4) or after2 in lx.IRREGULAR_PAST
    if after == "which" and (after2 in ("is", "was", "means", "meant") or past):
        return True  # "…for the ambulance you know which knocked my round out"
    if ws[k].lower in ("y'know", "ya'know") or _lw(ws, k - 1) == "ya":
        # These spellings are the discourse marker; only a question word makes them a verb.
        return after not in ("how", "what", "why", "where", "when", "whether")
    return False


def _i_mean_is_filler(ws: list[_W], i: int) -> bool:
    prev = _lw(ws, i - 1)
    after = _lw(ws, i + 2)
    if after in ("he", "she", "they", "we", "i") or after in lx.CLAUSE_CONTRACTIONS:
        return True  # "I mean she honestly didn't", "I mean it's pride": "mean" takes no clause
    if after in ("already", "even", "honestly", "obviously", "basically"):
        return True  # "which I mean already you know where this is going"
    then = _lw(ws, i + 3)
    finite = "'" in then or (len(then) > 4 and then.endswith("ed")) or then in lx.IRREGULAR_PAST
    if after in ("it", "that") and finite and not ws[i + 2].punct_after:
        return True  # "I mean it wasn't perfect", "I mean it helped a lot"
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
