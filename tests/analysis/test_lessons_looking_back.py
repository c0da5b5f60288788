"""Why it worked, said looking back, and a change that stuck are reflection; a literal key or a
present-tense maxim is not. A self-introduction that says any job would do is heard as not
caring, not as off the question. Each case changes one sentence."""

from __future__ import annotations

import pytest

from answer_codes import codes, lesson_missing
from interview_coach.questions.answering import analyze_answer

SHOP_Q = "Tell me about a time you dealt with an angry customer."
SHOP = (
    "A customer came to the counter shouting because the bike he had booked in for a service "
    "was not ready, and the shop was full. I came round from behind the till, said I could "
    "hear he was annoyed, and checked the job card with him. The mechanic had been waiting on "
    "a brake cable, so I rang our other branch, had one sent over in a taxi, and the bike was "
    "ready forty minutes later. He thanked us on the way out and booked his next service. {x}"
)


@pytest.mark.parametrize(
    "last",
    [
        "I think the key was not to argue with him in front of everybody.",
        "What made the difference was showing him the job card rather than explaining it.",
        "After that I also asked the manager to add a parts check to the booking, so it "
        "doesn't happen again.",
        "I suggested a parts check when a service is booked, and we now have one on every job "
        "card.",
    ],
)
def test_looking_back_or_a_change_that_stuck_is_reflection(last: str) -> None:
    assert not lesson_missing(SHOP_Q, SHOP.format(x=last))


@pytest.mark.parametrize(
    "last",
    [
        "The key was in the drawer under the till, so I locked up after him.",
        "The trick is that the cables come in three lengths, which is easy to forget.",
    ],
)
def test_a_literal_key_or_a_maxim_is_not_reflection(last: str) -> None:
    assert lesson_missing(SHOP_Q, SHOP.format(x=last))


INTRO_Q = "Tell me about yourself."
INTRO = (
    "I'm Tomasz, I've lived in Leeds for three years and I've worked nights at a parcel depot "
    "since I came, loading vans and scanning returns. {x} I can start on Monday."
)


def test_any_job_in_a_self_introduction_is_how_it_sounds_not_a_detour() -> None:
    answer = INTRO.format(x="I just need a job now, any job is ok for me.")
    by_code = {j.code: j for j in analyze_answer(INTRO_Q, answer).judgements}
    assert "off_question" not in by_code
    assert by_code["negative_tone"].title == "Sounds as if any job would do"
    assert "negative_tone" not in codes(INTRO_Q, INTRO.format(x="I want to move into planning."))


def test_no_reason_of_ones_own_stays_off_the_question() -> None:
    # Asked "why us", any job would do is no answer; in an introduction, neither is "my mum saw
    # the advert".
    why = "Why do you want to work for us?"
    assert "off_question" in codes(why, INTRO.format(x="I just need a job now, any job is ok."))
    mum = INTRO.format(x="My mum saw the advert, so here I am.")
    assert "off_question" in codes(INTRO_Q, mum)
    assert "negative_tone" not in codes(INTRO_Q, mum)


def test_a_skill_picked_up_is_not_a_lesson() -> None:
    q = "Tell me about a time you had to learn something quickly."
    story = (
        "On my first week at the scaffolding yard the gaffer put me on loading the lorry, and "
        "{x} I was boarding out with the lads watching by the Friday, and he kept me on."
    )
    skill = "I learned all the fittings' names, doubles, singles and sleeves, from the racks."
    lesson = "I learned that asking the lads straight away saves everyone time."
    assert lesson_missing(q, story.format(x=skill))
    assert not lesson_missing(q, story.format(x=lesson))
