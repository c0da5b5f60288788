"""The frame's parts as shown agree with the judgements: a closing line with no outcome in it
is not a result part that is there."""

from __future__ import annotations

from interview_coach.questions.answering import analyze_answer
from interview_coach.reports.feedback import render_text

QUESTION = "Tell me about a time you solved a difficult problem at work."
STORY = (
    "Last spring our warehouse kept sending the wrong pallets to two of our biggest stores, and "
    "the store managers were on the phone to us every morning about it. I was the shift lead on "
    "nights, so it was my job to find out why it kept happening when nobody could see a pattern. "
    "I walked the picking route with each picker over two shifts, checked the scanner logs "
    "against the dispatch notes, and found that two bay labels had been swapped after a re-rack "
    "in March. I relabelled the bays, briefed both shifts on what had gone wrong, and added a "
    "label check to the weekly audit so that a re-rack could not do it again. "
)
NO_OUTCOME = "Ultimately that is what a shift lead is for."
OUTCOME = "Within a fortnight the two stores had no more wrong pallets, and neither has since."


def test_a_closing_line_without_an_outcome_is_shown_as_a_missing_result() -> None:
    fb = analyze_answer(QUESTION, STORY + NO_OUTCOME)
    assert "no_result" in {j.code for j in fb.judgements}
    # The closing line still reads as the result's place in the frame…
    assert fb.structure.sentences[-1].part == "result"
    # …but the parts shown say what the judgement says, not "missing parts: none".
    assert "result" in fb.structure.missing
    assert "missing parts: result" in render_text(fb).lower()
    # The cost is the judgement's alone: the frame's own result rule is not charged twice.
    assert not any(f.rule == "missing_result" for f in fb.score_breakdown)
    assert not any("Every part of the answer's frame is there" in t.message for t in fb.tips)


def test_the_same_story_with_an_outcome_has_every_part() -> None:
    fb = analyze_answer(QUESTION, STORY + OUTCOME)
    assert "no_result" not in {j.code for j in fb.judgements}
    assert "result" not in fb.structure.missing
    assert "missing parts: none" in render_text(fb).lower()
