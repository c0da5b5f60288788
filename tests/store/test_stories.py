from __future__ import annotations

import pytest

from interview_coach.errors import InputError
from interview_coach.store import Store
from interview_coach.store.stories import (
    add_story,
    link_story,
    list_stories,
    story_bank,
    story_from_answer,
)
from interview_coach.types import JobProfile

from .helpers import feedback, question, transcript


def test_story_from_a_strong_answer(store: Store) -> None:
    aid = store.save_answer(feedback(overall=82), transcript=transcript(), question=question())
    sid = story_from_answer(store, aid)
    [story] = list_stories(store)
    assert story.id == sid and story.source_answer_id == aid
    assert story.situation.startswith("Our nightly billing export kept failing")
    assert story.task.startswith("I had to make it finish")
    assert "retry queue" in story.action
    assert story.result.startswith("The export now ends in forty minutes")
    assert story.competencies == ["problem solving", "ownership", "batch processing"]
    assert story.metrics == ["forty minutes"]
    assert story.questions == [question().text]


def test_weak_answer_needs_force(store: Store) -> None:
    aid = store.save_answer(feedback(overall=45), transcript=transcript())
    with pytest.raises(InputError, match="45/100"):
        story_from_answer(store, aid)
    assert list_stories(store) == []
    story_from_answer(store, aid, force=True, title="Billing export")
    assert list_stories(store)[0].title == "Billing export"


def test_written_story_needs_content(store: Store) -> None:
    with pytest.raises(InputError):
        add_story(store, title="Empty")
    with pytest.raises(InputError):
        add_story(store, title="  ", action="Did it.")


def test_matrix_and_warnings(store: Store) -> None:
    job = JobProfile(title="Team lead", competencies=("Mentoring", "ownership", "Conflict"))
    store.save_job_target("Lead a team of five.", None, job)
    migration = add_story(
        store, title="Database migration", action="I moved 40 services.",
        competencies=["Ownership", "planning"], metrics=["40 services"],
    )  # fmt: skip
    add_story(store, title="Intern", action="I paired with an intern daily.",
              competencies=["mentoring"])  # fmt: skip
    for i in range(4):  # the same story for four different questions
        aid = store.save_answer(feedback(question_text=f"Question {i}?"), transcript=transcript())
        link_story(store, migration, aid)
    link_story(store, migration, aid)  # linking twice counts once
    bank = story_bank(store)
    assert bank.matrix["ownership"] == [migration]
    assert bank.matrix["planning"] == [migration]
    assert bank.matrix["conflict"] == []
    assert bank.competencies[:3] == ["mentoring", "ownership", "conflict"]
    assert len(bank.stories[0].questions) == 4
    assert any("answers 4 different questions" in w for w in bank.warnings)
    assert any("'conflict'" in w and "no story" in w for w in bank.warnings)
    assert not any("'mentoring'" in w for w in bank.warnings)
