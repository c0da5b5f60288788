"""Figures that set the scene count for less than figures in what was done or achieved."""

from __future__ import annotations

from interview_coach.questions.answering import analyze_answer

QUESTION = "Tell me about a time you fixed a problem with a process."
MIDDLE = (
    "I mapped every step of a refund and found that each one waited for a supervisor's "
    "signature. I proposed that staff could sign off refunds under a set amount, trained the "
    "team and wrote a one-page guide. "
)
# The same story twice, its figures told in the scene or in the result.
FIGURES_IN_SCENE = (
    "At Easter we had forty people queuing at three tills, and a refund took fifteen minutes. "
    + MIDDLE
    + "Refunds got much quicker after that, and complaints at the till fell away."
)
FIGURES_IN_RESULT = (
    "Around Easter the queues were long at the tills, and refunds took far too long. "
    + MIDDLE
    + "A refund now takes four minutes instead of fifteen, and complaints fell by forty per cent."
)


def _specifics(answer: str) -> tuple[int, float, str]:
    fb = analyze_answer(QUESTION, answer)
    f = next(f for f in fb.score_breakdown if f.rule == "specifics")
    return fb.scores.content, f.points, f.detail


def test_figures_in_the_result_earn_more_than_figures_in_the_scene() -> None:
    scene, result = _specifics(FIGURES_IN_SCENE), _specifics(FIGURES_IN_RESULT)
    assert result[1] > scene[1]
    assert result[0] > scene[0]


def test_the_factor_says_which_specifics_set_the_scene() -> None:
    assert "4 in the scene at half weight" in _specifics(FIGURES_IN_SCENE)[2]
