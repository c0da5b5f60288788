"""Keeping answers as stories: the practice side of the story bank, for every face.

An answer becomes a story only when it tells one (an action, and where it started or how it
ended), scored well, is not a story kept already, and holds no word the recogniser was unsure
of; otherwise only when the user confirms (`force`). The story is the answer's own words by
STAR part with fillers and hedges left out, and the competencies it shows (the question's,
the job's terms it covered, and those its own words show) that are on the valid list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interview_coach.analysis import is_unsure
from interview_coach.analysis.story import story_draft
from interview_coach.errors import InputError, StorageError
from interview_coach.questions.bank import load_bank
from interview_coach.questions.plan import COMPETENCY_LABELS
from interview_coach.questions.prep import story_competencies
from interview_coach.store import AnswerRecord, Store
from interview_coach.store.stories import (
    STRONG_ANSWER_SCORE,
    StoryBank,
    add_story,
    competency_key,
    same_story,
    set_competencies,
    similar_story,
)
from interview_coach.store.stories import story_bank as _stored_bank
from interview_coach.types import Feedback, Mark

# Punctuation the recogniser attaches to a word ("Lomeck,"), not part of the word to check.
_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")


@dataclass(frozen=True)
class KeptStory:
    id: int
    left_out: list[str]  # fillers and hedges cut from the answer, as said


@dataclass(frozen=True)
class UnsureWord:
    word: str
    probability: float  # the recogniser's confidence, 0-1


class NeedsConfirmation(InputError):
    """The answer can be kept, but only if the user says so: each reason in plain words,
    with no face's way of saying yes (a CLI flag, a button): the face adds its own."""

    def __init__(
        self,
        answer_id: int,
        reasons: list[str],
        unsure: list[UnsureWord],
        similar_to: int | None,
    ) -> None:
        self.answer_id = answer_id
        self.reasons = reasons
        self.unsure = unsure
        self.similar_to = similar_to
        super().__init__(" ".join(reasons))


class AlreadyKept(InputError):
    """The answer, or a story with the same four parts, is in the bank already."""

    def __init__(self, story_id: int) -> None:
        self.story_id = story_id
        super().__init__(f"That story is already in the bank as story #{story_id}.")


@dataclass(frozen=True)
class StoryNotes:
    """What the story page shows beside a story kept from an answer."""

    unsure: list[UnsureWord] = field(default_factory=list)  # kept words to check
    cleaned: list[tuple[str, bool]] = field(default_factory=list)  # (text, left out) runs


@dataclass(frozen=True)
class StoryBankView:
    bank: StoryBank  # its warnings name competencies by label
    notes: dict[int, StoryNotes]  # story id -> notes, for stories kept from an answer
    choices: list[tuple[str, str]]  # (id, label) of every valid competency, by label


# ---------------------------------------------------------------- competencies


def competency_label(competency: str) -> str:
    """A competency id as people read it, from the question bank's label table."""
    return COMPETENCY_LABELS.get(competency, competency.replace("_", " "))


def known_competencies() -> list[str]:
    """The ids of the competencies a story may show: those the question bank assesses."""
    return list(load_bank().competencies())


def _by_name() -> dict[str, str]:
    """Every way of naming a valid competency (its id or its label) -> its id."""
    names: dict[str, str] = {}
    for cid in known_competencies():
        names[competency_key(cid)] = cid
        names[competency_key(competency_label(cid))] = cid
    return names


def check_competencies(names: list[str] | tuple[str, ...]) -> list[str]:
    """The names as competency ids ("Stakeholder management", "working with data" and
    "decision-making" each name one); InputError listing the valid ones for any other."""
    valid_names = _by_name()  # built once for all the names
    ids = [valid_names.get(competency_key(n)) for n in names]
    unknown = [n for n, cid in zip(names, ids, strict=True) if cid is None]
    if unknown:
        valid = sorted(competency_label(c) for c in known_competencies())
        raise InputError(
            f"Unknown competenc{'y' if len(unknown) == 1 else 'ies'}: {', '.join(unknown)}. "
            f"Choose from: {', '.join(valid)}."
        )
    return list(dict.fromkeys(c for c in ids if c))


def edit_competencies(store: Store, story_id: int, names: list[str]) -> list[str]:
    """Replace a story's competencies with these (checked); the ids saved."""
    ids = check_competencies(names)
    set_competencies(store, story_id, ids)
    return ids


# ---------------------------------------------------------------- keeping an answer


def kept_unsure_words(record: AnswerRecord) -> list[UnsureWord]:
    """Words the recogniser was unsure of that a story from this answer keeps: inside a
    sentence, and not a filler or hedge left out. Typed answers have none."""
    fb = record.feedback
    if fb is None:
        return []
    cuts = [*fb.delivery.fillers, *fb.delivery.hedges]
    out: list[UnsureWord] = []
    for w in record.transcript.words:
        if not is_unsure(w) or w.probability is None:
            continue
        inside = any(
            s.start <= w.char_start and w.char_end <= s.end for s in fb.structure.sentences
        )
        cut = any(m.start <= w.char_start and w.char_end <= m.end for m in cuts)
        word = _EDGE_PUNCTUATION.sub("", w.word)
        if inside and not cut and word:
            out.append(UnsureWord(word=word, probability=w.probability))
    return out


def _inferred_competencies(record: AnswerRecord, text: str) -> list[str]:
    """The question's, the job terms covered and those the story's words show, as ids, only
    those on the valid list ("experience" or "A/B testing" is a job term, not one of them)."""
    fb = record.feedback
    names = list(record.question.competencies) if record.question else []
    if fb is not None and fb.content.job_description is not None:
        names += [c.term for c in fb.content.job_description.covered]
    names += story_competencies(text)
    valid = _by_name()
    return list(dict.fromkeys(cid for n in names if (cid := valid.get(competency_key(n)))))


def keep_answer(
    store: Store, answer_id: int, *, title: str | None = None, force: bool = False
) -> KeptStory:
    """Turn a stored answer into a story; its id and what was left out. NeedsConfirmation
    (unless `force`) says why it should not be kept as it is; an answer or story kept
    already is refused whatever `force` says."""
    record = store.get_answer(answer_id)
    fb = record.feedback
    if fb is None:
        raise StorageError(f"Answer {answer_id} has no feedback to build a story from.")
    draft = story_draft(fb)
    parts = (draft.situation, draft.task, draft.action, draft.result)
    kept = same_story(store, parts, answer_id)
    if kept is not None:
        raise AlreadyKept(kept)
    if not force:  # what a confirmation would say; a forced keep reads no other story
        unsure = kept_unsure_words(record)
        similar = similar_story(store, draft.text)
        reasons = _reasons(answer_id, fb, draft.tells_a_story, unsure, similar)
        if reasons:
            raise NeedsConfirmation(answer_id, reasons, unsure, similar)
    story_id = add_story(
        store,
        title=title or (record.question.text if record.question else fb.question)[:200],
        situation=draft.situation,
        task=draft.task,
        action=draft.action,
        result=draft.result,
        competencies=_inferred_competencies(record, draft.text),
        metrics=list(dict.fromkeys(m.text for m in fb.content.specifics)),
        source_answer_id=answer_id,
    )
    return KeptStory(id=story_id, left_out=draft.left_out)


def _reasons(
    answer_id: int,
    fb: Feedback,
    tells_a_story: bool,
    unsure: list[UnsureWord],
    similar: int | None,
) -> list[str]:
    """Why this answer should not become a story as it is, in plain words (none: keep it)."""
    reasons = []
    if not tells_a_story:
        reasons.append(
            f"Answer {answer_id} does not tell a story: it has no situation, task or result "
            "around what you did. Stories come from answers about something that happened "
            "(behavioural questions)."
        )
    if fb.scores.overall < STRONG_ANSWER_SCORE:
        reasons.append(
            f"Answer {answer_id} scored {fb.scores.overall}/100; stories come from answers of "
            f"{STRONG_ANSWER_SCORE} or more."
        )
    if similar is not None:
        reasons.append(f"It looks like story #{similar} told again.")
    if unsure:
        words = ", ".join(f"“{u.word}” ({u.probability:.0%})" for u in unsure)
        reasons.append(
            f"The recogniser was unsure of {len(unsure)} word{'' if len(unsure) == 1 else 's'} "
            f"the story would keep: {words}. Check {'it' if len(unsure) == 1 else 'them'} "
            "against the recording."
        )
    return reasons


# ---------------------------------------------------------------- the bank as shown


def story_bank(store: Store) -> StoryBankView:
    """The story bank with its warnings in labels, each kept story's notes (words to check,
    what cleaning left out) and the competencies a story may be given."""
    bank = _stored_bank(store, label=competency_label)
    notes: dict[int, StoryNotes] = {}
    for story in bank.stories:
        if story.source_answer_id is None:
            continue
        try:
            record = store.get_answer(story.source_answer_id)
        except StorageError:  # deleted or damaged since: the story stands on its own
            continue
        if record.feedback is not None:
            notes[story.id] = StoryNotes(
                unsure=kept_unsure_words(record), cleaned=cleaned_runs(record.feedback)
            )
    choices = sorted(((c, competency_label(c)) for c in known_competencies()), key=lambda c: c[1])
    return StoryBankView(bank=bank, notes=notes, choices=choices)


def cleaned_runs(fb: Feedback) -> list[tuple[str, bool]]:
    """The answer as said, in runs of (text, left out): the fillers and hedges a story from
    it leaves out are the runs marked True."""
    cuts: list[Mark] = sorted([*fb.delivery.fillers, *fb.delivery.hedges], key=lambda m: m.start)
    runs: list[tuple[str, bool]] = []
    pos = 0
    for m in cuts:
        if m.start < pos or m.end > len(fb.transcript):  # overlapping or out of range
            continue
        if m.start > pos:
            runs.append((fb.transcript[pos : m.start], False))
        runs.append((fb.transcript[m.start : m.end], True))
        pos = m.end
    if pos < len(fb.transcript):
        runs.append((fb.transcript[pos:], False))
    return runs
