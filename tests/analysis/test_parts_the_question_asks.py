"""The parts an answer is asked for follow the question's words: the employer's story only
where the question names the employer or asks why this job; "why should we hire you?" is
answered as strengths with proof."""

from __future__ import annotations

import pytest

from interview_coach.questions.answering import analyze_answer
from interview_coach.questions.bank import classify_question, load_bank
from interview_coach.types import Frame

# An answer about the speaker's aims with nothing about the employer in it.
AIMS = (
    "In five years I'd like to be running my own section, probably as a sous chef. Right now "
    "I'm on the grill at a sixty-cover place, so the next step for me is learning pastry and "
    "the ordering side. I'm also doing my level 3 food safety this spring, and I want to be "
    "training the new starters on my section by the end of next year."
)


@pytest.mark.parametrize(
    "question",
    [
        "Where do you see yourself in five years?",
        "What are you looking for in your next role?",
        "How does this role fit into your longer-term plans?",
    ],
)
def test_no_company_part_is_asked_of_a_question_about_ones_aims(question: str) -> None:
    fb = analyze_answer(question, AIMS)
    assert "company" not in fb.structure.missing
    assert not any("no company part" in t.message for t in fb.tips)


@pytest.mark.parametrize(
    "question", ["Why do you want to work for us?", "What do you know about our company?"]
)
def test_a_question_about_the_employer_still_asks_for_the_company(question: str) -> None:
    assert "company" in analyze_answer(question, AIMS).structure.missing


@pytest.mark.parametrize(
    "question",
    [
        "Why should we hire you?",
        "Why should we hire you as our night manager?",
        "Why are you the right person for this job?",
    ],
)
def test_why_hire_you_is_answered_as_strengths_with_proof(question: str) -> None:
    assert classify_question(question)[1] is Frame.CLAIM_EVIDENCE


def test_the_bank_question_why_hire_you_has_the_claim_evidence_frame() -> None:
    found = load_bank().find("Why should we hire you over the other candidates?")
    assert found is not None and found.frame is Frame.CLAIM_EVIDENCE


# What the speaker knows of the employer, with nothing about the role's work in it.
KNOWS_US = (
    "You're a family-owned building firm, third generation, and you mostly refurbish social "
    "housing for the councils around Leeds. You've just won the framework for kitchens and "
    "bathrooms, and I read on your site that you run your own apprenticeship scheme and keep "
    "most of your apprentices on afterwards."
)


def test_what_do_you_know_about_us_asks_for_the_employer_not_the_role() -> None:
    fb = analyze_answer("What do you know about our company?", KNOWS_US)
    assert "role" not in fb.structure.missing
    assert "role" in analyze_answer("Why do you want to work for us?", KNOWS_US).structure.missing


def test_aims_alone_answer_a_question_about_the_future_not_why_us() -> None:
    codes = {
        j.code for j in analyze_answer("Where do you see yourself in five years?", AIMS).judgements
    }
    assert "off_question" not in codes
