"""A missing frame part costs its weight times the chance that it is missing, so two wordings
of one sentence that the labeller reads as different parts score alike."""

from __future__ import annotations

import pytest

from interview_coach.analysis.scoring import MISSING_PENALTY
from interview_coach.questions.answering import analyze_answer

WHY_JOB = "Why do you want this job?"
ANSWER = (
    "For eight years I've been an electrician with a small domestic firm, mostly rewires and "
    "consumer units. Over the last two years I've done my EV charger and battery storage "
    "courses, but we only get one or two of those jobs a month. {sentence} and that's the work "
    "I want to do every week. I'd also like a bigger team: at the moment I'm often the only one "
    "on site. I'd bring tidy, safe work and a good record with customers."
)


def test_a_missing_part_costs_less_where_a_sentence_came_near_it() -> None:
    fb = analyze_answer(
        WHY_JOB, ANSWER.format(sentence="Your company installs solar panels on farms and schools,")
    )
    factors = {f.rule: f.points for f in fb.score_breakdown}
    for part in fb.structure.missing:
        near = fb.structure.missing_nearest[part]
        assert factors[f"missing_{part}"] == pytest.approx(-MISSING_PENALTY[part] * (1 - near))


def test_two_wordings_of_the_employers_work_score_alike() -> None:
    said = [
        "Your company installs solar panels and batteries on farms and schools,",
        "You install solar panels and batteries on farms and schools,",
    ]
    scores = [analyze_answer(WHY_JOB, ANSWER.format(sentence=s)).scores.overall for s in said]
    assert abs(scores[0] - scores[1]) <= 4
