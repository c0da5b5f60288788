"""Interview questions: the bundled question bank, job descriptions and practice plans.

The names below are read from `questions.bank` when first asked for, so a module that only
needs the light vocabularies (`questions.vocabulary`, `questions.families`) does not build
the bank's types (the command line's `--help` is one).
"""

from typing import Any

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


def __getattr__(name: str) -> Any:
    if name in __all__:
        from interview_coach.questions import bank

        return getattr(bank, name)
    raise AttributeError(f"module 'interview_coach.questions' has no attribute {name!r}")
