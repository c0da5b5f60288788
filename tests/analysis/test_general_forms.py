"""Judgements read from the general form of a fault, each checked on a pair of answers that
differ in that one thing."""

from __future__ import annotations

import pytest

from answer_codes import codes
from interview_coach.analysis.kinds import question_kind
from interview_coach.questions.answering import default_question
from interview_coach.types import Question


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Tell me about a mistake you made on a job.", "failure"),
        ("Describe an error you caught before it reached a customer.", "failure"),
        ("What's the worst mistake you've made at work?", "failure"),
        ("Tell me about a disagreement you had with a supervisor.", "behavioural"),
        ("When was the last time you changed your mind at work?", "behavioural"),
        ("Tell me about the systems you use for stock control.", "technical"),
        ("Describe the checks you would do before lifting.", "technical"),
    ],
)
def test_a_question_about_something_that_happened_asks_for_a_story(
    question: str, kind: str
) -> None:
    assert question_kind(Question(text=question, category="general")) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Tell me about a disagreement you had with a supplier.", "behavioural"),
        ("What's your proudest achievement so far?", "behavioural"),
        ("What's something you're working on improving?", "weakness"),
        ("What would your last supervisor say you need to work on?", "weakness"),
        ("How do you test an RCD?", "technical"),
        # Something that went badly is a setback, however it is put.
        ("Tell me about a time a plan of yours didn't work out at first.", "failure"),
        ("Describe a launch you ran that fell flat.", "failure"),
    ],
)
def test_the_questions_own_words_outrank_the_classifiers_guess(question: str, kind: str) -> None:
    assert question_kind(default_question(question)) == kind


MISTAKE = "Tell me about a mistake you made at work."
STORY = (
    "At the bakery I once put the wrong allergen label on a tray of seeded rolls, the label "
    "for the plain ones. I noticed it during the afternoon count, pulled the tray, told my "
    "supervisor and we phoned the two cafes we had delivered to that morning. Both swapped "
    "the rolls before lunch. {close}"
)


def test_a_mistake_story_without_its_outcome_is_named_once_its_kind_is_known() -> None:
    with_result = STORY.format(close="Nobody was affected and both cafes kept their orders.")
    without = STORY.format(close="The rolls were on the middle rack by the ovens that day.")
    assert "no_result" not in codes(MISTAKE, with_result)
    assert "no_result" in codes(MISTAKE, without)


@pytest.mark.parametrize(
    ("worse", "better"),
    [
        (
            "Honestly the whole audit is a box-ticking exercise to keep head office happy.",
            "I treat the audit as the place to find what we keep getting wrong.",
        ),
        (
            "I'd log it, though the paperwork in this trade is a farce and all about covering "
            "yourself.",
            "I'd log it, because the record is what stops the next crew making the same move.",
        ),
        (
            "For what they pay us, I'm not staying late for anybody, this job's a joke.",
            "I stayed until the handover was done, because the night team needed the notes.",
        ),
    ],
)
def test_writing_off_the_work_itself_is_negative_tone(worse: str, better: str) -> None:
    q = "How do you make sure safety checks are done properly?"
    assert "negative_tone" in codes(q, worse)
    assert "negative_tone" not in codes(q, better)


def test_a_process_one_refuses_to_let_become_box_ticking_is_not_cynicism() -> None:
    a = (
        "I didn't want our checks to turn into box-ticking, so every Friday I picked one "
        "checklist and walked it with the person who signs it."
    )
    assert "negative_tone" not in codes("How do you keep standards up?", a)


def test_placing_oneself_above_every_peer_is_arrogance() -> None:
    q = "How would you handle a contractor working without a permit?"
    proud = (
        "I'd stop the job. On my sites it wouldn't happen: I run a tighter operation than any "
        "supervisor I've worked with, and most of them wouldn't even have noticed."
    )
    plain = (
        "I'd stop the job. On my sites I walk the permits first thing each morning, and I'd "
        "ask the permit issuer to meet me at the work face before anyone restarts."
    )
    assert "arrogance" in codes(q, proud)
    assert "arrogance" not in codes(q, plain)


def test_a_list_of_stock_phrases_is_generic_even_in_a_strength_answer_with_facts() -> None:
    q = "What is your greatest strength?"
    facts = (
        "Every morning I check last week's sales and prep to that, plus a margin on the "
        "sauces that take longest. "
    )
    listed = facts + "I am hard working, team player with good attitude, never give up."
    proof = facts + "Last month that cut our end-of-night waste from two bins to one."
    assert "generic_claim" in codes(q, listed)
    assert "generic_claim" not in codes(q, proof)


def test_a_put_down_said_without_is_counts_in_any_dialect() -> None:
    q = "Tell me about a time you had a conflict with a co-worker."
    base = (
        "Me and another picker kept clashing over the staging lanes, {dig}. I talked to him "
        "on break, we split the lanes one to four and five to eight, and the supervisor kept "
        "it for the whole shift. What I learned is talk early, before it builds up."
    )
    assert "disparaging" in codes(q, base.format(dig="he think he own the place"))
    assert "disparaging" not in codes(q, base.format(dig="we both needed the same space"))


def test_a_memory_announced_in_the_middle_of_a_method_is_a_detour() -> None:
    q = "A customer's order arrives damaged. What would you do?"
    steps = (
        "First I'd apologise and ask for photos so the claim can start straight away. Then "
        "I'd offer a replacement on the next van or a refund, whichever they prefer. "
    )
    memory = (
        "Actually, that reminds me of my first job at a garden centre, which was a lovely "
        "place, the owner had run it for thirty years and knew every regular by name, and we "
        "had a cafe that did the best scones in the county. "
    )
    method = (
        "I'd log the damage against the courier so we can see if one route keeps causing "
        "it, and I'd check the packing on that product line with the warehouse lead. "
    )
    close = (
        "Then I'd call the customer two days later to make sure the replacement arrived in one "
        "piece and that they're happy, and I'd note what they said on their account."
    )
    detour = codes(q, steps + memory + close)
    assert {"rambling", "off_question"} & detour
    assert not {"rambling", "off_question"} & codes(q, steps + method + close)


@pytest.mark.parametrize(
    "close",
    [
        "After three months sales were up on every line, and returns had the biggest drop.",
        "We haven't had a single complaint about the labels since.",
        "The supervisor liked it so much she made it the rule for every shift.",
        "Two weeks later our pick rate was back over a hundred an hour.",
    ],
)
def test_an_outcome_in_other_words_is_a_result(close: str) -> None:
    assert "no_result" not in codes(MISTAKE, STORY.format(close=close))


def test_a_habit_stated_with_now_at_its_end_is_a_lesson() -> None:
    q = "Tell me about a mistake you made and how you handled it."
    a = (
        "I once emailed a payslip to the wrong Sam. I noticed within a minute, rang the other "
        "Sam to delete it and told my manager, and it was fine in the end. {close}"
    )
    assert "no_reflection" not in codes(q, a.format(close="So I just double-check the name now."))
    assert "no_reflection" in codes(q, a.format(close="It was a Friday, just before lunch."))
    when = "Now if an address autofills, I stop and read it before I press send."
    assert "no_reflection" not in codes(q, a.format(close=when))


@pytest.mark.parametrize(
    "dig",
    [
        "the on-call engineer eventually strolled in",
        "IT assure us the server is rock solid, usually just before it crashes",
        "our store manager flaps more than the customers",
    ],
)
def test_sarcasm_about_people_in_its_general_shapes_is_disparaging(dig: str) -> None:
    q = "Tell me about a time you worked under pressure."
    a = (
        "On Black Friday the tills went down at ten with a queue to the door. I moved two "
        "staff to take card payments on the handhelds and kept the queue informed while "
        "{dig}. We were back on the tills by eleven and took more than the year before. I "
        "learned to test the handhelds every week, not just before big days."
    )
    assert "disparaging" in codes(q, a.format(dig=dig))
    assert "disparaging" not in codes(q, a.format(dig="the on-call engineer restarted it"))


STOCK = (
    "Last winter our walk-in freezer alarm went off mid-service. I moved the stock to the "
    "bar fridges, called the engineer and logged the temperatures every half hour{aside}. We "
    "lost nothing, and the engineer fixed the seal the next morning. I learned to check the "
    "door seals every Monday, and I added it to the opening checklist."
)


@pytest.mark.parametrize(
    "aside",
    [
        ", all for peanuts of course",
        ", which nobody pays chefs for",
        ", but that's hospitality for you",
        ", because in this trade you're just a number",
    ],
)
def test_one_grievance_aside_about_pay_or_the_trade_is_negative_tone(aside: str) -> None:
    q = "Tell me about a time you dealt with a problem at work."
    assert "negative_tone" in codes(q, STOCK.format(aside=aside))
    assert "negative_tone" not in codes(q, STOCK.format(aside=", with the head chef's help"))


@pytest.mark.parametrize(
    "shift",
    [
        "The delivery was short, which the night team should have caught.",
        "The delivery was short, but checking deliveries is the stores team's job, not mine.",
        "The delivery was short, and honestly how was I meant to know?",
    ],
)
def test_putting_the_job_on_someone_else_is_blame(shift: str) -> None:
    q = "Tell me about a mistake you made at work."
    a = (
        "I sent out a hospital order with two items missing. {shift} I rang the ward, drove "
        "the items over myself within the hour, and the ward sister thanked us. Since then I "
        "count every order against the pick list before it leaves."
    )
    assert "blame" in codes(q, a.format(shift=shift))
    assert "blame" not in codes(q, a.format(shift="I hadn't counted it against the pick list."))


@pytest.mark.parametrize(
    "sneer",
    [
        "one of those customers who wants a manager before you've said hello",
        "the type who stopped learning anything new years ago",
        "famous for skipping the handover",
    ],
)
def test_stereotypes_and_sneers_in_general_shapes_are_disparaging(sneer: str) -> None:
    q = "Tell me about a time you dealt with a difficult customer."
    a = (
        "A man came in about a late repair, {sneer}. I listened, checked the job card, found "
        "the part was held at the depot, and drove to collect it at lunch. He had his phone back "
        "that afternoon and left us a five-star review. I learned to phone people before a "
        "delay, not after."
    )
    assert "disparaging" in codes(q, a.format(sneer=sneer))
    assert "disparaging" not in codes(q, a.format(sneer="who had been waiting a fortnight"))


@pytest.mark.parametrize(
    "rank",
    [
        "none of the juniors could handle it, so I did it alone",
        "nobody else there checks the stock like I do",
        "I'd rather do it myself than wait for someone to get up to my speed",
    ],
)
def test_others_ranked_below_oneself_is_arrogance(rank: str) -> None:
    q = "Tell me about a time you worked under pressure."
    a = (
        "At year end the stock count was two days behind, and {rank}. I split the warehouse "
        "into zones and counted the high-value lines first. We finished a day early and the "
        "auditors signed off without a query. I learned to start counts a week sooner."
    )
    assert "arrogance" in codes(q, a.format(rank=rank))
    assert "arrogance" not in codes(q, a.format(rank="the team was short by two"))


@pytest.mark.parametrize(
    ("boast", "plain"),
    [
        (
            "Some developers overcomplicate security with layers, but cleaning inputs is enough.",
            "Some teams add more layers on top, such as a firewall in front of the site.",
        ),
        (
            "In five years I've never had an injection issue, so the approach clearly works.",
            "Our last two penetration tests found no injection issues on the sites I built.",
        ),
    ],
)
def test_others_care_written_off_and_ones_own_record_as_proof_is_arrogance(
    boast: str, plain: str
) -> None:
    q = "How do you protect a web application against SQL injection?"
    a = (
        "I use parameterised queries for every statement, through the ORM or prepared "
        "statements, so user input is never part of the SQL text. I give the app's database "
        "account only the rights it needs and never show raw database errors to users. {x}"
    )
    assert "arrogance" in codes(q, a.format(x=boast))
    assert "arrogance" not in codes(q, a.format(x=plain))


@pytest.mark.parametrize(
    "close",
    [
        "It never jammed on me again after that.",
        "Head office added it to the induction a few months later, which was my suggestion.",
        "The family asked for me by name at the next review.",
    ],
)
def test_a_fix_that_held_or_was_taken_up_is_a_result(close: str) -> None:
    assert "no_result" not in codes(MISTAKE, STORY.format(close=close))


def test_a_feeling_imagined_in_someone_elses_place_is_not_negative_tone() -> None:
    q = "What's the toughest feedback you've been given?"
    a = (
        "My manager told me the team felt micromanaged. It stung, but I'd probably have hated "
        "that too when I was on the phones, so I asked the team what would help. We moved to "
        "one proper one-to-one a week, and our engagement score went up at the next survey."
    )
    assert "negative_tone" not in codes(q, a)
    assert "negative_tone" in codes(q, a.replace("I'd probably have hated", "I hated"))


def test_roles_at_my_level_is_not_ranking_others_below_oneself() -> None:
    q = "Why are you leaving your current job?"
    a = (
        "I've led the night team for three years and there are no roles at my level left to "
        "grow into there. Your depot runs the same WMS and is opening a second shift, which is "
        "exactly the step up I've prepared for."
    )
    assert "arrogance" not in codes(q, a)
