"""Answers from people returning to work, changing career or after prison, and faults said
softly: a gap in the CV explained (a carer's, a patient's or a prisoner's reason is the answer,
not background), apologised for or talked around; a panel asked to overlook one's age; blame
handed on candidly; a manager written off without an insult word; praise announced as
modesty; a rule swapped for "common sense"; records filled in for an inspection. Each fault
has its clean twin, so every assert can fail either way."""

from __future__ import annotations

import pytest

from answer_codes import codes
from interview_coach.analysis.registry import (
    BRAG_AS_MODESTY,
    DISHONEST,
    DODGES,
    PERKS_FIRST,
    QUALITIES,
    TALKS_DOWN,
)
from interview_coach.questions.answering import analyze_answer
from interview_coach.questions.bank import classify_question

GAP_Q = "Can you explain this gap in your CV?"

PRISON = (
    "The gap from 2019 to 2022 is because I was in prison for handling stolen goods. I served two "
    "years and four months and I've been out fourteen months now. I'm not going to make excuses "
    "for it: I did it and I've done my time. Inside I worked in the prison warehouse for "
    "eighteen months, got my forklift licence and my level two in warehousing, and ran the "
    "stock counts as stores orderly. Since I came out I've been picking through an agency, "
    "above target most weeks, and my supervisor will give me a reference. I want a permanent "
    "job where I can work up to team leader."
)
CARER = (
    "From 2020 until last summer I was caring full time for my mother, who had dementia, and "
    "she has now moved into a care home near us. I kept my payroll knowledge current with the "
    "CIPP updates and did the books for her care package, which meant HMRC forms and invoices "
    "every month. I'm ready to come back full time, and this role suits me because it is the "
    "same payroll software I used for six years."
)


def judgement(question: str, answer: str, code: str) -> tuple[str, int] | None:
    fb = analyze_answer(question, answer)
    found = [j for j in fb.judgements if j.code == code]
    return (found[0].title, fb.scores.overall) if found else None


@pytest.mark.parametrize(
    "question",
    [
        GAP_Q,
        "Why is there a gap in your employment history?",
        "Tell me about your career break.",
        "What have you been doing since your last job?",
        "Why haven't you worked since 2021?",
    ],
)
def test_a_question_about_time_out_of_work_is_a_move_to_explain(question: str) -> None:
    category, _ = classify_question(question)
    assert category == "motivation"


def test_a_budget_gap_is_still_a_question_of_method() -> None:
    assert classify_question("How would you close a gap in the budget?")[0] == "role_specific"


@pytest.mark.parametrize("answer", [PRISON, CARER])
def test_an_honest_account_of_a_gap_is_not_called_rambling(answer: str) -> None:
    fb = analyze_answer(GAP_Q, answer)
    found = {j.code for j in fb.judgements}
    assert not found & {"rambling", "off_question", "negative_tone"}
    assert fb.scores.overall >= 75


def test_apologising_for_the_gap_talks_you_down() -> None:
    sorry = (
        "Um, sorry about that, I know it looks bad. I stayed at home with my children from 2018 "
        "and I know I should have done some courses, but I didn't. I hope you won't hold it "
        "against me. Before that I did payroll for six years at a care company with three "
        "hundred staff, and I'm ready to come back full time."
    )
    calm = (
        "I stayed at home with my children from 2018, and now that they are both at school I'm "
        "ready to come back full time. I kept up with the payroll changes through the CIPP "
        "newsletters. Before that I did payroll for six years at a care company with three "
        "hundred staff, so I know the monthly cycle well."
    )
    assert judgement(GAP_Q, sorry, "negative_tone")[0] == TALKS_DOWN[0]
    assert judgement(GAP_Q, calm, "negative_tone") is None


def test_an_apology_told_in_a_story_is_not_talking_yourself_down() -> None:
    story = (
        "A bride came back angry because two nails had lifted. I could see I had rushed the "
        "prep, so I told her, this part is my fault, I'm sorry. I redid all ten for free, and "
        "she has booked with me every three weeks since."
    )
    assert "negative_tone" not in codes(
        "Tell me about a time you dealt with a difficult customer.", story
    )


def test_a_gap_talked_around_is_named() -> None:
    vague = (
        "There was a period where I was exploring various options and doing a bit of this and "
        "that. I don't really think it's that relevant to the role, because my CV before that "
        "speaks for itself: seven years managing customer service teams of up to eighteen."
    )
    plain = (
        "I took a year out to care for my father after his stroke, and he is now settled. "
        "Before that I had seven years managing customer service teams of up to eighteen, and "
        "I kept my coaching certificate current while I was off."
    )
    assert judgement(GAP_Q, vague, "off_question")[0] == DODGES[0]
    assert judgement(GAP_Q, plain, "off_question") is None


@pytest.mark.parametrize(
    ("down", "up"),
    [
        (
            "I'm probably not as up to date as some of the younger ones you'll be seeing, but "
            "I've kept the books for thirty years, so if you give an old timer a chance I'd try "
            "my hardest.",
            "I've kept the books for thirty years, on Sage for the last twelve and on Xero since "
            "last year, and I closed every month-end on time at my last firm.",
        ),
        (
            "I know I'm not what you'd normally look for, and candidates with sales backgrounds "
            "would hit the ground running much faster than me, so please take a chance on me.",
            "I know the products from eight years in orthopaedic theatres, and I've used most of "
            "the implant systems in your catalogue with the surgeons who buy them.",
        ),
    ],
)
def test_asking_to_be_overlooked_talks_you_down(down: str, up: str) -> None:
    question = "Why should we hire you?"
    assert judgement(question, down, "negative_tone")[0] == TALKS_DOWN[0]
    assert judgement(question, up, "negative_tone") is None


CALM_Q = "How do you stay calm under pressure?"


def test_a_habit_question_is_answered_with_the_habit() -> None:
    habit = (
        "em so in my job as a call handler you get calls where someone's screaming what i do "
        "is i go straight to the script first the location and is anyone hurt because that "
        "gives me something solid to hold on to i keep my voice low and slow on purpose one "
        "night a woman couldn't remember her address so i got her to read me a letter off the "
        "table and the ambulance was there in nine minutes after a bad call i take two minutes "
        "off the phones and i debrief with my team leader so i don't carry it home"
    )
    assert classify_question(CALM_Q)[0] == "strengths_weaknesses"
    found = codes(CALM_Q, habit)
    assert "off_question" not in found and "rambling" not in found


MANAGER_Q = "Tell me about a time you disagreed with your manager."


@pytest.mark.parametrize(
    "put_down",
    [
        "She is not a real scientist and she never listens to technicians.",
        "He doesn't understand assays at all, so there was no point arguing.",
        "She was more interested in impressing the directors than in her staff.",
    ],
)
def test_a_manager_written_off_without_insult_words_is_disparaging(put_down: str) -> None:
    story = (
        "My manager wanted to cut the incubation time from two hours to one. {} I tested 24 "
        "stored samples both ways, and the one-hour run missed three positives near the cut-off. "
        "We kept two hours for clinical samples and gained thirty percent capacity on research."
    )
    assert "disparaging" in codes(MANAGER_Q, story.format(put_down))
    fair = "I was worried it would miss weak positives, so I asked to test it first."
    assert "disparaging" not in codes(MANAGER_Q, story.format(fair))


MISTAKE_Q = "Tell me about a mistake you made and what you learned."


def test_a_mistake_handed_on_candidly_is_blame() -> None:
    story = (
        "As a locum I dispensed amlodipine five milligram instead of ten; the boxes look alike "
        "and {}. I rang the patient's daughter, arranged the right strength the same afternoon "
        "and reported it myself. Since then I do the final check at a separate bench, and the "
        "line has had no strength errors in eighteen months."
    )
    handed_on = story.format("to be honest the dispenser had put them on the wrong shelf")
    owned = story.format("I did not do the second check properly because the queue was long")
    assert "blame" in codes(MISTAKE_Q, handed_on)
    assert "blame" not in codes(MISTAKE_Q, owned)


def test_a_failure_put_on_the_system_is_blame() -> None:
    system = (
        "The biggest failure I've seen wasn't really mine, it was the system's. Our Year 6 "
        "results dropped after we lost a fifth of our funding, and no headteacher could have "
        "done more with what we had."
    )
    mine = (
        "Our Year 6 results dropped the year I moved our best teacher to Year 3, and that was "
        "my call. I hadn't planned cover for her maths groups, and I would now test such a move "
        "with the data before making it."
    )
    assert "blame" in codes("Tell me about a time you failed.", system)
    assert "blame" not in codes("Tell me about a time you failed.", mine)


def test_praise_announced_as_modesty_is_named_as_such() -> None:
    question = "What are your key strengths?"
    brag = (
        "My renewal rate last year was ninety-four percent, the highest on the team. I don't "
        "like to brag but honestly people say I make it look easy."
    )
    plain = (
        "My renewal rate last year was ninety-four percent, the highest on the team. The other "
        "strength is that I stay calm on hard calls: I listen first and I don't get defensive."
    )
    assert judgement(question, brag, "humblebrag")[0] == BRAG_AS_MODESTY[0]
    assert judgement(question, plain, "humblebrag") is None


LEAD_Q = "Tell me about a time you led change."


@pytest.mark.parametrize(
    ("unsafe", "safe"),
    [
        (
            "We were six weeks behind, so I brought in a night crew. We didn't bother redoing "
            "the lift plans for nights, and I told the lads the harness rule was, you know, use "
            "your common sense. Don't let the paperwork slow you down.",
            "We were six weeks behind, so I brought in a night crew. We redid the lift plans "
            "for nights with the appointed person on shift, and the harness rule stayed as it "
            "was. We pulled back five of the six weeks.",
        ),
        (
            "The kitchen was slow in the mornings, so I said look guys, just do the temps once "
            "at opening and skip the labels on anything used the same day.",
            "The kitchen was slow in the mornings, so I moved the temperature checks onto a "
            "probe that logs itself and printed the date labels in advance each night.",
        ),
    ],
)
def test_a_rule_swapped_for_common_sense_is_unsafe(unsafe: str, safe: str) -> None:
    assert "unsafe" in codes(LEAD_Q, unsafe)
    assert "unsafe" not in codes(LEAD_Q, safe)


def test_records_filled_in_for_an_inspection_are_dishonest() -> None:
    backfilled = (
        "Our falls assessments were behind before the CQC visit, so the band sixes and I spent "
        "two days completing the assessments and the charts for the previous weeks, so "
        "everything was up to date and signed when the inspectors came."
    )
    honest = (
        "Our falls assessments were behind before the CQC visit, so I told the matron, we "
        "assessed every patient again that week, and I added a night-shift check so none is "
        "missed; the next audit found every one done on time."
    )
    assert judgement(LEAD_Q, backfilled, "unsafe")[0] == DISHONEST[0]
    assert judgement(LEAD_Q, honest, "unsafe") is None


def test_a_trouble_that_has_not_come_back_is_a_result() -> None:
    story = (
        "I missed a diversion on the 42 because I hadn't read the bulletin before my shift, and "
        "a passenger missed her hospital appointment. I apologised and reported it. Now I read "
        "the bulletin in the canteen before I sign on, and since then I've not missed a "
        "diversion once in two years."
    )
    assert "no_result" not in codes("Tell me about a time you made a mistake at work.", story)


DIAGNOSE_Q = "A customer's car won't start. How would you diagnose it?"


def test_qualities_given_for_a_method_are_named() -> None:
    qualities = (
        "okay so first thing i'd do is have a good look at it and see what's going on, because "
        "every car is different really. i've worked on loads of cars so i'd use my experience "
        "to figure it out. i'm very methodical so i'd work through it and not rush it."
    )
    steps = (
        "okay so first i'd ask what it does when you turn the key: a click, a slow crank or a "
        "good crank with no fire. if it clicks i'd put a meter on the battery, under twelve "
        "point two volts it's flat, and check the earth strap. if it cranks but won't fire i'd "
        "plug in the code reader, then check for spark and the fuel pressure at the rail."
    )
    assert judgement(DIAGNOSE_Q, qualities, "off_question")[0] == QUALITIES[0]
    assert judgement(DIAGNOSE_Q, steps, "off_question") is None
    placeholder = analyze_answer(DIAGNOSE_Q, qualities).stronger_version.text
    assert "[say the steps" in placeholder and "every car is different" not in placeholder


def test_spoken_questions_back_about_perks_are_read_as_questions() -> None:
    question = "Do you have any questions for us?"
    perks = (
        "um no not really, you've covered everything. uh maybe just how many days holiday is "
        "it, and um is there any flexibility on working from home. oh and what's the parking "
        "like, is there parking on site or do people get the train. yeah that's it"
    )
    work = (
        "um yes, what would a good first three months look like in this role. and how does the "
        "team split the weekend rota. oh and what's the biggest problem the team is working on "
        "right now. yeah that's it"
    )
    assert judgement(question, perks, "off_question")[0] == PERKS_FIRST[0]
    assert judgement(question, work, "off_question") is None


def test_the_stronger_version_drops_a_gap_talked_around() -> None:
    vague = (
        "There was a period where I was exploring various options. I kept busy with a bit of "
        "this and that. I'm in a good place now and I'm looking forward to getting stuck in."
    )
    text = analyze_answer(GAP_Q, vague).stronger_version.text
    assert "exploring various options" not in text
    assert "[say plainly, in a sentence, what you did in that time]" in text


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about a success you're proud of.",
        "What is your proudest moment at work?",
        "Tell me about something you're proud of at work.",
        "Which project are you most proud of?",
    ],
)
def test_a_success_to_be_proud_of_asks_for_a_story(question: str) -> None:
    category, frame = classify_question(question)
    assert category == "behavioural" and frame.value == "star"


def test_what_others_could_have_told_you_about_your_own_work_is_regret_not_blame() -> None:
    question = "What's your greatest weakness?"
    regret = (
        "I've been slow to share work early. On a checkout redesign I spent a week on a flow "
        "that the payments team could have told me in ten minutes wouldn't work. Now I show "
        "rough sketches to engineering within two days, and my handoffs need fewer revisions."
    )
    blamed = (
        "I've been slow to share work early. On a checkout redesign the flow failed because "
        "the payments team could have told me in ten minutes it wouldn't work, and didn't. Now "
        "I show rough sketches to engineering within two days of starting anything."
    )
    assert "blame" not in codes(question, regret)
    assert "blame" in codes(question, blamed)


def test_the_stronger_version_of_an_answer_too_long_cuts_its_asides_not_its_story() -> None:
    scene = (
        "Last spring our warehouse in Leeds was missing its dispatch cut-off on about a third "
        "of days, and I was the shift lead asked to fix it."
    )
    asides = [
        "The building itself is an old mill, which my grandfather worked in as a boy, and the "
        "loading bays were added in the nineties when the site changed hands.",
        "Before that I had worked in retail for six years, mostly in a garden centre near "
        "Harrogate, where I learned a lot about customers but little about scanning systems.",
        "The company had gone through three owners in five years, and each one brought its own "
        "systems, its own uniforms and its own ideas about how nights should be run.",
        "Our manager at the time was very new and spent most of his week at head office, so a "
        "lot of the running of the floor fell to the shift leads, which was normal for us.",
        "There were about forty people on my shift, many of them agency staff from three "
        "agencies, and the canteen was being refurbished so breaks were all over the place.",
        "The weather was awful that year too, with floods on the ring road twice in April, "
        "which meant drivers arriving late and the yard filling up with waiting trailers.",
        "My own commute was an hour each way then, on two buses, so I was usually the first in "
        "and I had a lot of time to think about the place on the way.",
    ]
    actions = (
        "I pulled six weeks of scan data and found that picks for the late orders waited forty "
        "minutes for a free packer. I moved two pickers to packing from four o'clock and set up "
        "a board showing the orders due in the next hour."
    )
    result = (
        "Within a month we made the cut-off on every day but one, and the client renewed the "
        "contract for three years."
    )
    story = " ".join([scene, *asides, *asides[:3], actions, result])
    fb = analyze_answer("Tell me about a time you improved a process.", story)
    assert fb.delivery.length.verdict in ("long", "too_long")
    text = fb.stronger_version.text
    assert len(text.split()) <= fb.delivery.length.target_max_words + 40
    assert text.startswith("Last spring our warehouse")
    for kept in ("I pulled six weeks of scan data", "the client renewed the contract"):
        assert kept in text


def test_a_failure_owned_as_a_wrong_call_meets_the_failure_rubric() -> None:
    owned = (
        "Two years ago, as director of operations, I lost our second-largest contract, a "
        "hospital trust worth £2.1m a year. The complaints had been rising for six months, and "
        "I read the monthly reports, saw the KPIs were green and didn't go and look. That was "
        "my call and it was wrong. Since then I walk every site over £500k each quarter, and "
        "we have kept every healthcare contract. A green dashboard is a question, not an answer."
    )
    rubric = analyze_answer("Tell me about a time you failed.", owned).rubric
    covered = {p.point: p.evidence[0].text for p in rubric.points_covered}
    assert covered["Owns your part without excuses"] == "That was my call and it was wrong."
    assert (
        "lost our second-largest contract" in covered["Picks a real failure with real consequences"]
    )
    dodged = (
        "My biggest failure is probably that I care too much and I'm a perfectionist, so I "
        "sometimes spend longer than I need to on reports, although they are always right."
    )
    missing = analyze_answer("Tell me about a time you failed.", dodged).rubric.points_missing
    assert "Picks a real failure with real consequences" in missing


@pytest.mark.parametrize(
    "ending",
    [
        "i never missed a variation again and now i teach the same check to our new trainee",
        "he hit all his targets that quarter",
        "the turbine has run without a pitch trip for eight months",
        "we got forty two thank you messages to the company that week",
    ],
)
def test_a_result_told_as_a_trouble_gone_or_a_target_met_is_a_result(ending: str) -> None:
    story = (
        "my adviser's calls were running long, so i sat with him for a morning and listened "
        "in. i showed him how to use the knowledge base while the customer was still talking, "
        f"and we practised the close together for a week. {ending}."
    )
    assert "no_result" not in codes("Tell me about a time you coached someone.", story)
    cut = story.replace(ending, "we did that every day for a week")
    assert "no_result" in codes("Tell me about a time you coached someone.", cut)


def test_a_habit_made_after_a_mistake_is_its_lesson() -> None:
    story = (
        "one time i put too few people on the rota for the saturday because i forgot it was "
        "bank holiday week, and the trucks waited two hours. i stayed with the team and picked "
        "myself. after that i make a calendar with all the peaks and i check it before the rota."
    )
    assert "no_reflection" not in codes("Tell me about a mistake you made at work.", story)
    plain = story.replace("after that i make a calendar", "later that month we had a calendar")
    assert "no_reflection" in codes("Tell me about a mistake you made at work.", plain)


def test_a_colleague_called_a_lazy_so_and_so_is_run_down() -> None:
    question = "Tell me about a conflict with someone in your team."
    rude = (
        "One of my advisers was a lazy so and so who had been coasting for years. I sat him "
        "down, went through his call stats and agreed three targets with him for the month."
    )
    fair = (
        "One of my advisers had slipped behind on his call targets for two months. I sat him "
        "down, went through his call stats and agreed three targets with him for the month."
    )
    assert "disparaging" in codes(question, rude)
    assert "disparaging" not in codes(question, fair)


def test_a_check_skipped_because_the_kit_is_usually_fine_is_unsafe() -> None:
    question = "What would you say is your greatest strength?"
    skipped = (
        "I'm quick but tidy: about a hundred and forty pallet moves a shift and no damage "
        "report in two years. On a busy night I'll skip the pre-use check and give the forks a "
        "quick look, because the trucks are usually fine."
    )
    kept = (
        "I'm quick but tidy: about a hundred and forty pallet moves a shift and no damage "
        "report in two years. Even on a busy night I do the full pre-use check before I move a "
        "pallet, and I plan my runs so I'm never going up an aisle empty."
    )
    assert "unsafe" in codes(question, skipped)
    assert "unsafe" not in codes(question, kept)


def test_a_claim_value_is_not_current_pay() -> None:
    work = (
        "I handle home insurance claims. I'm on complex claims which means I take the bigger "
        "ones over five thousand pounds, and I book the loss adjuster myself."
    )
    pay = "At the moment I'm on about 38k plus overtime, and I run the complex claims desk."
    assert "disclosed_current_salary" not in codes("Tell me about yourself.", work)
    assert "disclosed_current_salary" in codes("Tell me about yourself.", pay)


def test_doubting_anyone_will_hire_you_talks_you_down() -> None:
    gloomy = (
        "I left my events job to care for my dad after his stroke, and he is now settled in "
        "supported housing. To be honest I don't know if anyone will want me now."
    )
    assert judgement(GAP_Q, gloomy, "negative_tone")[0] == TALKS_DOWN[0]


def test_figures_edited_until_the_target_shows_are_dishonest() -> None:
    question = "Tell me about a time you improved your team's performance."
    edited = (
        "Our pick rate was 104 against a target of 120. I changed the pick path with IT, and "
        "the rate also counts breaks if people don't log out, so I adjusted the hours in the "
        "system at the end of each shift so the breaks didn't count, and we were showing 121."
    )
    fixed = (
        "Our pick rate was 104 against a target of 120. I changed the pick path with IT, and "
        "the rate also counted breaks when people forgot to log out, so I put a log-out reminder "
        "on the scanners and the true rate rose to 118 by the end of peak."
    )
    assert judgement(question, edited, "unsafe")[0] == DISHONEST[0]
    assert judgement(question, fixed, "unsafe") is None


def test_a_corner_defended_in_a_mistake_story_is_unsafe_unless_owned() -> None:
    question = "Tell me about a mistake you made at work."
    defended = (
        "i got a belt off a lighting circuit in an old flat. half the time on these jobs you "
        "don't bother isolating for a wee lighting change, everybody does it and it's quicker. "
        "i traced the fault after and rewired the switch."
    )
    owned = (
        "i got a belt off a lighting circuit in an old flat. i didn't isolate it because i "
        "assumed the switch was off, and that was my mistake. now i prove dead on every job, "
        "however small, and i traced the fault and rewired the switch."
    )
    assert "unsafe" in codes(question, defended)
    assert "unsafe" not in codes(question, owned)


def test_a_mistake_that_was_trusting_others_is_blame() -> None:
    question = "Tell me about a mistake you made at work."
    trusting = (
        "Most of what went wrong in my current job hasn't really been down to me. One launch "
        "flopped because the client kept changing their mind. If anything, my mistake was "
        "trusting that management knew what they were doing."
    )
    owning = (
        "One launch flopped because I agreed a timeline I knew was tight and didn't flag the "
        "risk when the client changed the brief. My mistake was not raising it early; now I "
        "put every change request in writing with its effect on the date."
    )
    assert "blame" in codes(question, trusting)
    assert "blame" not in codes(question, owning)


@pytest.mark.parametrize(
    "sneer",
    [
        "and surprise surprise it was late and flaky",
        "and I'm not saying I told you so, but I did tell them so",
        "because he just didn't get it",
    ],
)
def test_a_colleague_sneered_at_is_run_down(sneer: str) -> None:
    question = "Tell me about a time you disagreed with a colleague."
    story = (
        "My tech lead wanted a message queue for a simple job {}. I built a smaller version "
        "over a weekend and we compared them in the next planning meeting."
    )
    assert "disparaging" in codes(question, story.format(sneer))
    calm = "and I thought a cron job would do"
    assert "disparaging" not in codes(question, story.format(calm))


# A success story without a lesson is not at fault: the lesson is a tip, not a judgement.
TEAM_Q = "Tell me about a time you used your initiative."
TEAM_STORY = (
    "On the care home's first floor half the lunches came back uneaten, so I weighed the "
    "plates for two weeks and took the numbers to the manager. We swapped the menu on that "
    "floor, and waste went down about thirty percent. {end}"
)


def test_a_success_story_without_a_lesson_gets_a_tip_not_a_fault() -> None:
    fb = analyze_answer(TEAM_Q, TEAM_STORY.format(end="The residents liked the new dishes."))
    assert "no_reflection" not in {j.code for j in fb.judgements}
    tip = next(t for t in fb.tips if "what you took from it" in t.message)
    assert tip.gain > 0 and tip.evidence
    assert any(f.rule == "lesson" and f.points < 0 for f in fb.score_breakdown)


def test_the_lesson_tip_goes_once_the_story_has_a_lesson() -> None:
    end = "What I took from it is to measure before I argue for a change."
    fb = analyze_answer(TEAM_Q, TEAM_STORY.format(end=end))
    assert not any("what you took from it" in t.message for t in fb.tips)
    assert not any(f.rule == "lesson" for f in fb.score_breakdown)


def test_a_failure_story_without_a_lesson_is_still_judged() -> None:
    story = (
        "Last spring I sent a client's contract to the wrong address, so the signing slipped a "
        "week. I rang the client that morning, apologised, and couriered a fresh copy myself. "
        "It was signed two days later."
    )
    assert "no_reflection" in codes("Tell me about a mistake you made at work.", story)


def test_a_success_story_told_with_blame_and_no_lesson_lacks_reflection() -> None:
    story = TEAM_STORY.format(
        end="The chef, a lovely man but not one for numbers, had let it run for months."
    )
    found = codes(TEAM_Q, story)
    assert "disparaging" in found and "no_reflection" in found
    fb = analyze_answer(TEAM_Q, story)
    # One cost for the missing lesson: the judgement, not the tip besides.
    assert not any(f.rule == "lesson" for f in fb.score_breakdown)
