"""Faults put on other people's hands, people run down in new shapes, boasts about being right
first time, and outcomes said without "as a result": each checked on a pair of answers that
differ in that one thing, and on plain wording that must stay quiet."""

from __future__ import annotations

import pytest

from answer_codes import codes

MISTAKE = "Tell me about a mistake you made at work."
STORY = "Tell me about a time you worked with a difficult colleague."
METHOD = "Walk me through how you would check a delivery against its order."

OWNED_MISTAKE = (
    "Last winter I was the shift lead at a bakery depot and forty trays of rolls went to the "
    "wrong shop. {middle} I rang the shop, drove the right trays over myself before opening, "
    "and the manager there was fine about it. Since then I read the route sheet back to the "
    "driver before any van leaves."
)


@pytest.mark.parametrize(
    "middle",
    [
        "The driver had loaded the wrong trays and never checked the route sheet.",
        "The route list I was handed by the office was simply wrong.",
        "So really it was the office's mistake, and I said so.",
        "That part is on the planners, not on us.",
        "The error started upstream, before the sheet ever reached me.",
        "This is what happens when head office cuts the night rota.",
        "Planning dropped a last-minute route change on me at ten at night.",
        "Nobody had told me the shop had moved its delivery door.",
    ],
)
def test_a_mistake_put_on_other_hands_is_blame(middle: str) -> None:
    owned = OWNED_MISTAKE.format(middle="I had read the route sheet too fast and missed it.")
    assert "blame" not in codes(MISTAKE, owned)
    assert "blame" in codes(MISTAKE, OWNED_MISTAKE.format(middle=middle))


@pytest.mark.parametrize(
    "middle",
    [
        # Narration, not blame: a task nobody marked urgent, lessons taken from others.
        "It was a late order that nobody had flagged as urgent, and I read it too fast.",
        "I had watched newer leads learn from their mistakes, and still I read it too fast.",
    ],
)
def test_plain_narration_of_others_is_not_blame(middle: str) -> None:
    assert "blame" not in codes(MISTAKE, OWNED_MISTAKE.format(middle=middle))


COLLEAGUE = (
    "At the garden centre I worked with a colleague who {aside} We kept disagreeing about "
    "watering the outdoor beds, so I suggested we split them by row and log each round on the "
    "board. After two weeks we lost far fewer plants and we got on well. I learned to agree a "
    "system before arguing about who is right."
)


@pytest.mark.parametrize(
    "aside",
    [
        "let's say was not the sharpest, and logged rounds on scraps like it was 1985.",
        "treats the whole team like robots and can barely keep track of her own rounds.",
        "honestly cared more about looking busy than keeping the plants alive.",
        "was bone idle most afternoons and left the hoses out.",
        "came from a firm where some of that lot never watered anything.",
    ],
)
def test_a_colleague_run_down_in_new_words_is_disparaged(aside: str) -> None:
    plain = COLLEAGUE.format(aside="had started a month before me and liked to water early.")
    assert "disparaging" not in codes(STORY, plain)
    assert "disparaging" in codes(STORY, COLLEAGUE.format(aside=aside))


def test_caring_more_about_something_oneself_is_not_disparaging() -> None:
    answer = COLLEAGUE.format(
        aside="watered early, while I cared more about getting the roots wet than speed."
    )
    assert "disparaging" not in codes(STORY, answer)


CHECKING = (
    "I'd start with the paperwork: the order, the delivery note and the invoice side by side. "
    "Then I'd count every case against the note before signing, open a sample of each line and "
    "check dates and damage. {boast} Anything short or damaged goes on the note before the "
    "driver leaves, with a photo, and I'd raise it with the buyer the same day."
)


@pytest.mark.parametrize(
    "boast",
    [
        "Honestly my first count is nearly always the right one, so the recount is for show.",
        "I'd be surprised if there was a shortage I couldn't find in five minutes.",
        "Last month I found a missing pallet which three people before me had missed.",
        "Most of my colleagues give up and bring it to me anyway.",
        "I usually spot a short delivery better than whoever packed it.",
    ],
)
def test_being_right_first_time_and_above_others_is_arrogance(boast: str) -> None:
    plain = "If the driver is in a hurry, I still finish the count before I sign."
    assert "arrogance" not in codes(METHOD, CHECKING.format(boast=plain))
    assert "arrogance" in codes(METHOD, CHECKING.format(boast=boast))


RESULT_STORY = (
    "In my first year as a housing officer a tenant complained that her boiler had been "
    "reported three times with no visit. I checked the log, found the job had been closed by "
    "mistake, and booked an engineer for the next morning myself. I also rang her every day "
    "until the engineer had been, and asked the repairs team to flag reopened jobs to me. "
    "{close} What I took from it is to read the history before I pick up the phone."
)


@pytest.mark.parametrize(
    "close",
    [
        "The contractor was later paid only for the visit that fixed it, and she stayed a tenant.",
        "Fortunately the heating was back on before the cold snap that weekend.",
        "She left us a glowing note that mentioned me by name.",
        "My manager made the reopening check standard for the whole team.",
        "The overcharge on her rent account was corrected within a fortnight.",
        "Every reopened job on the estate was sorted by the Friday.",
    ],
)
def test_an_outcome_said_without_as_a_result_is_a_result(close: str) -> None:
    assert "no_result" not in codes(STORY, RESULT_STORY.format(close=close))


@pytest.mark.parametrize(
    "close",
    [
        # A return that is nobody's result, and who did the work, are not outcomes.
        "I kept notes on paper so the log could be updated once the system came back.",
        "The repairs on that estate were done by one contractor who covered three towns.",
        "Each repair was paid in the monthly run, and the contractor invoiced us weekly.",
        "Our repairs desk was based in a small unit behind the library at the time.",
    ],
)
def test_a_return_or_an_agent_is_not_an_outcome(close: str) -> None:
    assert "no_result" in codes(STORY, RESULT_STORY.format(close=close))


def test_a_head_count_of_the_scope_is_not_a_result() -> None:
    scope = "The estate had about two hundred tenants in six blocks, most of them elderly."
    assert "no_result" in codes(STORY, RESULT_STORY.format(close=scope))
    cut = "Reopened jobs on the estate went down to two a month from about twenty."
    assert "no_result" not in codes(STORY, RESULT_STORY.format(close=cut))


def test_having_enough_of_something_is_a_quantity_not_a_grievance() -> None:
    why = "Why did you leave your last job?"
    quantity = (
        "My last depot closed its night shift, and we still had enough drivers from the day "
        "rota to cover the routes, so I moved to days. I wanted nights, so I am looking for a "
        "night role closer to home."
    )
    fed_up = quantity.replace(
        "and we still had enough drivers from the day rota to cover the routes",
        "and to be honest I'd had enough of the place by then",
    )
    assert "negative_tone" not in codes(why, quantity)
    assert "negative_tone" in codes(why, fed_up)
