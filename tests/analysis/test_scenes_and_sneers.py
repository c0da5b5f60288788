"""A scene set and then asked about is a situational question (and someone else paying in it is
not the candidate's pay); sneers, a fault put on another's side, asides about the field, and
leisure in a career summary are found; a grievance the speaker was asked to handle is not blame;
results and a method told in the present are read as such. Pairs differ in one thing."""

from __future__ import annotations

import pytest

from interview_coach.questions.bank import classify_question

from .test_judgements import codes


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("A delivery turns up two pallets short on a Friday. What do you do?", "situational"),
        (
            "A diner says the steak is raw and won't pay for it. How do you handle it?",
            "situational",
        ),
        ("A tenant refuses to pay the service charge. What would you do?", "situational"),
        ("What pay are you hoping for?", "salary_logistics"),
        ("How much would you want us to pay you?", "salary_logistics"),
    ],
)
def test_a_scene_then_a_question_is_situational(question: str, category: str) -> None:
    assert classify_question(question)[0] == category


def test_someone_else_paying_draws_no_pay_advice() -> None:
    q = "A customer at the till refuses to pay for a broken mug. What do you do?"
    answer = (
        "I'd stay calm and ask what happened, because sometimes the mug was cracked on the "
        "shelf. If it was already damaged I'd take it off the bill and tell my supervisor so "
        "the shelf gets checked. If they knocked it, I'd explain our policy politely and offer "
        "to call the manager. I would never argue across the counter with a queue behind them."
    )
    found = codes(q, answer)
    assert not found & {"offered_less", "no_range", "disclosed_current_salary"}


STORY_Q = "Tell me about a time you dealt with a difficult situation at work."


def _story(middle: str) -> str:
    return (
        "Last winter our night shift at the depot ran two drivers short for a month. "
        f"{middle} I redrew the routes so every van finished by six, and we delivered every "
        "order on time that month. I learned to ask for cover a week earlier."
    )


@pytest.mark.parametrize(
    "sneer",
    [
        "The transport manager, who wouldn't know a tachograph from a toaster, left it to me.",
        "The planners were a nice bunch of lads but hopeless, so it fell to me.",
        "Head office sent a useless pair from the agency, so it fell to me.",
        "The regional lead, on a total power trip as usual, left it to me.",
        "The agency kept sending drivers who acted all shocked at a night shift, duh.",
        "Our director, who hasn't set foot in a depot in ten years, left it to me.",
        "The transport manager went home early, which from him was no surprise.",
        "The planner, bit of a dinosaur, left it to me.",
        "Head office sent some chancer from the agency, so it fell to me.",
        "The yard manager, who can barely open a spreadsheet, left it to me.",
        "The agency never answered, so I had to chase them like a goat, and it fell to me.",
    ],
)
def test_sneers_in_general_shapes_are_disparaging(sneer: str) -> None:
    plain = "The transport manager was off sick, so it fell to me."
    assert "disparaging" in codes(STORY_Q, _story(sneer))
    assert "disparaging" not in codes(STORY_Q, _story(plain))


@pytest.mark.parametrize(
    "placed",
    [
        "The rota had changed and the planners never updated it like they were supposed to.",
        "The planners really dropped the ball on the rota.",
        "The rota the previous supervisor left us was a year out of date.",
        "The rota was the planning team's mess, not mine.",
        "If the planners had sent the rota on time, we'd never have been short.",
    ],
)
def test_a_duty_left_to_others_is_blame(placed: str) -> None:
    assert "blame" in codes(STORY_Q, _story(placed))


def test_a_fault_put_on_another_side_is_blame() -> None:
    owned = "I missed that the rota had changed, which was my slip."
    placed = "The rota had changed without a word, so that was a gap on their side."
    shrug = "I can't control what other people do with the rota, honestly."
    assert "blame" not in codes(STORY_Q, _story(owned))
    assert "blame" in codes(STORY_Q, _story(placed))
    assert "blame" in codes(STORY_Q, _story(shrug))


def test_a_grievance_the_speaker_handled_is_not_blame() -> None:
    q = "A team member comes to you upset about how their manager treats them. What do you do?"
    answer = (
        "I'd take them somewhere private and listen first. When a cashier came to me upset "
        "because her manager kept changing her hours, I wrote down the dates with her, "
        "checked the rota, and raised it with the store manager that week. Her hours were "
        "back on the rota within days, and she still works there."
    )
    assert "blame" not in codes(q, answer)


METHOD_Q = "A client says their new kitchen tap drips. How would you find the cause?"


def test_an_aside_about_the_field_is_off_the_question() -> None:
    method = (
        "First I'd turn off the isolation valve and take the handle apart. Then I'd check the "
        "cartridge and the O-rings for grit or wear, and replace whichever is worn. "
    )
    close = "I'd run it for ten minutes after and check under the sink for damp."
    aside = "If I had my way, every new build would use one make of tap, honestly."
    assert "off_question" not in codes(METHOD_Q, method + close)
    assert "off_question" in codes(METHOD_Q, method + aside)


def test_a_method_in_the_present_tense_is_steps_not_a_preamble() -> None:
    # A memory of a first job inside a method is a detour only when it stands among no steps.
    answer = (
        "First I'd shut the isolation valve under the sink. I strip the handle and pull the "
        "cartridge out whole. Usually it's a perished O-ring, sometimes grit from the mains "
        "after roadworks in the street. I replace the O-rings and grease them with silicone, "
        "and for older taps I carry a kit of the common cartridges. On the old pillar taps I "
        "fit a new washer, gently, I cracked a basin on my first job by forcing one. I refit "
        "the handle, open the valve slowly and hold dry tissue under every joint. Last month a "
        "client had a quote for a whole new tap, and it was a two-pound O-ring and twenty "
        "minutes."
    )
    assert "rambling" not in codes(METHOD_Q, answer)


CAREER_Q = "Give me a quick summary of your career so far."


def test_leisure_in_a_career_summary_is_off_the_question() -> None:
    career = (
        "I started as a trainee surveyor at a housing association in Leeds, then spent four "
        "years on stock condition surveys, about nine hundred homes a year. Since 2021 I have "
        "led a team of three surveyors, and we cut the backlog of damp reports from five months "
        "to six weeks. "
    )
    work = "I also sat my chartered exams last spring and passed first time."
    leisure = "Outside work I'm training for a half marathon and I sing in a choir on Sundays."
    assert "off_question" not in codes(CAREER_Q, career + work)
    assert "off_question" in codes(CAREER_Q, career + leisure)
    # "Tell me about yourself" welcomes a line about life outside work.
    assert "off_question" not in codes("Tell me about yourself.", career + leisure)


@pytest.mark.parametrize(
    "result",
    [
        "We went from losing a pallet a week to hardly any.",
        "The next audit came back with no findings.",
        "The drivers started actually using it for their rounds.",
        "They've now got a spare driver on call every night.",
    ],
)
def test_results_in_plain_shapes_are_results(result: str) -> None:
    q = "Tell me about a time you improved a process at work."
    story = (
        "Our depot lost stock between the dock and the racks because nobody signed for "
        "pallets, so I counted every pallet in and out for two weeks and found most went "
        "missing on the night shift. I set up a scan at the dock door, moved the night checks "
        "to the start of the shift, and trained the two shift leads on the new steps. "
    )
    detail = "The scanners were second-hand ones from the other site, in a grey case."
    assert "no_result" in codes(q, story + detail)
    assert "no_result" not in codes(q, story + result)


@pytest.mark.parametrize(
    "weary",
    [
        "Honestly, I'm burnt out where I am.",
        "I've pretty much stopped expecting much from any employer.",
        "Care work is pretty grim everywhere, so you just survive it.",
    ],
)
def test_weariness_and_expecting_nothing_are_a_negative_tone(weary: str) -> None:
    q = "Why do you want to work for us?"
    answer = (
        "Your home-care team runs visits of forty-five minutes, not fifteen, and that is how I "
        "want to work. {} In my current job I cover twelve clients a day across two villages, "
        "and I set up the shared visit notes that our nurses now read before every call."
    )
    assert "negative_tone" in codes(q, answer.format(weary))
    assert "negative_tone" not in codes(q, answer.format("I have wanted this for a while."))


@pytest.mark.parametrize(
    "excuse",
    [
        "Someone in finance had changed the cost codes without telling anyone.",
        "There was no way I could have known the codes had moved.",
        "Nobody had actually trained me on the new codes.",
    ],
)
def test_a_change_behind_ones_back_is_blame(excuse: str) -> None:
    q = "Tell me about a mistake you made at work."
    story = (
        "Last March I sent the monthly cost report to the directors with the wrong totals for "
        "two sites. {} I rang the finance lead the same morning, reissued the report by noon, "
        "and I now check the totals against the ledger before anything goes out."
    )
    assert "blame" in codes(q, story.format(excuse))
    own = "I had not checked the cost codes after the year-end change."
    assert "blame" not in codes(q, story.format(own))


@pytest.mark.parametrize(
    "result",
    [
        "Missed deliveries fell by about a third over the quarter.",
        "By spring most of the drivers were scanning every parcel.",
        "The shop was back online within the hour.",
        "The regional manager asked if I could train the other depots.",
    ],
)
def test_more_results_in_plain_shapes(result: str) -> None:
    q = "Tell me about a time you improved a process at work."
    story = (
        "Our depot lost stock between the dock and the racks because nobody signed for "
        "pallets, so I counted every pallet in and out for two weeks and found most went "
        "missing on the night shift. I set up a scan at the dock door, moved the night checks "
        "to the start of the shift, and trained the two shift leads on the new steps. "
    )
    assert "no_result" not in codes(q, story + result)


def test_a_view_of_the_trade_or_homesickness_in_a_story_is_an_aside() -> None:
    q = "Tell me about a time you had to work under pressure."
    story = (
        "During the January freeze our team had forty burst-pipe callouts in three days. I "
        "sorted them by risk, sent the two apprentices to the isolations, and took the flooded "
        "flats myself. {} Every job was made safe within a day and no tenant had to move out."
    )
    plain = "I kept the office updated every two hours."
    assert "off_question" not in codes(q, story.format(plain))
    for aside in (
        "The real problem in housing is landlords who never lag their pipes.",
        "Honestly I miss Poland so much in winters like that.",
    ):
        assert "off_question" in codes(q, story.format(aside))


def test_a_weakness_named_in_other_words_is_on_the_question() -> None:
    q = "What would you say is your biggest weakness?"
    answer = (
        "Paperwork, honestly. For years my delivery notes were pretty rough, two words and a "
        "signature, because I wanted to get back on the road. That bit me once when a damaged "
        "pallet went unrecorded and we paid for it. What I've done about it: I photograph every "
        "drop and write three lines before I leave the yard, and my manager checks a sample "
        "each month. It isn't a weak spot any more."
    )
    assert "off_question" not in codes(q, answer)
