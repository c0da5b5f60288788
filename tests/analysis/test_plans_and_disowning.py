"""A plan is action in the answer to "how would you…", and denying one's part is blame.
Pairs differ in one thing."""

from __future__ import annotations

import pytest

from interview_coach.questions.answering import analyze_answer

from .test_judgements import codes

HOW_Q = "How would you plan the move of a busy pharmacy into a new unit over one weekend?"


def actions(text: str) -> list[str]:
    fb = analyze_answer(HOW_Q, text)
    return [m.text for m in fb.delivery.confident_language]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("I'd walk the new unit first.", "I'd walk"),
        ("I would brief the whole team on the Friday.", "I would brief"),
        ("I'll book the van for Saturday.", "I'll book"),
        ("I then rang the wholesaler.", "I then rang"),
        ("I checked the fridges.", "I checked"),
    ],
)
def test_a_planned_or_past_action_is_an_action(said: str, expected: str) -> None:
    assert expected in actions(said)


@pytest.mark.parametrize(
    "said",
    [
        "I'd say the fridges matter most.",  # an opinion, not an action
        "I, then, the team.",  # broken by punctuation
        "She'd book the van for Saturday.",  # someone else acts
    ],
)
def test_an_opinion_or_someone_else_is_not_my_action(said: str) -> None:
    assert actions(said) == []


def test_a_plan_earns_action_credit_in_the_content_score() -> None:
    plan = (
        "I'd walk the new unit with the landlord first and check the fridge points. I would "
        "brief the team on the Friday, book the van for six on Saturday, and ring every care "
        "home we supply so they order early."
    )
    bare = (
        "The new unit gets walked with the landlord first and the fridge points are checked. "
        "The team is briefed on the Friday, the van is booked for six on Saturday, and every "
        "care home we supply is rung so they order early."
    )
    assert analyze_answer(HOW_Q, plan).scores.content > analyze_answer(HOW_Q, bare).scores.content


MISTAKE_Q = "What would you do if you realised you had told a customer the wrong price?"


@pytest.mark.parametrize(
    "denial",
    [
        "I would explain that it was not really an error on my part.",
        "I would make sure they understood the fault lay with the till system.",
        "I would tell them the mistake was the supplier's, not mine.",
    ],
)
def test_denying_ones_part_is_blame(denial: str) -> None:
    assert "blame" in codes(MISTAKE_Q, f"I'd ring them straight away. {denial}")


@pytest.mark.parametrize(
    "owning",
    [
        "I would explain that it was an error on my part.",
        "Honestly the fault lay with me, because I had not checked the shelf label.",
        "I traced it and the fault was with the till's price file, so I fixed it.",
    ],
)
def test_owning_it_or_a_diagnosis_is_not_blame(owning: str) -> None:
    assert "blame" not in codes(MISTAKE_Q, f"I'd ring them straight away. {owning}")
