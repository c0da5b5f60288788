"""A method told as orders is a method; uptake and referral are results; a rule brought in
afterwards, in any voice, and a change made so the trouble is never repeated are reflection.
Each case changes one sentence."""

from __future__ import annotations

from answer_codes import codes, lesson_missing


def test_a_method_told_as_orders_answers_the_question() -> None:
    q = "What would you do if two drivers called in sick at 5am on a busy morning?"
    orders = (
        "First thing, check which loads are time-critical, the supermarket slots, say, and "
        "cover those first with our agency or a driver who's got hours left. Then ring the "
        "customers on the rest before they ring us, and give them a new time. And log it all "
        "so the manager's not walking in blind."
    )
    assert "off_question" not in codes(q, orders)
    # "The first call" is a noun, not an order: an answer about something else stays off.
    other = (
        "The part of transport I like most is route planning. The first call of my day is "
        "always to the weighbridge, and I've learned a lot about tachographs from the older "
        "drivers. I'd like to do my transport manager CPC with you next year."
    )
    assert "off_question" in codes(q, other)


DROP_IN_Q = "Give me an example of when you showed initiative."
DROP_IN = (
    "A lot of older people were coming into the library asking for help with the council's "
    "new online parking permits, and we kept having to turn them away. I asked my manager if I "
    "could run a drop-in on Tuesday mornings, made a one-page guide and booked the laptops. {x}"
)


def test_uptake_and_referral_are_results() -> None:
    assert "no_result" not in codes(
        DROP_IN_Q, DROP_IN.format(x="Forty-odd people came in the first month.")
    )
    assert "no_result" not in codes(
        DROP_IN_Q, DROP_IN.format(x="The council now sends people to us for it.")
    )
    assert "no_result" in codes(
        DROP_IN_Q, DROP_IN.format(x="The laptops are kept in the cupboard behind the desk.")
    )


RUSH_Q = "Describe a time you had to work under a lot of pressure."
RUSH = (
    "Our head chef went off sick on the Friday before Christmas with 140 covers booked. I "
    "called our sous chef in early, cut the set menu from five mains to three and moved myself "
    "onto the pass. We served every booking with no complaints on the night. {x}"
)


def test_a_change_so_it_never_recurs_or_a_rule_brought_in_is_reflection() -> None:
    never = "Afterwards I set up cross-training so we're never that reliant on one chef again."
    rule = "After that mi start a rule: every junior haffi shadow the pass once a week."
    plain = "Afterwards I went home and slept for most of the Saturday."
    assert not lesson_missing(RUSH_Q, RUSH.format(x=never))
    assert not lesson_missing(RUSH_Q, RUSH.format(x=rule))
    assert lesson_missing(RUSH_Q, RUSH.format(x=plain))


FAULT_Q = "Walk me through how you'd find a fault on a circuit that keeps tripping."
FAULT = (
    "First I'd ask what was plugged in when it tripped and unplug everything on that circuit. "
    "If it still trips with nothing plugged in, I'd do an insulation resistance test at 500 "
    "volts, line and neutral to earth. {x} Then I'd split the circuit, opening sockets and "
    "junction boxes until the reading comes right, and fix what I find."
)


def test_a_plan_a_view_or_an_anecdote_inside_a_method_is_a_detour() -> None:
    for aside in (
        "Longer term, my goal is to study for my inspection and testing qualification and "
        "maybe run my own firm one day, which I think about a lot.",
        "Funny enough, the worst one I ever had wasn't even electrical, it was a man with a "
        "python in a tank in his living room, and I watched that snake more than the board.",
        "Mind, I learned half of this off my old man, he was a sparky in the steelworks for "
        "thirty years, and he still coaches the under-twelves on a Saturday.",
    ):
        assert "off_question" in codes(FAULT_Q, FAULT.format(x=aside)), aside
    step = "Longer term, I'd fit an RCBO on that circuit so one fault can't take out the rest."
    assert "off_question" not in codes(FAULT_Q, FAULT.format(x=step))
