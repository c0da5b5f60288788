"""The terminal report names frames and parts in words, never by their identifiers."""

from __future__ import annotations

from interview_coach.questions.answering import analyze_answer
from interview_coach.reports.feedback import render_markdown, render_text
from interview_coach.types import PART_LABELS


def test_frames_and_parts_are_named_in_words() -> None:
    fb = analyze_answer(
        "Why do you want to work here?",
        "I've been a pastry cook for four years, first at a hotel in Leeds and now at a bakery "
        "that supplies twelve cafes. The chance to learn laminated doughs from your head baker "
        "is the main draw for me. I also like that you run a Saturday class for kids.",
    )
    for text in (render_text(fb), render_markdown(fb)):
        assert "Role–company–you" in text
        assert "role_company_self" not in text and "role company self" not in text
        assert "[ROL]" not in text and "[SEL]" not in text and "[COM]" not in text
    words = set(PART_LABELS.values())
    lines = render_text(fb).splitlines()
    tags = [x.split("]")[0].strip(" [") for x in lines if x.startswith("  [") and "] " in x]
    assert tags and all(t in words for t in tags)
    assert f"**{PART_LABELS[fb.structure.sentences[0].part]}**" in render_markdown(fb)


def test_no_tips_reads_the_same_in_text_and_markdown() -> None:
    fb = analyze_answer("Why do you want to work here?", "I like baking bread for people.")
    assert fb.tips  # a short answer has something to fix: neither format says otherwise
    assert "Nothing important to fix." not in render_text(fb)
    assert "Nothing important to fix." not in render_markdown(fb)
    clean = fb.model_copy(update={"tips": []})
    assert "Tips (most gain first):\n  Nothing important to fix." in render_text(clean)
    assert "## Tips (most gain first)\n\nNothing important to fix.\n" in render_markdown(clean)
