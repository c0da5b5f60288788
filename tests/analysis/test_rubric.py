"""The question's rubric: each point covered is quoted from the words that cover it, each
point missing is listed, and pay points are read only in a pay answer."""

from __future__ import annotations

import pytest

from interview_coach.analysis.pay_figures import figures_said
from interview_coach.questions.answering import analyze_answer
from interview_coach.types import Evidence, Rubric


def rubric(question: str, answer: str) -> Rubric:
    fb = analyze_answer(question, answer)
    assert fb.rubric is not None
    return fb.rubric


def covered(question: str, answer: str) -> dict[str, list[Evidence]]:
    """Each point the answer covers, with its evidence."""
    return {p.point: p.evidence for p in rubric(question, answer).points_covered}


def test_an_introductions_past_steps_and_next_step_are_read_as_its_past_and_future() -> None:
    """ "Picks two or three past steps" and "the natural next step" name steps, an action's
    word: in an introduction they are its past and its future, covered where those are told
    and missing where they are not."""
    full = (
        "I'm a staff nurse on a surgical ward, where I've worked for four years. I trained at "
        "Cardiff and did my first job in A&E, which taught me to prioritise quickly. I'm "
        "applying for this charge nurse role because I want to lead a shift and coach newer "
        "nurses."
    )
    met = covered("Tell me about yourself.", full)
    past = next(k for k in met if "past steps" in k)
    nxt = next(k for k in met if "next step" in k)
    assert "Cardiff" in met[past][0].text and "charge nurse role" in met[nxt][0].text

    bare = rubric(
        "Tell me about yourself.",
        "I'm a staff nurse on a surgical ward and I look after six patients a shift.",
    )
    assert any("past steps" in p for p in bare.points_missing)
    assert any("next step" in p for p in bare.points_missing)


def test_a_rubric_result_is_quoted_from_the_part_that_tells_it() -> None:
    """The figure in a weakness's story ("two days after the deadline") is the failure, not
    the progress made since: the point on progress quotes the sentence that tells it."""
    answer = (
        "My weakness is that I find it hard to say no when colleagues ask for help, so I end "
        "up finishing my own work late. Last spring it meant I handed in a stock report two "
        "days after the deadline. Since then I block the first hour of my shift for my own "
        "tasks and I tell people when I can help instead of dropping everything."
    )
    progress = [p for p in rubric("What is your greatest weakness?", answer).points_covered
                if "progress" in p.point]  # fmt: skip
    assert progress and progress[0].evidence[0].text.startswith("Since then I block")


@pytest.mark.parametrize(
    ("tail", "covered"),
    [
        (", but I'm happy to talk about the whole package, including the van.", True),
        (", and the overtime rates matter to me too.", True),
        (".", False),
    ],
)
def test_a_pay_answer_signals_the_package_where_it_talks_of_more_than_the_base(
    tail: str, covered: bool
) -> None:
    answer = (
        "From the job boards and the union rates here, experienced electricians are on about "
        "thirty-eight to forty-two thousand, so I'd be looking at around forty-one thousand" + tail
    )
    found = [p for p in rubric("What are your salary expectations?", answer).points_covered
             if "package" in p.point]  # fmt: skip
    assert bool(found) is covered
    if covered:
        assert any(w in found[0].evidence[0].text for w in ("package", "overtime"))


def test_a_free_text_question_borrows_the_nearest_bank_rubric_with_evidence() -> None:
    answer = (
        "I tend to over-prepare slides. Before a board meeting in May I spent two evenings on "
        "a deck nobody needed, so now I agree the format with the chair first and keep to "
        "five slides, which has saved me about three hours a month."
    )
    fb = analyze_answer("What would you say your biggest weakness is?", answer)
    assert fb.rubric is not None and fb.rubric.matched_question
    assert fb.rubric.match_score is not None and fb.rubric.match_score > 0.7
    assert fb.rubric.points_covered
    for p in fb.rubric.points_covered:
        assert p.evidence and fb.transcript[p.evidence[0].start : p.evidence[0].end]


@pytest.mark.parametrize(
    ("said", "figures"),
    [
        (
            "I'm looking at thirty-eight to forty-two thousand.",
            ["thirty-eight to forty-two thousand"],
        ),
        ("Somewhere between 38 and 42k, I'd say.", ["between 38 and 42k"]),
        ("Around £38k – £42k a year.", ["£38k – £42k"]),
        ("The 45-50k range.", ["45-50k"]),
        ("I earn 30k now and want 35k.", ["30k", "35k"]),
        ("After five years, 40k.", ["40k"]),
    ],
)
def test_a_range_of_pay_is_quoted_whole(said: str, figures: list[str]) -> None:
    assert [said[s:e] for s, e in figures_said(said)] == figures


def test_a_pay_answers_range_and_its_reason_are_quoted_as_said() -> None:
    """ "Rather than a single number" is a point on the range, not on a result; and a range
    anchored on the market is quoted where the reason is told, not at the figure."""
    answer = (
        "Based on what I've seen for similar roles in Manchester, I'm looking at something in "
        "the range of thirty-eight to forty-two thousand. That reflects my five years running a "
        "team of six. I'm open to talking about the whole package, though."
    )
    met = covered("What are your salary expectations?", answer)
    assert met["Gives a researched range rather than a single number"][0].text == (
        "thirty-eight to forty-two thousand"
    )
    anchor = met["Anchors the range on market data and the scope of the role"][0].text
    assert anchor.startswith("Based on what I've seen")


def test_pay_points_are_not_read_in_an_answer_about_something_else() -> None:
    """ "Willingness to pay" in a pricing question is not a salary range: the point is read for
    its own words, where a pay reading found no figure of pay and missed it."""
    met = covered(
        "How would you decide the price of a new premium tier?",
        "I'd start from what the premium features cost us to run, then look at what rivals "
        "charge. Then I'd test willingness to pay with two price points for new sign-ups over "
        "a month and keep the one that earns more.",
    )
    assert met["Suggests testing willingness to pay"][0].text.startswith("Then I'd test")


def test_a_wish_to_learn_here_is_an_aim_and_the_roles_work_is_quoted() -> None:
    """ "What you personally want to learn or achieve here" asks for a wish to come, which a
    lesson reader never finds; "parts of the role" are the sentences about the role's work."""
    answer = (
        "I've been a pastry cook for four years, first at a hotel in Leeds and now at a bakery "
        "that supplies twelve cafes. The chance to learn proper laminated doughs from your head "
        "baker is the main draw for me. I also like that you run a Saturday class for kids, "
        "because I help with a similar one now."
    )
    met = covered("Why do you want to work here?", answer)
    aim = met["Explains what you personally want to learn or achieve here"]
    assert aim[0].text.startswith("The chance to learn")
    assert "Names specific parts of the role that match your skills" in met
    bare = rubric(
        "Why do you want to work here?",
        "I've been a pastry cook for four years, first at a hotel in Leeds and now at a bakery "
        "that supplies twelve cafes. I also like that you run a Saturday class for kids.",
    )
    assert "Explains what you personally want to learn or achieve here" in bare.points_missing


def test_points_met_by_what_an_answer_leaves_out() -> None:
    """ "Stays positive about the current employer" is met where nothing against them is said
    and missed where it is; "keeps salary … for a later stage" is missed once pay comes up."""
    q = "Why are you leaving your current job?"
    calm = (
        "I've been a senior care assistant for three years and I mentor the new starters, but "
        "the home has no deputy post. I want to keep developing, and your home supports staff "
        "through the nurse associate apprenticeship, which is the route I want."
    )
    sour = (
        "I've been a senior care assistant for three years and I mentor the new starters, but "
        "the manager there is useless and the owners are greedy. I want to keep developing, and "
        "your home supports staff through the apprenticeship, which is the route I want."
    )
    point = "Stays positive about the current employer"
    met = covered(q, calm)
    assert point in met
    assert met["Frames the move as towards something rather than away"]
    assert point in rubric(q, sour).points_missing

    closing = "Do you have any questions for us?"
    asks = (
        "Yes, a couple. What would the first three months look like for whoever gets this role, "
        "and how do you measure whether they're doing well? And I noticed you're opening a "
        "second site next spring, so how would this team be involved in that?"
    )
    met = covered(closing, asks)
    assert met["Keeps salary and holidays for a later stage"] == []
    questions = "Asks two or three prepared questions about the work, team or success measures"
    assert met[questions][0].text.startswith("What would the first three months")
    pay = rubric(closing, asks + " And what's the salary and holiday allowance?")
    assert "Keeps salary and holidays for a later stage" in pay.points_missing


MISTAKE = (
    "Last spring I took a booking for a wedding party of forty in the function room, on the "
    "same night as a christening that was already in the diary. I found out three days before "
    "when the christening family rang to confirm. I went straight to my manager and told her it "
    "was my mistake, then I rang the wedding couple myself and offered them the conservatory "
    "with the same menu. They took it and they were happy with it in the end. Since then I only "
    "book from the system and I read every booking back to the customer."
)


def test_a_mistake_storys_ownership_and_the_change_since_are_quoted_whole() -> None:
    """The step where the speaker owns the mistake is the ownership quoted, and "the change
    that prevents a repeat" is the sentence that tells it, not its first words."""
    met = covered("Describe a mistake you made at work and how you fixed it.", MISTAKE)
    own = next(k for k in met if "ownership" in k)
    since = next(k for k in met if "prevents a repeat" in k)
    assert "my mistake" in met[own][0].text
    assert (
        met[since][0].text.startswith("Since then") and "read every booking" in met[since][0].text
    )


def test_a_points_opening_verb_does_not_match_an_answer_on_its_own() -> None:
    """ "Explains how the mistake was found" is not met by a sentence that "explained" and
    says "mistake"; the finding must be told."""
    r = rubric(
        "Describe a mistake you made at work and how you fixed it.",
        MISTAKE.replace("I went straight to my manager and told her", "I explained to my manager"),
    )
    assert "Explains how the mistake was found" in r.points_missing
