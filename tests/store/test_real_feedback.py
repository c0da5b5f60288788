"""Feedback from the real analysis engine, kept and read back by the store."""

from __future__ import annotations

import pytest

from interview_coach.practice.stories import keep_answer
from interview_coach.progress.report import progress_report
from interview_coach.questions.answering import analyze_answer
from interview_coach.store import Store, feedback_metrics
from interview_coach.store.stories import list_stories
from interview_coach.types import JobProfile

from .helpers import question, transcript

ANSWER = (
    "Um, last spring our nightly billing export kept failing at the end of each quarter. "
    "I was asked to make it finish before the finance team started at eight. "
    "I split the export into batches of ten thousand accounts, and I added a retry queue "
    "for the slow ones. "
    "As a result the export now ends in forty minutes and has not failed for six months."
)


@pytest.fixture(scope="module")
def real_feedback():
    job = JobProfile(title="Data engineer", required_skills=("batching", "Kubernetes"))
    return analyze_answer(question(), transcript(ANSWER, seconds=40.0), job)


def test_real_feedback_round_trips(store: Store, real_feedback) -> None:
    tr = transcript(ANSWER, seconds=40.0)
    aid = store.save_answer(real_feedback, transcript=tr, question=question())
    record = store.get_answer(aid)
    assert record.feedback == real_feedback
    metrics = feedback_metrics(real_feedback)
    trend = {t.metric: t for t in progress_report(store).trends}
    assert trend["overall"].latest == real_feedback.scores.overall
    assert trend["wpm"].latest == pytest.approx(metrics["wpm"], abs=1e-3)
    assert 0.0 <= metrics["star_completeness"] <= 1.0


def test_story_from_real_analysis(store: Store, real_feedback) -> None:
    aid = store.save_answer(
        real_feedback, transcript=transcript(ANSWER, seconds=40.0), question=question()
    )
    keep_answer(store, aid, force=True)
    [story] = list_stories(store)
    told = " ".join([story.situation, story.task, story.action, story.result])
    # Every sentence of the answer lands in one of the four parts, fillers left out.
    from interview_coach.analysis.story import story_draft

    draft = story_draft(real_feedback)
    for part in (draft.situation, draft.task, draft.action, draft.result):
        assert part in told
    assert "Um," not in told
    assert story.result or story.action
