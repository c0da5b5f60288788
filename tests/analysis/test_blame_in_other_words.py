"""Blame in other words: others named as the cause, what would have been had they acted, one's
own part said to be done, the trouble placed elsewhere; and, where a failure of one's own was
asked for and nothing is owned, another party the subject of what went wrong. What others
could not supply, did not understand or kindly left unsaid is not blame."""

from __future__ import annotations

import pytest

from answer_codes import codes

FAIL_Q = "Tell me about a time something went wrong at work."
PRESSURE_Q = "Tell me about a time you worked under pressure."
ORDER = (
    "Last spring we had an order for a hotel chain, two hundred chairs to upholster in three "
    "weeks. I planned the cutting list and ran the fabric orders. {x} We delivered the last "
    "forty chairs four days late and the client took a discount."
)


@pytest.mark.parametrize(
    "fault",
    [
        "Honestly the warehouse lads are the reason we were late.",
        "If the buyer had signed off the sample on time, we'd have been fine.",
        "I'd done my bit; the problem was further down the line.",
        "I can only work with what I'm given, and what I was given was late.",
        "They gave the job to us knowing full well it couldn't be done in three weeks.",
        "The real issue was the people above me not planning.",
        "Frankly, if I'd been left alone it would have been on time.",
    ],
)
def test_blame_in_other_words_in_any_story(fault: str) -> None:
    assert "blame" in codes(PRESSURE_Q, ORDER.format(x=fault))
    assert "blame" in codes(FAIL_Q, ORDER.format(x=fault))


@pytest.mark.parametrize(
    "fault",
    [
        "My manager sat on the approval for a week.",
        "Head office changed the spec twice and didn't tell us.",
        "The night shift never finished their share.",
        "Nobody in purchasing bothered to chase the order.",
        "The machine broke and maintenance took two days to turn up.",
        "I think the buyers just didn't fully get it.",
    ],
)
def test_another_party_behind_ones_own_failure_is_blame(fault: str) -> None:
    assert "blame" in codes(FAIL_Q, ORDER.format(x=fault))
    # In a story of pressure handled, the same words describe the problem that was solved.
    assert "blame" not in codes(PRESSURE_Q, ORDER.format(x=fault))


@pytest.mark.parametrize(
    "fact",
    [
        "I rang the supplier and they didn't have the blue fabric, so I found another mill.",
        "The customer didn't understand the invoice, so I walked her through it.",
        "My supervisor never said a word about it afterwards, which I appreciated.",
        "I just didn't get it at first, so I asked the supervisor.",
    ],
)
def test_what_others_lacked_or_kindly_left_unsaid_is_not_blame(fact: str) -> None:
    assert "blame" not in codes(FAIL_Q, ORDER.format(x=fact))


def test_not_really_our_fault_is_blame_in_raw_speech() -> None:
    q = "Walk me through how you'd handle a customer disputing a high estimated bill."
    steps = (
        "ok so first id listen and let them get it off their chest then id pull up the account "
        "and look at the meter read history {x} then id ask them for a reading and rebill from "
        "the last actual read and talk them through the new figure line by line"
    )
    fault = "and if its been estimated for months its not really our fault the readers never come"
    assert "blame" in codes(q, steps.format(x=fault))
    assert "blame" not in codes(q, steps.format(x="and see how many bills were estimated"))


@pytest.mark.parametrize(
    "excuse",
    [
        "Their buyer sent the sample back two days before the deadline, so I could not finish "
        "the checks.",
        "The planners were slow to give me the sign-off I asked for.",
        "The office had me booked back to back that week.",
        "The coordinator kept pulling us off the line to cover the loading bay.",
        "The fittings the merchant sent us that month were pure rubbish.",
    ],
)
def test_helpless_after_others_in_ones_own_failure_is_blame(excuse: str) -> None:
    assert "blame" in codes(FAIL_Q, ORDER.format(x=excuse))


def test_owning_the_delay_keeps_the_consequence_from_being_blame() -> None:
    owned = "I was slow to ask for help, so I could not finish the checks on time."
    assert "blame" not in codes(FAIL_Q, ORDER.format(x=owned))


def test_a_weakness_owned_as_putting_things_off_is_not_blame() -> None:
    q = "What's your greatest weakness?"
    answer = (
        "I've been slow to have hard conversations about performance. As a new team leader I "
        "had an adviser whose quality scores kept slipping, mainly because she was missing "
        "the vulnerability questions, and {x} because she was well liked. Now I book the "
        "conversation within a week of seeing a trend, and I plan what I'll say first."
    )
    assert "blame" not in codes(q, answer.format(x="I kept putting off the conversation"))
    assert "blame" in codes(q, answer.format(x="nobody had told me how to raise it"))


def test_poor_attendance_judges_a_measure_not_the_school() -> None:
    q = "Tell me about a time you worked with a family who didn't want your involvement."
    answer = (
        "I was allocated a family whose two children had {x} attendance, around 70 per cent. "
        "I visited at a time the mum chose, asked what she needed, and we agreed a plan for "
        "the mornings. By the end of term attendance was up to 92 per cent."
    )
    assert "disparaging" not in codes(q, answer.format(x="poor school"))
