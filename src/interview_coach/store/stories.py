"""The story bank: strong answers kept as reusable STAR stories, and where they fall short."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from interview_coach.errors import InputError, StorageError
from interview_coach.store.repository import Store
from interview_coach.store.tables import Answer, QuestionRow, Story, StoryUse
from interview_coach.types import JobProfile, Label

# An answer must score at least this to become a story (override with force=True).
STRONG_ANSWER_SCORE = 70
# Telling one story for more distinct questions than this stretches it thin.
MAX_QUESTIONS_PER_STORY = 3


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


def _norm(items: list[str] | tuple[str, ...]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        key = " ".join(item.lower().split())
        if key:
            seen.setdefault(key, None)
    return list(seen)


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
    """Write a story directly; returns its id."""
    if not title.strip():
        raise InputError("A story needs a title.")
    if not any(p.strip() for p in (situation, task, action, result)):
        raise InputError("A story needs at least one of situation, task, action or result.")
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


def story_from_answer(
    store: Store, answer_id: int, *, title: str | None = None, force: bool = False
) -> int:
    """Turn a stored answer into a story, its sentences sorted into S, T, A and R."""
    record = store.get_answer(answer_id)
    fb = record.feedback
    if fb is None:
        raise StorageError(f"Answer {answer_id} has no feedback to build a story from.")
    if fb.scores.overall < STRONG_ANSWER_SCORE and not force:
        raise InputError(
            f"Answer {answer_id} scored {fb.scores.overall}/100; stories come from answers of "
            f"{STRONG_ANSWER_SCORE} or more. Use --force to keep it anyway."
        )
    parts: dict[Label, list[str]] = {label: [] for label in Label}
    for sentence in fb.structure.sentences:
        parts[sentence.label].append(sentence.text)
    competencies = list(record.question.competencies) if record.question else []
    if fb.content.job_description is not None:
        competencies += [c.term for c in fb.content.job_description.covered]
    return add_story(
        store,
        title=title or (record.question.text if record.question else fb.question)[:200],
        situation=" ".join(parts[Label.SITUATION]),
        task=" ".join(parts[Label.TASK]),
        action=" ".join(parts[Label.ACTION] + parts[Label.OTHER]),
        result=" ".join(parts[Label.RESULT]),
        competencies=competencies,
        metrics=list(dict.fromkeys(m.text for m in fb.content.specifics)),
        source_answer_id=answer_id,
    )


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
    with store.transaction() as s:
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
                competencies=list(r.competencies),
                metrics=list(r.metrics),
                source_answer_id=r.source_answer_id,
                created_at=r.created_at,
                questions=uses.get(r.id, []),
            )
            for r in s.scalars(sa.select(Story).order_by(Story.id))
        ]


def story_bank(
    store: Store, *, job: JobProfile | None = None, job_target_id: int | None = None
) -> StoryBank:
    """Stories, the competency x story matrix, and warnings about gaps and overuse.

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
                f"Story {story.id} ({story.title!r}) answers {len(story.questions)} different "
                f"questions; find other examples for some of them."
            )
    for comp in wanted:
        if not matrix[comp]:
            warnings.append(f"The target job stresses {comp!r}, but no story shows it.")
    return StoryBank(stories=stories, competencies=list(matrix), matrix=matrix, warnings=warnings)
