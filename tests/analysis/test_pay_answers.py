"""Pay answers read for what they do, in any words: current pay volunteered, less offered,
no range given; and the same reading of current pay in a practice negotiation."""

from __future__ import annotations

import pytest

from interview_coach.analysis.kinds import question_kind
from interview_coach.analysis.registry import NO_REASON_TITLE
from interview_coach.negotiation.tactics import current_pay_figures
from interview_coach.questions.answering import analyze_answer
from interview_coach.types import Question

PAY = {"disclosed_current_salary", "offered_less", "no_range"}


def judged(question: str, answer: str) -> dict[str, str]:
    """Salary codes found, with the title each was given."""
    fb = analyze_answer(question, answer)
    return {j.code: j.title for j in fb.judgements if j.code in PAY}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Have you got a number in mind for this post?", "salary"),
        ("What kind of money would you want to come over to us?", "salary"),
        ("Our budget for this one is fixed, does that work?", "salary"),
        ("What day rate do you usually charge?", "salary"),
        ("What rate of staff turnover did the ward have?", "technical"),
        ("Tell me about a time you saved the business money.", "behavioural"),
    ],
)
def test_money_asked_without_the_word_salary_is_a_pay_question(question: str, kind: str) -> None:
    assert question_kind(Question(text=question, category="general")) == kind


@pytest.mark.parametrize(
    "answer",
    [
        "With the letting agency now I have £2,100 a month after tax. For this post I'd look for "
        "£29,000 to £31,000, which is what similar lettings roles in Bristol advertise.",
        "Right now mi get £13 an hour on the door, and for a head doorman role the going rate "
        "round here is about fifteen, so that's my figure.",
        "My present employer gives me $58,000 with overtime. For a lead role I'd look at 66 to "
        "70, in line with the survey for this region.",
        "honestly currently i am drawing twenty eight thousand pounds so for this one something "
        "like thirty two based on what the adverts say",
        "My current CTC is ₹9.5 lakh. Based on the market for two years of Java, I'm expecting "
        "around ₹12 lakh.",
    ],
)
def test_current_pay_volunteered_is_named_in_any_words(answer: str) -> None:
    assert "disclosed_current_salary" in judged("What are your salary expectations?", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Right now I'm on a fixed-term contract, so I'd want something around 45k for a "
        "permanent post, based on the market for this level.",
        "At the moment I'm looking for roughly £38,000, which matches the advertised range for "
        "similar roles in Leeds.",
        "My sister said she's on 40k as a paralegal. I'd rather go by the market: 34 to 37 for "
        "this level, given my qualification.",
    ],
)
def test_an_ask_or_someone_elses_pay_is_not_current_pay(answer: str) -> None:
    assert "disclosed_current_salary" not in judged("What are your salary expectations?", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Based on the market I'd aim for £34,000, though honestly I'd be willing to take a small "
        "drop just to get into the team.",
        "The going rate is about 52k for this role, but I don't mind starting a bit lower if "
        "that helps.",
        "For this level the market sits at 41 to 44, so I was hoping for 43, but 39 would be "
        "fine as well.",
        "The post is advertised at Band 7 and I've got the experience for it, though I'd happily "
        "start on Band 6 to begin with.",
        "Based on the market for this role I'd be looking at 48k, but I'm very flexible.",
        "Around £31,000 given my licence, though I'm not fixed on that number at all.",
        "Adverts round here say forty-two to forty-eight, but I'd take forty, or even a bit "
        "under, I just want the job.",
    ],
)
def test_offering_less_is_named_in_any_words(answer: str) -> None:
    assert "offered_less" in judged("What are your salary expectations?", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "I'm looking for 70 to 75k based on market data for this role; I'd be open to a "
        "slightly lower base if the commission is uncapped.",
        "Based on the survey for this region I'd want £36,000 and no less than £34,000.",
        "The advertised range is 30 to 34 and, given my licence, I couldn't go any lower than 32.",
        "Based on the market I'd look for 48k, and I'm flexible on the start date.",
    ],
)
def test_a_trade_or_a_floor_is_not_offering_less(answer: str) -> None:
    assert "offered_less" not in judged("What are your salary expectations?", answer)


def test_leaving_the_figure_to_them_is_no_range_not_offering_less() -> None:
    found = judged(
        "What are your salary expectations?",
        "I haven't really looked into it, to be honest. Whatever you think is fair.",
    )
    assert set(found) == {"no_range"}
    assert found["no_range"] != NO_REASON_TITLE


def test_a_figure_with_nothing_behind_it_says_so_and_a_reason_clears_it() -> None:
    q = "What are your salary expectations?"
    bare = judged(q, "I'd say about 31,000 would be good for me, if that's alright.")
    assert bare == {"no_range": NO_REASON_TITLE}
    for reason in (
        "I'd say about 31,000, because I've got six years on the tools and my gas ticket.",
        "I'd say about 31,000, as that's what the better firms in Derby are paying for it.",
    ):
        assert "no_range" not in judged(q, reason)


def test_answering_a_figure_already_on_the_table_needs_no_new_range() -> None:
    q = "Our budget is around 8% under what you asked for. Could you work with that?"
    a = (
        "I appreciate you telling me. The figure I gave rests on the regional benchmarks and "
        "my prescribing qualification, so I'd like to close that gap; could we look at a review "
        "after six months?"
    )
    assert "no_range" not in judged(q, a)


@pytest.mark.parametrize(
    ("line", "now"),
    [
        ("Right now I'm at thirty-eight fifty an hour, so I'd look for 42 here.", "thirty-eight"),
        ("They pay me 86 at the moment, and for this role I'm asking 98.", "86"),
        ("I'm on a twelve-month contract right now; could we do 95?", None),
        ("At the moment I'm hoping for 104, given the market for this role.", None),
    ],
)
def test_the_negotiation_reads_current_pay_the_same_way(line: str, now: str | None) -> None:
    said = current_pay_figures(line, 95_000)
    assert [f.text.split()[0].split("-")[0] for f in said] == ([now.split("-")[0]] if now else [])


def test_a_bare_figure_answers_a_pay_question_even_when_it_is_weak() -> None:
    found = {
        j.code
        for j in analyze_answer(
            "Do you have a figure in mind?",
            "I'd say maybe thirty-four, if that sounds alright to you.",
        ).judgements
    }
    assert "off_question" not in found
    assert "no_range" in found
