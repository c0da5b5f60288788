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


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "I'd cook that order myself, clean down a board and pan, use fresh oil and check "
            "every component.",
            ["I'd cook", "clean", "use", "check"],
        ),
        (
            "I'd verify their identity, unlock or reset the account, and if that fails, log "
            "them into a spare laptop.",
            ["I'd verify", "unlock", "reset"],
        ),
        ("I called the customer, he answered and told me it was fine.", ["I called"]),
        ("I fixed the leak and tested it, then I wrote it up.", ["I fixed", "tested", "I wrote"]),
        ("I booked the van. Then called the wholesaler.", ["I booked"]),
        (
            "I checked the fridge and logged it, then I called them and booked a van.",
            ["I checked", "logged", "I called", "booked"],
        ),
    ],
)
def test_each_step_the_speaker_lists_is_an_action(said: str, expected: list[str]) -> None:
    """A list of steps after "I'd…" is the speaker's, up to the sentence's end, another clause
    or another subject."""
    assert actions(said) == expected


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


DEFLECT_Q = "Tell me about a time a delivery went wrong on your shift."
DELIVERY = (
    "Forty miles out the fridge alarm went off and the trailer had crept to six degrees. The "
    "reefer tank had not been filled at the depot. {said} I rang the planner, got a fuel card, "
    "filled the tank and logged the temperature every fifteen minutes. The load arrived at "
    "three degrees and was accepted in full. "
)


def test_putting_a_failure_on_nobody_is_milder_blame() -> None:
    def blame(said: str):
        fb = analyze_answer(DEFLECT_Q, DELIVERY.format(said=said))
        return next((j for j in fb.judgements if j.code == "blame"), None)

    nobody = blame("Nobody's fault really, it just wasn't on the checklist.")
    them = blame("It was the yard team's fault, they never fill them.")
    assert nobody is not None and them is not None
    assert "Nobody's fault" in nobody.evidence[0].text
    assert them.points < nobody.points < 0  # milder than blaming someone
    # Owning a part, or comforting someone else, is not deflection.
    assert blame("Nobody's fault really, but I hadn't checked it on my walk-round.") is None
    assert blame("I told the new driver it wasn't his fault, and it wasn't.") is None


def test_nobody_s_fault_is_fair_where_no_failure_was_asked_for() -> None:
    # The same story told for an unexpected problem: a gap in the system, named and then
    # closed, is not a dodge, because the candidate's own part was never the question.
    said = "Nobody's fault really, it just wasn't on the checklist."
    problem = analyze_answer(
        "Tell me about a time you dealt with an unexpected problem at work.",
        DELIVERY.format(said=said),
    )
    failure = analyze_answer(DEFLECT_Q, DELIVERY.format(said=said))
    assert "blame" not in {j.code for j in problem.judgements}
    assert "blame" in {j.code for j in failure.judgements}


def test_taking_a_figure_is_no_action() -> None:
    """ "I'd take forty" in a pay answer accepts a sum; it earns no credit as a step."""
    fb = analyze_answer(
        "What are your salary expectations?", "I'd take forty, and I'd check the pension first."
    )
    assert [m.text for m in fb.delivery.confident_language] == ["I'd check"]


def test_a_long_unpunctuated_answer_counts_each_step_once() -> None:
    """With no full stop to end a list, each "I…" still ends the one before it: every verb is
    counted once (a hostile answer of 4,000 words had counted 501,500)."""
    fb = analyze_answer(HOW_Q, " ".join(["i checked and fixed"] * 1000))
    assert len(fb.delivery.confident_language) == 2000


def test_a_hedge_is_no_action() -> None:
    """ "I sort of said no" hedges: it is not the action "I sort", which a clerk who sorts the
    returns still takes credit for."""
    assert actions("I sort of said no to the extra shift.") == []
    assert actions("I sort the returns by supplier every morning.") == ["I sort"]
