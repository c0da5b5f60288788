"""Answers as students and graduates give them, and corners cut in each trade's own words: a
step left out with the speaker's reason beside it, a rule named and then got round, a
colleague's login, work passed off as one's own; an answer that argues against its own
speaker; questions back judged as questions; and the false alarms that met good answers
(a gym as a client, "2 mm", "I'm not sure I'm the best person to ask", a worked estimate)."""

from __future__ import annotations

import pytest

from answer_codes import codes
from interview_coach.analysis.registry import DISHONEST, PERKS_FIRST, TALKS_DOWN
from interview_coach.questions.answering import analyze_answer
from interview_coach.questions.bank import classify_question

HOIST_Q = "How do you move residents safely on a busy morning?"
STORY_Q = "Tell me about a time you went beyond what was asked of you."


def unsafe_title(question: str, answer: str) -> str | None:
    found = [j for j in analyze_answer(question, answer).judgements if j.code == "unsafe"]
    return found[0].title if found else None


@pytest.mark.parametrize(
    "answer",
    [
        # A step left out, and the reason for it in the next sentence.
        "The hoist is fine for most of them. I don't always wait for a second carer though. It "
        "slows the whole round down and I know what I'm doing.",
        # A rule named, then the speaker's own way round it.
        "Technically the policy is two carers for the standing hoist, but on a short morning "
        "I'll just do the transfer myself and keep the round moving.",
        # A witness signed for.
        "Any leftover morphine has to be witnessed when it is discarded. When my crew mate is "
        "driving I discard it and sign for both of us, because we trust each other.",
        # Work started before its permit.
        "For a small job like swapping a gauge I start before the permit is signed, because "
        "the control room can take an hour to get to it.",
    ],
)
def test_a_corner_cut_in_plain_words_is_named(answer: str) -> None:
    assert "unsafe" in codes(HOIST_Q, answer)


@pytest.mark.parametrize(
    "answer",
    [
        # The same step kept, with the same words of time around it.
        "I never skip the second carer for the hoist, even though it takes ages on a short "
        "morning. I plan the round so the two-person transfers come first.",
        "The policy is two carers for the standing hoist, so I always wait for a colleague, "
        "and I plan the round so that never holds anyone up for long.",
        "I never start before the permit is signed, even for a small job, however long the "
        "control room takes.",
        # Waiting for a meeting is no safeguard, and "I guess" is a hedge, not a guess.
        "I guess the main thing is planning. I message the nurse in charge rather than wait "
        "for the handover, and I write everything in the care plan as I go.",
    ],
)
def test_the_same_words_around_a_step_kept_are_not_unsafe(answer: str) -> None:
    assert "unsafe" not in codes(HOIST_Q, answer)


def test_a_colleagues_login_after_but_is_named() -> None:
    answer = (
        "A supplier's delivery dates were wrong in the system. It wasn't my job, but I used a "
        "colleague's login to change the dates myself, because asking for access would have "
        "taken a week. The orders went out on time."
    )
    assert "unsafe" in codes(STORY_Q, answer)


def test_showing_others_round_a_safeguard_and_hiding_it_is_unsafe() -> None:
    answer = (
        "On my placement the packing line stopped for twenty minutes whenever the guard "
        "interlock tripped. To save time I showed the operators how to bypass the interlock "
        "with a cable tie. I didn't tell the supervisor because I knew the paperwork would "
        "take weeks. Downtime fell by 35 percent that month."
    )
    assert unsafe_title(STORY_Q, answer) is not None


def test_work_passed_off_as_ones_own_is_named_as_dishonest() -> None:
    answer = (
        "For my compilers module I found an old student's type checker on GitHub, renamed the "
        "functions and changed the structure so it looked like my own work. I wrote the parser "
        "myself and got 74 percent, one of the top marks."
    )
    assert unsafe_title("Tell me about a challenging technical project.", answer) == DISHONEST[0]


def test_a_mark_earned_is_a_result() -> None:
    answer = (
        "For my compilers module I had six weeks to build a parser and a type checker on my "
        "own. I read the two papers the lecturer suggested, wrote forty unit tests first and "
        "built the checker against them. I got 74 percent, one of the top marks."
    )
    assert "no_result" not in codes("Tell me about a challenging technical project.", answer)


def test_a_change_from_one_figure_to_another_is_a_result() -> None:
    answer = (
        "At the refugee centre another volunteer and I disagreed about the English class: she "
        "wanted one big class and I thought the beginners were dropping out. I asked her if we "
        "could try two levels for four weeks and count attendance, and I took the beginners. "
        "After four weeks beginner attendance had gone from about five a week to twelve, so "
        "we kept the split."
    )
    assert "no_result" not in codes("Tell me about a time you disagreed with a colleague.", answer)


WHY_HIRE = "Why should we hire you?"
TALKING_DOWN = (
    "I'm not sure I'm the best person to ask, to be honest. I know the other candidates "
    "probably have better grades than me. I did a summer job reconciling client accounts "
    "for eight weeks, and I led a team of five in a business challenge. I'd understand if you "
    "went with someone with more experience."
)


def test_an_answer_that_argues_against_its_speaker_is_named_and_not_as_arrogance() -> None:
    fb = analyze_answer(WHY_HIRE, TALKING_DOWN)
    assert "arrogance" not in {j.code for j in fb.judgements}
    tone = [j for j in fb.judgements if j.code == "negative_tone"]
    assert tone and tone[0].title == TALKS_DOWN[0]
    plain = TALKING_DOWN.replace("I'm not sure I'm the best person to ask, to be honest. ", "")
    plain = plain.replace(" I'd understand if you went with someone with more experience.", "")
    plain = plain.replace("I know the other candidates probably have better grades than me. ", "")
    assert fb.scores.overall < analyze_answer(WHY_HIRE, plain).scores.overall


def test_a_feeling_of_not_being_good_enough_is_not_talking_down() -> None:
    answer = (
        "My weakness was not asking for help. Now if I am stuck for more than half a day I post "
        "what I tried in the team channel. It felt strange at the start, like I am admitting I "
        "am not good enough, but people answer fast and last quarter my tickets closed sooner."
    )
    assert "negative_tone" not in codes("What is your biggest weakness?", answer)


CLOSING_Q = "Do you have any questions for us?"
GOOD_QUESTIONS = (
    "Yes, a few if that's okay. The project description mentions the single cell data from the "
    "cohort: is that already collected, or would the internship help collect it? Second, how "
    "does the group work day to day, mostly with one postdoc or across the team? And what have "
    "previous interns gone on to do? I'm asking because I'm thinking about a PhD next year."
)


def test_good_questions_back_are_judged_as_questions_not_figures() -> None:
    fb = analyze_answer(CLOSING_Q, GOOD_QUESTIONS)
    assert fb.scores.overall >= 80
    assert not any(t.message.startswith("Make it concrete") for t in fb.tips)


def test_questions_mostly_about_perks_are_named_and_one_among_many_is_not() -> None:
    work = "How is the first year's work decided, and can analysts ask for a sector? "
    holiday = "How many days of holiday do analysts get, and can unused days be carried over? "
    bonus = "Is the signing bonus paid in the first month, and is there a gym allowance? "
    mostly = analyze_answer(CLOSING_Q, "Yes, three. " + work + holiday + bonus)
    titles = {j.title for j in mostly.judgements}
    assert PERKS_FIRST[0] in titles
    assert "arrogance" not in {j.code for j in mostly.judgements}  # "carried over"
    once = analyze_answer(CLOSING_Q, "Yes, two. " + work + holiday + GOOD_QUESTIONS[18:])
    assert PERKS_FIRST[0] not in {j.title for j in once.judgements}


def test_polite_blame_of_teammates_is_blame() -> None:
    story = (
        "In my third year I worked with three others on a booking app. I built the API in "
        "Flask, set up the database and wrote the tests. We got a 2:1 in the end{x}. It taught "
        "me to agree who owns each part in the first week."
    )
    q = "Describe a time you worked in a team."
    assert "blame" in codes(
        q, story.format(x=", though it would have been a first if everyone had pulled their weight")
    )
    assert "blame" not in codes(q, story.format(x=""))


def test_a_leadership_experience_is_a_story() -> None:
    assert classify_question("Tell me about a leadership experience.")[0] == "behavioural"
    assert classify_question("Tell me about your experience with Python.")[0] != "behavioural"


def test_millimetres_are_not_a_hum() -> None:
    fb = analyze_answer(STORY_Q, "We hit the demo with an error under 2 mm and got 78 percent.")
    assert not fb.delivery.fillers
    assert analyze_answer(STORY_Q, "It was, mm, a hard week for all of us.").delivery.fillers


def test_a_gym_as_the_client_is_work_and_ones_own_gym_is_leisure() -> None:
    q = "Tell me about a time you worked well in a team."
    client = (
        "In my second year four of us worked with a local gym that was losing members. I "
        "wrote the questionnaire and stood in the gym over two saturdays to get a hundred and "
        "twenty responses. Most people who left did so in their first six weeks, so we "
        "proposed a welcome programme, and the owner told us cancellations were down by a "
        "third. I learned that splitting the work by strength kept us from duplicating it."
    )
    assert "off_question" not in codes(q, client)
    own = client.replace(
        "I learned that",
        "On saturdays I go to the gym and do crossfit with my friends. I learned that",
    )
    assert "off_question" in codes(q, own)


def test_a_worked_estimate_names_its_terms_again_without_circling() -> None:
    answer = (
        "I'd estimate it from demand. London has about 9 million people; say half drink coffee "
        "out, about three cups a week, so roughly 13 million cups a week or 2 million a day. "
        "Add commuters and tourists, another 20 percent, so 2.4 million cups a day. A busy shop "
        "might sell 400 cups a day, but many sell fewer, so I'll use 250. That gives just under "
        "10,000 coffee shops. The biggest doubt is cups per shop, so I'd check that first."
    )
    q = "How would you estimate the number of coffee shops in London?"
    assert "rambling" not in codes(q, answer)


PRIORITY_Q = "How do you prioritise your work?"
NIGHTS = (
    "On nights I start with the sickest patients and the time-critical medicines, and I keep a "
    "list on my handover sheet. {x} Then pressure area care and comfort rounds, and I make "
    "sure the handover at half seven is clean."
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            PRIORITY_Q,
            NIGHTS.format(
                x="When it gets hectic I'll fill in the two a.m. obs for the stable patients "
                "from the midnight set so the chart's complete, and catch them properly at four."
            ),
        ),
        (
            "How would you handle a reconciliation that doesn't balance at month end?",
            "I'd check timing differences and duplicated journals first. If a small difference "
            "is left and the deadline is tight, I put a plug journal through to sundry and clear "
            "it the month after; the auditors never look at anything under materiality anyway.",
        ),
        (
            "How would you handle a subcontractor who is falling behind programme?",
            "I'd go through the lookahead with their foreman. On the last job I agreed an extra "
            "gang on Saturdays, and to claw a few days back I let them take the edge protection "
            "off the second floor early. We handed over on the date.",
        ),
    ],
)
def test_records_made_complete_and_others_let_round_a_safeguard_are_unsafe(
    question: str, answer: str
) -> None:
    assert "unsafe" in codes(question, answer)


def test_the_same_night_told_straight_is_not_unsafe() -> None:
    plain = NIGHTS.format(x="I do every set of obs when it is due, and I chart it there and then.")
    assert "unsafe" not in codes(PRIORITY_Q, plain)


CONFLICT_Q = "Tell me about a time you handled conflict in your team."
SETTING = (
    "Two teachers in my department disagreed about setting Year 9 by ability.{x} I met each of "
    "them separately, then proposed a trial of two classes run each way for a term with the "
    "same test. The results came back close, so we kept mixed groups for the autumn, and the "
    "arguments in meetings stopped."
)


def test_a_dig_at_whoever_let_it_get_that_far_is_blame() -> None:
    dig = (
        " In fairness, it would never have got that far if our deputy head had made a call "
        "when it first came up."
    )
    assert "blame" in codes(CONFLICT_Q, SETTING.format(x=dig))
    assert "blame" not in codes(CONFLICT_Q, SETTING.format(x=""))


LEAVE_Q = "Why are you leaving your current job?"


def test_those_in_charge_written_off_are_run_down() -> None:
    answer = (
        "I've sold service contracts for seven years and I was top three in the region. The "
        "leadership over there has gotten pretty sloppy, and nobody up top seems to know what "
        "they're doing. You sell into hospitals, a longer sale, which is where I want to grow."
    )
    assert "disparaging" in codes(LEAVE_Q, answer)


def test_given_up_on_the_job_is_a_tone() -> None:
    answer = (
        "I built the HR function there from scratch and covered the director's job for eight "
        "months, then they gave it to someone from outside. After that I thought, why am I "
        "bothering. I've been counting down since then really."
    )
    assert "negative_tone" in codes(LEAVE_Q, answer)


def test_ahead_of_the_team_one_would_join_is_arrogance() -> None:
    base = (
        "At Marlow Logistics I took the month-end close from eleven days to five by moving "
        "accruals to a rolling schedule, and two of my assistant accountants have since "
        "qualified. {x}"
    )
    boast = "Honestly, most of what your team is doing now I was doing ten years ago."
    assert "arrogance" in codes(WHY_HIRE, base.format(x=boast))
    modest = "I'd expect my first ninety days to be about learning your systems."
    assert "arrogance" not in codes(WHY_HIRE, base.format(x=modest))


def test_a_record_then_written_off_is_talking_down() -> None:
    q = "What would your manager say about you?"
    base = (
        "My area manager would say I'm consistent: my store has been in the top five of forty "
        "two for mystery shopper scores for three years, and staff turnover was eighteen percent "
        "against a regional average of thirty five.{x}"
    )
    down = " But honestly she's just being kind, I'm just an ordinary manager really."
    fb = analyze_answer(q, base.format(x=down))
    assert TALKS_DOWN[0] in {j.title for j in fb.judgements}
    assert fb.scores.overall < analyze_answer(q, base.format(x="")).scores.overall
