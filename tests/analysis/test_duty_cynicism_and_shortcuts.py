"""Faults said politely: the cause handed on "in fairness", the duty put on another desk, a
shrug at the trade, and a safety step made occasional; with clean twins that must not be
flagged, and a pound figure in a method that is nobody's pay."""

from __future__ import annotations

import pytest

from answer_codes import codes

MISTAKE_Q = "Tell me about a mistake you made at work."
FITTING = (
    "Two years ago I fitted a new shower for a customer and the pump failed within a week. "
    "{cause} I went back the next day, fitted the right pump at no charge and apologised. "
    "Since then I check the water pressure before I order any pump."
)


@pytest.mark.parametrize(
    "cause",
    [
        "In fairness the spec sheet I'd been given listed the wrong pressure for the house.",
        "The plumber before me, who to be fair was very stretched that month, had left the "
        "valve half closed.",
        "It's really the responsibility of the merchant to check the pump matches the system.",
        "The fitter on the first visit should have checked the pressure before he left.",
        "I don't think there was much more I could have done with what I knew.",
    ],
)
def test_the_cause_or_the_duty_handed_on_politely_is_blame(cause: str) -> None:
    assert "blame" in codes(MISTAKE_Q, FITTING.format(cause=cause))


@pytest.mark.parametrize(
    "cause",
    [
        "To be fair, I hadn't checked the pressure before I ordered the pump.",
        "I'd ordered the pump from the catalogue without measuring the pressure.",
        "To be fair to the customer, she was very patient about it.",
    ],
)
def test_the_same_story_owned_is_not_blame(cause: str) -> None:
    assert "blame" not in codes(MISTAKE_Q, FITTING.format(cause=cause))


def test_whose_job_a_check_is_describes_a_method_outside_a_mistake_story() -> None:
    q = "Tell me about a time you handled a tricky installation."
    story = FITTING.format(
        cause="It's really the responsibility of the merchant to check the pump matches."
    ).replace("the pump failed within a week", "the house had very low pressure")
    assert "blame" not in codes(q, story)


def test_a_pound_figure_in_a_method_after_now_is_no_pay() -> None:
    q = "Tell me about a time you found an error in the accounts."
    story = (
        "At last year's audit of a joinery firm I found three machines depreciated from the "
        "invoice date, not the date they came into use. I recalculated the charge and agreed "
        "it with the finance director before the auditors arrived. I now check in-use dates on "
        "any addition over £10,000, and the audit cleared with no points on fixed assets."
    )
    assert "disclosed_current_salary" not in codes(q, story)


def test_pay_said_after_now_is_still_pay() -> None:
    answer = (
        "I've run the accounts team at a joinery firm for four years and I'm now on about "
        "£41,000, so I'm looking for a step up into a financial controller role."
    )
    assert "disclosed_current_salary" in codes("Tell me about yourself.", answer)
