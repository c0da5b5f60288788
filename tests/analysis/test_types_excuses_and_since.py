"""People filed under a type, excuses that name whose hand it was, the only one who bothered,
and outcomes said as a placing, a time gained or a trouble that has not come back: each checked
on a pair of answers that differ in that one thing, and on plain wording that must stay quiet."""

from __future__ import annotations

import pytest

from answer_codes import codes

MISTAKE = "Tell me about a mistake you made at work."
STORY = "Tell me about a time you solved a problem for a customer."
METHOD = "How would you go about fitting a new kitchen worktop?"

SHOP_MISTAKE = (
    "Two summers ago I ran the tills at a garden centre and a customer was charged twice for a "
    "shed. {middle} I refunded the second charge that afternoon, rang her to apologise, and "
    "checked the rest of the day's card slips. Since then I read the total back to the customer "
    "before I press pay."
)


@pytest.mark.parametrize(
    "middle",
    [
        "The card machine had frozen, and I had pressed pay again without checking the slip.",
        "I had not checked the slip before pressing pay a second time.",
    ],
)
def test_an_owned_mistake_stays_clear(middle: str) -> None:
    assert "blame" not in codes(MISTAKE, SHOP_MISTAKE.format(middle=middle))


@pytest.mark.parametrize(
    "middle",
    [
        "It happened mostly because the supervisor had rushed the queue through.",
        "The card machine froze, because the supervisor had switched it off at lunch.",
        "Head office had given us out-of-date till instructions that week.",
        "The supplier never passed the price change on to us.",
        "Honestly that one is kind of on them, not something I could see.",
        "The trainer really should've warned us about the double charge.",
        "The area manager had left the float short, which she shouldn't have.",
        "It was not even on us, the rota set new staff up for that.",
    ],
)
def test_a_mistake_explained_by_other_hands_is_blame(middle: str) -> None:
    assert "blame" in codes(MISTAKE, SHOP_MISTAKE.format(middle=middle))


NEIGHBOUR = (
    "At the hardware store I helped a customer whose {who} We went through the receipts, "
    "found the order number and reordered the hinges. The hinges came the next week and he "
    "finished his doors. I learned to note the order number on the first call."
)


@pytest.mark.parametrize(
    "who",
    [
        "hinges had not arrived, one of those guys who never reads an email.",
        "hinges had not arrived, and he treated the counter staff like his personal servants.",
        "hinges had not arrived, easily the most petty customer in that town.",
        "hinges had not arrived; our delivery lead, who is honestly a total dinosaur, had lost it.",
    ],
)
def test_a_person_filed_under_a_type_is_run_down(who: str) -> None:
    plain = NEIGHBOUR.format(who="hinges had not arrived after three weeks.")
    assert "disparaging" not in codes(STORY, plain)
    assert "disparaging" in codes(STORY, NEIGHBOUR.format(who=who))


@pytest.mark.parametrize(
    "who",
    [
        # Care work describes people as they are: weakness is a fact, not an insult.
        "wife, who was weak after an operation, could not carry the hinges.",
        "son is the kind of person who always asks the best questions.",
    ],
)
def test_describing_people_is_not_running_them_down(who: str) -> None:
    assert "disparaging" not in codes(STORY, NEIGHBOUR.format(who=who))


def test_the_only_one_who_bothered_is_arrogance() -> None:
    base = (
        "On my last site the worktop was cut two centimetres short, and {middle} I measured "
        "the wall again, spotted the old skirting, and recut it before the fitter left."
    )
    plain = base.format(middle="the fitter asked me to check it.")
    boast = base.format(middle="I was the only one on the crew who even measured twice.")
    assert "arrogance" not in codes(METHOD, plain)
    assert "arrogance" in codes(METHOD, boast)
    # A fact about access, not a boast.
    shared = base.format(middle="the plan sat in a folder nobody else could see.")
    assert "arrogance" not in codes(METHOD, shared)


@pytest.mark.parametrize(
    "ending",
    [
        "We placed second out of twelve teams at the regional final.",
        "We handed the kitchen over three days early.",
        "The customer never raised a complaint after that.",
        "That leak ain't come back since.",
        "In the two years since, none of our worktops has come back.",
        "He paid back the deposit the next morning.",
        "The resident was completely fine after a night's rest.",
        "By the deadline we had thirty kitchens signed off.",
    ],
)
def test_an_outcome_in_other_words_is_a_result(ending: str) -> None:
    story = (
        "Last spring our fitting team fell behind on a block of thirty flats, because the "
        "worktops arrived cut to the wrong plan. I re-measured every kitchen with the site "
        "manager, reordered the wrong tops in one batch and moved two fitters onto evenings "
        "while we waited for the new ones, and I kept the tenants posted by text each week. "
        "{ending} I learned to check the first delivery against the plan before we unload."
    )
    assert "no_result" in codes(STORY, story.format(ending="We kept fitting the other rooms."))
    assert "no_result" not in codes(STORY, story.format(ending=ending))


def test_agreeing_is_not_an_outcome() -> None:
    story = (
        "Last spring our fitting team fell behind on a block of thirty flats, because the "
        "worktops arrived cut to the wrong plan. I re-measured every kitchen with the site "
        "manager, reordered the wrong tops in one batch and moved two fitters onto evenings "
        "while we waited, and I told the tenants by text. The manager was fine with the new "
        "plan. I learned to check the first delivery against the plan before we unload."
    )
    assert "no_result" in codes(STORY, story)


def test_leisure_outside_the_shop_drifts_from_a_method_question() -> None:
    base = (
        "First I measure the run three times and check the wall for bows with a long level, "
        "then I scribe the back edge to the wall and cut from the underside so the laminate "
        "does not chip. I dry-fit it, seal the cut edges and fix it from below with brackets. "
        "{drift}"
    )
    plain = base.format(drift="Then I silicone the upstand and leave it overnight before use.")
    drift = base.format(
        drift="Outside the shop I race go-karts most Sundays with my brother at a track "
        "near home, which is where I first learned to use tools."
    )
    assert "off_question" not in codes(METHOD, plain)
    assert "off_question" in codes(METHOD, drift)


@pytest.mark.parametrize(
    "aside",
    [
        "I want a new job because I am tired, to be honest.",
        "The paperwork never stops here.",
        "I made a checklist, for whatever difference that makes.",
        "Nobody even notices the fitters unless something goes wrong.",
    ],
)
def test_a_weary_aside_is_negative_tone(aside: str) -> None:
    question = "Tell me about yourself."
    base = (
        "I have fitted kitchens for nine years, the last four as a lead fitter for a firm in "
        "Leeds, running two vans and training apprentices. Last year I cut our callback rate "
        "from one job in ten to one in forty by checking every wall before we cut. {aside} I'd "
        "like to lead a bigger team."
    )
    assert "negative_tone" not in codes(question, base.format(aside="I enjoy the work."))
    assert "negative_tone" in codes(question, base.format(aside=aside))
