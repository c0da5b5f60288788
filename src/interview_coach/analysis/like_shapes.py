"""The shapes of the words around a spoken "like" that its readers (`like_reader.py`) test:
a figure, an adverb, a verb in the past or bare, an adjective that ends its phrase, a subject
and an adverb before it, a verb after "would like", a phrase after a preposition or a verb."""

from __future__ import annotations

from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.words import Word as _W
from interview_coach.analysis.words import word_at as _lw


def subject_adverb(ws: list[_W], i: int) -> bool:
    """ "I just like…", "we always like…", "I'll just like…": a subject (with a contracted
    "will" or "would") and an adverb before "like"."""
    subject = _lw(ws, i - 2)
    if subject.endswith(("'ll", "'d")):
        subject = subject.rsplit("'", 1)[0]
    return _lw(ws, i - 1) in lx.SUBJECT_ADVERBS and subject in lx.SUBJECT_PRONOUNS


# "something like minus twenty": "about", before a figure.
ABOUT = frozenset("something anything nothing more".split())
# Endings of adjectives: "not useful", "not serious", "not relevant".
ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "able", "ible", "ent", "ant", "ical")
# Words of pace that end a description: "talking like very fast".
PACE = frozenset("fast slow quick quickly slowly".split())
# Subjects with "be" before "not like <verb>-ing": "I'm not like running on fumes".
BE_SUBJECT = lx.BE_FORMS - {"be", "been", "being"}


def adjective_ends(ws: list[_W], k: int) -> bool:
    """The word at `k` is an adjective with no noun after it: "terrible", "impatient so…"."""
    if _lw(ws, k) not in lx.PREDICATE_ADJECTIVES:
        return False
    after = _lw(ws, k + 1)
    return (
        not after
        or bool(ws[k].punct_after)
        or after in lx.CONJUNCTIONS
        or after in lx.PREPOSITIONS
        or after in lx.LIKE_ADVERBS
        or after in ("to", "that", "too", "with")
    )


def adjective_phrase(ws: list[_W], k: int) -> bool:
    """An adjective, or a degree word and an adjective, that ends its phrase at or after `k`."""
    if adjective_ends(ws, k):
        return True
    return _lw(ws, k) in lx.INTENSIFIERS - {"just"} and adjective_ends(ws, k + 1)


def progressive_after_not(ws: list[_W], i: int) -> bool:
    """ "I'm not like scrambling", "we were not like chasing it": a person, "be", "not",
    "like", a verb in -ing ("it's not like cheating" compares a thing)."""
    nxt, be = _lw(ws, i + 1), _lw(ws, i - 2)
    if not (len(nxt) > 4 and nxt.endswith("ing")) or be not in BE_SUBJECT:
        return False
    return be not in ("'s", "is", "was") or _lw(ws, i - 3) not in ("it", "that", "this", "which")


def adverb(word: str) -> bool:
    """An "-ly" adverb ("physically", "completely"), not "family" or "daily"."""
    return len(word) > 4 and word.endswith("ly") and word not in lx.LY_NOT_ADVERBS


def past_or_bare(word: str) -> bool:
    """A verb in the past tense or its bare form: "forgot", "locked", "rebook"."""
    regular = len(word) > 4 and word.endswith("ed") and word not in lx.NOT_PAST
    return regular or word in lx.IRREGULAR_PAST or word in lx.BARE_VERBS


def numberish(word: str) -> bool:
    """A figure, said or written: "12", "twelve", "forty-five", "fifteen-minute"."""
    return bool(word) and (word[0].isdigit() or word.split("-")[0] in lx.NUMBER_WORDS)


# Verbs that take an -ing verb straight after: "kept causing", "started shouting".
ASPECT = frozenset("kept keeps keep started starts began stopped stops".split())
# Object pronouns after a verb: "slows me down", "split it one on fruit".
OBJECTS = frozenset("me us him her them it everything everyone".split())


def would_like_do(ws: list[_W], i: int) -> bool:
    """ "he'd like rewire stuff", "who would like chart things", "who'd like always leave":
    after "would like" a word with an object after it, or a habit's adverb, is a verb, which
    "would like" never takes bare."""
    nxt, obj = _lw(ws, i + 1), _lw(ws, i + 2)
    if nxt in ("always", "usually", "just", "never", "sometimes") and obj != "to":
        return True
    if not nxt or nxt in lx.DETERMINERS or nxt in lx.OBJECT_PRONOUNS or nxt in ("to", "more"):
        return False
    return obj in ("stuff", "things", "everything", "everyone", "it", "them") and not (
        nxt.endswith("s") or nxt.endswith("ing")
    )


# Past forms that also describe a noun: "I'd like paid leave", "we'd like left-over stock".
PAST_AS_ADJECTIVE = frozenset("left lost made paid put had did got held".split())


# Prepositions straight before "like": a comparison cannot follow one ("on like day four",
# "for like however long"), so the "like" is the filler. ("to like" is the verb, "of like"
# a comparison: "kind of like a puzzle".)
LIKE_AFTER_PREPOSITION = frozenset(
    "on for in at from with by into over around after before during until till within under".split()
)
# Verbs whose object the filler may come before ("makes like gearboxes", "fix like near
# anything"). Not those that compare a manner: "built like a tank", "ran like the wind",
# "worked like a charm"; nor "do like", the verb said with stress ("I do like a challenge").
LIKE_OBJECT_VERBS = frozenset(
    "make makes making fix fixes fixed fixing pull pulls pulling get gets getting give gives "
    "gave giving sell sells selling teach teaches taught teaching handle handles handled "
    "cover covers covered earn earns earned spend spends spent cost costs caches".split()
)
# What begins the object: a determiner, a figure or a word of amount or kind.
OBJECT_OPENERS = (lx.DETERMINERS - {"this", "that", "these", "those"}) | frozenset(
    "near nearly about around however weekly daily proper second basic whole full real "
    "loads lots".split()
)


def like_before_phrase(ws: list[_W], i: int) -> bool:
    """ "we ran out on like day four", "a company that makes like gearboxes": after a
    preposition, or between a verb and its object, "like" compares nothing."""
    prev, nxt = _lw(ws, i - 1), _lw(ws, i + 1)
    if not nxt or ws[i].punct_before:
        return False
    if prev in LIKE_AFTER_PREPOSITION:
        # Not "as" before a clause ("went in like you'd expect"), nor "like with like".
        clause = nxt in lx.SUBJECT_PRONOUNS or "'" in nxt or "’" in nxt
        return not clause and _lw(ws, i - 2) != "like"
    return prev in LIKE_OBJECT_VERBS and (nxt in OBJECT_OPENERS or numberish(nxt))


def like_hedges(ws: list[_W], i: int) -> bool:
    """ "Like" that softens what follows rather than comparing it.

    - before a negation or an absolute: "which like nobody had told me to do", "I like
      didn't check the forecast" (not "like never before", "like nobody else");
    - after "which" or "who": "which like never happens in claims";
    - after "be", before a ranking, a figure or a frequency: "I was like the only instructor",
      "a walkaround is like a ten-minute job", "it's like every weekend", "they were like
      always late", "I'm like too nice on the phone" (a negation there opens a quote).
    """
    w = ws[i]
    prev, nxt, after = _lw(ws, i - 1), _lw(ws, i + 1), _lw(ws, i + 2)
    if any(c in w.punct_after for c in ".!?,"):
        return False
    be_like = prev in lx.BE_FORMS or prev in ("it's", "that's")
    # After "be like" a negation usually opens a quote: "she was like, don't touch that".
    set_phrase = (nxt, after) in (("never", "before"), ("nobody", "else"))
    if nxt in lx.LIKE_NEGATIONS and not set_phrase and not be_like:
        return prev not in lx.COMPARISON_VERBS  # "it felt like nobody had asked": "as if"
    if prev in ("which", "who") and not w.punct_before:
        return nxt not in lx.DETERMINERS and nxt not in lx.OBJECT_PRONOUNS and nxt != "to"
    if not be_like or w.punct_before:
        return False
    if nxt == "a" and after in ("bit", "little", "lot"):
        return True  # "I was like a bit nervous", "it was like a lot of calls"
    if nxt == "all" and (after in lx.DETERMINERS or after in ("of", "over")):
        return True  # "it was like all the same things"
    if nxt == "not" and (
        after in lx.PREDICATE_ADJECTIVES
        or after in lx.INTENSIFIERS
        or adverb(after)
        or (len(after) > 4 and after.endswith(("ed", *ADJECTIVE_ENDINGS)))
        or after in ("at", "even", "too", "that")
    ):
        return True  # "which was like not related at all" (", like, not now" is a quote)
    ranked = after in lx.LIKE_RANKED or (after.endswith("est") and len(after) > 5)
    if nxt in ("the", "a", "an") and (ranked or numberish(after)):
        return True
    if nxt in ("minus", "plus", "over", "under", "nearly", "almost") and numberish(after):
        return True  # "the freezer was like minus sixty"
    if numberish(nxt) and after != "of":
        return True  # "there must have been like sixty people" ("like one of the family")
    return nxt in ("every", "always", "too", "still")
