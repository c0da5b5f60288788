"""A result said in any plain phrasing counts, a detail that only looks like one does not, and a
detour the speaker takes (a career history in the middle of a method, "anyway, …") is rambling,
while a real example of the method is not. Pairs differ in one thing."""

from __future__ import annotations

import pytest

from interview_coach.questions.answering import analyze_answer
from interview_coach.questions.bank import classify_question

from .test_judgements import codes

STORY_Q = "Tell me about a time you improved a process at work."
STORY_OPEN = (
    "Our kitchen threw away too much prep every Sunday, so I tracked every tray we binned for "
    "two weeks and found most of it was the carvery. I cut the carvery batches in half and "
    "cooked a second round at one o'clock instead of one big round at noon, and I showed the "
    "team the new timings on the rota. "
)


def specifics(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in analyze_answer(STORY_Q, text).content.specifics]


def test_spoken_percentages_are_metrics_and_six_is_just_a_number() -> None:
    found = specifics("Waste was down sixty percent and sales were up twenty-two percent by six.")
    assert ("metric", "sixty percent") in found
    assert ("metric", "twenty-two percent") in found
    assert ("number", "six") in found


@pytest.mark.parametrize(
    ("idiom", "fact"),
    [
        ("Nine times out of ten it is the carvery.", "Nine trays out of ten were carvery."),
        ("The rota was wrong half the time.", "The rota was wrong on 14 Sundays."),
        ("I always give a hundred and ten percent.", "I cut the waste by forty percent."),
        ("I am a hundred percent sure of it.", "A hundred percent of trays were logged."),
        ("I was on call 24/7 that month.", "I was on call for 36 hours that month."),
    ],
)
def test_numbers_in_figures_of_speech_are_not_facts(idiom: str, fact: str) -> None:
    assert specifics(idiom) == []
    assert specifics(fact) != []


@pytest.mark.parametrize(
    "result",
    [
        "After a month, waste was down sixty percent and nobody complained about the carvery.",
        "We served the same covers and not one tray came back from the pass half full.",
        "The next month's bin sheets showed the waste against our usual Sunday had halved.",
        "We got through Mother's Day with no complaints about the carvery running out.",
        "The head chef kept my timings as our standard plan for every Sunday since.",
        "We saved roughly 180 portions a month, and the rota I wrote is still in use.",
        "By the second week the carvery came off the pass with nothing left over.",
        "Service finished on time, and that led the owner to try it in the other two pubs.",
        "A regular who had moaned for months wrote in to thank us for the fresher carvery.",
        "The rugby club has since booked us for their Sunday dinners.",
        "I brought the leftover trays from about twelve a week to under three.",
        "Both new cooks passed their hygiene assessment first time on the new plan.",
        "At the group's awards our kitchen got the top score for waste in the region.",
        "The kitchen then went three months without a single tray binned on a Sunday.",
        "The environmental health officer came back the next week and we passed.",
        "I cleared a backlog of 340 unlogged trays, and the audit went through with no actions.",
        "That got our Sunday waste to within 2% of the weekday figure.",
        "Now the head chef uses my sheet for every service.",
        "After that one, we no get that kind of mix-up again on a Sunday.",
    ],
)
def test_a_result_in_plain_words_is_a_result(result: str) -> None:
    assert "no_result" not in codes(STORY_Q, STORY_OPEN + result)


CARE_Q = "Tell me about a time you dealt with a difficult service user."
CARE_OPEN = (
    "On my home care round an older man had started refusing his morning wash and shouting "
    "at us to get out, and his skin was starting to break down. I sat with him over a cup of "
    "tea one morning and found out he was embarrassed being washed by young women, so I asked "
    "my coordinator for a male carer on weekdays and I took the breakfast and meds visits. "
)


@pytest.mark.parametrize(
    "change",
    [
        "Within about a fortnight he was accepting his wash most days.",
        "He slowly started opening up to us, and the district nurse said his sore was healing.",
    ],
)
def test_a_change_in_the_person_helped_is_a_result(change: str) -> None:
    assert "no_result" not in codes(CARE_Q, CARE_OPEN + change)
    detail = "The new visit times went onto his care plan and round the team on Monday."
    assert "no_result" in codes(CARE_Q, CARE_OPEN + detail)


@pytest.mark.parametrize(
    "detail",
    [
        "The carvery station is by the back door, and the trays are the deep forty-minute ones.",
        "The bin sheets are kept on a clipboard by the walk-in fridge, in a green folder.",
        # "met" is an outcome only with what was met.
        "We met in the back office at two, with the head chef and the owner, for an hour.",
    ],
)
def test_a_detail_in_place_of_the_result_is_no_result(detail: str) -> None:
    assert "no_result" in codes(STORY_Q, STORY_OPEN + detail)


@pytest.mark.parametrize(
    ("step", "result"),
    [
        # One's own signature or a closed ticket is a step; the trouble gone is the result.
        ("I signed the new sheet off myself.", "We did not have the same problem again."),
        ("I closed the ticket that evening.", "They never had that issue come back again."),
        ("I cleared the old trays out first.", "We finished every Sunday since on time."),
    ],
)
def test_ones_own_last_step_is_not_a_result(step: str, result: str) -> None:
    assert "no_result" in codes(STORY_Q, STORY_OPEN + step)
    assert "no_result" not in codes(STORY_Q, STORY_OPEN + result)


def test_a_promise_never_to_repeat_it_is_not_a_result() -> None:
    promise = "I'll never make that mistake with the carvery again, believe me."
    assert "no_result" in codes(STORY_Q, STORY_OPEN + promise)


def test_meeting_a_target_is_a_result() -> None:
    ending = "We met the waste target the owner had set for the quarter, with a month to spare."
    assert "no_result" not in codes(STORY_Q, STORY_OPEN + ending)


def test_a_result_told_inside_an_action_sentence_is_a_result_everywhere() -> None:
    answer = (
        "At the depot our vans kept leaving late on Mondays. I timed every loading bay for "
        "two weeks and saw the delay was all at bay three, where the scanner kept dropping "
        "out. I took my timings to the shift manager, we moved the scanner onto a fixed mount "
        "the same week, and Monday departures went down from forty minutes late to five."
    )
    fb = analyze_answer(STORY_Q, answer)
    assert "result" not in [s.part for s in fb.structure.sentences]  # the labels miss it…
    assert "result" not in fb.structure.missing  # …but the story has one
    assert "no_result" not in {j.code for j in fb.judgements}
    assert not any(f.rule == "missing_result" for f in fb.score_breakdown)
    assert not any("no result" in t.message.lower() for t in fb.tips)


def test_a_missing_result_is_counted_once() -> None:
    """The no_result judgement carries the cost and the tip; the frame's result rules
    ("the result has no number") do not add to it or contradict it."""
    detail = "The carvery station is by the back door, next to the deep fryers."
    fb = analyze_answer(STORY_Q, STORY_OPEN + detail)
    assert "no_result" in {j.code for j in fb.judgements}
    rules = {f.rule for f in fb.score_breakdown}
    assert not rules & {"missing_result", "thin_result", "unquantified_result"}
    assert not any("number on your result" in t.message for t in fb.tips)


def test_a_story_question_with_words_between_is_still_a_story() -> None:
    q = "Tell me about the most stressful situation you've handled and how you dealt with it."
    assert classify_question(q)[0] == "behavioural"


METHOD_Q = "How would you go about diagnosing an API endpoint that has suddenly become slow?"
STEPS = (
    "First I'd check the monitoring for that endpoint, when it slowed and whether it is every "
    "request or only some. Then I'd line that up against what changed at the time, a deploy, "
    "a config change or data growth. "
)
CAREER = (
    "I got into programming late, after a history degree and two years in a bookshop, and "
    "I started learning Python from videos during lockdown, mostly little scripts for my "
    "music collection, then a twelve-week bootcamp in Manchester with a great cohort. "
)
EXAMPLE = (
    "I did exactly this last quarter on our orders endpoint, which went from 300 milliseconds "
    "to four seconds after a release, and query logging showed one query per order line that a "
    "new serializer had added, so prefetching took it back to 280 milliseconds. "
)
CLOSE = "After a fix I'd measure again with the same test and add an alert for next time."


def test_a_career_history_in_the_middle_of_a_method_is_rambling() -> None:
    assert "rambling" in codes(METHOD_Q, STEPS + CAREER + CLOSE)


def test_an_example_of_the_method_at_work_is_not_rambling() -> None:
    assert "rambling" not in codes(METHOD_Q, STEPS + EXAMPLE + CLOSE)


def test_a_detour_the_speaker_names_with_anyway_is_rambling() -> None:
    q = "Tell me about a time you had to learn something new quickly."
    opening = "Last spring I moved to a site with direct-drive turbines. "
    detour = (
        "The site is up on the moor past the old quarry, and the road in is single track with "
        "passing places, and in winter the gritter only comes twice a day, so you get to know "
        "the farmers and their dogs and which gates stick when it rains. "
    )
    back = (
        "Anyway, I had a week before going on call alone, so I did the maker's modules in the "
        "evenings and shadowed every fault call, and by the second week I was taking callouts "
        "on my own. I learned that the people on site teach you the machine."
    )
    assert "rambling" in codes(q, opening + detour + back)
    assert "rambling" not in codes(q, opening + back.replace("Anyway, I", "I"))


MISTAKE_Q = "Tell me about a mistake you made at work and what you did about it."
MISTAKE = (
    "On a busy Monday I realised I had picked the 10 mg box instead of the 5 mg one for a "
    "repeat prescription. I took it back at once, told the pharmacist and logged it as a near "
    "miss, and I suggested we split the two strengths on the shelf, which we did the same day. "
)


def test_realising_something_in_the_story_is_not_a_lesson() -> None:
    ending = "The near-miss log is collected by the area manager at the end of each month."
    assert "no_reflection" in codes(MISTAKE_Q, MISTAKE + ending)
    # Where the speaker works now is no practice the story changed.
    ending = "Now I work at a bigger branch in the city centre with a team of six."
    assert "no_reflection" in codes(MISTAKE_Q, MISTAKE + ending)


@pytest.mark.parametrize(
    "ending",
    [
        "It reinforced for me that speaking up at once matters more than feeling embarrassed.",
        "Since then I've changed how we shelve every drug that comes in two strengths.",
        "Now every two-strength drug goes on separate shelves, with a sticker on both.",
        "What I changed was I made up a shelf check for every drug that comes in two strengths.",
        "Afterwards I suggested a red tag on the second strength, so nobody grabs the wrong box.",
        "Now I read the strength aloud before every repeat prescription leaves my hands.",
        "Afterwards I added a second-strength warning line to our dispensing checklist.",
        "And I got the second strength added to our dispensing checklist.",
    ],
)
def test_a_lesson_or_a_practice_changed_because_of_it_is_reflection(ending: str) -> None:
    assert "no_reflection" not in codes(MISTAKE_Q, MISTAKE + ending)


@pytest.mark.parametrize(
    "excuse",
    [
        "The twenty minutes it cost were none of it down to me.",
        "As usual it was left to me to catch everybody else's mistakes.",
        "The planners hadn't bothered to check the access point.",
    ],
)
def test_disowning_the_cost_or_others_mistakes_is_blame(excuse: str) -> None:
    q = "Tell me about a time you raised a safety concern."
    story = (
        "One night a gang asked for a line blockage, and their access point meant walking "
        "across the open line, so I held the blockage and asked how they would cross. "
    )
    assert "blame" in codes(q, story + excuse)
    assert "blame" not in codes(q, story + "I hadn't bothered to check it myself at first.")


def test_a_figure_inside_a_cliche_backs_nothing() -> None:
    q = "What would you do if a patient became angry at the reception desk?"
    answer = (
        "I would stay calm and let them say what the problem is. I am a real people person, "
        "very patient, and I always give one hundred and ten percent for every patient. Then "
        "I would ask the duty doctor to call them today if I can."
    )
    assert "generic_claim" in codes(q, answer)


def test_a_story_told_as_an_example_of_the_method_is_not_a_detour() -> None:
    q = "What would you do if a customer asked you to cut a corner that broke regulations?"
    answer = (
        "I'd say no, but in a way that keeps the customer on side, and I've had to do exactly "
        "that. Last year a landlord wanted a socket inside the bathroom zone and did not want to "
        "pay for moving the supply, so we talked it through on site for twenty minutes. I'd "
        "explain the rule in plain words, offer the nearest compliant option with its price, "
        "and put the advice in writing so it is on the job sheet."
    )
    assert "rambling" not in codes(q, answer)


def test_the_next_step_of_a_story_is_not_a_lesson() -> None:
    ending = "After that I started checking the shelf labels against the order book."
    assert "no_reflection" in codes(MISTAKE_Q, MISTAKE + ending)
    changed = "After that I changed our shelving procedure for every two-strength drug."
    assert "no_reflection" not in codes(MISTAKE_Q, MISTAKE + changed)
    # A change is a lesson only when it is said as one: what was changed in the story, or a
    # next step with no purpose of stopping a repeat, is not.
    assert "no_reflection" in codes(MISTAKE_Q, MISTAKE + "What I changed was the label printer.")
    moved = "Afterwards I suggested a coffee, so we could both calm down."
    assert "no_reflection" in codes(MISTAKE_Q, MISTAKE + moved)


def test_praise_that_fits_any_employer_is_generic_unless_a_fact_backs_it() -> None:
    q = "Why do you want to work at this school?"
    start = "Your approach to reading is what drew me. "
    praise = "Everyone says this is a lovely, supportive school with great values"
    fact = "When I visited last month I saw twenty minutes of whole-class reading every morning"
    end = ", and daily reading is something I trialled with my own Year 8 class last year."
    assert "generic_claim" in codes(q, start + praise + end)
    assert "generic_claim" not in codes(q, start + fact + end)
    backed = "It is a supportive school: 40 staff mentor a new teacher each year"
    assert "generic_claim" not in codes(q, start + backed + end)
    heard = (
        "Your training has a good reputation, and I spoke to one of your teachers at the "
        "Harford open day about it"
    )
    assert "generic_claim" not in codes(q, start + heard + end)


def test_a_strength_claimed_and_then_proved_is_not_generic() -> None:
    q = "What would you say is your greatest strength?"
    claim = "I'd say I'm patient, and I think that matters most on a busy ward. "
    proof = (
        "Last winter I spent three evenings teaching a new starter our drug round, and by "
        "February she was running it alone with no errors in the monthly audit."
    )
    assert "generic_claim" not in codes(q, claim + "It shows in my work. " + proof)
    assert "generic_claim" not in codes(q, proof + " I'm patient and I explain things twice.")
    unbacked = "It shows in my work, and people always say so. I just like helping people."
    assert "generic_claim" in codes(q, claim + unbacked)


DISAGREE_Q = "Tell me about a time you disagreed with your manager."
DISAGREE = (
    "My manager wanted to cut the weekday morning shift to one person to save wages. I pulled "
    "four weeks of till data and showed him the nine-to-eleven queue, and we agreed two people "
    "only on delivery days. Queue complaints stayed flat and we still saved nine hours a week. "
)


@pytest.mark.parametrize(
    "aside",
    [
        "Not that it'll last, they'll cut it again next budget, they always do.",
        "Did he say thanks? Course not.",
        "That's all head office ever cares about, wage percentage.",
        "But that is how the council is.",
    ],
)
def test_cynical_asides_are_negative_tone(aside: str) -> None:
    assert "negative_tone" in codes(DISAGREE_Q, DISAGREE + aside)


@pytest.mark.parametrize(
    "aside",
    [
        "It's typical of store managers, they all think they're accountants.",
        "Nine times out of ten it's the agency lot, they just don't care.",
        "He's a lovely man, but I don't think he's been on a till since 2009.",
    ],
)
def test_writing_off_a_group_or_belittling_someone_is_disparaging(aside: str) -> None:
    assert "disparaging" in codes(DISAGREE_Q, DISAGREE + aside)


def test_plain_explanations_are_neither_cynical_nor_disparaging() -> None:
    fair = (
        "That's how the rota process works here, and the agency staff were briefed the same "
        "way as everyone. He agreed to review it after a month, and he did."
    )
    found = codes(DISAGREE_Q, DISAGREE + fair)
    assert not {"negative_tone", "disparaging"} & found


def test_a_result_without_a_number_costs_nothing_and_the_stronger_version_asks_for_one() -> None:
    story = (
        "A customer complained that her cake order was wrong on the morning of her daughter's "
        "party. I apologised, checked the order sheet, and saw we had written chocolate instead "
        "of lemon. I baked a lemon sponge in our quiet hour, iced it myself and drove it to her "
        "house before the party started. She was delighted, and she still orders her birthday "
        "cakes from us. Since then I read every order back before I write it on the sheet."
    )
    fb = analyze_answer("Tell me about a time you handled a complaint.", story)
    assert fb.structure.result_quantified is False
    unmeasured = [f for f in fb.score_breakdown if f.rule == "unquantified_result"]
    assert unmeasured and unmeasured[0].points == 0.0
    assert fb.stronger_version is not None
    assert "number" in fb.stronger_version.text.lower()


def test_a_whole_batch_come_out_right_and_a_check_that_keeps_catching_are_results() -> None:
    q = "Tell me about a time you solved a problem under pressure."
    base = (
        "Two days before month end the payroll export failed for our night staff. I traced it "
        "to a changed shift code, mapped the old codes to the new ones by hand, and re-ran "
        "the export with the finance manager checking beside me. {end}"
    )
    batch = "The run went out on the Thursday with every payslip correct."
    check = "I also added a code check to the export, which has caught two more changes since."
    plain = "I also added a note about the shift codes to the month-end checklist for next time."
    assert "no_result" not in codes(q, base.format(end=batch))
    assert "no_result" not in codes(q, base.format(end=check))
    assert "no_result" in codes(q, base.format(end=plain))
