"""What the feedback says about each frame in the user's terms: what a short answer should add
and a long one keep, how to make it concrete, and the placeholder for a missing part (tips
and the stronger version read them; the parts themselves are in `frames.py`)."""

from __future__ import annotations

from interview_coach.types import Frame

# What a short answer should add and what a long one should keep, by frame: an introduction
# is not lengthened with "a concrete example", nor a method cut down to "the result".
LENGTH_ADVICE: dict[Frame, tuple[str, str]] = {
    Frame.STAR: ("a concrete example", "cutting background and keeping the actions and result"),
    Frame.PRESENT_PAST_FUTURE: (
        "a fact or two more on what you do now, your path here and what you want next",
        "keeping a line or two each on now, your path and what you want next",
    ),
    Frame.ROLE_COMPANY_SELF: (
        # (The company is asked for by its own tip where the question names the employer.)
        "more on what draws you to the role and what you bring to it",
        "keeping the role, one fact about them and what you bring",
    ),
    Frame.CLAIM_EVIDENCE: (
        "an example of when it showed and what came of it",
        "keeping one example and what came of it",
    ),
    Frame.HYPOTHETICAL: (
        "the steps you would take, in order, and how you would know it worked",
        "keeping the steps you would take and how you would know it worked",
    ),
    Frame.DIRECT: (
        "the reason or example behind your point",
        "keeping your point and the one reason or example that best supports it",
    ),
}

# The same advice where the kind of question asks for less than its frame: "why are you
# leaving?" or a gap in the CV wants the reason in a sentence and what comes next, not the new
# employer's story at length.
LENGTH_ADVICE_BY_KIND: dict[str, tuple[str, str]] = {
    "why_leaving": (
        "a line more on what you are moving towards and what you bring to it",
        "keeping the reason to a sentence or two, then what you want next and what you bring",
    ),
}


def length_advice(frame: Frame, kind: str = "") -> tuple[str, str]:
    """What a short answer should add and a long one keep, for this frame and kind."""
    return LENGTH_ADVICE_BY_KIND.get(kind) or LENGTH_ADVICE[frame]


# How to make an answer concrete, by frame: a method is made concrete by the figures,
# standards and tools of its steps and a time it was used, not by a story's people and dates.
CONCRETE_ADVICE: dict[Frame, str] = {
    # (Said for every trade: "a tolerance, a temperature" read as nonsense to a social worker.)
    Frame.DIRECT: "put a figure, a named standard or tool, or a time limit to what you say, or "
    "say when you last did it and how it went",
    Frame.HYPOTHETICAL: "name the tools, people and time limits your steps involve, or say "
    "when you last did something like it and how it went",
}
CONCRETE_DEFAULT = "name the tools, people, numbers and time frames involved"

# What to say for a missing part, in the rewrite scaffold and tips.
PLACEHOLDERS: dict[str, str] = {
    "situation": "[Situation: where and when was this, and what was at stake?]",
    "task": "[Task: what were you responsible for, or what did you need to achieve?]",
    "action": "[Action: what did you do, step by step? Say 'I', not 'we'.]",
    "result": "[Result: what changed because of you? Put a number on it.]",
    "present": "[Present: what you do now and what you are good at.]",
    "past": "[Past: the experience that brought you here, with one achievement.]",
    "future": "[Future: what you want next, and why this role fits it.]",
    "role": "[Role: what in this job's work draws you to it.]",
    "company": "[Company: something specific you know and value about them.]",
    "self": "[You: the experience and skills you bring that fit this role.]",
    "claim": "[Claim: name the strength or weakness plainly.]",
    "evidence": "[Evidence: one real example that shows it.]",
    "impact": "[Impact: what it achieved, or what you are doing to improve and how far you got.]",
    "approach": "[Approach: how you would first understand the situation.]",
    "steps": "[Steps: what you would do, in order.]",
    "outcome": "[Outcome: what good looks like and how you would check it.]",
    "point": "[Point: answer the question directly in one sentence.]",
    "support": "[Support: a reason, example or detail that backs it up.]",
}
