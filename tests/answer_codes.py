"""For the judgement tests: the codes of the judgements an answer draws, and a plain story
to put one sentence into, so only that sentence can decide."""

from __future__ import annotations

from interview_coach.questions.answering import analyze_answer


def codes(question: str, answer: str) -> set[str]:
    """The judgement codes (blame, no_result, …) the answer draws for the question."""
    return {j.code for j in analyze_answer(question, answer).judgements}


STORY_Q = "Tell me about a time you dealt with a difficult situation at work."
# A sentence with no fault in it, for the story's middle.
PLAIN_MIDDLE = "I had twenty-two patients booked and no way to see their notes."


def clinic_story(middle: str) -> str:
    """A good story about a clinic's booking system going down, with `middle` inside it."""
    return (
        "Last March I was running the Saturday clinic at our branch when the booking system "
        f"went down for the morning. {middle} I rang every patient booked after ten, moved "
        "the urgent ones to the afternoon list and kept a paper list at the desk. By two "
        "o'clock every patient had been seen, and I now print the day's list every morning."
    )


# A story under pressure with no result yet, to end with one sentence.
PRESSURE_Q = "Tell me about a time you worked under pressure."
PRESSURE_OPEN = (
    "Last summer we had a carnival weekend and on the Sunday my sous chef called in sick, so "
    "it was just me and one commis on a line that normally takes three. I cut the menu down "
    "to the dishes we could batch, put the commis on the fryer and sides, ran the grill and "
    "the pass myself, and asked the manager to put a forty minute wait on online orders. "
)


def lesson_missing(question: str, answer: str) -> bool:
    """Whether the story is told without a lesson: the no_reflection judgement in a failure
    story, the lesson tip's cost in any other."""
    fb = analyze_answer(question, answer)
    return any(j.code == "no_reflection" for j in fb.judgements) or any(
        f.rule == "lesson" for f in fb.score_breakdown
    )
