"""Words that look like a put-down or a boast and are not (pity for "that poor nurse", finding
out "who still thinks" something, a feeling "better than any target"), and the shapes that
are (false modesty before praise, others made to look slow, "not to be rude, but", "can't do
it for toffee"). Pairs differ in one thing."""

from __future__ import annotations

import pytest

from .test_judgements import codes

WARD_Q = "What would you do if a patient's relative started shouting at you on the ward?"
WARD = (
    "I'd stay calm, take them somewhere quieter away from the bay, and let them say what has "
    "upset them. {x} If it was about results I'd fetch the nurse in charge, and if they "
    "threatened anyone I'd call for help and report it on Datix the same day."
)
LESSON_Q = "How would you plan a fractions lesson for a mixed-ability Year 4 class?"
LESSON = (
    "I'd open with a hinge question, which is bigger, a third or a quarter, to {x}. Then "
    "fraction walls and paper strips, then bar models, then the notation. Everyone gets one "
    "core task, with strips on the table for those who need them and a prove-it challenge "
    "for those who finish, and my teaching assistant works with a small group on the carpet."
)
INTRO_Q = "Tell me about yourself."
INTRO = (
    "I'm Sam, nineteen, in my second year as an apprentice at an independent garage in "
    "Felling. I do services, brakes, clutches and some diagnostics, and last month I traced "
    "a misfire on a Polo to a cracked coil pack the main dealer had missed. {x} I'd like to "
    "move to a main dealer for the hybrid and electric work, which we don't get at ours."
)


def test_pity_and_finding_out_are_not_put_downs() -> None:
    pity = (
        "I've been on the other side, and I remember thinking that poor nurse, it isn't her fault."
    )
    assert "disparaging" not in codes(WARD_Q, WARD.format(x=pity))
    assert "disparaging" not in codes(
        LESSON_Q,
        LESSON.format(x="see who still thinks a bigger denominator makes a bigger fraction"),
    )
    verdict = (
        "I've been on the other side, and honestly the nurse was a poor nurse who never listened."
    )
    assert "disparaging" in codes(WARD_Q, WARD.format(x=verdict))


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (
            "I'm rubbish at talking about myself, to be honest, but my boss says I'm the best "
            "apprentice he's ever had.",
            "humblebrag",
        ),
        ("Honestly, I'm so quick it makes the rest of the workshop look a bit slow.", "arrogance"),
        (
            "The other apprentices are, not to be rude, but they're just coasting most days.",
            "disparaging",
        ),
        ("Most of the older fitters can't read a wiring diagram for toffee.", "disparaging"),
    ],
)
def test_false_modesty_and_others_run_down_in_passing(fault: str, code: str) -> None:
    plain = "My boss has started giving me the electrical faults to look at first."
    assert code in codes(INTRO_Q, INTRO.format(x=fault))
    assert code not in codes(INTRO_Q, INTRO.format(x=plain))


def test_a_feeling_better_than_any_target_is_not_a_boast() -> None:
    x = "Fixing that car for a worried customer felt better than any bonus I've had."
    assert "arrogance" not in codes(INTRO_Q, INTRO.format(x=x))
    boast = "I'm better than any fitter in that garage, to be honest."
    assert "arrogance" in codes(INTRO_Q, INTRO.format(x=boast))
