"""Denials of one's part, faults called a habit, losses asked about as failures, the private
life in a self-introduction, and a workplace named beside a sum that is not pay: each checked
on answers that differ in that one thing, and on plain wording that must stay quiet."""

from __future__ import annotations

import pytest

from answer_codes import codes
from interview_coach.analysis.kinds import question_kind
from interview_coach.questions.answering import default_question

LOSS = "Tell me about a time you lost an important customer."
STORY = "Tell me about a time you handled a busy shift."
WEAKNESS = "What is your biggest weakness?"
INTRO = "Tell me about yourself."

LOST_ACCOUNT = (
    "Last spring I looked after a chain of six cafés that bought our coffee beans. {middle} "
    "They gave us thirty days' notice and moved to a cheaper roaster. I went to see their "
    "buyer in person and asked what we had got wrong. Ten months later they came back to us "
    "on a better contract."
)


@pytest.mark.parametrize(
    "question",
    [
        LOSS,
        "Tell me about a deal you lost.",
        "Tell me about a product launch that didn't go as planned.",
        "Tell me about a time a project you led fell behind schedule.",
    ],
)
def test_a_loss_or_a_plan_gone_wrong_asks_for_a_failure_story(question: str) -> None:
    assert question_kind(default_question(question)) == "failure"


def test_a_method_question_about_a_fault_is_not_a_story() -> None:
    question = "A sample fails during a run: what do you do?"
    assert question_kind(default_question(question)) != "failure"


@pytest.mark.parametrize(
    "middle",
    [
        "I treated their questions about delivery as routine, and that part was on me.",
        "I left their questions with the account rep instead of answering them myself.",
    ],
)
def test_a_loss_with_ones_part_owned_stays_clear(middle: str) -> None:
    assert "blame" not in codes(LOSS, LOST_ACCOUNT.format(middle=middle))


@pytest.mark.parametrize(
    "middle",
    [
        "The account rep never passed any of their questions up to me, so I was blindsided.",
        "Nobody on their side thought to mention the price review to us.",
        "There was no way I could have known that from where I sat.",
        "It was not something I could have caught, and it was not really in my hands.",
        "The rep had handled their questions, not me, and so what can I do about that.",
        "Head office expected the rest of us to guess what the buyer wanted.",
        "It really came down to the juniors answering their emails late.",
    ],
)
def test_a_loss_put_on_other_hands_is_blame(middle: str) -> None:
    assert "blame" in codes(LOSS, LOST_ACCOUNT.format(middle=middle))


def test_deferring_a_decision_that_is_not_yours_is_not_blame() -> None:
    answer = (
        "I would not pick quietly between two senior managers, since that is not really my "
        "call. I would set out both tasks, the time each needs and the clash, and ask them to "
        "agree the order, then confirm it in a short email."
    )
    question = "What would you do if two managers gave you urgent work for the same day?"
    assert "blame" not in codes(question, answer)


SHIFT = (
    "On a Saturday the café had a queue out of the door and two of us on. {middle} I took the "
    "till and the orders, my colleague made the drinks, and we cleared the queue in twenty "
    "minutes. Since then I put a second person on the till when the queue passes the door."
)


@pytest.mark.parametrize(
    "middle",
    [
        "My manager panicked, like always, and left us to it.",
        "Our supervisor, who honestly never listens, was out on a break.",
        "The supplier, a bunch of cowboys, had sent half the milk we ordered.",
        "The regulars, who think a loyalty card makes them royalty, wanted their usual first.",
        "My colleague made the drinks slowly, as always, and the owner was as clueless as ever.",
        "The new hire has never made a flat white in her life.",
        "The area manager couldn't organise a rota if you handed it to him.",
        "The delivery came late again, typical, so we ran short of cups.",
    ],
)
def test_people_run_down_as_a_habit_or_a_type_is_disparaging(middle: str) -> None:
    assert "disparaging" in codes(STORY, SHIFT.format(middle=middle))


@pytest.mark.parametrize(
    "middle",
    [
        "My manager was on the phone in the back, sorting a delivery.",
        "The regulars wanted their usual first, which we know by heart.",
        "I was slow at first, as always on my first Saturdays, but I found a rhythm.",
        "The milk delivery was late as usual, so we opened the spare crate.",
        "One regular had never been in a café in her life before her daughter brought her.",
    ],
)
def test_plain_accounts_of_people_stay_clear(middle: str) -> None:
    assert "disparaging" not in codes(STORY, SHIFT.format(middle=middle))


WEAK = (
    "My weakness is that I hold on to drafting work instead of handing it to the juniors. "
    "{middle} Now I hand each first draft to a junior with a checklist, review it the next "
    "morning, and two of them now run their own schedules."
)


def test_a_weakness_explained_by_others_is_blame() -> None:
    middle = "It happened mostly because the juniors turned their drafts in late."
    assert "blame" in codes(WEAKNESS, WEAK.format(middle=middle))


def test_a_weakness_owned_stays_clear() -> None:
    middle = "It slowed a signing by a day last year, which was on me."
    assert "blame" not in codes(WEAKNESS, WEAK.format(middle=middle))


def test_weary_resignation_is_negative_tone() -> None:
    answer = (
        "I spent eight years in HR before a career break, most of it at a housing association. "
        "Coming back has been demoralising, because apparently eight years counts for nothing "
        "now. I did the CIPD diploma this year, not that anyone seems to value that, and I "
        "volunteer two days a week. A coordinator post is a step down, but at this point I'll "
        "take what I can get."
    )
    assert "negative_tone" in codes(INTRO, answer)


INTRO_ANSWER = (
    "I have worked in a call centre for four years, the last two on the retention team, where "
    "my save rate is around thirty-five percent against a team average of twenty-eight. "
    "{middle}"
)


def test_an_introduction_mostly_about_hobbies_is_off_the_question() -> None:
    middle = (
        "Outside of work I have been learning classical dance since I was seven, and last year "
        "I did my first solo performance, almost three hours, and my whole family came. I sing "
        "in the choir at church every summer when we travel for the concerts, and my younger "
        "brother is at college, so I help him with his fees."
    )
    assert "off_question" in codes(INTRO, INTRO_ANSWER.format(middle=middle))


def test_one_personal_touch_in_an_introduction_is_fine() -> None:
    middle = (
        "I want to move into a quality role where I coach newer agents on retention calls, "
        "which I already do informally. Outside of work I sing in a choir."
    )
    assert "off_question" not in codes(INTRO, INTRO_ANSWER.format(middle=middle))


def test_a_workplace_beside_a_sum_outside_pay_talk_is_no_disclosure() -> None:
    question = "How would you investigate a large budget variance in one of our business units?"
    answer = (
        "I would first check the budget itself, then break the variance into price, volume and "
        "one-off items, and talk to the unit's finance partner. At my current company I used "
        "this approach on a $2.4 million overspend, and about $900,000 turned out to be a "
        "duplicated accrual."
    )
    assert "disclosed_current_salary" not in codes(question, answer)


def test_current_pay_said_in_a_pay_answer_is_still_disclosed() -> None:
    question = "What are your salary expectations?"
    answer = (
        "At my current company I'm on $68,000, so I'd be looking for something above that, "
        "around $75,000."
    )
    assert "disclosed_current_salary" in codes(question, answer)


def test_a_method_shown_at_work_with_rounds_is_no_detour() -> None:
    question = "How would you run community engagement for a proposed rezoning?"
    answer = (
        "I'd start before anything is drawn. Step one is a stakeholder map: renters and owners, "
        "every business on the corridor, the languages spoken. Then a mix of formats with a "
        "target for each group: an evening open house, pop-ups at the grocery store and the "
        "busiest bus stops, and a short survey in Spanish and Vietnamese. Round one asks what "
        "the street should be in ten years. Round two brings back three options, each with a "
        "page on what we heard and what we changed. On a corridor plan two years ago I ran "
        "exactly this: about 1,100 responses, forty percent from renters, and the plan passed "
        "council nine to zero with no appeals."
    )
    assert "rambling" not in codes(question, answer)


def test_helping_someone_who_fell_behind_is_not_a_failure_question() -> None:
    question = "Tell me about a time you helped a colleague who fell behind."
    assert question_kind(default_question(question)) == "behavioural"


@pytest.mark.parametrize(
    "middle",
    [
        "So what could we do? We split the orders between two roasters for a month.",
        "Keeping them came down to the team pulling together on delivery times.",
        "Their buyers expected us to know their menu changes by the first week.",
    ],
)
def test_problems_about_to_be_solved_are_not_blame(middle: str) -> None:
    answer = (
        "Last spring I looked after a chain of six cafés that bought our coffee beans. "
        f"{middle} I went to see their buyer in person each month, and they renewed for two "
        "years in the autumn."
    )
    assert "blame" not in codes(STORY, answer)


def test_a_failure_whose_harm_was_averted_has_an_outcome() -> None:
    answer = (
        "On my second placement I was about to give a patient paracetamol when my mentor "
        "stopped me: I had missed a dose two hours earlier on the PRN side of the chart. We "
        "went through the chart together and I wrote a reflection on it that week. So it was a "
        "near miss, no one hurt. Since then I check the whole chart, regular and PRN, and ask "
        "the patient when they last had anything."
    )
    assert "no_result" not in codes("Tell me about a mistake you made at work.", answer)
