"""Interview questions: the bundled question bank, job descriptions and practice plans."""

from interview_coach.questions.bank import (
    BEHAVIOURAL_COMPETENCIES,
    CATEGORIES,
    CATEGORY_FRAMES,
    JOB_FAMILIES,
    QuestionBank,
    QuestionBankError,
    classify_question,
    load_bank,
)

__all__ = [
    "BEHAVIOURAL_COMPETENCIES",
    "CATEGORIES",
    "CATEGORY_FRAMES",
    "JOB_FAMILIES",
    "QuestionBank",
    "QuestionBankError",
    "classify_question",
    "load_bank",
]
