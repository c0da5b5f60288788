"""The story bank: strong answers kept as reusable STAR stories, and where they fall short."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from interview_coach.errors import InputError, StorageError
from interview_coach.store.repository import Store
from interview_coach.store.tables import Answer, QuestionRow, Story, StoryUse
from interview_coach.types import JobProfile

# An answer must score at least this to become a story (override with force=True).
STRONG_ANSWER_SCORE = 70
# Telling one story for more distinct questions than this stretches it thin.
MAX_QUESTIONS_PER_STORY = 3
# Share of the shorter story's content words the other one uses, at which two stories read as
# one told twice: a retelling keeps its names, places and figures while its linking words vary
# (one told in other words shared two thirds; another story from the same team, a quarter).
SAME_STORY_OVERLAP = 0.5
# Fewer distinct content words than this ("I coached two juniors.") is too little to compare.
MIN_WORDS_TO_COMPARE = 8
# Content words are four letters or more, so "the", "and", "was" and the like do not count,
# compared by their first five letters, so "finish" and "finishes" are one word.
WORD_STEM = 5
_CONTENT_WORD = re.compile(r"[a-z0-9][a-z0-9'’]{3,}")


@dataclass(frozen=True)
class StoryRecord:
    id: int
    title: str
    situation: str
    task: str
    action: str
    result: str
    competencies: list[str]
    metrics: list[str]
    source_answer_id: int | None
    created_at: datetime
    questions: list[str] = field(default_factory=list)  # distinct questions it answered


@dataclass(frozen=True)
class StoryBank:
    stories: list[StoryRecord]
    competencies: list[str]  # rows of the matrix: stories' and the target job's
    matrix: dict[str, list[int]]  # competency -> ids of the stories that show it
    warnings: list[str]


def competency_key(name: str) -> str:
    """A competency in its id form, whatever its case or separators: "Stakeholder-management"
    -> "stakeholder_management" (rows saved before ids were enforced read as ids too)."""
    return "_".join(re.split(r"[\s_\-]+", name.strip().lower())).strip("_")


def _norm(items: list[str] | tuple[str, ...]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        key = competency_key(item)
        if key:
            seen.setdefault(key, None)
    return list(seen)


def _plain(competency: str) -> str:
    return competency.replace("_", " ")


def add_story(
    store: Store,
    *,
    title: str,
    situation: str = "",
    task: str = "",
    action: str = "",
    result: str = "",
    competencies: list[str] | tuple[str, ...] = (),
    metrics: list[str] | tuple[str, ...] = (),
    source_answer_id: int | None = None,
) -> int:
    """Write a story directly; returns its id. The same story twice (one answer saved again,
    or the same four parts) is refused with the id of the one already kept."""
    if not title.strip():
        raise InputError("A story needs a title.")
    if not any(p.strip() for p in (situation, task, action, result)):
        raise InputError("A story needs at least one of situation, task, action or result.")
    same = same_story(store, (situation, task, action, result), source_answer_id)
    if same is not None:
        raise InputError(f"That story is already in the bank as story #{same}.")
    row = Story(
        title=title.strip(),
        situation=situation.strip(),
        task=task.strip(),
        action=action.strip(),
        result=result.strip(),
        competencies=_norm(competencies),
        metrics=[m.strip() for m in metrics if m.strip()],
        source_answer_id=source_answer_id,
    )
    with store.transaction() as s:
        s.add(row)
        s.flush()
        if source_answer_id is not None:
            answer = s.get(Answer, source_answer_id)
            s.add(
                StoryUse(
                    story_id=row.id,
                    question_id=answer.question_id if answer else None,
                    answer_id=source_answer_id,
                )
            )
        return row.id


def same_story(
    store: Store, parts: tuple[str, str, str, str], source_answer_id: int | None
) -> int | None:
    """The id of a kept story from the same answer, or with the same four parts."""
    key = tuple(" ".join(p.lower().split()) for p in parts)
    with store.reading() as s:
        for row in s.scalars(sa.select(Story).order_by(Story.id)):
            if source_answer_id is not None and row.source_answer_id == source_answer_id:
                return row.id
            mine = (row.situation, row.task, row.action, row.result)
            if tuple(" ".join(p.lower().split()) for p in mine) == key:
                return row.id
    return None


def _content_words(text: str) -> set[str]:
    return {w[:WORD_STEM] for w in _CONTENT_WORD.findall(text.lower())}


def similar_story(store: Store, text: str) -> int | None:
    """The id of the kept story this text most likely tells again (the same events in other
    words), or None; too short a text or story is never judged."""
    mine = _content_words(text)
    if len(mine) < MIN_WORDS_TO_COMPARE:
        return None
    best: tuple[float, int] | None = None
    with store.reading() as s:
        for row in s.scalars(sa.select(Story).order_by(Story.id)):
            theirs = _content_words(" ".join((row.situation, row.task, row.action, row.result)))
            if len(theirs) < MIN_WORDS_TO_COMPARE:
                continue
            overlap = len(mine & theirs) / min(len(mine), len(theirs))
            if overlap >= SAME_STORY_OVERLAP and (best is None or overlap > best[0]):
                best = (overlap, row.id)
    return best[1] if best else None


def set_competencies(store: Store, story_id: int, competencies: list[str]) -> None:
    """Replace a story's competencies (the caller checks them against the valid list)."""
    with store.transaction() as s:
        row = s.scalars(sa.select(Story).where(Story.id == story_id)).first()
        if row is None:
            raise StorageError(f"No story {story_id}.")
        row.competencies = _norm(competencies)


def link_story(store: Store, story_id: int, answer_id: int) -> None:
    """Record that a stored answer told this story."""
    with store.transaction() as s:
        if s.get(Story, story_id) is None:
            raise StorageError(f"No story {story_id}.")
        answer = s.get(Answer, answer_id)
        if answer is None:
            raise StorageError(f"No answer {answer_id} in the history.")
        exists = s.scalars(
            sa.select(StoryUse.id).where(
                StoryUse.story_id == story_id, StoryUse.answer_id == answer_id
            )
        ).first()
        if exists is None:
            s.add(StoryUse(story_id=story_id, question_id=answer.question_id, answer_id=answer_id))


def list_stories(store: Store) -> list[StoryRecord]:
    """Every story, oldest first, with the questions it has answered."""
    with store.reading() as s:
        uses: dict[int, list[str]] = {}
        q = (
            sa.select(StoryUse.story_id, QuestionRow.text)
            .join(QuestionRow, QuestionRow.id == StoryUse.question_id)
            .distinct()
            .order_by(StoryUse.story_id, QuestionRow.text)
        )
        for story_id, text in s.execute(q):
            uses.setdefault(story_id, []).append(text)
        return [
            StoryRecord(
                id=r.id,
                title=r.title,
                situation=r.situation,
                task=r.task,
                action=r.action,
                result=r.result,
                competencies=_norm(list(r.competencies)),
                metrics=list(r.metrics),
                source_answer_id=r.source_answer_id,
                created_at=r.created_at,
                questions=uses.get(r.id, []),
            )
            for r in s.scalars(sa.select(Story).order_by(Story.id))
        ]


def story_bank(
    store: Store,
    *,
    job: JobProfile | None = None,
    job_target_id: int | None = None,
    label: Callable[[str], str] = _plain,
) -> StoryBank:
    """Stories, the competency x story matrix (rows by competency id), and warnings about
    gaps and overuse, which name competencies by `label` (the practice layer's labels).

    The target job is `job`, else the stored job target `job_target_id`, else the newest one.
    """
    stories = list_stories(store)
    if job is None:
        job = store.job_profile(job_target_id)
    wanted = _norm(job.competencies) if job else []
    matrix: dict[str, list[int]] = {c: [] for c in wanted}
    for story in stories:
        for comp in story.competencies:
            matrix.setdefault(comp, []).append(story.id)
    warnings = []
    for story in stories:
        if len(story.questions) > MAX_QUESTIONS_PER_STORY:
            warnings.append(
                f"Story {story.id} (“{story.title}”) answers {len(story.questions)} different "
                f"questions; find other examples for some of them."
            )
    # One line for every gap, not one warning box each.
    gaps = [comp for comp in wanted if not matrix[comp]]
    if gaps:
        names = [label(c) for c in gaps]
        named = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        warnings.append(
            f"The target job stresses {named}, but no story shows "
            f"{'it' if len(gaps) == 1 else 'them'}: save or write one for each."
        )
    return StoryBank(stories=stories, competencies=list(matrix), matrix=matrix, warnings=warnings)
