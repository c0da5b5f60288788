"""A gap in the CV explained briefly, an introduction in plain words, and praise that never
quotes the words of a fault."""

from __future__ import annotations

from interview_coach.analysis.frame_advice import length_advice
from interview_coach.questions.answering import analyze_answer, default_question
from interview_coach.types import Frame

GAP_QUESTION = "Can you explain the gap in your CV?"
GAP = (
    "Between 2022 and 2023 I took eighteen months out to care for my father after his stroke. "
    "During that time I kept my CPC up to date and did a forklift course, and now that he is "
    "settled in a care home I'm ready to get back on the road full time."
)
GAP_DODGED = (
    "Yeah there was a gap, I was just kind of off for a bit. It is what it is. Anyway I saw "
    "the advert and applied."
)


def test_a_gap_explained_in_two_sentences_meets_every_point_and_is_not_short() -> None:
    fb = analyze_answer(GAP_QUESTION, GAP)
    assert fb.rubric is not None
    quoted = {p.point: p.evidence[0].text for p in fb.rubric.points_covered}
    assert not fb.rubric.points_missing
    assert (
        "care for my father"
        in quoted["Gives the reason for the time out plainly, in a sentence or two"]
    )
    assert "kept my CPC up to date" in quoted["Says what you did or kept up during the break"]
    assert (
        "ready to get back" in quoted["Shows you are ready now and why this role is the next step"]
    )
    assert fb.delivery.length.verdict == "good"
    assert not any("too brief" in t.message for t in fb.tips)


def test_a_gap_talked_around_meets_none_of_them() -> None:
    fb = analyze_answer(GAP_QUESTION, GAP_DODGED)
    assert fb.rubric is not None
    assert not fb.rubric.points_covered
    assert len(fb.rubric.points_missing) == 3


def test_a_gap_question_asks_for_less_time_than_a_story() -> None:
    gap = default_question(GAP_QUESTION)
    why = default_question("Why do you want this job?")
    assert gap.max_seconds < why.max_seconds
    assert gap.min_seconds < why.min_seconds


def test_a_short_answer_about_leaving_is_not_told_to_say_what_draws_them_to_the_role() -> None:
    fb = analyze_answer(GAP_QUESTION, GAP_DODGED)
    brief = [t.message for t in fb.tips if "too brief" in t.message]
    assert brief
    assert "moving towards" in brief[0]
    assert "draws you to the role" not in brief[0]
    # The frame's own advice is unchanged for the questions it is written for.
    assert "draws you to the role" in length_advice(Frame.ROLE_COMPANY_SELF)[0]


HGV_INTRO = (
    "I've been driving HGVs for about eight years now. I started on Class 2 with a builders' "
    "merchant in Sheffield, doing multi-drop, and got my Class 1 in 2021. Since then I've been "
    "on nights with Roadline, trunking to Daventry and Warrington. I like the night work, I know "
    "the A1 and M62 like the back of my hand, and I've had no accidents or tacho infringements. "
    "I'm after somewhere with newer trucks and a bit more stability, and your firm's got a good "
    "name among drivers."
)


def test_a_plain_spoken_introduction_has_its_present_and_its_future() -> None:
    """ "I've been driving HGVs for about eight years now" is the present told from when it
    began; "I'm after somewhere with newer trucks" is what comes next."""
    fb = analyze_answer("Tell me about yourself.", HGV_INTRO)
    parts = [s.part for s in fb.structure.sentences]
    assert parts[0] == "present"
    assert parts[-1] == "future"
    assert not fb.structure.missing
    assert not any("no future part" in t.message for t in fb.tips)


def test_a_career_told_in_order_is_not_a_lesson() -> None:
    """ "Since then I've been on nights" carries the career on; it is not a change made after a
    mistake."""
    fb = analyze_answer("Tell me about yourself.", HGV_INTRO)
    assert not fb.content.talking_points.get("lessons")
    assert not any("what you learned" in t.message for t in fb.strengths)
    owned = analyze_answer(
        "Tell me about a mistake you made.",
        "I sent a delivery to the wrong depot because I read the old sheet. I rang the customer, "
        "re-routed the load and it arrived the next morning. Since then I check the sheet's date "
        "before every run.",
    )
    lessons = owned.content.talking_points.get("lessons")
    assert lessons
    praise = next(t for t in owned.strengths if "what you learned" in t.message)
    # Quoted whole, not by its opening words.
    assert praise.evidence[0].text.startswith("Since then I check the sheet's date")


PAY = (
    "Right now I'm on 42,000 a year plus a 5 percent bonus, so I'd be looking for something a "
    "bit above that, maybe 45. But honestly I'm flexible, and if the role is right I'd take "
    "less. Money isn't the main thing for me."
)


def test_figures_that_give_current_pay_away_are_never_praised_or_quoted_as_met() -> None:
    fb = analyze_answer("What are your salary expectations?", PAY)
    codes = {j.code for j in fb.judgements}
    assert {"disclosed_current_salary", "offered_less"} <= codes
    assert not any("figures" in t.message for t in fb.strengths)
    assert fb.rubric is not None
    for point in fb.rubric.points_covered:
        for ev in point.evidence:
            assert "bonus" not in ev.text and "42,000" not in ev.text, point.point
    researched = analyze_answer(
        "What are your salary expectations?",
        "For a Class 1 night trunking role in this area the adverts I've seen sit between "
        "39,000 and 44,000, so with my ADR and eight clean years I'd be looking at 42 to 44, "
        "and I'm open to talking about the overtime and pension as part of the package.",
    )
    # A range for this role is quoted as met: only the pay given away is kept out.
    assert researched.rubric is not None
    met = {p.point: p.evidence for p in researched.rubric.points_covered}
    assert met["Gives a researched range rather than a single number"][0].text == "42 to 44"


ROLE_QUESTION = (
    "Walk me through your time as Class 1 Driver at Roadline Haulage: what were you "
    "responsible for, and what changed because you were there?"
)


def test_a_question_about_one_job_answered_with_another_is_off_the_question() -> None:
    other = analyze_answer(
        ROLE_QUESTION,
        "In my last role as a support team lead at a logistics software company, our ticket "
        "backlog had grown to over 400 open tickets. I wrote a self-service reset guide and set "
        "up a triage rota, and within ten weeks the backlog dropped to 85 tickets and first "
        "replies came in 14 hours instead of six days.",
    )
    off = next(j for j in other.judgements if j.code == "off_question")
    assert off.title == "Talks about another job than the one asked about"
    assert off.evidence[0].text.startswith("In my last role as a support team lead")
    asked = analyze_answer(
        ROLE_QUESTION,
        "I was on nights trunking to Daventry and Warrington, about 500 miles a shift. I did my "
        "own walk-round checks and kept my tacho clean, and they put new drivers with me for "
        "their first week. Before that my job as a Class 2 driver was multi-drop, which taught "
        "me to plan a route properly.",
    )
    assert "off_question" not in {j.code for j in asked.judgements}
    assert asked.scores.overall > other.scores.overall


PROCESS = (
    "Our ticket backlog had grown to over 400 and customers waited six days for a reply. I "
    "analysed three months of tickets and found that 40 percent were login issues, so I wrote "
    "a reset guide and set up a triage rota. Within ten weeks the backlog dropped to 85 tickets "
    "and first replies came in 14 hours."
)


def test_measuring_first_is_quoted_from_the_data_gathered_and_the_result_by_how_much() -> None:
    fb = analyze_answer("Tell me about a process you improved in an operation.", PROCESS)
    assert fb.rubric is not None
    met = {p.point: p.evidence for p in fb.rubric.points_covered}
    assert met["Measures the process before changing it"][0].text.startswith("I analysed three")
    assert met["Gives the improvement in numbers"][0].text == "85 tickets"
    guessed = analyze_answer(
        "Tell me about a process you improved in an operation.",
        "Our ticket backlog had grown to over 400. I had a feeling most were login issues, so I "
        "wrote a reset guide and set up a triage rota. Within ten weeks the backlog dropped to "
        "85 tickets and first replies came in 14 hours.",
    )
    assert guessed.rubric is not None
    assert "Measures the process before changing it" in guessed.rubric.points_missing


def test_a_complaint_about_clearing_up_after_a_manager_is_a_put_down() -> None:
    fb = analyze_answer(
        "Tell me about a time a project failed.",
        "The project slipped twice and the client cancelled the contract, which everyone saw "
        "coming. I left a few months later because I was tired of cleaning up after him.",
    )
    put_down = next(j for j in fb.judgements if j.code == "disparaging")
    quoted = " ".join(e.text for e in put_down.evidence)
    assert "which everyone saw coming" in quoted
    assert "cleaning up after him" in quoted
    carer = analyze_answer(
        "What does a typical shift look like for you?",
        "I help the residents wash and dress, serve breakfast and clean up after them, then I "
        "write up the care notes before handover.",
    )
    assert "disparaging" not in {j.code for j in carer.judgements}


def test_when_it_happened_said_plainly_is_a_time_frame() -> None:
    fb = analyze_answer(
        "How do you make sure a circuit is dead before you work on it?",
        "I isolate it at the board, lock it off and prove my tester before and after testing. "
        "Last month on a rewire I found a borrowed neutral this way.",
    )
    assert ("Last month", "time_frame") in {(m.text, m.kind) for m in fb.content.specifics}
    plain = analyze_answer(
        "How do you make sure a circuit is dead before you work on it?",
        "I isolate it at the board, lock it off and prove my tester before and after testing. "
        "That is the last thing I would skip.",
    )
    assert not any(m.kind == "time_frame" for m in plain.content.specifics)
