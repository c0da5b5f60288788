"""A typed question borrows the rubric of the bank question it rewords: among bank questions
the model finds about equally close, the one answered the same way and sharing most of the
question's words, not one that adds a subject the user never asked about."""

from __future__ import annotations

import pytest

from interview_coach.questions.answering import default_question
from interview_coach.questions.vectors import MATCH_MIN


@pytest.mark.parametrize(
    ("asked", "rewords"),
    [
        # "role" is "job": not the question about moving into a leadership role.
        ("Why do you want this role?", "Why do you want this job?"),
        # A story of one's own, not a plan for a deadline still ahead.
        (
            "Describe a situation where you missed a deadline, or came close to missing one.",
            "Tell me about a time you missed a deadline.",
        ),
        # An unhappy customer, not going out of one's way for a happy one.
        (
            "Tell me about a time you dealt with an unhappy customer.",
            "Describe a time you turned an unhappy customer into a satisfied one.",
        ),
        # Met under pressure, not missed.
        (
            "Tell me about a time you had to work under pressure to meet a deadline.",
            "Tell me about a reporting deadline you met under heavy pressure.",
        ),
    ],
)
def test_near_ties_go_to_the_rewording(asked: str, rewords: str) -> None:
    q = default_question(asked)
    assert q.matched_question == rewords
    assert q.match_score is not None and q.match_score >= MATCH_MIN


def test_a_close_question_is_not_traded_for_one_too_far_to_borrow_from() -> None:
    # The words favour "Why do you want this job?" (0.71) but only the nearer one is close
    # enough to lend its rubric.
    q = default_question("Why should we hire you?")
    assert q.matched_question == "Why should we hire you over the other candidates?"


def test_a_bank_question_is_its_own_match() -> None:
    q = default_question("Tell me about a time you missed a deadline.")
    assert q.matched_question == "Tell me about a time you missed a deadline."
    assert q.match_score == 1.0
