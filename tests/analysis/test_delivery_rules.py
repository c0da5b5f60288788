"""The two judgements about how much was said: too short, and heavy with fillers. Both are
reported with the cost the delivery score already takes, never charged a second time."""

from __future__ import annotations

from interview_coach.analysis.scoring import WEIGHTS
from interview_coach.interviewer.followups import probes_for
from interview_coach.questions.answering import analyze_answer
from interview_coach.types import Question

INTRO_Q = "Tell me about yourself."
SHORT_INTRO = (
    "I'm a pharmacy technician at a hospital in Derby. I've done it for six years and I'd "
    "like to move into a bigger dispensary now."
)
FULL_INTRO = (
    "I'm a pharmacy technician at Royal Derby Hospital, where for six years I've run the "
    "dispensary's morning shift. I check about three hundred items a day, and two years ago "
    "I set up our controlled-drug audit, which cut recording errors from eleven a quarter to "
    "two. Before that I trained in a high-street pharmacy, where I learned to explain "
    "medicines to worried patients in plain words. I finished my accuracy-checking "
    "qualification last spring, and I now check my colleagues' work as well as my own. What "
    "I want next is a larger dispensary with aseptic work, which is why this post at your "
    "trust appeals to me: it would let me build on the checking and the audits, in a team "
    "that trains its technicians further."
)
PAY_Q = "What salary are you looking for?"
SHORT_PAY = (
    "From what similar hospitals advertise for this band, I'm looking for 31 to 34 thousand, "
    "depending on the shift pattern."
)
STORY_Q = "Tell me about a time you solved a problem at work."
FILLED_STORY = (
    "So um last winter our um freezer alarm kept going off at night, like, and uh nobody "
    "knew why. I um checked the logs, you know, and uh found the door seal had like split. I "
    "um ordered a new seal, fitted it with the uh engineer, and um the alarms stopped, like, "
    "completely. We've had none since and uh no stock thrown away."
)
FEW_FILLERS = (
    "Last winter our freezer alarm kept going off at night, um, and nobody knew why. I "
    "checked the logs and found the door seal had split. I ordered a new seal, fitted it "
    "with the engineer, and the alarms stopped completely. We've had none since, uh, and no "
    "stock thrown away, which had cost us about four hundred pounds a month."
)


def _codes(fb) -> set[str]:
    return {j.code for j in fb.judgements}


def test_a_one_line_introduction_is_too_short_and_says_by_how_much() -> None:
    fb = analyze_answer(INTRO_Q, SHORT_INTRO)
    j = next(j for j in fb.judgements if j.code == "too_short")
    assert f"{fb.word_count} words" in j.title
    assert str(fb.delivery.length.target_min_words) in j.title
    length = sum(f.points for f in fb.score_breakdown if f.rule == "length")
    assert j.points == round(length * WEIGHTS["delivery"], 1) < 0
    assert "too_short" not in _codes(analyze_answer(INTRO_Q, FULL_INTRO))


def test_too_short_is_not_charged_twice_nor_tipped_twice() -> None:
    fb = analyze_answer(INTRO_Q, SHORT_INTRO)
    assert "too_short" in _codes(fb)
    assert not any(f.rule == "too_short" for f in fb.score_breakdown)
    messages = [t.message for t in fb.tips]
    assert sum("too brief" in m or "Too short" in m for m in messages) == 1


def test_a_short_pay_answer_with_a_reasoned_range_is_a_whole_answer() -> None:
    fb = analyze_answer(PAY_Q, SHORT_PAY)
    assert fb.word_count < 43
    assert "too_short" not in _codes(fb)


def test_fillers_in_nearly_every_sentence_are_heavy_and_quoted() -> None:
    fb = analyze_answer(STORY_Q, FILLED_STORY)
    j = next(j for j in fb.judgements if j.code == "filler_heavy")
    assert len(j.evidence) >= 5
    assert all(fb.transcript[e.start : e.end] == e.text for e in j.evidence)
    fillers = sum(f.points for f in fb.score_breakdown if f.rule == "fillers")
    assert j.points == round(fillers * WEIGHTS["delivery"], 1) < 0
    assert not any(f.rule == "filler_heavy" for f in fb.score_breakdown)
    # The filler tip keeps its counts; the judgement adds no second tip.
    assert sum("filler" in t.message.lower() for t in fb.tips) == 1


def test_two_fillers_in_a_story_are_not_a_habit() -> None:
    fb = analyze_answer(STORY_Q, FEW_FILLERS)
    assert len(fb.delivery.fillers) == 2
    assert "filler_heavy" not in _codes(fb)


def test_the_interviewer_asks_for_more_after_a_short_answer_and_never_about_fillers() -> None:
    q = Question(text=INTRO_Q, category="opening")
    probes = probes_for(q, analyze_answer(q, SHORT_INTRO), bank_probe=False)
    assert probes and probes[-1].rule == "too_short"
    assert probes[-1].text == "Could you tell me a bit more about that?"
    s = Question(text=STORY_Q, category="behavioural")
    filled = probes_for(s, analyze_answer(s, FILLED_STORY), bank_probe=False)
    assert all(p.rule != "filler_heavy" and p.text for p in filled)


def test_reports_name_a_short_answer_without_an_empty_quote() -> None:
    from interview_coach.reports.feedback import render_markdown, render_text

    fb = analyze_answer(INTRO_Q, SHORT_INTRO)
    text, md = render_text(fb), render_markdown(fb)
    line = next(x for x in text.splitlines() if "Too short" in x)
    assert line.rstrip().endswith(")"), line
    assert next(x for x in md.splitlines() if "Too short" in x).rstrip().endswith(")")
    filled = render_text(analyze_answer(STORY_Q, FILLED_STORY))
    assert '): "' in next(x for x in filled.splitlines() if "Heavy with filler" in x)


def test_a_short_answer_is_told_what_to_add_for_its_kind_of_question() -> None:
    """An introduction is lengthened with its own parts, not "a concrete example"; a story
    still is."""
    intro = analyze_answer(
        "Tell me about yourself.",
        "I'm a registered nurse on a surgical ward, six years now, and for the last two I've "
        "been in charge on nights. I want to move into tissue viability next.",
    )
    story = analyze_answer(
        "Tell me about a time you solved a problem at work.",
        "Our scanners kept freezing on the night shift, so I tested the batteries and swapped "
        "the worn ones, and the freezes stopped.",
    )
    short = [t.message for t in intro.tips if "too brief" in t.message]
    assert short and "what you want next" in short[0] and "concrete example" not in short[0]
    assert any("too brief" in t.message and "concrete example" in t.message for t in story.tips)
