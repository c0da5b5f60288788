"""A story told in the present, as many speakers of English as a second language tell one; a
question that asks for any improvement; a practice kept "now" with a particle or an emphatic
"does"; a cause owned; a method question in "walk me through how you'd…"; and words that only
look like blame or a sneer: what the traffic is doing, the young of a pest, and others' lapse
told as what one's own habit led to. Each beside a case the rule must still catch."""

from __future__ import annotations

import pytest

from answer_codes import codes, lesson_missing
from interview_coach.analysis import answer_cues
from interview_coach.questions.bank import classify_question

IMPROVED_Q = "Tell me about a time you improved a process at work."
PRESENT_STORY = (
    "Yes, so in the bakery where I work, we make the bread for six shops, and every morning "
    "the drivers wait because the trays are not labelled. I notice the driver for Kingsway "
    "always wait twenty minutes. So I talk to my supervisor and I suggest a colour for each "
    "shop, a sticker on every tray. First week some people forget, so I stand at the door "
    "and remind them. After two month the drivers leave on time, the waiting is maybe five "
    "minutes now. I learn that a small change need someone to stay with it at the start."
)


def test_a_story_told_in_the_present_answers_a_story_question() -> None:
    assert "off_question" not in codes(IMPROVED_Q, PRESENT_STORY)


@pytest.mark.parametrize(
    "told",
    [
        "so i talk to my supervisor and i suggest a colour for each shop",
        "first week only three people come",
        "after two month we have fifteen every week",
    ],
)
def test_present_tense_narration_is_a_sign_of_a_story(told: str) -> None:
    assert answer_cues.ANSWERS_KIND["story"].search(told)


@pytest.mark.parametrize(
    ("question", "own_topic"),
    [
        ("Tell me about a time you improved a process at work.", False),
        ("Tell me about a time you improved a service for your users.", False),
        ("Tell me about a project you are proud of.", False),
        ("Tell me about a time you dealt with an unhappy customer.", True),
        ("Tell me about a time you handled a price objection.", True),
    ],
)
def test_a_question_asking_for_any_improvement_names_no_subject(
    question: str, own_topic: bool
) -> None:
    assert answer_cues.has_own_topic(question) is own_topic


MISTAKE_Q = "Tell me about a mistake you made and what you learned from it."
MISTAKE = (
    "Last winter I booked a patient's scan for the wrong hospital site, because I read the "
    "referral too fast and missed the postcode. She travelled forty minutes to the wrong "
    "building. I rang her the same afternoon to apologise and rebooked her for the next "
    "morning at the right site, and paid her taxi from the practice petty cash. {end}"
)


@pytest.mark.parametrize(
    "end",
    [
        "Now I go through every referral line by line before I book anything.",
        "Now I does check every postcode against the site list, every single booking.",
        "The root cause was mine: I was booking from memory instead of the site list.",
        "I made a one-page site list with postcodes, and the whole team now uses it for every "
        "booking.",
    ],
)
def test_a_practice_kept_or_a_cause_owned_is_reflection(end: str) -> None:
    assert "no_reflection" not in codes(MISTAKE_Q, MISTAKE.format(end=end))


def test_the_same_story_without_them_has_no_reflection() -> None:
    end = "She was happy in the end and sent the practice a card."
    assert "no_reflection" in codes(MISTAKE_Q, MISTAKE.format(end=end))


def test_a_step_done_every_day_inside_the_story_is_not_a_lesson() -> None:
    story = (
        "Last spring the seedlings on the north bench kept dying. I asked my manager if I "
        "could trial the old flood bench for a month. I test it on two benches, I write down "
        "the germination every day, and compare with the hand-watered ones. With the flood "
        "bench the loss went from nine percent to three, so we moved four more benches over."
    )
    assert lesson_missing(IMPROVED_Q, story)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Walk me through how you'd fit a new cylinder to a uPVC door.", "role_specific"),
        ("Talk me through how you would plan the yard for a big vessel call.", "role_specific"),
        ("Tell me how you'd set out a stud wall from a drawing.", "role_specific"),
    ],
)
def test_a_method_asked_as_walk_me_through_how(question: str, category: str) -> None:
    assert classify_question(question)[0] == category


def test_walk_me_through_how_you_handled_asks_for_a_story_not_a_method() -> None:
    from interview_coach.questions.bank import _rule_scores

    scores = _rule_scores("Walk me through how you handled an angry tenant.")
    assert scores.get("role_specific", 0) < 4


DISPATCH_Q = "Why do you want to work here?"


def test_what_the_traffic_is_doing_is_not_blame() -> None:
    answer = (
        "Time-critical runs are where I'm strongest: a sample that has to reach the lab within "
        "the hour, and I'm working out who's closest and what the traffic's doing on the ring "
        "road. Your live tracking on every job is the next step from the job board I set up at "
        "my firm, which cut our missed collections from eight a month to two."
    )
    assert "blame" not in codes(DISPATCH_Q, answer)


def test_the_delay_as_someone_elses_doing_is_still_blame() -> None:
    answer = (
        "The late delivery to the lab last March was the controller's doing, not mine. I had "
        "planned the run properly and I always check the traffic before a driver leaves."
    )
    assert "blame" in codes("Tell me about a time a delivery went wrong.", answer)


PEST_Q = "Walk me through how you would deal with whitefly in a glasshouse tomato crop."


def test_the_young_of_a_pest_are_not_a_sneer() -> None:
    answer = (
        "First I check the yellow sticky traps in every tenth row and count the adults each "
        "week. If a bay goes up I look under the top leaves for the eggs and the scales, the "
        "young ones. Then I release Encarsia in the hot spots and keep chemical sprays for the "
        "worst bays only, because they kill the bumblebees. Last summer that kept us under the "
        "threshold and class one fruit stayed above ninety-five percent."
    )
    assert "disparaging" not in codes(PEST_Q, answer)


def test_a_generation_written_off_is_still_a_sneer() -> None:
    answer = (
        "First I'd check the traps and count the adults, and I'd explain it to the pickers "
        "slowly, because these young ones nowadays can't listen for five minutes. Then I'd "
        "release Encarsia in the hot spots and keep sprays for the worst bays."
    )
    assert "disparaging" in codes(PEST_Q, answer)


WEAKNESS_Q = "What would you say is your biggest weakness?"
WEAKNESS = (
    "My weakness is delegating. I was a room attendant for four years before I became a "
    "supervisor, and when I saw a room that was not right, my first reaction was to fix it "
    "myself. {middle} Now when I find a problem I call the attendant back, show her, and she "
    "corrects it. In three months the rooms we release before two o'clock went from sixty to "
    "eighty percent."
)


def test_others_lapse_told_as_what_ones_own_habit_led_to_is_owned() -> None:
    middle = (
        "I was re-making beds myself, so my checks finished late and the team didn't learn, "
        "because they never saw the problem."
    )
    assert "blame" not in codes(WEAKNESS_Q, WEAKNESS.format(middle=middle))


def test_others_lapse_told_as_the_cause_is_still_blame() -> None:
    middle = "The agency girls didn't clean properly and the team didn't care, so I had to."
    assert "blame" in codes(WEAKNESS_Q, WEAKNESS.format(middle=middle))


DOSE_STORY = (
    "Two years ago at a vet practice I sent a dog home with a pain medicine dosed for the "
    "weight on her old record, not the weight that day. I spotted it an hour later while "
    "writing the notes and went straight to the vet. {middle} She brought the bottle back, "
    "we relabelled it, and I filled in an incident form. What I took from it is to check the "
    "day's weight against the label before anything goes out."
)


def test_something_not_yet_done_said_as_luck_is_not_blame() -> None:
    middle = "The owner hadn't given the first dose yet, thank goodness."
    assert "blame" not in codes(MISTAKE_Q, DOSE_STORY.format(middle=middle))


def test_the_same_person_named_as_the_failing_is_still_blame() -> None:
    story = (
        "Two years ago at a vet practice a dog went home with the wrong dose of a pain "
        "medicine. The nurse on the morning shift hadn't weighed her, and the vet never "
        "checked the label. She brought the bottle back and we relabelled it."
    )
    assert "blame" in codes(MISTAKE_Q, story)
