"""Judgements a hiring manager makes: each fires on the words that earn it, quotes them, costs
points, and stays quiet on the same answer without them (pairs differ in one thing)."""

from __future__ import annotations

import itertools
import re

import pytest

from answer_codes import codes
from interview_coach.analysis.delivery_score import length_penalty
from interview_coach.analysis.registry import CODES, DELIVERY_CODES, RULES
from interview_coach.interviewer.followups import OFF_TOPIC, probes_for
from interview_coach.questions.answering import analyze_answer
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


def test_every_registry_code_has_a_title_tip_and_follow_up() -> None:
    assert len(CODES) == 16
    for code in CODES:
        r = RULES[code]
        assert r.title and r.tip
        if code in DELIVERY_CODES:
            # Costed by the delivery score, never a second time by the registry.
            assert r.points == r.extra == r.cap == 0
        else:
            assert r.follow_up and r.points > 0 and r.cap >= r.points
    assert {"too_short", "filler_heavy"} == DELIVERY_CODES


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
        (
            "Um, so I'm on forty-one now with my current firm, and adverts round Leeds say 42 "
            "to 48 thousand, so I'd be looking at 45 to 48.",
            {"disclosed_current_salary"},
        ),
        (
            "Based on similar roles I'd be looking at 55 to 60 thousand, but really I'd take "
            "forty on the base, or whatever you can do, I'm not fussed.",
            {"offered_less"},
        ),
        (
            "Yes, that's absolutely fine, I'd accept 10% below, and I could go even lower.",
            {"offered_less"},
        ),
    ],
)
def test_salary_mistakes_are_named(answer: str, expected: set[str]) -> None:
    assert expected <= codes("What are your salary expectations?", answer)


def test_refusing_a_lower_figure_or_a_contract_length_is_no_salary_mistake() -> None:
    q = "Our budget is about 10% below what you asked for. Would you accept that?"
    refusal = (
        "I'd find it hard to accept 10% below, because my figure is based on the regional "
        "benchmarks for this role. Could we meet halfway with a review after six months?"
    )
    assert not {"offered_less", "disclosed_current_salary"} & codes(q, refusal)
    contract = (
        "I'm on a 12-month contract that ends in June. For this role, based on advertised "
        "rates, I'd be looking at 45 to 48 thousand."
    )
    assert "disclosed_current_salary" not in codes("What salary are you looking for?", contract)


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


def test_the_stronger_version_keeps_the_scene_of_a_short_answer_and_trims_a_long_ones() -> None:
    q = "Tell me about a time you solved a problem at work."
    role = "I've been a forklift driver for about six years at a cold-store warehouse."
    problem = "Last winter our pick rate dropped because the scanners kept freezing in the chamber."
    story = (
        " I worked out it was the batteries, so I started swapping them every two hours. I"
        " showed the other drivers and wrote it up for the shift manager. Pick errors went"
        " down from about forty a week to under ten. I learned to look for the simple cause"
        " first."
    )
    short = analyze_answer(q, role + " " + problem + story)
    assert short.delivery.length.verdict == "short"
    assert short.stronger_version is not None
    assert role in short.stronger_version.text and problem in short.stronger_version.text

    scene = (
        " The site was one of the biggest in the region, with three shifts and forty drivers."
        " The chamber ran at minus twenty, and the scanners had been bought the spring before."
    )
    long = analyze_answer(q, role + " " + problem + scene * 10 + story)
    assert long.delivery.length.verdict in ("long", "too_long")
    assert long.stronger_version is not None
    assert long.stronger_version.text.count("three shifts and forty drivers") < 10


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
        ("i've just done like part time stuff since college", ["like"]),
        ("then I showed her like the aprons we use on the ward", ["like"]),
        ("they treated me like a child, and I had done it like that for years", []),
        ("my team lead just you know looked at me and I said right", ["you know"]),
        ("I'd be running the payroll on my own you know not just inputting", ["you know"]),
        ("You know how to test a circuit, you know the regs, but every house differs", []),
        ("it taught me to like stay calm and keep moving", ["like"]),
        ("and I just like wanted the floor to swallow me", ["like"]),
        ("the colour came out like bright orange and she was upset", ["like"]),
        ("his mates were all like, just drive, mate", []),
        ("it was like seeing the place fresh", []),
        ("and like I put a note on the file to call him myself", ["like"]),
        ("I asked what the shift was like from their side", []),
        ("the office know what it's like so they shared out my calls", []),
        ("I rang her back on the Friday, like I'd promised", []),
        ("I packed the van like I always do and drove off", []),
        ("so like I had one morning where the first client was out", ["like"]),
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
        # The speaker described, not someone else: "a self-starter who always thinks ahead".
        "im a really proactive self starter who always thinks ahead, so I rebuilt the rota "
        "and cut overtime by a fifth.",
        "I'm not the kind of person who complains, so I fixed the rota myself and cut overtime.",
    ],
)
def test_describing_a_problem_or_a_colleague_plainly_is_not_disparaging(answer: str) -> None:
    assert "disparaging" not in codes("Tell me about a problem you solved at work.", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "The client, who complains even about the smell of the mop, rang about the floor, so I "
        "went back, re-cleaned it with her watching, and she signed the sheet.",
        "It was usually a day-tripper who thinks the car deck is part of the attraction, so I "
        "walked him back to the stairs and explained the rule.",
        "Two of the team were new and our manager was not technical at all, so I wrote the "
        "build steps down and ran them with each of them.",
    ],
)
def test_someone_summed_up_by_a_sneer_is_disparaged(answer: str) -> None:
    assert "disparaging" in codes("Tell me about a difficult situation at work.", answer)


@pytest.mark.parametrize(
    "aside",
    [
        "The new starter, bless her, had never seen a till before.",
        "Our so-called team lead was on his phone the whole time.",
        "His idea of a handover was a sticky note on the kettle.",
    ],
)
def test_condescension_is_disparaging(aside: str) -> None:
    answer = (
        "On a busy Saturday the card machine went down at lunchtime. {} I switched us to the "
        "backup reader, kept the queue moving and we lost no sales."
    )
    assert "disparaging" not in codes(
        "Tell me about a time you handled pressure.", answer.format("")
    )
    assert "disparaging" in codes(
        "Tell me about a time you handled pressure.", answer.format(aside)
    )
