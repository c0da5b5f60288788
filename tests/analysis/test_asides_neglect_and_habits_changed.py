"""Digs made in an aside about someone (what they have never done, what they do all day, how
they hover or sigh), faint praise, trouble put on others' neglect, kit or habits, results told
as harm avoided or custom regained, a practice changed with the thing between, a future said
in other words, and a pastime beside the week it fills. Where a sentence is tested, it is put
into the same answer, so only it can decide."""

from __future__ import annotations

import pytest

from answer_codes import PLAIN_MIDDLE, STORY_Q, clinic_story, codes


@pytest.mark.parametrize(
    "middle",
    [
        "The booking screen was built by someone who's never worked a front desk.",
        "I told my manager, who'd have let it run forever, and started a paper list.",
        "The senior receptionist does nothing herself, so I took the phones.",
        "Ring the supplier, the only tip he's got, so I did that first.",
        "The practice manager, who'd spent the morning sighing at me, signed it off.",
        "Once she'd stopped hovering over my shoulder, I could fix the list.",
        "The software firm rang back once he'd finished his lunch.",
        "My colleagues are nice but not very quick, so I took the desk myself.",
        "I asked IT for help, though they are slow, and started a paper list.",
        "Their support desk thinks a clinic is just a glorified call centre.",
        "One receptionist got 'sick' on the Friday, so I covered her desk.",
        "The software firm took ages to answer, as per, so I started a paper list.",
    ],
)
def test_a_dig_in_an_aside_or_faint_praise(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "disparaging" in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I asked a receptionist who had never used the paper system to shadow me.",
        "Some patients were people who've never been to a clinic before, so I went slowly.",
        "The software firm was slow to answer, so I started a paper list.",
        "The support desk was nice and quick, so the list was back by noon.",
        "I set the rota as per the practice manual.",
    ],
)
def test_a_plain_fact_about_others_is_no_dig(middle: str) -> None:
    assert "disparaging" not in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "The cheap headsets they give us kept cutting out on calls.",
        "The practice manager could've shown me the backup before, to be fair.",
        "The locums are always rushing, so the notes were thin.",
        "The booking mess was the software firm's own doing.",
        "Last spring they botched the upgrade, and the screens froze.",
        "The fix took longer than needed thanks to the software firm.",
        "Then the office team went and cancelled the backup contract.",
    ],
)
def test_the_cause_put_on_others_neglect_kit_or_habits(middle: str) -> None:
    assert "blame" not in codes(STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "blame" in codes(STORY_Q, clinic_story(middle))


MISTAKE_STORY_Q = "Tell me about a time you made a mistake at work."
NEGLECT = [
    "Nobody in the office had bothered telling me about the update.",
    "The rota had been set wrong by whoever did it last.",
    "It went down because management was not doing proper updates.",
    "The notes were missing because the locum never signed them off.",
]


@pytest.mark.parametrize("middle", NEGLECT)
def test_others_neglect_as_the_cause_of_ones_own_mistake(middle: str) -> None:
    assert "blame" not in codes(MISTAKE_STORY_Q, clinic_story(PLAIN_MIDDLE))
    assert "blame" in codes(MISTAKE_STORY_Q, clinic_story(middle))
    # In a story of a hard situation handled, the same words describe the problem solved.
    assert "blame" not in codes(STORY_Q, clinic_story(middle))


@pytest.mark.parametrize(
    "middle",
    [
        "The practice manager could have been on leave, so I checked the rota.",
        "I asked if she could have shown me the backup, and she did.",
        "The part was fitted wrong by me, so I fixed it the same day.",
    ],
)
def test_a_guess_a_question_or_ones_own_error_is_no_blame(middle: str) -> None:
    assert "blame" not in codes(STORY_Q, clinic_story(middle))


WHEEL_Q = "Tell me about a time you calmed down an angry customer."


def _wheel_story(end: str) -> str:
    return (
        "At Harbour Tyres last winter a driver came back shouting that a wheel we had fitted "
        "felt loose. I took him into the office, listened without cutting in and pulled the job "
        "card. I torqued every nut on the car myself with the wrench while he watched and "
        f"talked him through each one. {end}"
    )


@pytest.mark.parametrize(
    "end",
    [
        "No damage was done to the hub, and he left calm.",
        "He calm down, he thank me, and he book the van back in for March.",
        "We've had zero repeat complaints in the first six months since we changed the card.",
    ],
)
def test_harm_avoided_thanks_said_plainly_or_no_trouble_since(end: str) -> None:
    plain = "The bays were full that morning, so Gaz and I moved a Transit off the ramp."
    assert "no_result" in codes(WHEEL_Q, _wheel_story(plain))
    assert "no_result" not in codes(WHEEL_Q, _wheel_story(end))


def test_the_new_way_against_the_old_is_a_result() -> None:
    from interview_coach.questions.answering import analyze_answer

    def outcome_points(end: str) -> float:
        factors = analyze_answer(WHEEL_Q, _wheel_story(end)).score_breakdown
        return sum(f.points for f in factors if f.rule == "outcomes")

    plain = "I wrote the torque on the card and put the sticker on the dash, as we always do."
    better = "The torque gets checked at the bay now, instead of two days later at the desk."
    assert outcome_points(better) > outcome_points(plain)


MISTAKE_Q = "Tell me about a time you got something wrong on a job."


def _cctv_story(end: str) -> str:
    return (
        "Last winter I fitted an eight-camera system at a bookmaker's on my own. Four cameras "
        "kept dropping out after dark because I hadn't worked out the power the infrared lights "
        "would draw. I ran them off a spare injector from the van, told the owner it was my "
        f"mistake and fitted a bigger switch on the Monday. {end}"
    )


@pytest.mark.parametrize(
    "end",
    [
        "Now I work out the power budget at every survey, so it never gets that far.",
        "What I've done since, I add up the load before I order the switch.",
    ],
)
def test_a_practice_changed_with_the_thing_between(end: str) -> None:
    plain = "The owner had the shop open again by ten, and nothing was lost on the recording."
    assert "no_reflection" in codes(MISTAKE_Q, _cctv_story(plain))
    assert "no_reflection" not in codes(MISTAKE_Q, _cctv_story(end))


@pytest.mark.parametrize(
    "end",
    [
        "Now I work for a bigger installer in town, on every kind of job.",
        "Now I supervise the commercial team, with a van each for the four of us.",
    ],
)
def test_the_job_held_now_is_no_practice_changed(end: str) -> None:
    assert "no_reflection" in codes(MISTAKE_Q, _cctv_story(end))


def test_a_lesson_about_what_others_need_is_no_blame() -> None:
    owned = "What I learned is the customer needs to hear the plan before I start."
    assert "blame" not in codes(MISTAKE_Q, _cctv_story(owned))
    handed = "What I learned is the office has got to put the load on the job sheet."
    assert "blame" in codes(MISTAKE_Q, _cctv_story(handed))


INTRO_Q = "Tell me about yourself."


def _intro(end: str) -> str:
    return (
        "I'm a lift engineer with nine years on service routes around Salford, mostly hydraulic "
        "and traction lifts in offices and housing blocks. I did my apprenticeship with a small "
        "firm in Oldham and I've been on the breakdown rota for three years. Last year I moved "
        "my route from paper job sheets to tablets, and our first-time fix rate rose from 78 to "
        f"86 percent. I also mentor two apprentices. {end}"
    )


@pytest.mark.parametrize(
    "end",
    [
        "What I'm after now is a role leading a small modernisation team.",
        "What I'm after is a role where I can lead a team, with the aim of moving into design.",
    ],
)
def test_a_future_in_other_words(end: str) -> None:
    future = {"missing_future", "thin_future"}
    assert future & _structure_rules(_intro("I hold my IPAF and CSCS cards."))
    assert not future & _structure_rules(_intro(end))


def _structure_rules(answer: str) -> set[str]:
    from interview_coach.questions.answering import analyze_answer

    factors = analyze_answer(INTRO_Q, answer).score_breakdown
    return {f.rule for f in factors if f.area == "structure"}


METHOD_Q = "Walk me through how you'd take down a large tree close to a house."


def _method(extra: str) -> str:
    return (
        "First I'd walk the site with the client and check the tree for decay and wildlife. "
        "I'd plan the drop zones, set up barriers and brief the ground crew on the radios. Then "
        "I'd set a climbing line and a separate rigging point and take it down in sections, "
        f"small pieces over the roof and bigger ones where there's a clear drop. {extra} "
        "Finally I'd grind the stump, clear every bit of debris and walk the site with the "
        "client again before I leave."
    )


@pytest.mark.parametrize(
    "extra",
    [
        "I sing with a chamber choir in town too, and we rehearse twice a week for Christmas.",
        "I play futsal on Wednesdays as well, we are not very good but it is fun.",
        "I also did the climbing championships last summer and came fourth.",
        "I go back every Diwali with my children, they love the lights in the old town.",
    ],
)
def test_a_pastime_beside_the_week_or_year_it_fills_is_a_detour(extra: str) -> None:
    plain = "I keep the groundie on the port-a-wrap and talk him through each piece."
    assert "off_question" not in codes(METHOD_Q, _method(plain))
    assert "off_question" in codes(METHOD_Q, _method(extra))


def test_someone_elses_choir_in_a_work_story_is_no_detour() -> None:
    extra = "Last summer I cleared a tree at the school while the children's choir rehearsed."
    assert "off_question" not in codes(METHOD_Q, _method(extra))
