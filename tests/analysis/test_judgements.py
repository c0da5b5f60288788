"""Judgements a hiring manager makes: each fires on the words that earn it, quotes them, costs
points, and stays quiet on the same answer without them (pairs differ in one thing)."""

from __future__ import annotations

import itertools
import re

import pytest

from interview_coach.analysis import analyze_answer
from interview_coach.analysis.registry import CODES, RULES
from interview_coach.analysis.scoring import length_penalty
from interview_coach.interviewer.followups import OFF_TOPIC, probes_for
from interview_coach.types import Question

FAILURE_Q = "Tell me about a time something you were responsible for went wrong."
OWNED = (
    "In March I ran the stock count at our Leeds warehouse and the totals were out by four "
    "hundred units. I had skipped the second count on two aisles to finish early, and that "
    "part is on me. I recounted every aisle with a colleague over the weekend, found the two "
    "pallets I had missed, and corrected the system by Monday. The variance came down to "
    "twelve units. Since then I never skip the second count, whatever the time."
)
BLAMED = (
    "In March I ran the stock count at our Leeds warehouse and the totals were out by four "
    "hundred units. It wasn't my fault, because the agency staff didn't scan the two aisles "
    "they were given. I recounted every aisle with a colleague over the weekend, found the two "
    "pallets they had missed, and corrected the system by Monday. The variance came down to "
    "twelve units. Since then I never trust their counts, whatever the time."
)


def codes(question: str, answer: str) -> set[str]:
    return {j.code for j in analyze_answer(question, answer).judgements}


def test_every_registry_code_has_a_title_tip_and_follow_up() -> None:
    assert len(CODES) == 13
    for code in CODES:
        r = RULES[code]
        assert r.title and r.tip and r.follow_up and r.points > 0 and r.cap >= r.points


def test_blame_is_found_quoted_and_costs_more_than_owning_it() -> None:
    owned, blamed = analyze_answer(FAILURE_Q, OWNED), analyze_answer(FAILURE_Q, BLAMED)
    assert "blame" not in {j.code for j in owned.judgements}
    blame = next(j for j in blamed.judgements if j.code == "blame")
    assert blame.points < 0
    quoted = " ".join(e.text for e in blame.evidence)
    assert "wasn't my fault" in quoted
    for e in blame.evidence:
        assert blamed.transcript[e.start : e.end] == e.text
    assert owned.scores.overall > blamed.scores.overall
    assert blamed.tips[0].message.startswith("Blames others")


def test_blame_leads_the_interviewer_to_ask_what_they_would_do_differently() -> None:
    q = Question(text=FAILURE_Q, category="behavioural")
    fb = analyze_answer(q, BLAMED)
    probes = probes_for(q, fb)
    assert probes[0].rule == "blame"
    assert "differently" in probes[0].text


@pytest.mark.parametrize(
    ("code", "question", "clean", "flawed"),
    [
        (
            "disparaging",
            "Why are you leaving your current job?",
            "I've learned a lot in four years at the bakery, and I'm ready to run a kitchen "
            "of my own. The owner is moving the business to wholesale, which means less of the "
            "pastry work I came for, so the timing is right for me to look for a head role.",
            "I've learned a lot in four years at the bakery, but the owner is clueless and "
            "the other bakers are lazy. He's moving the business to wholesale, which means "
            "less of the pastry work I came for, so the timing is right for me to look.",
        ),
        (
            "humblebrag",
            "What is your greatest weakness?",
            "I find it hard to delegate. Last year I rewrote two reports my junior had already "
            "done, and we missed a handover. Now I agree the standard up front and review only "
            "the final draft, and she has run the monthly report alone since June.",
            "I'm a perfectionist and I care too much about my work. Last year I rewrote two "
            "reports my junior had already done, and we missed a handover. Now I agree the "
            "standard up front and she has run the monthly report alone since June.",
        ),
        (
            "arrogance",
            "How do you handle feedback from colleagues?",
            "I ask for it early. When a colleague said my handover notes were too long, I cut "
            "them to a one-page checklist, and the night team now finish handover in ten "
            "minutes instead of twenty-five. I still ask her to check them once a month.",
            "I rarely need it, because I'm usually better than anyone on the ward. When a "
            "colleague said my handover notes were too long, I cut them to a checklist, and "
            "the night team now finish handover in ten minutes instead of twenty-five.",
        ),
        (
            "negative_tone",
            "Why do you want to move into teaching?",
            "I've coached the under-twelves football team for three years and the best part "
            "is watching a child get something they couldn't do in September. I want that to "
            "be my job, so I did a year as a teaching assistant to be sure, and I was.",
            "I'm sick of my office job and frankly the whole sector is a waste of time. I've "
            "coached the under-twelves team for three years and the best part is watching a "
            "child get something they couldn't do in September, so I want that instead.",
        ),
        (
            "generic_claim",
            "What's your greatest strength?",
            "Planning. I ran the rota for a forty-bed ward for two years, cut agency shifts "
            "from thirty a month to eight, and nobody worked more than three nights in a row. "
            "My manager asked me to train the other ward coordinators in the same method.",
            "Planning. I'm a hard-working team player with excellent organisational skills, "
            "I'm passionate about getting things right and I always go above and beyond. My "
            "manager often told me I was reliable and dedicated, which I'm proud of.",
        ),
    ],
)
def test_each_judgement_fires_on_its_words_only(
    code: str, question: str, clean: str, flawed: str
) -> None:
    assert code not in codes(question, clean)
    assert code in codes(question, flawed)
    assert (
        analyze_answer(question, clean).scores.overall
        > analyze_answer(question, flawed).scores.overall
    )


@pytest.mark.parametrize(
    "intro",
    [
        "I'm a staff nurse on a cardiac ward at St Anne's, four years now, mostly nights. "
        "Before that I did my training at Northfield and a year on acute medicine. I'm "
        "looking for a sister post where I can teach the newly qualified nurses.",
        "So I've driven buses for eleven years out of the Marsh Lane depot, and for the last "
        "three I've mentored new drivers through their first fortnight. Before buses I drove "
        "deliveries. I'd like to train drivers full time, which is why I applied.",
        "Right now I run the pastry section at a hotel in Bath with two commis under me. I "
        "started as a kitchen porter at sixteen, went to college part time, and worked my way "
        "up. Next I want to open a breakfast menu of my own, and this café fits that.",
    ],
)
def test_a_strong_self_introduction_is_never_off_topic(intro: str) -> None:
    fb = analyze_answer("Tell me about yourself.", intro)
    assert "off_question" not in {j.code for j in fb.judgements}
    q = Question(text="Tell me about yourself.", category="opening")
    assert OFF_TOPIC not in {p.rule for p in probes_for(q, fb)}


def test_a_football_story_for_a_price_objection_is_off_the_question() -> None:
    q = "A customer says your price is too high. How do you respond?"
    football = (
        "On Saturday our five-a-side team played the league leaders. We were two down at "
        "half time, so I moved into midfield, we pressed higher, and we drew three all in the "
        "last minute. The lads bought me a pint afterwards."
    )
    fb = analyze_answer(q, football)
    assert "off_question" in {j.code for j in fb.judgements}
    assert fb.scores.band in ("weak", "mixed")


def test_a_method_question_answered_with_generalities_is_off_the_question() -> None:
    q = "A quality-control sample fails during a run. What do you do?"
    general = (
        "Quality is very important in a laboratory because wrong results are serious. I "
        "have always been a careful person and my supervisor was always happy with my work. "
        "Teamwork and communication are key, and following the procedure is essential."
    )
    method = (
        "I'd stop the run and hold every result since the last passing control. Then I'd "
        "check the control lot, its expiry and how it was stored, and rerun it. If it fails "
        "again I'd recalibrate, record the deviation, and tell the senior scientist."
    )
    assert "off_question" in codes(q, general)
    assert "off_question" not in codes(q, method)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "I'm on forty-two thousand now, so anything above that would be fine, and I could "
            "go lower if the hours are better.",
            {"disclosed_current_salary", "offered_less"},
        ),
        ("Honestly, whatever you think is fair. I just want the job.", {"no_range"}),
        (
            "My base is 90k with a bonus on top. From similar roles I've seen advertised, I'd "
            "expect 100 to 110 for this one.",
            {"disclosed_current_salary"},
        ),
        (
            "Well I make seventeen fifty an hour now, so anything over twenty an hour is good.",
            {"disclosed_current_salary"},
        ),
        (
            "Where I am now they pay me twenty-eight thousand, so I was hoping for thirty-two.",
            {"disclosed_current_salary"},
        ),
    ],
)
def test_salary_mistakes_are_named(answer: str, expected: set[str]) -> None:
    assert expected <= codes("What are your salary expectations?", answer)


def test_a_researched_range_or_a_polite_deferral_is_a_good_salary_answer() -> None:
    q = "What are your salary expectations?"
    ranged = (
        "Based on what similar site manager roles in the region are advertised at, and my "
        "six years running sites, I'm looking for fifty-two to fifty-six thousand."
    )
    deferral = (
        "I'd like to understand the scope of the role a bit better before I give you a "
        "number. Could you share the range budgeted for the post?"
    )
    bare_range = (
        "Looking at what similar roles in the area are paying, I'd be looking for 36 to 39, "
        "depending on the hours."
    )
    short_deferral = (
        "I'd rather understand the full scope of the role first; what's the budgeted range?"
    )
    salary = {"disclosed_current_salary", "offered_less", "no_range"}
    for answer in (ranged, deferral, bare_range, short_deferral):
        assert not codes(q, answer) & salary, answer


def test_non_native_phrasing_is_not_penalised_as_tone_or_claims() -> None:
    answer = (
        "In my previous company in Lagos I am handling the accounts payable for three years. "
        "One time the supplier payments were delayed two weeks because I did not check the "
        "bank cut-off date, this is my mistake. I called each supplier myself, I made a "
        "payment plan, and we did the needful within five days. Since then I am checking the "
        "cut-off calendar every Monday and we had no late payment for eighteen months."
    )
    found = codes("Tell me about a mistake you made at work.", answer)
    assert not found & {"negative_tone", "generic_claim", "blame", "disparaging", "arrogance"}


def test_length_is_a_smooth_curve_not_a_cliff() -> None:
    steps = [length_penalty(n, 130, 325) for n in range(0, 700)]
    assert steps[130] == 0 == steps[325] and steps[0] == pytest.approx(40)
    assert max(abs(a - b) for a, b in itertools.pairwise(steps)) < 1.0
    q = "Tell me about a time you fixed a fault."
    base = OWNED.split()
    a, b = " ".join(base[:58]) + ".", " ".join(base[:59]) + "."
    fa, fb = analyze_answer(q, a), analyze_answer(q, b)
    assert abs(fa.scores.delivery - fb.scores.delivery) <= 1


def test_tips_are_ordered_by_gain_never_praise_and_never_contradict() -> None:
    long_answer = " ".join([OWNED] * 6)
    fb = analyze_answer(FAILURE_Q, long_answer)
    gains = [t.gain for t in fb.tips]
    assert gains == sorted(gains, reverse=True)
    text = " ".join(t.message for t in fb.tips)
    assert "too brief" not in text and "very thin" not in text
    assert not any("Keep" in t.message or "credible" in t.message for t in fb.tips)
    assert fb.strengths  # praise lives here instead


def test_stronger_version_edits_the_users_words_and_invents_nothing() -> None:
    answer = (
        "Um, so last year, like, our returns queue was, you know, three weeks behind. "
        "I think I sort of set up a triage board and I trained two colleagues on it."
    )
    fb = analyze_answer("Tell me about a time you improved a process.", answer)
    sv = fb.stronger_version
    assert sv is not None
    assert "Um" not in sv.text and "you know" not in sv.text and "I think" not in sv.text
    assert "[" in sv.text  # the missing result is a placeholder, not an invented number
    original = set(re.findall(r"[a-z']+", answer.lower()))
    outside = re.sub(r"\[[^\]]*\]", " ", sv.text.lower())
    assert set(re.findall(r"[a-z']+", outside)) <= original
    assert {d.op for d in sv.diff} >= {"equal", "delete"}


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
    ("text", "fillers"),
    [
        ("we had to like model it in a spreadsheet first", ["like"]),
        ("it took like three weeks to fix", ["like"]),
        ("the manager was like, we need it by Friday", []),
        ("and I'm like okay that's fine", []),
        ("ummm the first thing was the rota y'know", ["ummm", "y'know"]),
        ("I like working with people and tools like Excel", []),
        ("like I said, the audit came first", []),
        ("the walk-in fridge like failed the night before", ["like"]),
        ("so we were paid less, like around thirty pounds each", ["like"]),
        ("I refitted the treads like properly with a laser line", ["like"]),
        ("but I like put the cluster on the wrong cow", ["like"]),
        ("That's the bit I love, like.", ["like"]),
        ("she kept talking to her the whole time you know even though she was out", ["you know"]),
        ("I said, you know he lives alone and his daughter is away", []),
        ("because you know you can't do both properly", []),
        ("You know your customers by name after a month", []),
        ("what I like about the job is the people", []),
        ("so i'm like in my last year at uni", ["like"]),
        ("i am like so tired the next day", ["like"]),
        ("what does like a normal week look like here", ["like"]),
        ("so is there like a training period at the start", ["like"]),
        ("at my place i do like ten hours extra a week", ["like"]),
        ("which was, you know, like character building", ["you know", "like"]),
        ("I would like full time hours and more responsibility", []),
        ("I can show you the app if you'd like. Er, it's on my phone", ["Er"]),
        ("it's like a second home to me", []),
        ("the day before he disappeared like and I was worried sick", ["like"]),
        ("a couple of mil out at the top you know you wouldn't see it", ["you know"]),
        ("I like and respect the people I work with", []),
    ],
)
def test_fillers_in_spontaneous_speech(text: str, fillers: list[str]) -> None:
    fb = analyze_answer("Tell me about your last role.", text)
    assert [m.text for m in fb.delivery.fillers] == fillers


def test_job_terms_count_under_other_names() -> None:
    from interview_coach.types import JobProfile

    job = JobProfile(required_skills=("A/B testing", "SQL"))
    fb = analyze_answer(
        "Tell me about an experiment you ran.",
        "Last quarter I ran six A/B tests on the checkout page and lifted conversion by 4 %.",
        job,
    )
    jd = fb.content.job_description
    assert jd is not None
    assert [c.term for c in jd.covered] == ["A/B testing"]
    assert jd.covered[0].evidence[0].text == "A/B tests"
    assert jd.missing == ["SQL"]


@pytest.mark.parametrize(
    "answer",
    [
        "My new starter was slow on the tills at first because nobody had trained him, so I "
        "paired with him for two shifts and wrote a one-page guide; by Friday he ran a till alone.",
        "The real problem was the old stock system, which counted returns twice. I rebuilt the "
        "report, checked it against a manual count, and the variance fell from 3 % to 0.4 %.",
    ],
)
def test_describing_a_problem_or_a_colleague_plainly_is_not_disparaging(answer: str) -> None:
    assert "disparaging" not in codes("Tell me about a problem you solved at work.", answer)


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
    assert "no_reflection" in codes(q, story.format(close="The scheme then went to Year 8."))
    for close in (
        "My lesson: agree the marking standard first.",
        "What I took from it is to agree the marking standard first.",
        "Going forward I agree the marking standard in week one.",
    ):
        assert "no_reflection" not in codes(q, story.format(close=close)), close


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
