"""A skill's name mid-sentence: common words lose the capital the skill list gives them, names
and letters keep theirs."""

from __future__ import annotations

import pytest

from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.skill_names import skill_in_sentence

POSTING = """Pharmacy Technician, Leeds

Requirements:
- GPhC registration as a pharmacy technician
- Experience of medicines reconciliation on a ward
- Community pharmacy experience
- Confident with EPS and Microsoft Excel
- Payroll knowledge, and experience with Jira
- Sound payroll accuracy
"""


@pytest.mark.parametrize(
    ("skill", "shown"),
    [
        ("Medicines reconciliation", "medicines reconciliation"),  # lower case in the posting
        ("Community pharmacy", "community pharmacy"),  # only at a line's start: two words
        ("Payroll", "payroll"),  # one word the posting also writes in lower case
        ("Jira", "Jira"),  # one word written as a name
        ("Microsoft Excel", "Microsoft Excel"),  # capitals beyond the first letter
        ("GPhC registration", "GPhC registration"),
        ("EPS", "EPS"),  # letters
        ("Xero", "Xero"),  # a one-word name the posting does not mention: kept as it is
    ],
)
def test_a_skill_reads_as_a_sentence_writes_it(skill: str, shown: str) -> None:
    job = job_profile_from_text(POSTING)
    assert skill_in_sentence(skill, job) == shown


def test_without_a_posting_only_names_of_more_than_one_word_are_lowered() -> None:
    assert skill_in_sentence("Medicines reconciliation", None) == "medicines reconciliation"
    assert skill_in_sentence("Payroll", None) == "Payroll"
