"""Whether a spoken "like" is the discourse filler or one of its look-alikes: the verb, a
comparison, an example, "as", a quotative or "what it's like". Each reader looks at the
words around it; `like_is_filler` combines them."""

from __future__ import annotations

from interview_coach.analysis import lexicon as lx
from interview_coach.analysis.like_shapes import (
    ABOUT,
    ASPECT,
    OBJECTS,
    PACE,
    PAST_AS_ADJECTIVE,
    adjective_ends,
    adjective_phrase,
    adverb,
    like_before_phrase,
    like_hedges,
    numberish,
    past_or_bare,
    progressive_after_not,
    subject_adverb,
    would_like_do,
)
from interview_coach.analysis.words import Word as _W
from interview_coach.analysis.words import vocal_filler
from interview_coach.analysis.words import word_at as _lw


def like_is_filler(ws: list[_W], i: int) -> bool:
    """Whether the "like" at `i` is a filler."""
    prev, nxt = _lw(ws, i - 1), _lw(ws, i + 1)
    if nxt == "like" or prev == "like":
        # Said twice, "like" is a restart: "it was like, like, chaos", "on a friday like like
        # nothing prepares you". Only the verb or a comparison keeps the first ("looks like,
        # like a…"), and "like with like" compares.
        if prev == "like":
            return _lw(ws, i - 2) not in ("with", "for") and nxt != "with"
        quoted = _lw(ws, i + 2)
        speaker = prev in lx.BE_FORMS or (prev == "all" and _lw(ws, i - 2) in lx.BE_FORMS)
        if prev in ("is", "are") and _lw(ws, i - 2) not in lx.SUBJECT_PRONOUNS:
            speaker = False  # "finding the mistake is, like, like really satisfying": a thing
        if speaker and (quoted in lx.QUOTE_OPENERS or quoted in ("do", "does", "did")):
            return False  # "she was like, like, what have you done": the quote, then a restart
        return prev not in lx.LIKE_NOT_FILLER_BEFORE and prev not in lx.COMPARISON_VERBS
    if _like_as_clause(ws, i):
        return False
    if _like_is_filler(ws, i) or _like_before_verb(ws, i) or like_before_phrase(ws, i):
        return True
    # A quotative is ruled out once for the two readers below; the two above judge it in
    # their own contexts.
    if _is_quotative(ws, i):
        return False
    return like_hedges(ws, i) or _like_left_over(ws, i)


def _is_quotative(ws: list[_W], i: int) -> bool:
    """'she was like, we need it Friday', 'I'm like okay': reported speech, not a filler."""
    w = ws[i]
    prev, nxt = _lw(ws, i - 1), _lw(ws, i + 1)
    if prev == "all" and _lw(ws, i - 2) in lx.BE_FORMS:
        prev = _lw(ws, i - 2)  # "his mates were all like, just drive"
    comma_after = any(c in w.punct_after for c in ",:—")
    speaker_goes = _lw(ws, i - 2) not in ("it", "that", "this", "which", "to")
    if prev in ("goes", "go", "went") and speaker_goes and not w.punct_before:
        # "she goes like, you're brilliant", "my manager goes like, …": "go" reporting speech
        return comma_after or nxt in lx.QUOTE_OPENERS
    if prev.endswith(("'s", "’s")) and prev[:-2] not in lx.NOT_SPEAKERS and not w.punct_before:
        # "the driver's like, I'm reporting him": a person's "is like", with the quote set off
        return comma_after or nxt in lx.QUOTE_OPENERS
    if prev not in lx.BE_FORMS or w.punct_before:
        return False
    if _lw(ws, i - 2) in ("it", "that", "this", "there", "which") or prev in ("it's", "that's"):
        return False  # "it was like three weeks", "which was like, for me…": no one is quoted
    if comma_after:
        return True
    if (nxt in lx.LIKE_ADVERBS or adverb(nxt)) and _lw(ws, i + 2) in lx.SUBJECT_PRONOUNS:
        return True  # "he was like honestly I didn't think…": the quote opens with an adverb
    if nxt in lx.INTENSIFIERS or nxt in lx.PREDICATE_ADJECTIVES:
        # "people were like just turning up", "I'm like fine with that": with no pause, an
        # intensifier or adjective that goes on describes; a quote stops or pauses there.
        after = _lw(ws, i + 2)
        describes = (
            after in lx.PREDICATE_ADJECTIVES
            or after in lx.PREPOSITIONS
            or after == "with"
            or (len(after) > 4 and after.endswith(("ing", "ed", "ly")))
            # "she was like really strict", "it was like so much data": a quote would open
            # with a speaker or an exclamation, not run on into a description.
            or (
                nxt in lx.INTENSIFIERS
                and nxt != "just"  # "he was like just send more people": an order, quoted
                and bool(after)
                and after not in lx.SUBJECT_PRONOUNS
                and after not in lx.QUOTE_OPENERS
                and after not in lx.DETERMINERS
                and after not in lx.BARE_VERBS
            )
        )
        if describes and not ws[i + 1].punct_after:
            return False
    return nxt in lx.QUOTE_OPENERS


# Forms of "be" before "like" in "what it was like": the comparison, never a filler.
_BE = frozenset({"was", "is", "were", "are", "be", "been", "being", "am"})
# "like a whole…", "like a couple…": an amount given roughly.
_ROUGH_AMOUNT = frozenset("whole couple few dozen hundred thousand".split())
# Subjects in a clause run on after "like" ("in front of patients like he'd just snap"): the
# marker, unless what follows makes it "as" ("like you'd expect", "like he'd promised").
_RUN_ON = frozenset("he'd she'd they'd we'd i'll he'll she'll they'll we'll it'll".split())
# After "like" and a pronoun, words that make "like" mean "as": "like I always do".
_HABIT = frozenset({"always", "usually", "normally", "often", "do", "did", "does", "had"})
_AS_PLANNED = frozenset(
    "promised said planned agreed told asked expected hoped thought wanted imagined arranged "
    "discussed shown practised practiced rehearsed".split()
)
# …and after "I'd", "you'd": the planned, and the bare verbs of expecting and saying.
_AS_D = _AS_PLANNED | frozenset("expect think imagine guess want hope say have do".split())


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
    if nxt in lx.LIKE_NEVER_COMPARES:
        return True  # "it's hard like because I enjoy that bit"
    if nxt in ("once", "twice") and _lw(ws, i + 2) in ("a", "an", "every", "per", "or", "in"):
        return True  # "down to like once a month": a figure, not the verb
    if nxt in lx.MANY_WORDS and "times" in (_lw(ws, i + 2), _lw(ws, i + 3)):
        return True  # "I burned my hand like many times": how often, roughly
    # Where the verb "like" can stand: after a subject, a modal or "to".
    verb_like = prev in lx.SUBJECT_PRONOUNS or prev in lx.MODALS_BEFORE_LIKE or prev == "to"
    after = _lw(ws, i + 2)
    if not verb_like and (
        (nxt, after) == ("the", "same")
        or (nxt == "every" and after in lx.TIME_UNITS)
        or (nxt, after) == ("every", "single")
    ):
        # "the sessions were like the same every week" (the same is "as", not "like"); "I
        # check them like every day" ("like every other shop" compares; "I would like the
        # same" is the verb)
        return True
    if (
        not verb_like
        and nxt in ("a", "an")
        and after in _ROUGH_AMOUNT
        and (after, _lw(ws, i + 3)) != ("whole", "new")
        and prev not in lx.COMPARISON_VERBS
        and prev not in ("something", "anything", "just", "more", "less")
    ):
        # "took our department like a whole summer", "there wasn't like a couple": a rough
        # amount ("felt like a whole new job" and "something like a dozen" compare)
        return True
    if ends_sentence or i + 1 == len(ws):
        # "…with the joists, like. I told him…", "…great ideas like.": a closing tag, unless a
        # verb's subject or a "what" clause stands before it ("whatever you like", "what it's like")
        return _closing_tag(ws, i, verb_like)
    if nxt == "i" and after in lx.SAY_VERBS and (after != "put" or _lw(ws, i + 3) == "it"):
        return False  # "like I said", "like I put it": "as I said" ("like I put a note" is not)
    # "like I'd promised", "like you'd expect", "made it like I always do": "as", a comparison
    # of manner (not "so like I had one morning…", "one more hour, like I always say me").
    if nxt.endswith(("'d", "’d")) and after in _AS_D:
        return False
    if (
        nxt in lx.SUBJECT_PRONOUNS
        and after in _HABIT
        and not w.punct_before
        and prev not in lx.CONJUNCTIONS
        and prev not in ("so", "cause", "'cause", "like")
    ):
        return False
    if (
        w.punct_after
        and any(c in w.punct_after for c in ".!?")
        and "what" in {_lw(ws, i - k) for k in range(2, 6)}
    ):
        return False  # "…what it was like."
    if (prev in _BE or prev.endswith(("'s", "’s"))) and "what" in {
        _lw(ws, i - k) for k in range(2, 7)
    }:
        return False  # "what the job was like from their side", "they know what it's like"
    after_comma = w.punct_before and "," in w.punct_before
    if not w.punct_before and not w.punct_after:
        if nxt in ("minus", "plus") and numberish(_lw(ws, i + 2)) and prev not in ABOUT:
            return True  # "it dropped to like minus twenty": a figure, not the verb
        if nxt == "way" and _lw(ws, i + 2) in lx.WAY_DEGREE:
            return True  # "it runs like way too hot", "sales were like way down"
        if prev in ASPECT and len(nxt) > 4 and nxt.endswith("ing"):
            return True  # "it kept like causing problems": "keep" takes the -ing verb itself
        if prev == "not" and progressive_after_not(ws, i):
            return True  # "I'm not like scrambling": "be not like" before a verb in -ing
        if prev in lx.COMPARISON_VERBS and nxt != "new" and adjective_phrase(ws, i + 1):
            # "it looked like terrible", "I sounded like so impatient": a comparison after a
            # verb of seeming takes a noun ("sounds like good news"), not a bare adjective
            return True
        degree = prev not in lx.LIKE_NOT_FILLER_BEFORE and (
            nxt in lx.INTENSIFIERS - {"just"} or nxt == "real"  # "was like real shy"
        )
        if degree and (adjective_ends(ws, i + 2) or _lw(ws, i + 2) in PACE):
            return True  # "he was talking like very fast", "it got like so busy"
        if prev in lx.CONJUNCTIONS and nxt in lx.DETERMINERS:
            return True  # "and like the ticket machine…", "so like my best quarter"
        quantity = nxt in lx.DETERMINERS or nxt in lx.LIKE_QUANTIFIERS
        to_place = prev != "to" or bool({_lw(ws, i - k) for k in (2, 3, 4)} & lx.GOING)
        if prev in lx.PREPOSITIONS and (numberish(nxt) or (quantity and to_place)):
            # "in like the first hour", "for like two weeks", "for like everybody", "down to
            # like eighty", "went to like every meeting" (but "I started to like the work" and
            # "I came to like the place" are the verb)
            return True
        if (
            prev in lx.LIKE_AFTER_PREPOSITION
            and nxt
            and nxt not in lx.LIKE_AFTER_WITH_NOT
            and _lw(ws, i - 2) != "like"
        ):
            # "somewhere with like actual product ownership", "in like constant time": after
            # these, "like" is neither a verb nor a comparison ("like with like" compares)
            return True
        if prev == "it" and len(nxt) > 3 and nxt.endswith("s") and _lw(ws, i + 2) in OBJECTS:
            return True  # "it like slows me down": a thing's verb ("it likes" has an s)
        past = (nxt.endswith("ed") and nxt not in lx.NOT_PAST) or nxt in lx.IRREGULAR_PAST
        if (prev in lx.SUBJECT_PRONOUNS or subject_adverb(ws, i)) and past:
            return True  # "I like grabbed a pad", "I just like made": no past tense after it
        if prev in lx.SUBJECT_PRONOUNS and nxt in lx.BARE_VERBS - lx.NOUN_LIKE_VERBS:
            return True  # "I like go for a run": the verb "like" takes "to" or "-ing"
        if prev in lx.MODALS_BEFORE_LIKE and nxt in lx.BARE_VERBS:
            return True  # "she would like take over": "would like" takes "to" or an object
        to = prev == "to" or (prev in lx.SUBJECT_ADVERBS and _lw(ws, i - 2) == "to")
        if to and nxt in lx.BARE_VERBS and nxt not in ("do", "see", "look", "work"):
            # "taught me to like stay calm", "I don't want to just like make coffee": the verb
            # "like" takes no bare verb
            return True
        if prev == "to" and _lw(ws, i - 2) in lx.TO_LIKE_FILLER_BEFORE:
            # "we had to like model it": "like" between "had to" and its verb
            return nxt not in lx.DETERMINERS and nxt not in lx.OBJECT_PRONOUNS and nxt != "to"
        after_verb = prev in lx.LIGHT_VERBS or (
            prev in lx.OBJECT_PRONOUNS and _lw(ws, i - 2) in lx.LIGHT_VERBS
        )
        if after_verb and nxt and nxt not in lx.NOT_LIKE_OBJECT:
            return True  # "I've done like part-time stuff", "showed her like the aprons"
        if nxt in ("a", "an") and _lw(ws, i + 2) in lx.QUANTITY_WORDS:
            # "took like an extra hour"; "costs you like an extra twenty minutes", where "you"
            # is the object of the verb before it, not the one who likes.
            object_of = prev in ("you", "me", "us", "them") and _lw(ws, i - 2).endswith("s")
            return prev not in lx.LIKE_NOT_FILLER_BEFORE or object_of
    top = _lw(ws, i + 2)
    superlative = top in ("best", "worst", "most", "least") or (
        top.endswith("est") and len(top) > 5
    )
    if prev in lx.BE_FORMS and nxt == "the" and superlative and not w.punct_before:
        return True  # "it was like the best thing ever": no one is quoted or compared
    thing = _lw(ws, i - 2) in ("it", "that", "this", "which")
    if prev in lx.BE_FORMS and nxt.endswith("ing") and not after_comma and not thing:
        return True  # "I was like shouting" ("it was like seeing it fresh" compares)
    if prev in lx.BE_FORMS and adverb(nxt) and not after_comma:
        return True  # "it was like clearly changed" ("they are like family" compares)
    if prev in lx.BE_FORMS and nxt in ("more", "less") and not after_comma:
        return True  # "it is like more easy": a comparison takes a noun, not "more"
    if (
        prev in lx.BE_FORMS
        and not after_comma
        and (nxt in lx.PREPOSITIONS or nxt in lx.PREDICATE_ADJECTIVES or nxt in lx.INTENSIFIERS)
    ):
        return True  # "I'm like in my last year", "I'm like fine with that", "I am like so tired"
    if prev == "there" and _lw(ws, i - 2) in lx.BE_FORMS | {"is", "was", "are", "were"}:
        return True  # "is there like a training period"
    there_is = prev in ("there's", "there’s") or (prev in _BE and _lw(ws, i - 2) == "there")
    if there_is and not w.punct_before:
        return True  # "there's like a damp patch", "there was like ten of us"
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
    if nxt in lx.LIKE_ADVERBS and not w.punct_before and not verb_like:
        return True  # "looking like really hard", "refitted them like properly"
    if nxt == "too" and not w.punct_before and not verb_like and prev not in lx.COMPARISON_VERBS:
        # "he was driving like too fast" ("it looks like too much" compares; "overloads like
        # too many kettles" is an example)
        plural = prev.endswith("s") and not prev.endswith("ss")
        return not (plural and _lw(ws, i + 2) in ("many", "much"))
    ends = any(c in w.punct_after for c in ".!?")
    verb_like = verb_like or prev.endswith(("'d", "’d")) or prev in lx.COMPARISON_VERBS
    if (
        adverb(nxt)
        and not ends
        and _lw(ws, i + 2) != "to"  # "I'd like eventually to train"
        and (not verb_like or past_or_bare(_lw(ws, i + 2)))
    ):
        # A comparison takes a noun, never an adverb: "hard at first, like physically hard",
        # "I like completely forgot to lock it".
        return True
    opens = w.sentence_start and any(c in w.punct_before for c in ".!?")
    if nxt and numberish(nxt) and prev in ("do", "does", "did"):
        return True  # "I do like ten hours extra": "like" before a figure after "do"
    plain = not w.punct_before and not w.punct_after
    past = nxt.endswith("ed") and len(nxt) > 4 and nxt not in lx.NOT_PAST
    if plain and past and prev not in lx.COMPARISON_VERBS:
        return True  # "I just like wanted the floor to swallow me": no comparison takes a verb
    if (
        plain
        and nxt in lx.PREDICATE_ADJECTIVES
        and prev not in lx.LIKE_NOT_FILLER_BEFORE
        and prev not in lx.COMPARISON_VERBS
    ):
        return True  # "it came out like bright orange", "rang in like furious"
    if prev in lx.LIKE_NOT_FILLER_BEFORE and not comma_before and not opens:
        return False
    after2 = _lw(ws, i + 2)
    if nxt in lx.APPROXIMATORS and (numberish(after2) or after2 in ("a", "an", "half")):
        return True  # "paid less, like around thirty pounds"
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
    if nxt and numberish(nxt):
        return prev not in lx.LIKE_NOT_FILLER_BEFORE  # "took like three weeks"
    if prev in lx.CONJUNCTIONS and (comma_before or nxt not in lx.DETERMINERS):
        return True  # "and like we had no owner"
    return w.sentence_start and nxt not in lx.DETERMINERS and nxt not in ("this", "that")


def _closing_tag(ws: list[_W], i: int, verb_like: bool) -> bool:
    """A "like" that ends its sentence or the answer: the tag "…and it worked, like.", but not
    the verb ("if you'd like", "whatever you like"; `verb_like` as its caller reads it), "be
    like" left open, "what it was like" or "like with like"."""
    prev = _lw(ws, i - 1)
    if "," in ws[i].punct_before or "—" in ws[i].punct_before:
        return True  # ", like.": set off before it, the tag the older rule already read
    verb = verb_like or prev.endswith(("'d", "’d")) or prev in lx.LIKE_VERB_AFTER
    seeming = prev in lx.COMPARISON_VERBS or prev in lx.BE_FORMS
    asked = {"what", "what's", "whatever", "how"} & {_lw(ws, i - k) for k in range(1, 7)}
    return i > 0 and not (verb or seeming or asked or _like_with_like(ws, i))


def _like_with_like(ws: list[_W], i: int) -> bool:
    """The second "like" of "like with like" or "like for like": a comparison."""
    return _lw(ws, i - 1) in ("with", "for") and _lw(ws, i - 2) == "like"


def _like_as_clause(ws: list[_W], i: int) -> bool:
    """ "like we agreed", "like she showed me", "like we do in Brazil": "as", wherever it
    stands; and set comparisons ("get on like a house on fire")."""
    nxt, said = _lw(ws, i + 1), _lw(ws, i + 2)
    if ws[i].punct_after:
        return False  # "I love problems, like, I do the crossword": set off, a filler
    if nxt in lx.SUBJECT_PRONOUNS and (said in lx.AS_CLAUSE_VERBS or said in _AS_AGREED):
        return True  # "…, like I promised her I would"
    duty = _lw(ws, i + 3) if said in _BE else said
    if nxt in lx.SUBJECT_PRONOUNS and duty in ("supposed", "meant"):
        return True  # "never flushed it like they were supposed to", "like they supposed to"
    if (
        nxt in lx.SUBJECT_PRONOUNS
        and said in _AS_MODALS
        and _lw(ws, i + 3) in ("have", "do", "")
        and i > 0
        and _lw(ws, i - 1) not in _CLAUSE_OPENERS
        and not ws[i].punct_before
    ):
        return True  # "checked it against the label like I should have": "as"
    if _lw(ws, i - 2) in lx.COMPARISON_VERBS and _lw(ws, i - 1) in lx.OBJECT_PRONOUNS:
        return True  # "I treat them like my own", "treated me like family"
    if _lw(ws, i - 1) in lx.BE_FORMS and nxt in lx.PREDICATE_ADJECTIVES:
        return False  # "the traffic is like crazy": an adjective, not "drove like crazy"
    following = " ".join(_lw(ws, i + k) for k in range(1, 7)) + " "
    return following.startswith(_IDIOMS)  # whole words: "like mad", not "like made"


_IDIOMS = tuple(f"{idiom} " for idiom in lx.LIKE_IDIOMS)
# After "like I…", a modal closing the clause: "as" ("like I should have", "like we would").
_AS_MODALS = frozenset("should would could must".split())
_CLAUSE_OPENERS = frozenset("and or then so but because cos um uh er yeah well".split())
# After "like I…": a promise or a plan kept, "as" ("like I promised", "like we planned").
_AS_AGREED = frozenset("promised planned arranged discussed rehearsed practised practiced".split())


def _like_before_verb(ws: list[_W], i: int) -> bool:
    """ "now I like triple check the rubric", "try to like reset the call": a word with an object
    after "I like" or "to like" is a verb, and the verb "like" takes no verb. So is a bare verb
    after "I'd like" or "I just like": "I'd like confirm arrival times", "I just like rebook
    them" ("I'd like help", "I'd like work that…" are nouns)."""
    w = ws[i]
    prev, nxt, obj, head = (_lw(ws, i + k) for k in (-1, 1, 2, 3))
    subject_before = prev.endswith(("'d", "’d")) or subject_adverb(ws, i)
    if subject_before and not w.punct_before and not w.punct_after:
        had_done = (
            prev.endswith(("'d", "’d"))
            and nxt in lx.IRREGULAR_PAST - PAST_AS_ADJECTIVE
            and (obj in lx.DETERMINERS or obj in lx.OBJECT_PRONOUNS or obj in ("up", "out"))
        )
        # "we'd like rebuilt the plan": "'d" is "had" there, and "would like" takes no past
        return had_done or nxt in lx.BARE_VERBS - lx.NOUN_LIKE_VERBS or would_like_do(ws, i)
    if prev == "would" and not w.punct_before and not w.punct_after and would_like_do(ws, i):
        return True
    if prev not in lx.SUBJECT_PRONOUNS and prev != "to":
        return False
    if w.punct_before or w.punct_after or not nxt or ws[i + 1].punct_after:
        return False
    noun_or_clause = (
        nxt in lx.DETERMINERS
        or nxt in lx.OBJECT_PRONOUNS
        or nxt in lx.PREPOSITIONS
        or nxt in lx.NOT_LIKE_OBJECT
        or nxt.endswith(("ing", "s"))  # "I like working the…", "I like dogs the most"
    )
    # Not "a" or "an": "I like Python a lot" ends with a measure, not an object. An object
    # pronoun after the word shows a verb too ("I just like split it"), unless a clause runs on
    # ("I like football it's great").
    # nor "that" or "this", which after a noun start a clause ("I like work that has an end").
    takes_object = obj in lx.DETERMINERS and obj not in ("a", "an", "that", "this")
    takes_object = takes_object or (obj in OBJECTS and head not in lx.FINITE_AUX)
    noun_or_clause = noun_or_clause or nxt in lx.NOUN_LIKE_VERBS
    return not noun_or_clause and takes_object and head not in lx.LIKE_RANKING


def _like_left_over(ws: list[_W], i: int) -> bool:
    """A "like" none of the other readings fits is the discourse marker.

    Besides the filler, spoken "like" is a verb ("I still like…", "would like"), a comparison
    ("looks like", "a firm like yours", "like cat and dog"), an example ("…, like testing"),
    "as" ("like my manager used to do", "like I said"), a quotative ("I was like…") or "what
    it's like". Each of those shows in the words around it; where none does, it is a filler
    ("it was the worst job ever like on saturdays…", "too much on calls like I get on…")."""
    w = ws[i]
    prev, nxt, after = _lw(ws, i - 1), _lw(ws, i + 1), _lw(ws, i + 2)
    if any(c in w.punct_after for c in ".!?"):
        return False
    if _like_with_like(ws, i):
        return False  # "comparing like with like"
    if prev in lx.LIKE_NOT_FILLER_BEFORE or prev in lx.COMPARISON_VERBS or prev in lx.BE_FORMS:
        return False  # the verb, a comparison after a verb of seeming, or "be like"
    if prev in lx.MODALS_BEFORE_LIKE or prev in lx.LIKE_VERB_AFTER:
        return False  # "would like", "I still like helping"
    run_on = nxt in _RUN_ON and after not in _AS_D
    clause = nxt in lx.SUBJECT_PRONOUNS or nxt in lx.CLAUSE_STARTERS or run_on
    if prev.endswith("s") and not prev.endswith("ss") and not clause:
        return False  # "tools like Excel", "places like this" ("calls like I get on" runs on)
    if nxt in lx.LIKE_COMPARED or nxt in lx.OBJECT_PRONOUNS or nxt in ("to", "a", "an"):
        return False  # "a firm like yours", "people like her", "like a machine"
    if nxt in lx.QUESTION_WORDS or nxt == "whether":
        return False  # "…, like how my first team leader explained it"
    if (nxt not in lx.AFTER_LOOSE_LIKE and not run_on) or prev in lx.SAME_WORDS or prev == "of":
        # "an action like repair", "a hotel like Bayview": a noun's example; "the same like
        # before": a comparison; "their children like coming": the verb.
        return False
    if w.punct_before and nxt not in lx.CLAUSE_STARTERS and not run_on:
        return False  # "…, like fixed assets and accruals", "…, like the one in town"
    if nxt in lx.DETERMINERS and {_lw(ws, i + 3), _lw(ws, i + 4)} & lx.FINITE_AUX:
        return False  # "like my old manager used to do": "as", with a clause
    if nxt in lx.SUBJECT_PRONOUNS and (
        after in lx.AS_CLAUSE_AUX or after in _HABIT or after in _AS_PLANNED
    ):
        return False  # "made it like I always do", "like we had before", "like I promised"
    if (nxt == "i" and after in lx.SAY_VERBS) or (nxt.endswith(("'d", "’d")) and not run_on):
        return False  # "like I said", "like I'd promised", "like you'd expect"
    # "what the customers are like", "what's the culture like in the kitchen"
    return not {"what", "what's", "whats"} & {_lw(ws, i - k) for k in range(1, 7)}
