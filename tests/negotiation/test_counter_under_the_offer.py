"""A counter under the offer already on the table asks for less than was given: it is
negotiating against yourself, said with both sums. A bonus or an allowance is not the base."""

from __future__ import annotations

from interview_coach.negotiation.session import negotiate

OPENING = "I'm looking for around 36,000, based on what similar technician roles in Leeds pay."
SCRIPT = {"role": "Pharmacy technician", "seed": 1, "target": 36_000, "currency": "GBP"}


def _mistakes(*lines: str) -> dict[str, str]:
    done = negotiate({**SCRIPT, "candidate": [OPENING, *lines]}, None)
    return {m["code"]: m["message"] for m in done["mistakes"]}  # type: ignore[union-attr]


def test_asking_under_their_offer_is_negotiating_against_yourself() -> None:
    found = _mistakes("Could you do 34,000?", "Great, I accept. Could you send that in writing?")
    assert "negotiated_against_self" in found
    assert "you asked for £34,000, under their offer of £36,000" in found["negotiated_against_self"]


def test_asking_above_it_or_for_a_bonus_is_not() -> None:
    above = _mistakes("Could you do 38,000, given my ward experience?", "Thank you, I accept.")
    assert "negotiated_against_self" not in above
    bonus = _mistakes("Could you add a 3,000 signing bonus?", "Thank you, I accept.")
    assert "negotiated_against_self" not in bonus
