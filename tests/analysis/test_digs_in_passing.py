"""Digs in passing at other people: moaning, pretence and not trying put on them, incompetence
as an idiom in any dialect, and sarcasm at their expense. Said of oneself, or as a plain fact,
they are not put-downs. Each case changes one clause of the same answer."""

from __future__ import annotations

import pytest

from answer_codes import codes

CALL_Q = "Tell me about a time you helped a customer in a difficult situation."
CALL = (
    "An older man rang our energy helpline because his heating was off and he couldn't get to "
    "the shop to top up{x}. I put emergency credit on, added him to the priority register and "
    "booked an engineer to fit a smart meter. I rang him back the next morning as promised, "
    "the house was warm and the visit was booked for Thursday."
)


@pytest.mark.parametrize(
    "dig",
    [
        ", and we get a lot of callers moaning about nothing, but this one was genuine",
        ", and our team leader, who doesn't know the first thing about meters, was no help",
        ", and honestly half the people who ring like that are trying it on",
        "; the engineers never even look at the notes, so I wrote it up twice",
        ", which the night team would have missed, which isn't hard",
        "; I rang the supplier too, not that they've ever been known to hurry",
        "; my supervisor, that one wey no sabi meter from kettle, said leave it",
    ],
)
def test_digs_in_passing_are_put_downs(dig: str) -> None:
    assert "disparaging" in codes(CALL_Q, CALL.format(x=dig))
    assert "disparaging" not in codes(CALL_Q, CALL.format(x=", and it was a cold week"))


@pytest.mark.parametrize(
    "fact",
    [
        ", and he doesn't know anything about the tariff change yet",
        "; I didn't know a prepayment meter from a smart one when I started",
        ", and the team leader didn't even look up, she was on another call",
    ],
)
def test_a_fact_or_ones_own_gap_is_not_a_put_down(fact: str) -> None:
    assert "disparaging" not in codes(CALL_Q, CALL.format(x=fact))


WHY_Q = "Why do you want to work for us?"
WHY = (
    "I've volunteered with your Tuesday conservation group for two years, laying hedges and "
    "clearing balsam along the river, and I like that you manage the sites for the long term "
    "rather than mowing to a spec. {x} I've just finished my RHS Level 2 and my spraying "
    "tickets, and I'd like to use my supervisory experience once I've learned the job."
)


@pytest.mark.parametrize(
    "leisure",
    [
        "Most of my spare time goes on my allotment in Rawmarsh, where I grow onions and leeks "
        "for the show at the club, and I came second with a pot leek last September.",
        "On weekends we watch FC Porto in a bar in Tollcross with other people from home, and "
        "it is like a small family, my husband cooks for everybody after the match.",
    ],
)
def test_free_time_told_in_a_why_us_answer_is_a_detour(leisure: str) -> None:
    assert "off_question" in codes(WHY_Q, WHY.format(x=leisure))
    plain = (
        "Your plan to turn a fifth of the mown grass into meadow by 2027 is exactly the work "
        "I want to learn, and I've read the management plan for Wentworth Mead."
    )
    assert "off_question" not in codes(WHY_Q, WHY.format(x=plain))


@pytest.mark.parametrize(
    "dig",
    [
        ", and the previous adviser, to be kind to her, had never really bothered ringing back",
        ", and my supervisor said leave it till Monday, typical manager, honestly",
        ", and for once, the engineers actually had a slot free",
        "; he said the bill was 'wrong', whatever that meant",
        ", and some people just fold the second it gets hard",
        "; the team leader, the sort who reads every script aloud to show off, listened in",
    ],
)
def test_faint_praise_and_backhanded_credit_are_put_downs(dig: str) -> None:
    assert "disparaging" in codes(CALL_Q, CALL.format(x=dig))


@pytest.mark.parametrize(
    "fact",
    [
        ", and I wanted to be kind to him, so I stayed on the line",
        ", and a typical customer on that tariff tops up weekly",
    ],
)
def test_kindness_and_a_type_described_are_not_put_downs(fact: str) -> None:
    assert "disparaging" not in codes(CALL_Q, CALL.format(x=fact))
