from __future__ import annotations

import pytest

from interview_coach.errors import InputError
from interview_coach.practice.stories import check_competencies, keep_answer
from interview_coach.store import Store
from interview_coach.store.stories import add_story, link_story, list_stories, story_bank
from interview_coach.types import JobProfile

from .helpers import feedback, question, transcript


def test_story_from_a_strong_answer(store: Store) -> None:
    aid = store.save_answer(feedback(overall=82), transcript=transcript(), question=question())
    sid = keep_answer(store, aid).id
    [story] = list_stories(store)
    assert story.id == sid and story.source_answer_id == aid
    # The helper's feedback marks "Our" as a filler: the story leaves it out.
    assert story.situation.startswith("Nightly billing export kept failing")
    assert story.task.startswith("I had to make it finish")
    assert "retry queue" in story.action
    assert story.result.startswith("The export now ends in forty minutes")
    # The question's, the job terms covered, and those the story's own words show.
    assert story.competencies[:3] == ["problem solving", "ownership", "batch processing"]
    assert story.metrics == ["forty minutes"]
    assert story.questions == [question().text]


def test_weak_answer_needs_force(store: Store) -> None:
    aid = store.save_answer(feedback(overall=45), transcript=transcript())
    with pytest.raises(InputError, match="45/100"):
        keep_answer(store, aid)
    assert list_stories(store) == []
    keep_answer(store, aid, force=True, title="Billing export")
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
    assert len(bank.warnings) == 2  # the gaps in one line, not one warning each
    assert not any("'mentoring'" in w for w in bank.warnings)


def test_an_answer_is_kept_once_in_its_own_cleaned_words(store: Store) -> None:
    text = (
        "Um, last year our billing export kept failing. I think I, like, had to fix it before "
        "the close. So, basically, I added a retry queue and rewrote the slow query. The export "
        "now ends in forty minutes."
    )
    from interview_coach.questions.answering import analyze_answer

    fb = analyze_answer(question().text, text)
    aid = store.save_answer(fb, transcript=transcript(text, seconds=None), question=question())
    kept = keep_answer(store, aid, force=True)
    [story] = list_stories(store)
    told = " ".join([story.situation, story.task, story.action, story.result])
    assert kept.left_out == ["Um", "I think", "like", "basically"]
    assert "um" not in told.lower().split() and "like" not in told and "basically" not in told
    assert story.task == "I had to fix it before the close."
    assert "problem solving" in story.competencies  # "fixed"/"rewrote": shown by its words
    with pytest.raises(InputError, match=f"already in the bank as story #{kept.id}"):
        keep_answer(store, aid, force=True)


def test_an_answer_that_tells_no_story_is_refused(store: Store) -> None:
    from interview_coach.questions.answering import analyze_answer

    intro = "I'm a nurse with eight years on acute wards. Next I want to lead a ward."
    fb = analyze_answer("Tell me about yourself.", intro)
    aid = store.save_answer(fb, transcript=transcript(intro, seconds=None))
    with pytest.raises(InputError, match="does not tell a story"):
        keep_answer(store, aid, force=False)
    assert list_stories(store) == []


def test_written_stories_name_known_competencies() -> None:
    assert check_competencies(["Problem_Solving", "conflict"]) == ["problem solving", "conflict"]
    with pytest.raises(InputError, match=r"Unknown competency: nonsense\. Choose from: .*teamwork"):
        check_competencies(["nonsense"])
