"""Interview questions: the bundled question bank, job descriptions and practice plans."""

from interview_coach.questions.bank import (
    QuestionBank,
    QuestionBankError,
    classify_question,
    load_bank,
)

__all__ = ["QuestionBank", "QuestionBankError", "classify_question", "load_bank"]
