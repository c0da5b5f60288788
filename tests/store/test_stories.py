from __future__ import annotations

import pytest

from interview_coach.errors import InputError
from interview_coach.practice.stories import (
    NeedsConfirmation,
    check_competencies,
    edit_competencies,
    keep_answer,
    known_competencies,
)
from interview_coach.practice.stories import (
    story_bank as shown_bank,
)
from interview_coach.store import Store
from interview_coach.store.stories import add_story, link_story, list_stories, story_bank
from interview_coach.types import JobProfile, Transcript

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
    # The question's, the job terms covered, and those the story's own words show, as ids and
    # only those on the valid list: "ownership" (the question's) and "batch processing" (a job
    # term) are not competencies a story can be matched on.
    assert story.competencies[0] == "problem_solving"
    assert set(story.competencies) <= set(known_competencies())
    assert "ownership" not in story.competencies
    assert "batch processing" not in story.competencies
    assert story.metrics == ["forty minutes"]
    assert story.questions == [question().text]


def test_weak_answer_needs_force(store: Store) -> None:
    aid = store.save_answer(feedback(overall=45), transcript=transcript())
    with pytest.raises(NeedsConfirmation, match="45/100") as held:
        keep_answer(store, aid)
    assert "--force" not in str(held.value)  # each face says how to confirm in its own way
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
    assert any("stresses conflict, but no story shows it" in w for w in bank.warnings)
    assert len(bank.warnings) == 2  # the gaps in one line, not one warning each
    assert not any("mentoring" in w for w in bank.warnings)


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
    assert "problem_solving" in story.competencies  # "fixed"/"rewrote": shown by its words
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
    # Any case, spaces, hyphens or underscores, the id or the label: one id each.
    typed = ["Problem_Solving", "conflict", "Stakeholder management", "decision-making"]
    assert check_competencies(typed) == [
        "problem_solving", "conflict", "stakeholder_management", "decision_making"
    ]  # fmt: skip
    assert check_competencies(["Working with data", "DATA LITERACY"]) == ["data_literacy"]
    with pytest.raises(InputError, match=r"Unknown competency: nonsense\. Choose from: .*teamwork"):
        check_competencies(["nonsense"])
    with pytest.raises(InputError) as refused:  # the valid list is given in labels
        check_competencies(["experience", "a/b testing"])
    assert "working with data" in str(refused.value) and "data_literacy" not in str(refused.value)


def test_a_typed_label_and_the_jobs_id_are_one_competency_shown_by_label(store: Store) -> None:
    job = JobProfile(title="Ops lead", competencies=("stakeholder_management", "decision_making"))
    store.save_job_target("Lead operations.", None, job)
    sid = add_story(
        store, title="Supplier dispute", action="I brought both suppliers to one table.",
        competencies=check_competencies(["Stakeholder management"]),
    )  # fmt: skip
    shown = shown_bank(store).bank
    assert shown.matrix == {"stakeholder_management": [sid], "decision_making": []}
    [gap] = shown.warnings
    assert "stresses decision making, but no story shows it" in gap
    assert "_" not in gap and "'" not in gap


def test_competencies_are_edited_through_the_valid_list(store: Store) -> None:
    sid = add_story(store, title="Rota", action="I rebuilt the weekend rota.")
    assert edit_competencies(store, sid, ["Teamwork", "working with data"]) == [
        "teamwork", "data_literacy"
    ]  # fmt: skip
    assert list_stories(store)[0].competencies == ["teamwork", "data_literacy"]
    with pytest.raises(InputError, match="Unknown competency: experience"):
        edit_competencies(store, sid, ["experience"])
    assert list_stories(store)[0].competencies == ["teamwork", "data_literacy"]
    edit_competencies(store, sid, [])
    assert list_stories(store)[0].competencies == []


CLINIC = (
    "Our clinic in Lomeck lost track of referrals every Friday afternoon. "
    "I had to get every referral seen within a week. "
    "I built a shared tracker with Partored and trained the three receptionists to use it. "
    "Referrals now wait four days on average and none have been lost since March."
)


def _heard(text: str, unsure: dict[str, float]) -> Transcript:
    """A transcript of `text` whose listed words the recogniser gave these confidences."""
    heard = transcript(text)
    words = tuple(
        w.model_copy(update={"probability": unsure.get(w.word.strip(".,"), 0.93)})
        for w in heard.words
    )
    return heard.model_copy(update={"words": words})


def test_low_confidence_words_kept_in_a_story_need_confirmation(store: Store) -> None:
    # "Our" is heard unsure too, but it is the filler the story leaves out.
    heard = _heard(CLINIC, {"Lomeck": 0.31, "Partored": 0.36, "Our": 0.2})
    aid = store.save_answer(feedback(overall=84, text=CLINIC), transcript=heard)
    with pytest.raises(NeedsConfirmation) as held:
        keep_answer(store, aid)
    assert [(u.word, u.probability) for u in held.value.unsure] == [
        ("Lomeck", 0.31), ("Partored", 0.36)
    ]  # fmt: skip
    assert "“Lomeck” (31%)" in str(held.value) and "Our" not in str(held.value)
    assert list_stories(store) == []
    sid = keep_answer(store, aid, force=True).id
    notes = shown_bank(store).notes[sid]  # the story page lists them to check
    assert [u.word for u in notes.unsure] == ["Lomeck", "Partored"]
    assert notes.cleaned[0] == ("Our", True) and notes.cleaned[1][0].startswith(" clinic")
    # Typed answers have no confidence: nothing to check.
    typed = store.save_answer(feedback(overall=84), transcript=transcript(seconds=None))
    keep_answer(store, typed)


RETOLD = (  # the billing story of helpers.STAR_TEXT, told again in other words
    "At quarter end our nightly billing export kept falling over. Finance needed it done "
    "before they came in at eight, and that was on me. I broke the export into batches and put "
    "a retry queue in front of the slow accounts. It finishes in forty minutes now, with no "
    "failures in six months."
)
SAME_TEAM = (  # another story from the same billing team
    "Our billing team sent the monthly invoices three days late. I was asked to find out why "
    "before the next month closed. I mapped each step with the team and moved the approval from "
    "the finance director to the team lead. Invoices now go out on the first working day."
)


def test_a_story_told_again_needs_confirmation(store: Store) -> None:
    first = store.save_answer(feedback(overall=82), transcript=transcript(), question=question())
    kept = keep_answer(store, first).id
    again = store.save_answer(feedback(overall=85, text=RETOLD), transcript=transcript(RETOLD))
    with pytest.raises(NeedsConfirmation, match=f"story #{kept} told again") as held:
        keep_answer(store, again)
    assert held.value.similar_to == kept
    assert keep_answer(store, again, force=True).id != kept
    # Another story, even from the same team, is not taken for one told again.
    for text in (SAME_TEAM, CLINIC):
        other = store.save_answer(feedback(overall=84, text=text), transcript=transcript(text))
        keep_answer(store, other)
