"""Judgements in the many ways people put things: what answers the question, and the words
for blame, tone, running people down, results and lessons (each case can fail both ways)."""

from __future__ import annotations

import pytest

from answer_codes import lesson_missing
from interview_coach.questions.answering import analyze_answer

from .test_judgements import codes


def test_a_self_introduction_about_the_private_life_is_off_the_question() -> None:
    private = (
        "I was born in Harrogate but grew up in York with my two older brothers. At school I "
        "was into rugby and I played the trumpet in a band for a while. After college I spent "
        "a year travelling round South America, which was amazing. I've done some bar shifts "
        "since I got back, and now I'm looking for something more permanent."
    )
    fb = analyze_answer("Tell me about yourself.", private)
    off = [j for j in fb.judgements if j.code == "off_question"]
    assert off and any("born" in e.text for e in off[0].evidence)
    # A teacher's school is work, not childhood: the same words are not the private life.
    teacher = (
        "I'm head of chemistry at a comprehensive in Bristol and have taught for nine years. "
        "At school we moved every student onto running the required practicals themselves, "
        "and the A and B grades rose by a third over three years. Before teaching I was a lab "
        "technician at a water company. I'd now like to help other departments do the same."
    )
    assert "off_question" not in codes("Tell me about yourself.", teacher)


@pytest.mark.parametrize(
    "answer",
    [
        "Honestly I don't know much about the company, I had a quick look at the website on "
        "the way here. The money is better than where I am and it's nearer home.",
        "My mum saw the advert and said I should go for it, so here I am. The hours suit me "
        "and it's only ten minutes on the bus.",
        "I've sent my CV to about thirty places this month and to be fair a job's a job. You "
        "were the first ones to ring me back, so I'm happy to give it a go.",
    ],
)
def test_no_reason_of_ones_own_does_not_answer_why_this_job(answer: str) -> None:
    assert "off_question" in codes("Why do you want to work for us?", answer)


def test_a_researched_reason_for_this_job_is_on_the_question() -> None:
    answer = (
        "I've used your booking app for two years and read how you cut no-shows by sending "
        "reminders the day before. I ran the same change at our clinic and our missed "
        "appointments fell from nine to four a day, so the product problem you're hiring for "
        "is one I've already worked on and want to work on at a larger scale."
    )
    assert "off_question" not in codes("Why do you want to work for us?", answer)


def test_wanting_a_colleague_shamed_is_a_negative_tone_and_declining_to_is_not() -> None:
    q = "What would you do if a colleague presented your work as their own in a meeting?"
    vindictive = (
        "I would call it out on the spot in front of everyone, then email their manager and HR "
        "with my files and timestamps. People like that need to be embarrassed, otherwise they "
        "keep doing it."
    )
    measured = (
        "I wouldn't want to embarrass them in front of the team, so I'd speak to them "
        "privately the same day, show them my drafts, and agree how we credit work from now "
        "on. If it happened again I'd raise it with my manager, calmly and with the files."
    )
    assert "negative_tone" in codes(q, vindictive)
    assert "negative_tone" not in codes(q, measured)


def test_a_result_is_what_changed_not_how_long_the_work_took() -> None:
    q = "Tell me about a time you had to adapt to a big change at work."
    story = (
        "When our records moved onto a new case system, I had twenty-two open cases and was "
        "worried about missing visit deadlines. I blocked out an hour every Friday for the "
        "first six weeks to practise on test cases, and volunteered as a super-user so I could "
        "help the others. {close}"
    )
    no_change = "The training room was on the third floor and the help desk had a phone line."
    assert "no_result" in codes(q, story.format(close=no_change))
    for close in (
        "I didn't miss a single visit, and there were no complaints from families.",
        "The team went live on time and it went smoothly.",
    ):
        assert "no_result" not in codes(q, story.format(close=close))


@pytest.mark.parametrize(
    "excuse",
    [
        "The acquisitions team dumped the new accounts on us without any mapping, so nobody "
        "could have finished on time, and the deadline is not on me.",
        "I explained to the director that the other teams had held it up.",
        "It's usually someone who deployed without testing, and QA should have caught it, so "
        "I'd work out whose change caused it.",
        "The delay was entirely the broker's doing, and responsibility lay with the broker.",
        "The wrong heights were down to the colleague who did the first fitting.",
    ],
)
def test_putting_a_miss_on_other_teams_is_blame(excuse: str) -> None:
    story = (
        "In March the monthly debtors report went out two days late. {excuse} I stayed late, "
        "finished the mapping and sent it on day five with a note of the 41 accounts changed."
    )
    assert "blame" in codes(
        "Tell me about a time you missed a deadline.", story.format(excuse=excuse)
    )


def test_owning_a_miss_is_not_blame() -> None:
    story = (
        "In March the monthly debtors report went out two days late. I had underestimated the "
        "new accounts and did not tell anyone early. I went to the director myself, gave her a "
        "new time, and sent it on day five. Since then I flag risk on day one."
    )
    assert "blame" not in codes("Tell me about a time you missed a deadline.", story)


def test_a_strength_shown_in_action_is_on_the_question() -> None:
    answer = (
        "Methodical fault-finding. On a packing line that stops, the pressure is to start "
        "swapping parts, so I go to the drawings first and work in order: supply, controls, "
        "then field devices. Last spring a conveyor kept tripping; I logged it for an hour, "
        "traced it to a loose neutral, and it has not tripped in the four months since."
    )
    assert "off_question" not in codes("What's your greatest strength?", answer)


def test_a_method_told_in_the_present_is_a_method() -> None:
    answer = (
        "Every time, before I give anything, I check the patient's wristband and ask their "
        "name and date of birth. I check the allergy status on the chart, and I look at when "
        "the last dose was given. For insulin I always ask a second nurse to check "
        "independently, and if something looks wrong I stop and ask the pharmacist."
    )
    q = "How do you make sure you don't make a medication error?"
    assert "off_question" not in codes(q, answer)


def test_any_questions_answered_without_one_is_off_the_question() -> None:
    q = "Do you have any questions for us?"
    none = "No, I think you've covered everything I wanted to know, thanks."
    assert "off_question" in codes(q, none)
    asked = "Yes: what would a good first three months look like, and who would I shadow?"
    assert "off_question" not in codes(q, asked)
    # "Anything else you'd like us to know?" asks for a closing point, not a question.
    close = "Only that I ran the cold section on my own for a year, so I'd be up to speed fast."
    assert "off_question" not in codes("Is there anything else you'd like us to know?", close)


def test_background_trivia_is_rambling() -> None:
    answer = (
        "I drive for Tallis Coaches out of the Marsh Lane depot, which used to be a tram "
        "shed, and you can still see the rails in the yard. Funnily enough the canteen has "
        "photos of the horse trams from the old days, and the depot manager has changed four "
        "times since I started there. I do the 14 and the 22 routes, the busy ones through "
        "the centre. Before buses I drove for "
        "a builder's merchant for six years, and these days I mentor new drivers, which is "
        "why I'm applying for the trainer post."
    )
    assert "rambling" in codes("Tell me about yourself.", answer)


def test_a_teachers_lessons_are_not_a_lesson_learned() -> None:
    story = (
        "Our Year 9 results were the weakest in the department, so four of us rewrote the "
        "scheme of work over a summer. I built the shared tracker and we met every Tuesday to "
        "review each other's lessons. The next year students at target rose from 54 to 68 "
        "percent. {close}"
    )
    q = "Describe a time you worked as part of a team to achieve something."
    assert lesson_missing(q, story.format(close="The scheme then went to Year 8."))
    for close in (
        "My lesson: agree the marking standard first.",
        "What I took from it is to agree the marking standard first.",
        "Going forward I agree the marking standard in week one.",
    ):
        assert not lesson_missing(q, story.format(close=close)), close


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        ("arrogance", "Not to boast, but I'm a better tester than anyone else on the team."),
        ("arrogance", "Most site managers would panic at that point, but I run a tighter ship."),
        ("disparaging", "He was never the brightest, and the others aren't much better."),
        ("disparaging", "The directors are a bunch of dinosaurs, and she's useless, frankly."),
        ("negative_tone", "It does my head in, and some days you wonder why you bother."),
    ],
)
def test_running_oneself_up_or_others_down_in_fresh_words(code: str, phrase: str) -> None:
    story = (
        "Last spring our team had to move the stock system over a weekend. {phrase} I planned "
        "the cut-over, ran the checks on Sunday night, and we opened on Monday with no errors. "
        "I learned to write the rollback plan first."
    )
    assert code in codes("Tell me about a time you led a change.", story.format(phrase=phrase))


def test_noticing_what_nobody_else_had_is_not_arrogance() -> None:
    story = (
        "I noticed the incubator log creeping up half a degree a day. Nobody else had "
        "commented on it, so I reported it, moved the plates and called maintenance. The "
        "thermostat was replaced that week and no cultures were lost. I learned to chart "
        "the log rather than read it line by line."
    )
    assert "arrogance" not in codes("Tell me about a time you noticed a problem early.", story)


def test_a_career_history_before_the_method_is_rambling() -> None:
    q = "A packing machine keeps tripping out several times a shift. How would you find the cause?"
    method = (
        "First I'd talk to the operators and ask when it trips: at start-up, after a product "
        "change, at a certain speed. Then I'd check the fault history in the PLC to see if it "
        "is always the same fault. If it's the main drive overload, I'd measure the current, "
        "check the motor temperature and the mechanical side, because a trip often has a "
        "mechanical cause. I'd change one thing at a time and watch a full shift after."
    )
    history = (
        "I've been a maintenance engineer for eleven years. I started in a car parts factory "
        "in Porto, where I did my apprenticeship, and I came to the UK seven years ago. Now I "
        "work in a food factory on a team of nine, and last year I did a PLC course. "
    )
    assert "rambling" not in codes(q, method)
    assert "rambling" in codes(q, history + method)


def test_others_being_fed_up_or_a_fair_generalisation_is_not_negative() -> None:
    story = (
        "One of my team kept coming back late from breaks, and the others were covering for "
        "him and getting a bit fed up. In my experience most people are fine once you ask "
        "what's going on, so I took him aside, and it turned out his mum was ill. We moved his "
        "break to visiting time and he was back on time from the next week. I learned to ask "
        "before assuming it's attitude."
    )
    found = codes("Describe a time you gave difficult feedback.", story)
    assert not found & {"negative_tone", "disparaging"}


def test_a_story_told_in_the_past_is_on_a_behavioural_question() -> None:
    story = (
        "OK, so I was supporting a gentleman of ninety who lived alone. Over two weeks I "
        "noticed his plates were coming back full, so I weighed him with his permission and "
        "he had lost three kilos. I stayed after my call and asked him about the food: the "
        "microwave meals were not what he ate at home. I rang his daughter, and she now "
        "batch-cooks his own dishes at the weekend. Within a month he was eating again. I "
        "learnt to ask why, not just write 'refused'."
    )
    q = "Give me an example of a time you went above and beyond for someone you supported."
    assert "off_question" not in codes(q, story)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "What would you say is your main weakness?",
            "I have tended to hold on to work I should delegate. As a new team lead I still "
            "wrote most of the month-end reports myself while two analysts had spare time. I "
            "now keep a list of recurring tasks and hand one over each month.",
        ),
        (
            "What's one weakness you're working on?",
            "Presenting to large groups. When I presented our absence policy to forty managers "
            "I rushed and read from the slides, so I volunteered to run the monthly induction "
            "and I rehearse with a colleague first.",
        ),
        (
            "How would you explain the difference between a LEFT JOIN and an INNER JOIN?",
            "An INNER JOIN keeps only rows that match in both tables, while a LEFT JOIN keeps "
            "every row of the left table and fills the rest with NULL, which is what you want "
            "when counting customers with no orders.",
        ),
        (
            "How do you handle feedback on your code?",
            "I treat review comments as information rather than criticism. If I disagree, I "
            "explain my reasoning in the thread and ask what I'm missing, and if we still "
            "disagree we talk it through on a call.",
        ),
        (
            "Walk me through your background.",
            "I came to UK in 2014 from Poland and I start at Dunmore Logistics as picker on "
            "nights. After one year I got my reach truck licence, and in 2017 they make me team "
            "leader on goods-in, so now I have eleven people on my shift.",
        ),
        (
            "What's your greatest strength?",
            "Accuracy. In two years on the counter my till has balanced to the penny every day, "
            "and I've spotted three counterfeit notes that got past the machine.",
        ),
    ],
)
def test_strong_answers_in_their_own_words_are_on_the_question(question: str, answer: str) -> None:
    assert "off_question" not in codes(question, answer)


def test_one_unbacked_cliche_costs_less_than_several() -> None:
    q = "Tell me a bit about yourself."
    base = (
        "I started out waiting tables, then supervised a hotel front desk for four years and "
        "led a call-centre team of twelve for two. I'm halfway through my CIPD Level 3 at "
        "evening classes. {claim}"
    )
    one = analyze_answer(q, base.format(claim="I'm a real people person, so I'd be good at this."))
    many = analyze_answer(
        q, base.format(claim="I'm a people person, a hard worker and a team player, so it fits.")
    )
    cost = {
        name: next(j.points for j in fb.judgements if j.code == "generic_claim")
        for name, fb in (("one", one), ("many", many))
    }
    assert 0 > cost["one"] > cost["many"]


@pytest.mark.parametrize(
    "aside",
    [
        "Dr Hale, bless her, delivers every briefing like the shipping forecast.",
        "My mentor is a gifted artist and about as gentle as a cheese grater.",
        "Some of my colleagues have all the subtlety of a fire alarm.",
        "The head brewer hasn't opened a manual since the nineties.",
        "The owner's idea of training was a laminated sheet on the fridge.",
        "Our supervisor needs two coffees before he can count past ten.",
    ],
)
def test_condescension_dressed_as_affection_or_wit_is_disparaging(aside: str) -> None:
    story = (
        "Last spring we changed how handovers run on the late shift. {aside} I wrote a one-page "
        "checklist, walked each person through it, and missed handover items fell from six a "
        "month to one. I learned to test a new routine with the people who use it first."
    )
    assert "disparaging" in codes(
        "Tell me about a time you changed a process.", story.format(aside=aside)
    )


def test_reporting_a_problem_or_a_bad_night_is_not_disparaging() -> None:
    story = (
        "A customer came back saying he couldn't read his computer screen with his new lenses. "
        "It was a bad night for everybody on the ward too, so I kept it short: I rechecked the "
        "fitting, found the segment set two millimetres low, and had the lenses remade free. "
        "He came back a week later reading comfortably. I learned to check posture at fitting."
    )
    assert "disparaging" not in codes("Tell me about a time you handled a complaint.", story)


def test_why_us_answered_only_about_oneself_is_off_the_question() -> None:
    q = "Why do you want to work for us?"
    about_me = (
        "A couple of things about how I manage. I run a ten-minute huddle before opening, I "
        "walk the floor with the duty manager every afternoon and we pick three things to "
        "fix, and I build rotas four weeks ahead to match footfall, which cut agency spend by "
        "twelve thousand pounds last Christmas."
    )
    about_us = (
        "I want this store manager role because your stores own their staffing budget, which "
        "at my company sits with the area manager, and I've done well with that control: last "
        "Christmas I rebuilt our rota and cut agency spend by twelve thousand pounds."
    )
    assert "off_question" in codes(q, about_me)
    assert "off_question" not in codes(q, about_us)


@pytest.mark.parametrize(
    "answer",
    [
        "Honestly, I've tended to under-quote time. A tuning is an hour, but a neglected piano "
        "needs a pitch raise too, and I'd do it all for the standard fee and run late. So I "
        "now ask three questions when people book and quote for what I find.",
        "Um, it's probably that I under-quote time. I'd do the extra work for the standard fee "
        "and then run late for the next customer, so about a year ago I changed two things "
        "in how I book.",
    ],
)
def test_a_weakness_said_plainly_is_on_the_question(answer: str) -> None:
    assert "off_question" not in codes("What's your greatest weakness?", answer)


def test_the_score_and_the_judgement_read_the_same_lesson_through_fillers() -> None:
    story = (
        "Our night handovers kept missing post-op drains, so I asked my colleague for ten "
        "minutes after a shift and we agreed a one-page checklist. Missed items fell from six "
        "a month to none over the next two months. What I, um, learned is to raise it early "
        "and ask what is getting in the way."
    )
    fb = analyze_answer("Tell me about a time you had a conflict with a colleague.", story)
    assert fb.content.talking_points["lessons"]
    assert any(f.rule == "reflection" for f in fb.score_breakdown)
    assert not any(f.rule == "lesson" for f in fb.score_breakdown)
