"""A stronger version of the user's own answer: edited, never invented.

Fillers, hedges and the first copy of a repeat are cut; sentences that blame, run people
down, brag, rant, cut a safety corner or drift off the question are taken out; background
past its share is trimmed where the answer rambles (not in an answer already short of its
length, where the scene is all the context there is); the speaker's order is kept, except
that a story's result told before its last action moves after it. Where a fact is missing, a
marked placeholder says what to add ("[add what changed, with a number]"); nothing is made
up. A word diff shows every edit.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from interview_coach.analysis.frame_advice import PLACEHOLDERS
from interview_coach.analysis.frames import FRAMES
from interview_coach.analysis.pay_cues import PLAYS_DOWN
from interview_coach.analysis.questions_back import asks_perks
from interview_coach.analysis.registry import (
    ASIDE_TITLE,
    DISHONEST,
    DODGES,
    FAULT_CODES,
    LEAVING,
    PERKS_FIRST,
    QUALITIES,
    SELF_ASIDE,
    TALKS_DOWN,
)
from interview_coach.types import DiffOp, Frame, Judgement, Mark, StrongerVersion, Structure

# Sentences carrying a fault in their own words are taken out rather than polished, but for
# a claim with nothing behind it (its sentence is polished, the fact added) and an answer off
# the question (taken out by title, below: a plain "does not answer" quotes the opening).
DROP_CODES = FAULT_CODES - {"generic_claim", "off_question"}
# Off-the-question sentences whose fault is their subject, by the judgement's title: questions
# only about perks, a plan to leave, a drift into life outside work or into one's tastes. (A
# plain "does not answer" quotes the opening, which stays.) A gap talked around and qualities
# given for a method go too, each for what the question asked.
DROP_TITLES = frozenset(
    {PERKS_FIRST[0], LEAVING[0], ASIDE_TITLE, SELF_ASIDE[0], DODGES[0], QUALITIES[0]}
)
# What to say instead of a dropped sentence (by code or title), once per answer.
REPLACE_WITH = {
    "blame": "[add your own part: what you could have done differently]",
    "humblebrag": "[name a real weakness, a moment it showed, and the steps you are taking]",
    "disclosed_current_salary": "[give your researched range for this role instead]",
    "offered_less": "[give your researched range for this role instead]",
    "unsafe": "[say the safe way you would do it: the check, the kit or the report]",
    DISHONEST[0]: "[say what you would record or report, truthfully]",
    PERKS_FIRST[0]: "[ask about the work: the first months, the team, how success is measured]",
    LEAVING[0]: "[say how you want to grow in this job]",
    DODGES[0]: "[say plainly, in a sentence, what you did in that time]",
    QUALITIES[0]: "[say the steps: what you would check first, the likely causes, the fix, how "
    "you would know it worked]",
    TALKS_DOWN[0]: "[lead with your strongest evidence for this role]",
}
BACKGROUND_SHARE = 0.2  # situation + task words kept at most, as a share of the answer
# What an answer too long for its question loses first: asides, then the past told at length or
# a story's scene, earliest first (a story keeps its opening scene, which says what it is
# about; an introduction loses its childhood before its recent years).
CUT_FIRST = {"other": 0, "situation": 1, "past": 1, "task": 2}
PREAMBLE = re.compile(
    r"^\W*(sure|okay|ok|yeah|yes|right|great question|good question|that's a (good|great|"
    r"tough) question|let me think|so yeah|that's (about )?it|hope that answers)\b",
    re.IGNORECASE,
)
PREAMBLE_WORDS = 10  # an opener sentence longer than this carries content: only the opener goes
# After a clause that plays pay down, the words that join it to the rest of its sentence.
_GOES_ON = re.compile(r"[^.!?,;]{0,25}?[,;]?\s+(?:but|so|though|and|although)\b,?\s*", re.I)
CLAUSE_MIN_WORDS = 4  # what follows must be an answer in itself, not "…, but still."
PLAYS_DOWN_WORDS = 12  # longer evidence is a whole sentence that offers less, not the clause
NO_NUMBER = "[add a number: how much, how many or how fast]"
NO_RESULT = "[add what changed because of you, with a number]"
NO_LESSON = "[add what you learned, or what you do differently now]"
# Matching words costs up to the product of the two lengths on repetitive text (4,800 words
# of one repeated phrase took two minutes): past this many word pairs, sentences are matched
# first, and words only inside changed runs of sentences small enough to compare.
MAX_DIFF_CELLS = 250_000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _first_copy(mark: Mark) -> Mark:
    """For a repeat ("my my", "I was I was"), the first copy only: one copy stays, so
    "my my weakness" becomes "my weakness", not "weakness". Other marks as they are."""
    if mark.kind != "repeat":
        return mark
    half = len(mark.text.split()) // 2
    copy = re.match(r"(?:\S+\s+){" + str(half) + "}", mark.text)
    if not half or copy is None:
        return mark
    return mark.model_copy(update={"end": mark.start + copy.end(), "text": copy.group()})


def _cut(text: str, start: int, marks: Sequence[Mark]) -> str:
    """A sentence with the marked words (offsets into the transcript) removed, tidied."""
    out, pos = [], 0
    for m in sorted(marks, key=lambda m: m.start):
        s, e = m.start - start, m.end - start
        if s < pos or s < 0 or e > len(text):
            continue
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:])
    t = "".join(out)
    t = re.sub(r"\s*,(\s*,)+\s*", " ", t)  # "I, like, had": the filler and its commas go
    t = re.sub(r"(^|[.!?]\s+)[,;\s]+", r"\1", t)
    t = re.sub(r"\s+([,.;!?])", r"\1", t)
    t = _JOIN_COMMA.sub(r"\1 ", t)  # "…the checkout, and like, sales": no comma after "and"
    t = re.sub(r"\s{2,}", " ", t).strip(" ,;")
    t = re.sub(r"\b(\w+)( \1\b)+", r"\1", t, flags=re.IGNORECASE)  # "the the"
    t = _DANGLING.sub("", t)  # a run-on cut at "…that day and": the joining word goes
    if not t:
        return t
    # A transcript with no punctuation reads as written sentences: "i" as "I", a full stop.
    t = _LOWER_I.sub("I", t)
    if t[-1].isalnum():
        t += "."
    return t[:1].upper() + t[1:]


# A joining word left at a sentence's end once a filler after it is cut ("…the test and like."
# as "…the test and.").
_DANGLING = re.compile(r"[\s,]+(?:and|so|but|or|then|because)(?=[.!?](?:\s|$)|$)", re.IGNORECASE)
_JOIN_COMMA = re.compile(r"(,\s*(?:and|but|so|or|then)),\s*", re.IGNORECASE)
_LOWER_I = re.compile(r"\bi\b(?!\.\w)(?=(?:'(?:m|ve|d|ll))?\b)")  # not "i.e."


def stronger_version(
    text: str,
    structure: Structure,
    delivery_marks: Sequence[Mark],
    judgements: Sequence[Judgement],
    frame: Frame,
    kind: str,
    trim_background: bool = True,
    max_words: int | None = None,
) -> StrongerVersion:
    """The edited answer and a word diff against the original. `trim_background` is on only
    where the answer was judged to ramble, and never for one shorter than its question calls
    for: cutting its scene would leave the actions without the problem they answer.
    `max_words`, given for an answer too long for its question, is the length the edit cuts
    down towards, taking asides first and then the scene, never an action or a result."""
    clauses = _played_down_clauses(text, judgements)
    drop_at = [
        (ev.start, ev.end, j.title if j.title in REPLACE_WITH else j.code)
        for j in judgements
        if j.code in DROP_CODES or j.title in DROP_TITLES
        for ev in j.evidence
        if not any(a <= ev.start and ev.end <= b for a, b in clauses)
    ]
    if any(j.title == PERKS_FIRST[0] for j in judgements):
        # The questions about perks (the judgement quotes only the first few).
        drop_at += [
            (s.start, s.end, PERKS_FIRST[0]) for s in structure.sentences if asks_perks(s.text)
        ]
    total = sum(len(s.text.split()) for s in structure.sentences) or 1
    background = 0
    order = {p.name: k for k, p in enumerate(FRAMES[frame])}
    # (place in the answer, text): the speaker's own order is kept, since the sentence
    # labels are guesses and a reordered answer reads worse than the one given (a run-on
    # transcript came out opening on "And the qc logs so I'm."). Only a story's result told
    # before its last action moves after it, where it lands.
    last_action = max(
        (k for k, s in enumerate(structure.sentences) if s.part == "action"), default=-1
    )
    places = [
        last_action + 0.5 if frame == Frame.STAR and s.part == "result" and k < last_action else k
        for k, s in enumerate(structure.sentences)
    ]
    kept: list[tuple[float, str]] = []
    spare: list[tuple[int, float, int]] = []  # (order of cutting, place, words) of kept asides
    spare_scene = False  # a story's first scene is kept
    notes: list[str] = []
    for place, s in zip(places, structure.sentences, strict=True):
        hit = [code for a, b, code in drop_at if a < s.end and s.start < b]
        if hit:
            note = next((REPLACE_WITH[c] for c in hit if c in REPLACE_WITH), None)
            if note and note not in notes:
                notes.append(note)
                kept.append((place, note))
            continue
        words = len(s.text.split())
        opener = PREAMBLE.search(s.text)
        if s.part == "other" and (words <= 6 or (opener and words <= PREAMBLE_WORDS)):
            continue
        if s.part in ("situation", "task") and trim_background:
            if background and (background + words) / total > BACKGROUND_SHARE:
                continue
            background += words
        inside = [_first_copy(m) for m in delivery_marks if s.start <= m.start and m.end <= s.end]
        inside += [
            Mark(start=a, end=b, text=text[a:b], kind="opener")
            for a, b in clauses
            if s.start <= a and b <= s.end
        ]
        if opener and words > PREAMBLE_WORDS:
            # "yeah so i just finished my degree at…": the opener goes, the sentence stays.
            cut_to = s.start + opener.end()
            inside.append(Mark(start=s.start, end=cut_to, text=opener.group(), kind="opener"))
        edited = _cut(s.text, s.start, inside)
        if edited:
            kept.append((place, edited))
            if s.part in CUT_FIRST and not (s.part == "situation" and not spare_scene):
                spare.append((CUT_FIRST[s.part], place, len(edited.split())))
            spare_scene = spare_scene or s.part == "situation"
    if max_words is not None:
        kept = _cut_to_length(kept, spare, max_words)

    present = {p for p in (s.part for s in structure.sentences) if p in order}
    end = len(structure.sentences)
    if frame == Frame.STAR:
        if "result" not in present:
            kept.append((end, NO_RESULT))
        elif structure.result_quantified is False:
            last = max((k for k, s in enumerate(structure.sentences) if s.part == "result"))
            kept.append((places[last] + 0.25, NO_NUMBER))  # after the result, where it lands
    else:
        for p in FRAMES[frame]:
            if p.name in structure.missing:  # the parts the question asks for and lacks
                kept.append((-1 if order[p.name] == 0 else end, PLACEHOLDERS[p.name]))
    if kind == "failure" and any(j.code == "no_reflection" for j in judgements):
        kept.append((end + 1, NO_LESSON))
    new = " ".join(t for _, t in sorted(kept, key=lambda x: x[0]))
    return StrongerVersion(text=new, diff=word_diff(text, new))


def _played_down_clauses(text: str, judgements: Sequence[Judgement]) -> list[tuple[int, int]]:
    """Openings that play pay down before the answer goes on ("Money isn't the main thing for
    me, but from what I've seen…"): the clause goes and the range after it stays. Played down
    in a sentence of its own, the sentence goes, as for any offer to take less."""
    out = []
    for j in judgements:
        if j.code != "offered_less":
            continue
        for ev in j.evidence:
            if not PLAYS_DOWN.search(ev.text) or len(ev.text.split()) > PLAYS_DOWN_WORDS:
                continue
            stop = max(text.rfind(c, 0, ev.start) for c in ".!?") + 1  # the sentence before
            start = stop + len(text[stop:]) - len(text[stop:].lstrip())
            goes_on = _GOES_ON.match(text, ev.end)
            if goes_on and len(text[goes_on.end() :].split(".")[0].split()) >= CLAUSE_MIN_WORDS:
                out.append((start, goes_on.end()))
    return out


def _cut_to_length(
    kept: list[tuple[float, str]], spare: list[tuple[int, float, int]], max_words: int
) -> list[tuple[float, str]]:
    """`kept` without its asides, then its past or scene, earliest first, until it fits
    `max_words`."""
    words = sum(len(t.split()) for _, t in kept)
    gone: set[float] = set()
    for _, place, n in sorted(spare):
        if words <= max_words:
            break
        gone.add(place)
        words -= n
    return [(p, t) for p, t in kept if p not in gone]


def word_diff(old: str, new: str) -> list[DiffOp]:
    """Word-level edits turning old into new (equal, delete and insert runs)."""
    a, b = old.split(), new.split()
    if len(a) * len(b) <= MAX_DIFF_CELLS:
        return _diff_words(a, b)
    sa, sb = _SENTENCE_END.split(old.strip()), _SENTENCE_END.split(new.strip())
    if len(sa) * len(sb) > MAX_DIFF_CELLS:
        return _diff_words(a, b, whole=True)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=sa, b=sb, autojunk=False).get_opcodes():
        wa, wb = " ".join(sa[i1:i2]).split(), " ".join(sb[j1:j2]).split()
        if tag == "equal":
            ops.append(DiffOp(op="equal", text=" ".join(wa)))
        else:
            ops.extend(_diff_words(wa, wb, whole=len(wa) * len(wb) > MAX_DIFF_CELLS))
    return ops


def _diff_words(a: list[str], b: list[str], *, whole: bool = False) -> list[DiffOp]:
    """Word edits between two word lists; `whole`: one deletion and one insertion."""
    if whole:
        codes = [("replace", 0, len(a), 0, len(b))] if a != b else [("equal", 0, len(a), 0, 0)]
    else:
        codes = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal":
            ops.append(DiffOp(op="equal", text=" ".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append(DiffOp(op="delete", text=" ".join(a[i1:i2])))
        if j2 > j1:
            ops.append(DiffOp(op="insert", text=" ".join(b[j1:j2])))
    return ops
