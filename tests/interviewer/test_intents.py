"""Reply intents: requests are recognised only when the reply is short and says so."""

from __future__ import annotations

import pytest

from interview_coach.interviewer.intents import Intent, classify_reply

CASES = [
    ("Could you repeat the question, please?", Intent.REPEAT),
    ("Sorry, I didn't catch that.", Intent.REPEAT),
    ("Pardon?", Intent.REPEAT),
    ("Can I skip this one?", Intent.SKIP),
    ("Pass.", Intent.SKIP),
    ("I'd rather not answer that.", Intent.SKIP),
    ("I don't know.", Intent.DONT_KNOW),
    ("Honestly, no idea.", Intent.DONT_KNOW),
    ("Nothing comes to mind right now.", Intent.DONT_KNOW),
    ("", Intent.SILENCE),
    ("   ", Intent.SILENCE),
    ("[silence]", Intent.SILENCE),
    ("...", Intent.SILENCE),
    ("This is a stupid question.", Intent.HOSTILE),
    ("Shut up.", Intent.HOSTILE),
    ("Let's stop here.", Intent.END),
    ("quit", Intent.END),
    ("asdkj qwrtzp xcvbnm lkjhg", Intent.UNCLEAR),
    ("ЭТО НЕ АНГЛИЙСКИЙ ТЕКСТ СОВСЕМ", Intent.UNCLEAR),
    (
        "I'm not sure it was the best choice, but I rebuilt the report and it saved "
        "the team two hours a week.",
        Intent.ANSWER,
    ),
    ("I led the migration of our billing system to a new database.", Intent.ANSWER),
    (
        "I don't know if you have seen our app, but I built its search from scratch in 2023 "
        "with two colleagues and it now serves a million users.",
        Intent.ANSWER,
    ),
]


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_reply_intents(text: str, intent: Intent):
    assert classify_reply(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("No, that's all, thank you.", Intent.NO_QUESTIONS),
        ("I don't have any more questions.", Intent.NO_QUESTIONS),
        ("Nope.", Intent.NO_QUESTIONS),
        ("What does a typical week look like?", Intent.ANSWER),
        ("No — actually, how is the team organised?", Intent.ANSWER),
    ],
)
def test_candidate_question_intents(text: str, intent: Intent):
    assert classify_reply(text, expecting="candidate_question") == intent
