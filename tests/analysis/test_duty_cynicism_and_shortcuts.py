"""Faults said politely: the cause handed on "in fairness", the duty put on another desk, a
shrug at the trade, and a safety step made occasional; with clean twins that must not be
flagged, and a pound figure in a method that is nobody's pay."""

from __future__ import annotations

import pytest

from answer_codes import codes

MISTAKE_Q = "Tell me about a mistake you made at work."
FITTING = (
    "Two years ago I fitted a new shower for a customer and the pump failed within a week. "
    "{cause} I went back the next day, fitted the right pump at no charge and apologised. "
    "Since then I check the water pressure before I order any pump."
)


@pytest.mark.parametrize(
    "cause",
    [
        "In fairness the spec sheet I'd been given listed the wrong pressure for the house.",
        "The plumber before me, who to be fair was very stretched that month, had left the "
        "valve half closed.",
        "It's really the responsibility of the merchant to check the pump matches the system.",
        "The fitter on the first visit should have checked the pressure before he left.",
        "I don't think there was much more I could have done with what I knew.",
    ],
)
def test_the_cause_or_the_duty_handed_on_politely_is_blame(cause: str) -> None:
    assert "blame" in codes(MISTAKE_Q, FITTING.format(cause=cause))


@pytest.mark.parametrize(
    "cause",
    [
        "To be fair, I hadn't checked the pressure before I ordered the pump.",
        "I'd ordered the pump from the catalogue without measuring the pressure.",
        "To be fair to the customer, she was very patient about it.",
    ],
)
def test_the_same_story_owned_is_not_blame(cause: str) -> None:
    assert "blame" not in codes(MISTAKE_Q, FITTING.format(cause=cause))


def test_whose_job_a_check_is_describes_a_method_outside_a_mistake_story() -> None:
    q = "Tell me about a time you handled a tricky installation."
    story = FITTING.format(
        cause="It's really the responsibility of the merchant to check the pump matches."
    ).replace("the pump failed within a week", "the house had very low pressure")
    assert "blame" not in codes(q, story)


def test_a_pound_figure_in_a_method_after_now_is_no_pay() -> None:
    q = "Tell me about a time you found an error in the accounts."
    story = (
        "At last year's audit of a joinery firm I found three machines depreciated from the "
        "invoice date, not the date they came into use. I recalculated the charge and agreed "
        "it with the finance director before the auditors arrived. I now check in-use dates on "
        "any addition over £10,000, and the audit cleared with no points on fixed assets."
    )
    assert "disclosed_current_salary" not in codes(q, story)


def test_pay_said_after_now_is_still_pay() -> None:
    answer = (
        "I've run the accounts team at a joinery firm for four years and I'm now on about "
        "£41,000, so I'm looking for a step up into a financial controller role."
    )
    assert "disclosed_current_salary" in codes("Tell me about yourself.", answer)


WHY_Q = "Why do you want to work for Larkfield Home Care?"
WHY = (
    "I've been a care assistant in a residential home for three years, mostly on the dementia "
    "unit, and I want to move into home care so people can stay in their own homes. {aside} "
    "I liked that you give each carer a regular round, so you get to know people properly."
)


@pytest.mark.parametrize(
    "aside",
    [
        "Let's be honest, care doesn't pay anywhere.",
        "Nobody goes into care for the love of it, I know that.",
        "Home care is a bit of a sinking ship at the moment.",
        "A job's a job at the end of the day.",
        "The agencies are all much of a muchness.",
        "I'm not under any illusions about the hours.",
        "Most places say it's about the clients, but really it's about the rota.",
    ],
)
def test_a_shrug_at_the_trade_in_passing_is_negative_tone(aside: str) -> None:
    assert "negative_tone" in codes(WHY_Q, WHY.format(aside=aside))


def test_the_same_answer_without_the_shrug_is_on_the_question_and_neutral() -> None:
    found = codes(WHY_Q, WHY.format(aside="I drive, so I can cover the rural calls."))
    assert not {"negative_tone", "off_question"} & found


PAY_Q = "What are your salary expectations?"


def test_flexible_about_the_shifts_is_not_going_down_on_pay() -> None:
    answer = (
        "Adverts for class one tanker work round here are between £16.50 and £18 an hour, so "
        "with my ADR I'm looking for about £17.50 plus the night rate, and I'm flexible once I "
        "know the shift pattern."
    )
    assert "offered_less" not in codes(PAY_Q, answer)
    flexible_on_pay = answer.replace("once I know the shift pattern", "if that's too high")
    assert "offered_less" in codes(PAY_Q, flexible_on_pay)


METHOD_Q = "How would you make sure a prescription is dispensed safely?"
METHOD = (
    "I do the clinical check first: the dose, interactions and anything on the record like "
    "renal function. {check} Before handing it out I confirm the name and address."
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            METHOD_Q,
            METHOD.format(
                check="If I dispensed it myself and we're busy, I'll usually just check it as "
                "I go, which is how most of us work on a busy day."
            ),
        ),
        (
            "How do you reprocess instruments between patients?",
            "I take the tray to the decon room, wash and inspect the instruments and bag them "
            "for the autoclave. When we're behind, the handpieces we don't always put through "
            "the autoclave, we give them a wipe, everyone does that when it's busy.",
        ),
        (
            "How would you replace a faulty light switch?",
            "I'd normally just flick the breaker off at the board and ask the customer to "
            "leave it alone, they usually know not to touch it, then I swap the switch.",
        ),
        (
            "A new client wants permanent colour. How would you handle it?",
            "I'd start with a consultation about her history. We'd normally do a skin test, "
            "but if she's had colour elsewhere I'd usually just go ahead on the day.",
        ),
        (
            "Tell me about a time you went above and beyond.",
            "When half the depot was off with flu I took the extra runs for a week. I didn't "
            "put the extra hours on the tacho sheet because it would have flagged, but nobody "
            "was left at a stop.",
        ),
    ],
)
def test_a_required_step_made_occasional_or_kept_off_the_record_is_unsafe(
    question: str, answer: str
) -> None:
    assert "unsafe" in codes(question, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            METHOD_Q,
            METHOD.format(
                check="If I dispensed it myself, a second person does the accuracy check, or "
                "on my own I take a break and check it against the script."
            ),
        ),
        (
            "How would you replace a faulty light switch?",
            "I'd isolate the circuit at the board, lock it off and tag it, prove my tester, "
            "test the switch is dead and prove the tester again, then swap the switch.",
        ),
        (
            "A new client wants permanent colour. How would you handle it?",
            "I'd start with a consultation about her history. She'd need a skin test 48 hours "
            "before, so I'd book that in and record it on her card.",
        ),
    ],
)
def test_the_step_done_properly_is_not_unsafe(question: str, answer: str) -> None:
    assert "unsafe" not in codes(question, answer)


INTRO_Q = "Walk me through your background."
INTRO = (
    "I've driven buses for eleven years, first on city routes and then for a coach firm, and "
    "my licence and CPC are up to date. {manager} Now I want to get back on service routes."
)


@pytest.mark.parametrize(
    "manager",
    [
        "My depot manager's lovely, but she's not really one for planning a rota.",
        "The depot manager, a nice man but not one for a difficult conversation, let it drift.",
        "The depot manager was a lovely guy and all, but he'd no clue how to run a rota.",
    ],
)
def test_faint_praise_turned_into_a_put_down_is_disparaging(manager: str) -> None:
    assert "disparaging" in codes(INTRO_Q, INTRO.format(manager=manager))


@pytest.mark.parametrize(
    "manager",
    [
        "My depot manager was really supportive and signed off my route training.",
        "I'm friendly, but not one for small talk on a long shift.",
        "You'd be lucky if the heating worked on the older buses, so I kept a flask.",
        "The pay there was about a pound an hour better than the others in town.",
    ],
)
def test_praise_a_plain_fact_or_a_complaint_about_kit_is_not_a_put_down(manager: str) -> None:
    assert not {"disparaging", "arrogance"} & codes(INTRO_Q, INTRO.format(manager=manager))


@pytest.mark.parametrize(
    "boast",
    [
        "I don't want to sound arrogant, but I'm ready for more responsibility.",
        "I think I'd be one of the stronger paralegals you could hire.",
        "My partner says I draft better than some of the associates.",
        "I'd raise the standard of the team fairly quickly.",
    ],
)
def test_a_boast_behind_a_disclaimer_or_a_rank_is_arrogance(boast: str) -> None:
    answer = (
        "I've run a residential conveyancing caseload for three years at a high-street firm. "
        f"{boast} Your property team's work on new-build estates is what I want to do next."
    )
    assert "arrogance" in codes("Why do you want to join Fenwick & Lowe?", answer)


def test_a_weakness_that_leaves_others_behind_is_a_humblebrag() -> None:
    answer = (
        "My weakness is I probably work too fast for some people. My pick rate is over 140 "
        "lines an hour, and the new starters I worked beside found it hard to match, so I'm "
        "learning to slow down and let them learn."
    )
    assert "humblebrag" in codes("What would you say is your biggest weakness?", answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Tell me about a mistake you made.",
            "In my first year I clipped a parked van's mirror pulling out of the bus station "
            "because I didn't check my nearside mirror. I stopped, told control straight away "
            "and filled in the incident report. Ten years since and I've never had another one, "
            "and I tell the new drivers being late's never worth it.",
        ),
        (
            "Tell me about a mistake you made at work.",
            "Once I made the rota from my old paper list and put a barista on a Saturday he had "
            "booked off for his sister's wedding. It was my fault, so I apologised and worked "
            "the opening myself. After this I make the rota only from the app and I check the "
            "holiday list before I publish it.",
        ),
    ],
)
def test_a_mistake_never_repeated_and_a_habit_kept_since_end_the_story(
    question: str, answer: str
) -> None:
    assert not {"no_reflection", "blame"} & codes(question, answer)


def test_a_target_met_is_a_result() -> None:
    q = "Tell me about a time you had to work to a tight deadline."
    answer = (
        "During a boil-water notice last summer the water company sent us 140 samples in a "
        "day, three times our normal load. I split the bench work with a colleague so I did "
        "the plating and she did the reading, and I came in at six to read the overnight "
        "plates. {end}"
    )
    assert "no_result" not in codes(q, answer.format(end="We reported them inside the target."))
    assert "no_result" in codes(q, answer.format(end="We wrote up the bench sheets after."))


def test_the_employers_name_said_back_does_not_back_a_cliche() -> None:
    q = "Why do you want to work at Harbourside Dental Practice?"
    echo = (
        "I have always been passionate about dentistry, and Harbourside is where I want to "
        "work. I am a team player and I would be a great fit for Harbourside."
    )
    assert "generic_claim" in codes(q, echo)
    backed = (
        "I have always been passionate about dentistry, and Harbourside has run its evening "
        "clinic for 12 years. I am a team player and I would be a great fit for a 6-chair "
        "practice like Harbourside."
    )
    assert "generic_claim" not in codes(q, backed)


def test_less_offered_at_the_end_of_a_long_phrase_is_going_down() -> None:
    answer = (
        "Honestly I'm not too fussed about the money, I'd happily take the same or even a "
        "little bit less if it meant getting into a firm like this."
    )
    assert "offered_less" in codes("What are your salary expectations?", answer)


def test_one_colleagues_complaint_about_another_reported_is_not_blame() -> None:
    answer = (
        "Two baristas at my café kept arguing about who cleaned the machine, and the customers "
        "could feel it. I took them both into the stock room and asked what the problem was. "
        "One say the other leaves the milk jugs dirty, and the other one say she is always late "
        "from her break. We agreed a cleaning rota on the wall and a break board, and the "
        "arguing stopped within a week."
    )
    assert "blame" not in codes(
        "Tell me about a time you dealt with conflict in your team.", answer
    )


def test_another_fault_denied_beside_ones_own_is_owning_it() -> None:
    answer = (
        "Two years back I built a loading bay off an old drawing instead of measuring the site, "
        "and it came out 300 mil short for the pallets. I stopped the lifts and told the site "
        "manager it was my measure, not the drawing's fault, I should have checked. We rebuilt "
        "it that afternoon. Now I don't price or build anything off a drawing without "
        "measuring it myself."
    )
    found = codes("Tell me about a mistake you made.", answer)
    assert not {"blame", "no_reflection"} & found
    blamed = answer.replace(
        "told the site manager it was my measure, not the drawing's fault, I should have checked",
        "rang the site manager. In the end it was the drawing's fault, not mine",
    )
    assert "blame" in codes("Tell me about a mistake you made.", blamed)


def test_a_check_sheet_ticked_off_by_habit_is_unsafe() -> None:
    q = "How would you do a pre-use check on a forklift?"
    answer = (
        "You walk round it first, tyres, forks, chains and mast, and check under for leaks, "
        "then the seat belt, horn, lights and brakes. {sheet}"
    )
    habit = (
        "To be honest most of us just tick it all off at the start of the shift and crack on, "
        "nobody's got ten minutes at six in the morning."
    )
    assert "unsafe" in codes(q, answer.format(sheet=habit))
    done = "Then I sign the sheet and report anything that fails before the truck moves."
    assert "unsafe" not in codes(q, answer.format(sheet=done))


def test_the_work_called_the_same_anywhere_is_negative_tone() -> None:
    q = "Why do you want to work at Brookvale Primary as a school cook?"
    answer = (
        "It's the school hours and no weekends. A kitchen's a kitchen at the end of the day, "
        "and it's not like you're changing the world. But I'm reliable and it's ten minutes "
        "from me."
    )
    assert "negative_tone" in codes(q, answer)


def test_needing_little_training_is_no_offer_on_pay() -> None:
    answer = (
        "I've run CT lists at a busy trust for six years, so I don't need much training on "
        "your scanners, and your stroke pathway is the work I want to do next."
    )
    assert "offered_less" not in codes("Why do you want to join St Aldhelm's?", answer)


PEAK_Q = "Tell me about a time you had to work under pressure."
PEAK = (
    "At Christmas peak three trailers arrived at once because one was held at the port, and "
    "the drivers were all near their hours. I set the order: the chilled load first for its "
    "short date, then the one going straight back out, then the ambient one, and I put a lad "
    "on the pump truck for the ground pallets. {end} Nobody rushed, that's the thing."
)


@pytest.mark.parametrize(
    "end",
    [
        "We had all three tipped in about two and a half hours.",
        "Every trailer was emptied by twenty past eleven.",
    ],
)
def test_everything_done_within_a_time_is_a_result(end: str) -> None:
    assert "no_result" not in codes(PEAK_Q, PEAK.format(end=end))


def test_the_same_story_without_the_time_has_no_result() -> None:
    assert "no_result" in codes(PEAK_Q, PEAK.format(end="We worked through them in that order."))


def test_a_change_that_stands_said_of_the_things_changed_is_a_lesson() -> None:
    story = (
        "One time I drew up meloxicam for a cat from the dog bottle, which is stronger. I "
        "caught it because I always read the bottle against the chart at the cage, and I told "
        "the vet straight away and we logged the near miss. I said the two bottles should not "
        "sit on the same shelf. {end}"
    )
    q = "Tell me about a mistake you made at work."
    now = "Now they are in different cupboards with a red label, and it has not happened again."
    assert "no_reflection" not in codes(q, story.format(end=now))
    assert "no_reflection" in codes(q, story.format(end="The vet was fine about it."))


def test_a_story_that_ends_with_the_problem_still_there_has_no_result() -> None:
    story = (
        "An owner came to reception shouting about his old labrador's bill: he stayed two "
        "nights with us for fluids and bloods, and the owner said we were only in it for the "
        "money. I took him into the consult room, listened, and showed him the estimate form "
        "that he signed, going through every line. {end}"
    )
    q = "Tell me about a time you dealt with an upset client."
    assert "no_result" in codes(q, story.format(end="He was still very upset when he left."))
    settled = "He calmed down, paid the bill and thanked me before he left."
    assert "no_result" not in codes(q, story.format(end=settled))


INTRO_LIFE = (
    "{opening} I did four years at technical college and a year in the army, then worked in a "
    "furniture factory for two years before I came to Birmingham in 2012. I started on night "
    "shifts in a warehouse, then went labouring for a plumber, and he put me through my NVQ. "
    "I've been a Gas Safe engineer for eight years now, mostly boilers and heat pumps, for a "
    "small firm in Solihull, and I want a bigger firm where I can train on commercial work."
)


@pytest.mark.parametrize(
    "opening",
    [
        "I am born in a small town near Lublin, and my father he was a tractor mechanic.",
        "From small boy I am always in the garage with my father, fixing the tractors.",
        "My mammy was a dinner lady at the local school, so it's in the blood.",
    ],
)
def test_a_self_introduction_that_opens_with_a_childhood_rambles(opening: str) -> None:
    assert "rambling" in codes("Tell me about yourself.", INTRO_LIFE.format(opening=opening))


def test_where_one_is_from_opening_a_career_path_is_not_a_life_story() -> None:
    opening = "I am from Lublin originally and came to the UK in 2012."
    assert "rambling" not in codes("Tell me about yourself.", INTRO_LIFE.format(opening=opening))
