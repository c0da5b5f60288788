"""Trouble gone after a fix and people changed by it are results; the fault handed on in a
method, and sarcasm, stereotype and malingering implied in passing, are blame and put-downs.
Each case changes one sentence of the same answer."""

from __future__ import annotations

import pytest

from answer_codes import codes

FIX_Q = "Tell me about a time you solved a recurring problem."
FIX = (
    "At the bottling plant the capper on line two kept jamming, four or five times a shift, "
    "and each jam stopped the line for ten minutes. I logged every jam for a week with the time "
    "and the batch, and saw they all came on the tall bottles. I reset the guide rails for that "
    "size and wrote the setting on the changeover sheet. {x}"
)
NEUTRAL = "The changeover sheet hangs by the machine, next to the cleaning rota and the radio."


@pytest.mark.parametrize(
    "result",
    [
        "After that we had no more jams on the tall bottles that month.",
        "We didn't have another capper stoppage for the rest of the quarter.",
        "The operators became much more confident running the changeover on their own.",
    ],
)
def test_trouble_gone_or_people_changed_is_a_result(result: str) -> None:
    assert "no_result" not in codes(FIX_Q, FIX.format(x=result))
    assert "no_result" in codes(FIX_Q, FIX.format(x=NEUTRAL))


def test_no_more_of_what_was_needed_is_not_a_result() -> None:
    assert "no_result" in codes(FIX_Q, FIX.format(x="Then we had no more spare rails in stock."))


METHOD_Q = "Walk me through how you'd plan a concrete pour."
METHOD = (
    "I'd start a week out: confirm the mix with the engineer, book the pump and the trucks, and "
    "check the forecast. Two days before I'd inspect the steel against the drawings and get the "
    "sign-off in writing{x}. On the day I'd brief the crew on the sequence and the exclusion "
    "zone, and log every truck's docket in the site diary."
)


@pytest.mark.parametrize(
    "fault",
    [
        ", so if the steel's wrong it's on them",
        ", because pours go wrong when the engineer or the supplier stuffs up",
        ", though it's usually their design team dragging their feet",
    ],
)
def test_the_fault_handed_on_in_a_method_is_blame(fault: str) -> None:
    assert "blame" in codes(METHOD_Q, METHOD.format(x=fault))
    assert "blame" not in codes(METHOD_Q, METHOD.format(x=", so it's on record"))


SHIFT_Q = "What would you do if two of your night team called in sick before a big delivery?"
SHIFT = (
    "First I'd ring the duty manager{x} to see if anyone from the early shift can come in an hour "
    "sooner. Then I'd put the chilled and frozen out first, then bread and milk, and go on the "
    "floor myself. Anything left I'd leave tidy in the warehouse with a clear handover note."
)


@pytest.mark.parametrize(
    "aside",
    [
        ", if he's even awake,",
        ", if she's not in one of her long meetings,",
        ", who, you know how that kind of manager is,",
    ],
)
def test_sarcasm_and_stereotype_in_passing_are_put_downs(aside: str) -> None:
    assert "disparaging" in codes(SHIFT_Q, SHIFT.format(x=aside))
    assert "disparaging" not in codes(SHIFT_Q, SHIFT.format(x=", if it's after ten,"))


@pytest.mark.parametrize(
    "result",
    [
        "After that the jams dried up.",
        "The line passed its next audit, and the audit came back clean.",
        "Output on line two roughly doubled over the summer.",
        "Downtime dropped noticeably, and we hit ninety-eight percent uptime for the quarter.",
        "The operators were much happier with the new setting.",
        "Nobody missed a delivery slot that month, and we had zero stoppages on the tall bottles.",
        "The client was really pleased with it and we got a five-star supplier rating.",
    ],
)
def test_results_in_plain_words_are_results(result: str) -> None:
    assert "no_result" not in codes(FIX_Q, FIX.format(x=result))


@pytest.mark.parametrize(
    "scene",
    [
        "The operators were happier working on line one, so I moved two of them.",
        "The plant manager explained we had to hit 95 per cent uptime.",
        "I doubled the order of guide rails for the weekend.",
    ],
)
def test_a_preference_a_target_or_an_order_is_not_a_result(scene: str) -> None:
    assert "no_result" in codes(FIX_Q, FIX.format(x=scene))


def test_a_measure_moved_needs_a_figure_or_a_word_of_size() -> None:
    moved = "That cut the time from a jam to a restart from ten minutes to two."
    noticed = "That noticeably cut the time from a jam to a restart."
    errand = "I got a fitter I know from Barnsley to come and look at the rails."
    assert "no_result" not in codes(FIX_Q, FIX.format(x=moved))
    assert "no_result" not in codes(FIX_Q, FIX.format(x=noticed))
    assert "no_result" in codes(FIX_Q, FIX.format(x=errand))
