"""A plain "I accept" closes the deal at the offer on the table, whenever it is said; a refusal
or a condition in the same words ("I can't accept that", "before I accept, …") does not."""

from __future__ import annotations

import pytest

from interview_coach.negotiation.accepting import accepts
from interview_coach.negotiation.session import NegotiationSession

OPENING = "I'm looking for 41,000 because of my ADR and seven years of trunking."
COUNTER = "Could you do 42,000?"


def _after_a_counter() -> NegotiationSession:
    """A negotiation where the recruiter has just moved the offer up and asked how it sounds."""
    session = NegotiationSession.start("HGV driver", market=None, median=40_000.0, seed=1)
    session.reply(OPENING)
    moved = session.reply(COUNTER)
    assert moved is not None and "How does that sound?" in moved
    return session


@pytest.mark.parametrize(
    "line",
    ["I accept.", "I'll take it.", "Deal.", "Yes, I accept the offer.", "Happy to accept that."],
)
def test_a_plain_acceptance_after_the_offer_moved_closes_the_deal(line: str) -> None:
    session = _after_a_counter()
    standing = session.counterpart.deal.base
    assert standing > session.counterpart.first_offer  # the offer on the table moved up
    session.reply(line)
    assert session.finished
    outcome = session.result()["outcome"]
    assert outcome["agreed"] is True
    assert outcome["base"] == standing


@pytest.mark.parametrize(
    "line", ["I can't accept that.", "Before I accept, could you send it in writing?"]
)
def test_a_refusal_or_a_condition_is_no_acceptance(line: str) -> None:
    assert not accepts(line)
    session = _after_a_counter()
    session.reply(line)
    assert not session.finished
    assert session.result()["outcome"]["agreed"] is False


def test_refusing_the_first_offer_is_not_accepting_it() -> None:
    session = NegotiationSession.start("HGV driver", market=None, median=40_000.0, seed=1)
    session.reply(OPENING)
    session.reply("I can't accept that.")
    assert not session.finished
    codes = {m["code"] for m in session.result()["mistakes"]}
    assert "accepted_first_offer" not in codes


def test_accepting_only_the_base_leaves_the_package_to_talk_about() -> None:
    session = _after_a_counter()
    reply = session.reply("Okay, I'll take the base as it is.")
    assert not session.finished
    assert reply is not None and "anything else in the package" in reply
