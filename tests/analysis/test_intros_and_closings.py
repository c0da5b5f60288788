"""A self-introduction told from birth, a reason that any job would do, superiority said in
other words, and a closing that asks only what the job gives. Pairs differ in one thing."""

from __future__ import annotations

import pytest

from interview_coach.questions.answering import analyze_answer

from .test_judgements import codes

INTRO_Q = "Tell me a bit about yourself."
PATH = (
    "I did business management at Keele, and for the last two years I've run the evening "
    "shift at a sports bar, twelve staff and the weekly stock order, which I cut by about a "
    "tenth by matching it to the fixture list. I've also played five-a-side since school and "
    "I captain the team now. I'm applying for the sales scheme because I like the pace of "
    "targets and I've already sold function packages to local clubs."
)


def test_a_life_story_told_from_birth_rambles() -> None:
    born = "So, where do I start, I was born in Stoke and grew up above my parents' shop. "
    now = "So, right now I'm a shift manager at a sports bar in Stoke, nearly three years. "
    told_from_birth = analyze_answer(INTRO_Q, born + PATH)
    from_now = analyze_answer(INTRO_Q, now + PATH)
    assert "rambling" in {j.code for j in told_from_birth.judgements}
    assert "rambling" not in {j.code for j in from_now.judgements}
    assert from_now.scores.overall > told_from_birth.scores.overall


def test_where_someone_grew_up_later_on_is_a_personal_touch() -> None:
    later = PATH + " I grew up in Stoke, so I know most of the clubs around here already."
    assert "rambling" not in codes(INTRO_Q, later)


MINJI = (
    "I'm Minji, I'm studying English at the language school here, and I worked two years "
    "in a bakery cafe in Busan, mostly on the coffee machine and the morning rush. "
)
OWN_REASON = "I'd like to work here because I love how you roast your own beans on site."


@pytest.mark.parametrize(
    "reason",
    [
        "i need a job now any job is ok for me",
        "honestly I don't care what job it is, I just need a job",
        "I've applied to loads of places, cafes, shops, anything",
    ],
)
def test_any_job_will_do_sounds_uncaring_in_an_introduction(reason: str) -> None:
    # Who she is was said: what a hiring manager hears is that any job would do.
    found = codes(INTRO_Q, MINJI + reason + ".")
    assert "negative_tone" in found and "off_question" not in found
    assert "negative_tone" not in codes(INTRO_Q, MINJI + OWN_REASON)
    # Asked why she applied as well, it is no reason of her own.
    why_q = "Introduce yourself and tell us why you applied."
    assert "off_question" in codes(why_q, MINJI + reason + ".")


def test_someone_elses_reason_is_no_reason_of_ones_own() -> None:
    reason = "I only looked at sales because my mate said the money's decent."
    assert "off_question" in codes(INTRO_Q, MINJI + reason)
    assert "off_question" not in codes(INTRO_Q, MINJI + OWN_REASON)


@pytest.mark.parametrize(
    "boast",
    [
        "I think I'm probably better than a lot of people who did a degree",
        "I've forgotten more about employment law than most HR people ever learn",
        "I don't suffer fools",
        "my team were fine but I was carrying them",
    ],
)
def test_superiority_in_other_words_is_arrogance(boast: str) -> None:
    answer = (
        "I've been in HR for twenty years, mostly in manufacturing, and I've run three "
        f"restructures without a tribunal claim. {boast}, and I'd bring that to your team."
    )
    assert "arrogance" in codes(INTRO_Q, answer)


CLOSING_Q = "Do you have any questions for us?"


@pytest.mark.parametrize(
    "perks",
    [
        "yeah um just how many days holiday do you get and can you pick when you take them "
        "because we usually go away in august",
        "How many days holiday is it? And is there staff parking? That's it really, thanks.",
    ],
)
def test_a_closing_that_asks_only_what_the_job_gives_misses_the_point(perks: str) -> None:
    work = (
        "What does a typical first month look like for a new driver on the rural routes? And "
        "is there staff parking at the depot?"
    )
    assert "off_question" in codes(CLOSING_Q, perks)
    assert "off_question" not in codes(CLOSING_Q, work)
    assert analyze_answer(CLOSING_Q, work).scores.overall > (
        analyze_answer(CLOSING_Q, perks).scores.overall
    )


FAILURE_Q = "Tell me about a time you failed."
FAILURE = (
    "During my internship I pushed a database migration that I had tested locally but not "
    "against production data, and it locked a big table for twelve minutes, so the support "
    "dashboard was down. That was on me, and I told my lead straight away. "
)


@pytest.mark.parametrize(
    "outcome",
    [
        "We rolled it back within the hour, and I wrote the incident note myself.",
        "I added a staging run to the migration checklist, and the team kept that step.",
    ],
)
def test_damage_contained_or_a_fix_kept_is_a_result(outcome: str) -> None:
    assert "no_result" not in codes(FAILURE_Q, FAILURE + outcome)
    assert "no_result" in codes(FAILURE_Q, FAILURE + "I felt bad about it for a long time.")


FIVE_YEARS_Q = "Where do you see yourself in five years?"


def test_a_five_year_plan_that_leaves_the_job_misses_the_question() -> None:
    here = (
        "In five years I'd like to be leading the design side of a small in-house team like "
        "yours, owning the brand system, and mentoring a junior or two. "
    )
    leaving = (
        "Honestly, ideally I want to be doing my own thing by then, freelance or a little "
        "studio, so for now I want the portfolio. "
    )
    shared = "This role gives me campaigns end to end, which I haven't had yet."
    assert "off_question" in codes(FIVE_YEARS_Q, leaving + shared)
    assert "off_question" not in codes(FIVE_YEARS_Q, here + shared)


def test_the_employer_named_as_the_question_names_it_answers_why_us() -> None:
    answer = (
        "I looked after my nan for two years, she had vascular dementia, and I knew how to "
        "calm her in the evenings. When I read that elmfield does life story books with every "
        "resident, I thought that's exactly what we did with her, so I want to train properly."
    )
    assert "off_question" not in codes("Why do you want to work at Elmfield?", answer)
    assert "off_question" in codes("Why do you want to work at Harbour View?", answer)


@pytest.mark.parametrize(
    ("opening", "rambles"),
    [
        ("Yeah so it started when I was like, eight, my dad had this old laptop. ", True),
        ("I'm a mechanic, and when I was sixteen I started at a Ford dealer. ", False),
    ],
)
def test_a_childs_age_opens_a_life_story_a_first_jobs_does_not(opening: str, rambles: bool) -> None:
    assert ("rambling" in codes(INTRO_Q, opening + PATH)) is rambles


@pytest.mark.parametrize(
    "outcome",
    [
        "It was signed within twenty minutes, and when he left he even said sorry for shouting.",
        "The patient apologised to the whole waiting room before she left.",
    ],
)
def test_the_other_persons_turn_is_a_result(outcome: str) -> None:
    story = (
        "A gentleman came in shouting because his prescription wasn't ready. I came round the "
        "desk, said I could hear he was frustrated, checked the system, and saw the doctor had "
        "not signed it, so I messaged the duty doctor in front of him. "
    )
    q = "Tell me about a time you dealt with a difficult member of the public."
    assert "no_result" not in codes(q, story + outcome)
    assert "no_result" in codes(q, story + "I think the key was not to argue in front of people.")


@pytest.mark.parametrize(
    "boast",
    [
        "the other people in the group are not on my level",
        "my lecturers always said my work was the best in the year",
        "sometimes I have to do their part also",
        "I don't really need a team",
        "to be honest I'm better on my own",
    ],
)
def test_putting_oneself_above_the_group_is_arrogance(boast: str) -> None:
    answer = (
        "I've been a self-employed plumber for eleven years and I fit about two bathrooms a "
        f"month, and {boast}, so I'd bring that standard here."
    )
    assert "arrogance" in codes("Tell me about a time you worked as part of a team.", answer)


def test_looking_to_leave_is_a_why_leaving_question() -> None:
    answer = (
        "I've been assistant manager for three years and I've run the store on my own for long "
        "stretches, including the Christmas peak. There's no store manager role opening in our "
        "area, so I want the next step, and this is that step."
    )
    assert "off_question" not in codes("Why are you looking to leave your current role?", answer)


def test_a_weakness_named_by_its_habit_and_the_work_on_it_answers_the_question() -> None:
    answer = (
        "Delegating well. When a workstream is at risk my reflex is to jump in and do it myself. "
        "Since then I've tried to agree at the start who owns what, and I've also started a "
        "fortnightly check-in with my leads about blockers."
    )
    assert "off_question" not in codes("Tell me about a weakness you're working on.", answer)


@pytest.mark.parametrize(
    "closing",
    [
        "Just how many days holiday is it in the first year? And can I work from home straight "
        "away, or do you have to wait till after probation?",
        "Not really, you covered it. Oh, sorry, what is it the company does exactly, like the "
        "main thing? I should probably know that.",
    ],
)
def test_perks_in_the_first_year_and_not_knowing_the_company_miss_the_point(closing: str) -> None:
    assert "off_question" in codes("Is there anything you'd like to ask us?", closing)


@pytest.mark.parametrize(
    "asides",
    [
        "I've learned a huge amount there, mostly about how not to run a kitchen, and the owner "
        "only cares about money",
        "I did everything for them and nobody says thank you, so I am finished with that place",
        # Irony: a burden praised.
        "I've learned a lot there about how not to run a kitchen, and now the owner wants every "
        "menu costed a week ahead, which, as you can imagine, is a joy",
    ],
)
def test_bitter_asides_about_the_last_job_are_negative(asides: str) -> None:
    base = "I've been a sous chef there for two years, I run the ordering and the rota, and "
    close = ". I'm looking for a kitchen where I can grow into a head chef role."
    assert "negative_tone" in codes("Why are you leaving your current job?", base + asides + close)
    calm = "I've learned a huge amount there, and I'm grateful for it"
    assert "negative_tone" not in codes(
        "Why are you leaving your current job?", base + calm + close
    )


@pytest.mark.parametrize(
    ("irony", "sincere"),
    [
        ("which, as you can imagine, is a joy on a full rota", "which I enjoy on a full rota"),
        ("oh joy, another stocktake on a Sunday", "so I did another stocktake on a Sunday"),
    ],
)
def test_a_burden_praised_in_irony_is_negative(irony: str, sincere: str) -> None:
    q = "Why are you leaving your current job?"
    base = (
        "I've been a sous chef there for two years and I run the ordering. The owner changed "
        "the menu three times this year, and it's pointless, "
    )
    close = ". I'm looking for a kitchen where I can grow into a head chef role."
    assert "negative_tone" in codes(q, base + irony + close)
    assert "negative_tone" not in codes(q, base + sincere + close)


def test_a_customer_called_a_tyre_kicker_is_run_down() -> None:
    answer = (
        "We had a bloke who came in every Saturday for two months test driving the same Golf. "
        "You get them, tyre kickers, so in the end I passed him to the new lad."
    )
    assert "disparaging" in codes(
        "Tell me about a time you dealt with a difficult customer.", answer
    )


def test_a_backlog_cleared_by_a_date_is_a_result() -> None:
    story = (
        "When outpatients moved to electronic referrals I volunteered as a super-user, did the "
        "extra training and made a one-page guide for the five commonest tasks. "
    )
    q = "Tell me about a time you had to adapt to a change at work."
    assert "no_result" not in codes(q, story + "We had a backlog but cleared it by week four.")
    assert "no_result" in codes(q, story + "I also joined the morning huddle to answer questions.")


def test_two_good_questions_back_are_not_too_brief() -> None:
    """Asking two or three questions takes fifteen to forty seconds: a closing answer that asks
    two well-aimed ones is whole, not "too brief to convince"."""
    fb = analyze_answer(
        "Do you have any questions for us?",
        "Yes, a couple. What would the first three months look like for whoever gets this role, "
        "and how do you measure whether they're doing well? And I noticed you're opening a "
        "second site next spring, so how would this team be involved in that?",
    )
    assert fb.delivery.length.verdict == "good"
    assert not any("too brief" in t.message for t in fb.tips)


def test_why_leaving_does_not_ask_for_the_new_employers_story() -> None:
    """ "Why are you leaving?" asks for the reason and the direction: an answer with neither a
    role nor a company part is not missing them, and its stronger version adds no brackets for
    them; "why do you want to work here?" still asks for the company."""
    answer = (
        "I'm leaving because there's no room to grow where I am. I've been a senior care "
        "assistant for three years and I mentor the new starters, but the home has no deputy "
        "post. I want to keep developing towards nursing."
    )
    leaving = analyze_answer("Why are you leaving your current job?", answer)
    assert leaving.structure.missing == []
    assert leaving.stronger_version is not None
    assert "[Company" not in leaving.stronger_version.text
    here = analyze_answer("Why do you want to work here?", answer)
    assert "company" in here.structure.missing
