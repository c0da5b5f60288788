"""A self-introduction is the first question of every interview: one that says who the
speaker is at work, where they have been and where they are going is on the question, in
whatever words. Study done outside work is the career, and the job applied for is work."""

from __future__ import annotations

from interview_coach.questions.answering import analyze_answer

QUESTION = "Tell me about yourself."
NURSE = (
    "So I've been nursing for eight years, mainly on acute medical wards, and for the last two "
    "I've been a band 6 on a respiratory ward at the Royal. I lead shifts, teach the students "
    "and I set up our NIV competency sessions. Outside work I'm finishing my non-medical "
    "prescribing course. I'm applying here because your respiratory unit is expanding and I "
    "want to help build the nurse-led clinics."
)
GRADUATE = (
    "Hi, I'm Priya. I just graduated in civil engineering from Leeds with a 2:1. My "
    "dissertation looked at drainage on flood-prone housing estates, and last summer I did a "
    "placement with a contractor on a school extension, where I helped with setting out and "
    "the daily site diary. I'm really keen to start on a graduate scheme with a contractor, and "
    "your focus on flood defence work is exactly what I want to do."
)
CLIMBER = (
    "I'm a buyer at a garden centre. Outside work I'm really into bouldering: I'm at the wall "
    "four nights a week and I set routes for the Sunday league. Most of my holidays go on "
    "climbing trips to Font and Kalymnos with the same group of friends, and we're planning "
    "Yosemite next spring."
)


def _codes(answer: str) -> set[str]:
    return {j.code for j in analyze_answer(QUESTION, answer).judgements}


def test_a_course_taken_outside_work_and_the_job_applied_for_are_the_career() -> None:
    assert "off_question" not in _codes(NURSE)


def test_a_graduate_who_just_graduated_introduces_herself() -> None:
    assert "off_question" not in _codes(GRADUATE)


def test_an_introduction_that_is_mostly_a_pastime_is_still_a_detour() -> None:
    assert "off_question" in _codes(CLIMBER)
