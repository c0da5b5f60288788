"""For the judgement tests: the codes of the judgements an answer draws."""

from __future__ import annotations

from interview_coach.questions.answering import analyze_answer


def codes(question: str, answer: str) -> set[str]:
    """The judgement codes (blame, no_result, …) the answer draws for the question."""
    return {j.code for j in analyze_answer(question, answer).judgements}
