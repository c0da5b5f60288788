"""Pay played down in a pay answer ("money isn't the main thing for me") invites a lower
offer: it is judged as such, and the stronger version leaves it out but keeps the range."""

from __future__ import annotations

from interview_coach.analysis.registry import PLAYS_DOWN_TITLE
from interview_coach.questions.answering import analyze_answer

PAY = "What are your salary expectations?"
WHY = "Why do you want to work here?"
RANGE = (
    "from what I've seen advertised for site supervisors in Leeds, roles like this pay between "
    "38 and 42 thousand, and with my SMSTS and five years running sites I'd expect to be "
    "around 41."
)


def _codes(question: str, answer: str) -> dict[str, str]:
    return {j.code: j.title for j in analyze_answer(question, answer).judgements}


def test_a_range_opened_by_playing_pay_down_costs_less_than_none_and_more_than_plain() -> None:
    played = analyze_answer(PAY, "Money isn't the main thing for me, but " + RANGE)
    plain = analyze_answer(PAY, "Looking at it, " + RANGE)
    assert {j.code: j.title for j in played.judgements} == {"offered_less": PLAYS_DOWN_TITLE}
    assert "offered_less" not in _codes(PAY, "Looking at it, " + RANGE)
    assert played.scores.overall < plain.scores.overall
    [j] = played.judgements
    assert j.evidence[0].text == "Money isn't the main thing"
    # An offer to take less costs more than a word that invites one.
    offered = analyze_answer(PAY, "I'd take less if I had to, but " + RANGE)
    assert sum(x.points for x in offered.judgements) < j.points  # points are costs, below 0


def test_the_stronger_version_drops_the_clause_and_keeps_the_range() -> None:
    fb = analyze_answer(PAY, "Money isn't the main thing for me, but " + RANGE)
    assert fb.stronger_version is not None
    text = fb.stronger_version.text
    assert "main thing" not in text
    assert text.startswith("From what I've seen advertised")
    assert "between 38 and 42 thousand" in text


def test_played_down_in_a_sentence_of_its_own_the_sentence_goes() -> None:
    fb = analyze_answer(
        PAY,
        "Honestly, it's not about the money for me. I'm looking for between 38 and 42 "
        "thousand, based on what similar site roles in Leeds advertise.",
    )
    assert "offered_less" in {j.code for j in fb.judgements}
    assert fb.stronger_version is not None
    assert "not about the money" not in fb.stronger_version.text
    assert "between 38 and 42 thousand" in fb.stronger_version.text


def test_other_ways_of_saying_it() -> None:
    for opening in (
        "Salary isn't my main priority, ",
        "I'm not in it for the money, ",
        "I'm not really motivated by pay, ",
    ):
        assert _codes(PAY, opening + "but " + RANGE).get("offered_less") == PLAYS_DOWN_TITLE


def test_saying_pay_matters_or_talking_of_motivation_is_no_fault() -> None:
    assert "offered_less" not in _codes(PAY, "Pay matters to me, and " + RANGE)
    assert "offered_less" not in _codes(
        WHY,
        "It's not about the money for me: I did my apprenticeship on one of your sites, and "
        "the way your supervisors ran the toolbox talks is how I run mine now.",
    )


def test_a_clause_played_down_after_an_opening_sentence_is_cut_too() -> None:
    fb = analyze_answer(
        PAY,
        "Thanks for asking. Money isn't the main thing for me, but " + RANGE,
    )
    assert fb.stronger_version is not None
    text = fb.stronger_version.text
    assert "main thing" not in text and "between 38 and 42 thousand" in text
