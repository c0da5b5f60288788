"""Sentence splitting and frame labelling."""

from __future__ import annotations

from interview_coach.nlp.text import split_sentences
from interview_coach.questions.answering import analyze_answer

STAR_ANSWER = (
    "Last year I was a shift lead at a busy warehouse and our pick errors were climbing. "
    "My goal was to halve the errors before peak season. "
    "First I walked the floor with the pickers and found that two aisles had swapped labels. "
    "I relabelled them, I added a scan check at packing, and I trained the night shift myself. "
    "As a result, pick errors fell from 4 percent to 1.5 percent within six weeks."
)


def test_sentences_keep_offsets_and_abbreviations() -> None:
    text = "I joined Acme Inc. in 2019. Revenue grew 2.5% e.g. in the U.S. market! Then I left."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "I joined Acme Inc. in 2019.",
        "Revenue grew 2.5% e.g. in the U.S. market!",
        "Then I left.",
    ]


def test_run_on_transcript_is_split_at_joints() -> None:
    text = " ".join(["we worked on the queue and the backlog kept growing every single day"] * 4)
    text += " and then I set up a triage rota so the backlog halved in a month"
    assert len(split_sentences(text)) >= 2


def test_clear_star_answer_is_labelled_in_order() -> None:
    fb = analyze_answer("Tell me about a time you improved quality.", STAR_ANSWER)
    parts = [s.part for s in fb.structure.sentences]
    assert parts == ["situation", "task", "action", "action", "result"]
    assert fb.structure.frame.value == "star"
    assert fb.structure.missing == []
    assert fb.structure.in_order
    assert fb.structure.result_quantified is True


def test_a_story_whose_stakes_are_plain_from_the_situation_needs_no_task_sentence() -> None:
    answer = STAR_ANSWER.replace("My goal was to halve the errors before peak season. ", "")
    fb = analyze_answer("Tell me about a time you improved quality.", answer)
    assert "task" not in [s.part for s in fb.structure.sentences]
    assert fb.structure.missing == []
    assert not any(f.rule == "missing_task" for f in fb.score_breakdown)
    assert not any("task" in t.message.lower() for t in fb.tips)


def test_missing_result_is_reported_with_a_placeholder() -> None:
    answer = (
        "Last spring I was a support agent and a customer was furious about a double charge. "
        "My job was to calm him down and fix the bill. "
        "I listened first, then I checked the payment logs and I refunded the duplicate."
    )
    fb = analyze_answer("Tell me about a time you handled an angry customer.", answer)
    assert "result" in fb.structure.missing
    result_part = next(p for p in fb.rewrite if p.part == "result")
    assert result_part.sentences == [] and result_part.placeholder
    assert any("no result" in t.message.lower() for t in fb.tips)


def test_tell_me_about_yourself_uses_present_past_future() -> None:
    answer = (
        "I'm currently a staff nurse on a cardiac ward, where I lead a team of four. "
        "Before that I spent three years in A&E, which taught me to stay calm under pressure. "
        "Now I'm looking for a role in nurse education, and this position is exactly that."
    )
    fb = analyze_answer("Tell me about yourself.", answer)
    assert fb.structure.frame.value == "present_past_future"
    assert fb.structure.frame_parts == ["present", "past", "future"]
    assert [s.part for s in fb.structure.sentences] == ["present", "past", "future"]


def test_a_one_sentence_situation_is_enough_however_long_the_story() -> None:
    from interview_coach.analysis.structure import Labelled, summarise
    from interview_coach.types import Frame, Label

    def thin(situation_words: int, result_words: int) -> list[str]:
        parts = [("situation", situation_words), ("action", 150), ("result", result_words)]
        labelled = [Labelled(0, 1, p, Label(p), 1.0) for p, _ in parts]
        return summarise(labelled, [n for _, n in parts], Frame.STAR).thin

    # Nine words of scene in a 170-word story: a tight situation, not a thin one.
    assert "situation" not in thin(9, 11)
    # A few words cannot set any scene; and a result squeezed to 5 % of the story is thin.
    assert "situation" in thin(4, 11)
    assert "result" in thin(9, 8)
