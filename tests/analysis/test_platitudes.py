"""A platitude in place of what was done is a generic claim unless a fact backs it, and trouble
absent for a while after is a result. Pairs differ in one thing."""

from __future__ import annotations

from .test_judgements import codes

CONFLICT_Q = "Tell me about a time you disagreed with a colleague."
CONFLICT = (
    "A colleague on the accounts team processed supplier invoices in a different order from "
    "me, and we kept paying the same invoice twice. We sat down one lunchtime and compared our "
    "steps. {x} We agreed one order, wrote it on a single page, and there were no duplicate "
    "payments in the next quarter."
)


def test_a_platitude_in_place_of_what_was_done_is_generic() -> None:
    platitude = (
        "I think communication is really key in those situations, and every case is different."
    )
    backed = "Communication is key, so I set up a shared list of the 40 invoices we each had open."
    plain = "I showed her the six duplicates from March, and she showed me why her order suited"
    plain += " the suppliers."
    assert "generic_claim" in codes(CONFLICT_Q, CONFLICT.format(x=platitude))
    assert "generic_claim" not in codes(CONFLICT_Q, CONFLICT.format(x=backed))
    assert "generic_claim" not in codes(CONFLICT_Q, CONFLICT.format(x=plain))


def test_trouble_absent_for_a_while_after_is_a_result() -> None:
    x = "I showed her the six duplicates from March."
    assert "no_result" not in codes(CONFLICT_Q, CONFLICT.format(x=x))
    gone = CONFLICT.replace(
        "there were no duplicate payments in the next quarter",
        "we both kept a copy of it by our screens from then on",
    )
    assert "no_result" in codes(CONFLICT_Q, gone.format(x=x))
