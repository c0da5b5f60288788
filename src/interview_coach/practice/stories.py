"""Keeping answers as stories: the practice side of the story bank, for every face.

An answer becomes a story only when it tells one (an action, and where it started or how it
ended), scored well (or the user insists), and is not kept already. The story is the answer's
own words by STAR part with fillers and hedges left out, and the competencies it shows: the
question's, the job's terms it covered, and those its own words show.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_coach.analysis.story import story_draft
from interview_coach.errors import InputError, StorageError
from interview_coach.questions.bank import load_bank
from interview_coach.questions.prep import story_competencies
from interview_coach.store import Store
from interview_coach.store.stories import STRONG_ANSWER_SCORE, add_story


@dataclass(frozen=True)
class KeptStory:
    id: int
    left_out: list[str]  # fillers and hedges cut from the answer, as said


def keep_answer(
    store: Store, answer_id: int, *, title: str | None = None, force: bool = False
) -> KeptStory:
    """Turn a stored answer into a story; its id and what was left out."""
    record = store.get_answer(answer_id)
    fb = record.feedback
    if fb is None:
        raise StorageError(f"Answer {answer_id} has no feedback to build a story from.")
    draft = story_draft(fb)
    if not draft.tells_a_story and not force:
        raise InputError(
            f"Answer {answer_id} does not tell a story: it has no situation, task or result "
            "around what you did. Stories come from answers about something that happened "
            "(behavioural questions). Use --force to keep it anyway."
        )
    if fb.scores.overall < STRONG_ANSWER_SCORE and not force:
        raise InputError(
            f"Answer {answer_id} scored {fb.scores.overall}/100; stories come from answers of "
            f"{STRONG_ANSWER_SCORE} or more. Use --force to keep it anyway."
        )
    competencies = list(record.question.competencies) if record.question else []
    if fb.content.job_description is not None:
        competencies += [c.term for c in fb.content.job_description.covered]
    competencies += story_competencies(draft.text)
    story_id = add_story(
        store,
        title=title or (record.question.text if record.question else fb.question)[:200],
        situation=draft.situation,
        task=draft.task,
        action=draft.action,
        result=draft.result,
        competencies=[c.replace("_", " ") for c in competencies],
        metrics=list(dict.fromkeys(m.text for m in fb.content.specifics)),
        source_answer_id=answer_id,
    )
    return KeptStory(id=story_id, left_out=draft.left_out)


def known_competencies() -> list[str]:
    """Competencies a written story may name: those the question bank assesses."""
    return [c.replace("_", " ") for c in load_bank().competencies()]


def check_competencies(names: list[str] | tuple[str, ...]) -> list[str]:
    """The names as the bank spells them; InputError listing the valid ones for any other."""
    known = {c.lower(): c for c in known_competencies()}
    out, unknown = [], []
    for name in names:
        key = " ".join(name.replace("_", " ").lower().split())
        if key in known:
            out.append(known[key])
        else:
            unknown.append(name)
    if unknown:
        raise InputError(
            f"Unknown competenc{'y' if len(unknown) == 1 else 'ies'}: {', '.join(unknown)}. "
            f"Choose from: {', '.join(sorted(known.values()))}."
        )
    return out
