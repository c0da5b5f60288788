"""Answers to job-specific "how do you…" questions are read as a point and its support: the
steps, checks and a case that shows the method are support, not background; and every direct
answer makes its point somewhere, a pay answer's figure included."""

from __future__ import annotations

from interview_coach.questions.answering import analyze_answer

WELD = (
    "First I check the fit-up and the prep before I strike an arc, because most bad welds "
    "start there: clean metal, right bevel, right gap. While I'm welding I watch the puddle and "
    "keep my travel speed steady. After, I do a visual for undercut, porosity and cracks, and on "
    "structural work we send joints for dye penetrant or ultrasonic testing depending on the "
    "spec. On my last job I had a run of porosity on a batch of brackets, traced it to a "
    "leaking gas hose, and after we changed it the rejects stopped."
)
PAY = (
    "Um, so, I've had a look, and, uh, Class 2 drivers round Leeds are going for about, what, "
    "thirty-two, thirty-four grand? The going rate in Leeds is about thirty-three, I reckon, so "
    "somewhere around there would suit me, yeah, given I've got my ADR."
)


def test_a_methods_steps_and_checks_are_support_not_background() -> None:
    fb = analyze_answer("How do you make sure a weld is sound?", WELD)
    parts = [s.part for s in fb.structure.sentences]
    assert parts[0] == "point"
    assert "other" not in parts
    assert "rambling" not in {j.code for j in fb.judgements}


def test_a_pay_answer_makes_its_point() -> None:
    fb = analyze_answer("What are your salary expectations?", PAY)
    assert "point" in [s.part for s in fb.structure.sentences]
    assert "point" not in fb.structure.missing


def test_a_method_is_asked_for_the_figures_and_standards_of_its_steps() -> None:
    answer = (
        "I check the fit-up first, then I watch the puddle while I weld and keep my speed "
        "steady, and afterwards I look the weld over for cracks and holes before it goes on."
    )
    fb = analyze_answer("How do you make sure a weld is sound?", answer)
    concrete = [t.message for t in fb.tips if t.message.startswith("Make it concrete")]
    assert concrete and "standard" in concrete[0]


def test_a_failure_story_that_opens_with_the_mistake_has_a_situation() -> None:
    story = (
        "Yeah so the biggest one was when I booked a wedding party of forty into the function "
        "room on the same night as a christening, because I didn't check the diary properly, I "
        "just looked at the calendar on the wall which hadn't been updated. I found out three "
        "days before when the christening family rang to confirm. I went straight to my "
        "manager and told her it was my mistake, then I rang the wedding couple myself, "
        "explained, and offered them the conservatory with the same menu and a free drinks "
        "reception. They took it and they were actually happy with it in the end. Since then I "
        "only book from the system and I read every booking back to the customer on the phone."
    )
    fb = analyze_answer("Tell me about a mistake you made at work.", story)
    assert fb.structure.sentences[0].part == "situation"
    assert "situation" not in fb.structure.missing
