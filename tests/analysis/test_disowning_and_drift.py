"""One's part denied in a word, a trouble named as another's, sneers in new shapes, and a
memory, an upbringing or a cause told inside a story or a method. Each case beside the same
answer without it, so only the one change can decide."""

from __future__ import annotations

import pytest

from .test_judgements import codes

STORY_Q = "Tell me about a time something went wrong on a job you were running."


def _story(middle: str) -> str:
    return (
        "Last spring I ran the refit of a café kitchen and the extractor hood arrived a week "
        f"late. {middle} I moved the tiling forward, so the fitters never stood idle, and we "
        "opened on the agreed Monday. I now order long-lead parts on the first day."
    )


PLAIN = "The supplier had moved it to a later van, so I rang them that morning."


@pytest.mark.parametrize(
    "placed",
    [
        "The order was late, but that one was not from me, the office places the orders.",
        "The delay was not my doing, the client changed the model twice.",
        "If the supplier can't keep dates, then it is his problem, not the kitchen's.",
        "Honestly I was kind of set up to fail on that job.",
        "I can't count on the forms I'm given being right, so it slipped.",
        "The delay came from the buyer not checking the lead time.",
        "These things always come down to office staff who don't read the quotes.",
        "None of the managers backed me up when I asked for a second supplier.",
        "The office had simply not noticed the new lead time on the quote.",
        "Ordering is the office work, not my own, so I only saw it late.",
    ],
)
def test_a_part_denied_or_a_trouble_placed_elsewhere_is_blame(placed: str) -> None:
    assert "blame" in codes(STORY_Q, _story(placed))
    assert "blame" not in codes(STORY_Q, _story(PLAIN))


def test_owning_a_call_is_not_denying_one() -> None:
    owned = "It was my call to take the cheaper supplier, and that was the wrong call."
    assert "blame" not in codes(STORY_Q, _story(owned))


@pytest.mark.parametrize(
    "sneer",
    [
        "The site manager wouldn't know a lead time if it bit him.",
        "The order form was one page, which frankly a child could have followed.",
        "The buyer, who honestly couldn't read a drawing, ordered it late.",
        "The office staff just sit and drink tea all day, so nobody chased it.",
        "Half of head office does nowt all day, so nobody chased it.",
        "I don't know why they ever hired him in purchasing.",
        "The client was a man who would complain about anything, so it dragged on.",
        "It was the usual buyer, and every week it is something with him.",
        "The buyer finally rang back, and wonders never cease.",
        "The old manager was a right jobsworth about the paperwork.",
    ],
)
def test_sneers_in_new_shapes_are_disparaging(sneer: str) -> None:
    assert "disparaging" in codes(STORY_Q, _story(sneer))
    assert "disparaging" not in codes(STORY_Q, _story(PLAIN))


@pytest.mark.parametrize(
    "plain",
    [
        "I sat with the fitters all day to plan the new order of work.",
        "The client sat there all day watching, which kept us careful.",
        "The buyer honestly couldn't believe how fast the fitters adapted.",
    ],
)
def test_plain_sentences_near_those_shapes_are_not_sneers(plain: str) -> None:
    assert "disparaging" not in codes(STORY_Q, _story(plain))


METHOD_Q = "Talk me through how you would inspect a commercial kitchen for damp."
METHOD = (
    "First I check the walls behind the sinks and the dishwasher with a moisture meter, and "
    "I look at the seals round every floor drain. Then I lift a few floor tiles near the "
    "walk-in fridge, because condensation pools there. I photograph every reading above "
    "twenty per cent and mark it on the plan. "
)


@pytest.mark.parametrize(
    "aside",
    [
        "Kitchens always remind me of my grandmother's, where I learned to cook as a child.",
        "I grew up around restaurants, and that is why I chose this work in the first place.",
        "The issue I care most about is that inspection reports are still not published.",
        "In my view, though, most owners would save money by ventilating properly.",
        "What I really enjoy in this job is talking to the owners at the end.",
    ],
)
def test_a_memory_or_a_cause_inside_a_method_is_off_the_question(aside: str) -> None:
    close = "Last I write the report the same day and send the owner the three worst spots."
    assert "off_question" not in codes(METHOD_Q, METHOD + close)
    assert "off_question" in codes(METHOD_Q, METHOD + aside)


def test_a_pastime_on_a_day_off_is_leisure_in_a_why_us_answer() -> None:
    q = "Why do you want to work at our restaurant?"
    base = (
        "Your tasting menu pairs every course by the glass, and that is the work I want to do. "
        "In my last restaurant I built a seven-glass pairing that forty per cent of tables "
        "ordered, and I would like to do that here with your chef. "
    )
    work = "I have also read your wine list and I would add more from small growers in Spain."
    leisure = "On our day off I played in a football team with the cooks, every Monday."
    assert "off_question" not in codes(q, base + work)
    assert "off_question" in codes(q, base + leisure)


MISTAKE_Q = "Tell me about a mistake you made at work."
LESSON_STORY = (
    "I sent a client's invoice pack to the wrong branch address, so the payment ran two weeks "
    "late. I rang the client myself, apologised, re-sent the pack by courier and had the "
    "payment cleared within three days. {}"
)


@pytest.mark.parametrize(
    "lesson",
    [
        "What I learned is the office must check the address list before anything goes out.",
        "The lesson was that the rest of the team needed to check their own records.",
        "I learned that if a company won't keep its systems up to date, mistakes will happen.",
    ],
)
def test_a_lesson_put_on_others_is_blame(lesson: str) -> None:
    assert "blame" in codes(MISTAKE_Q, LESSON_STORY.format(lesson))


@pytest.mark.parametrize(
    "lesson",
    [
        "What I learned is to check the address list myself before anything goes out.",
        "The lesson was that you must read back every address, however busy the office is.",
        "What I learned is that clients need to hear bad news from a person, not a system.",
        "I learned that we should check the address list together before anything goes out.",
    ],
)
def test_a_lesson_the_speaker_owns_is_not_blame(lesson: str) -> None:
    assert "blame" not in codes(MISTAKE_Q, LESSON_STORY.format(lesson))


@pytest.mark.parametrize(
    "placed",
    [
        "The timing was their decision, not mine, so the first week was lost.",
        "The supplier had sent the old drawings, which is really the supplier's problem.",
        "The order slipped, and that's on how they were scheduling us that month.",
        "If they'd said it was a rush job the first time, it would have saved a trip.",
        "You can't trust what other shifts leave you, so it slipped.",
    ],
)
def test_a_decision_or_a_problem_disowned_is_blame(placed: str) -> None:
    assert "blame" not in codes(STORY_Q, _story(PLAIN))
    assert "blame" in codes(STORY_Q, _story(placed))


@pytest.mark.parametrize(
    "quiet",
    [
        "The timing was their decision, and I planned the tiling around it.",
        "You can't trust a label on an old fuse board, so I tested every circuit.",
        "The real problem was the hood's lead time, so I rang the supplier that morning.",
    ],
)
def test_a_decision_respected_or_a_thing_distrusted_is_not_blame(quiet: str) -> None:
    assert "blame" not in codes(STORY_Q, _story(quiet))


def test_since_then_telling_another_team_their_duty_is_blame() -> None:
    told = "Since then I've told the office they need to sort out the lead times."
    mine = "Since then I check the lead time on every quote before I book the fitters."
    assert "blame" in codes(MISTAKE_Q, LESSON_STORY.format(told))
    assert "blame" not in codes(MISTAKE_Q, LESSON_STORY.format(mine))


@pytest.mark.parametrize(
    "sneer",
    [
        "The site manager, who couldn't find the lobby with a map, had moved it to a later van.",
        "The fitter who hung the hood could barely read a drawing, so it went to a later van.",
        "Some of the fitters are honestly too lazy to check a delivery note, so it came late.",
        "Whatever genius booked the van had moved it to a later one.",
        "The owners, who think they know more than the fitters, had moved it to a later van.",
        "Head office, who have never fitted a kitchen in their lives, moved it to a later van.",
    ],
)
def test_incompetence_or_idleness_in_idiom_runs_people_down(sneer: str) -> None:
    assert "disparaging" not in codes(STORY_Q, _story(PLAIN))
    assert "disparaging" in codes(STORY_Q, _story(sneer))


@pytest.mark.parametrize(
    "quiet",
    [
        "I couldn't find the isolator without a torch, so I rang the supplier that morning.",
        "Some of the young fitters had never seen an extractor that size in their lives.",
        "I think they know more about hoods than I do, so I rang the supplier that morning.",
    ],
)
def test_the_same_words_said_plainly_run_no_one_down(quiet: str) -> None:
    assert "disparaging" not in codes(STORY_Q, _story(quiet))


def test_a_pastime_on_ones_weekends_drifts_from_a_method() -> None:
    q = "Talk me through what you do when a signal shows a fault you think is false."
    method = (
        "First I check the fault log and ring the technician on call, then I tell the driver "
        "what to expect and authorise him past at caution, ready to stop short of anything on "
        "the line. I log every step with the time so the next shift can see what was done. {}"
    )
    hobby = (
        "At the weekends now I'm out with the camera photographing the steam specials up at "
        "the viaduct, and some of my pictures are in the heritage society's calendar."
    )
    work = (
        "Once the technician has tested the section, I restore normal working and record the "
        "fault number on the handover sheet for the next signaller."
    )
    assert "off_question" in codes(q, method.format(hobby))
    assert "off_question" not in codes(q, method.format(work))


def test_turning_to_ones_best_strength_mid_story_drifts() -> None:
    story = (
        "I opened the wrong patient's record because I didn't check the date of birth, and I "
        "caught it when she said she had never taken warfarin. {} I reported it as a near miss "
        "the same day, and now I check two identifiers out loud with every patient."
    )
    pivot = "But actually, the thing I'm best at, honestly, is calming nervous patients."
    stays = "I apologised to her at once and told the dentist before anything went further."
    assert "off_question" in codes(MISTAKE_Q, story.format(pivot))
    assert "off_question" not in codes(MISTAKE_Q, story.format(stays))


@pytest.mark.parametrize(
    "ending",
    [
        "He's still a customer, and I've had no wheel comebacks since.",
        "She rang me a year later to say thanks.",
        "One of them is now running the small press alone.",
        "The batch still went out on the Friday like it was meant to.",
    ],
)
def test_where_things_stood_afterwards_is_a_result(ending: str) -> None:
    story = (
        "On a busy Saturday I refitted a customer's wheels and didn't torque them to the book, "
        "and he came back on the Monday with two nuts loose. I told my boss it was me, we "
        "checked every stud and I didn't charge him. {} Now I torque every wheel twice."
    )
    detail = "We did it on the far ramp, with the wrench from the van and the book open."
    assert "no_result" in codes(MISTAKE_Q, story.format(detail))
    assert "no_result" not in codes(MISTAKE_Q, story.format(ending))


def test_a_customers_temper_reported_is_not_the_candidates_tone() -> None:
    q = "Tell me about a time you dealt with a difficult customer."
    story = (
        "A building firm's account was ninety days overdue. {} I asked for the invoices he "
        "disputed, found two billed at the old rate, raised credit notes that week and agreed "
        "three monthly instalments, which he paid on time."
    )
    reported = (
        "The director said our invoices were wrong and that he wouldn't pay a penny until it "
        "was sorted."
    )
    own = "Honestly the firm wouldn't pay a penny for decent software, and nobody appreciates us."
    assert "negative_tone" not in codes(q, story.format(reported))
    assert "negative_tone" in codes(q, story.format(own))


def test_leaving_a_decision_to_whoever_makes_it_is_not_blame() -> None:
    q = "What would you do if a witness became distressed and said they couldn't go into court?"
    method = (
        "I'd take them somewhere quiet, sit with them and explain where they'll stand and who "
        "will be in the room, then tell the clerk so the judge is aware. {}"
    )
    defer = "I wouldn't promise a screen, because that's for the judge to decide, not me."
    disown = "If it goes wrong, that was on the listing office, not me."
    assert "blame" not in codes(q, method.format(defer))
    assert "blame" in codes(q, method.format(disown))
