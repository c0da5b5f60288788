"""An interviewer that listens: small talk, clarifying questions, thanks that fit, follow-up
replies that join their answer, one probe per skill, and a headline that counts the gaps.

Each test plays a short scripted candidate through the real engine and analysis.
"""

from __future__ import annotations

from pathlib import Path

from interview_coach.analysis.registry import RULES
from interview_coach.interviewer import InterviewOptions, InterviewSession
from interview_coach.interviewer.intents import Intent, classify_reply
from interview_coach.reports.interview import build_report
from interview_coach.store import open_store

from .conftest import JOB_DESCRIPTION, SMALL_TALK, begin
from .test_scripted import STRONG

# A story with no outcome: the interviewer asks for the result.
NO_RESULT = (
    "Last year our month-end billing jobs kept timing out. I was asked to fix them before the "
    "next close. I profiled the slowest queries, added two indexes and moved the reports to a "
    "read replica, and I wrote a runbook for the on-call team."
)
OFF_TOPIC = (
    "My favourite food is pizza, especially with mushrooms, and on weekends I like to walk my "
    "dog by the river when the weather is nice and sunny."
)


def _to_behavioural(s: InterviewSession) -> None:
    """Answer the opening and the résumé questions: a story question is waiting."""
    s.reply(STRONG[0])
    s.reply(STRONG[1])
    assert s.stage == "behavioural" and s.state.pending == "answer"


def test_small_talk_comes_before_the_first_question_and_is_not_scored(home: Path):
    s = InterviewSession.start(InterviewOptions(minutes=20))
    assert [t.kind for t in s.turns] == ["welcome"]
    assert s.turns[0].text.endswith("how are you today?")
    assert s.current_question is None and not s.state.records
    said = s.reply("Thanks, happy to be here. How are you?")
    assert s.turns[-2].kind == "small_talk"
    assert said[-1].kind == "question"
    assert said[-1].text.startswith("I'm well, thank you.")
    assert "Tell me about yourself" in said[-1].text
    # Nothing was scored: the first question waits for its answer.
    assert [r.feedback for r in s.state.records] == [None]


def test_pleasantries_after_a_question_are_answered_not_scored(home: Path):
    s = InterviewSession.start(InterviewOptions(minutes=20))
    s.reply("")  # no reply to the small talk: the interview just begins
    question = s.state.records[-1].question.text
    said = s.reply("Thank you for having me!")
    assert [t.kind for t in said[1:]] == ["repeat"]
    assert said[-1].text == f"You're welcome. So: {question}"
    assert s.state.records[-1].feedback is None
    s.reply(STRONG[0])
    assert s.state.records[0].answer == STRONG[0]


def test_a_clarifying_question_gets_a_clarification_and_the_question_again(home: Path):
    s = begin(InterviewOptions(minutes=20))
    question = s.state.records[-1].question.text
    said = s.reply("Do you mean the whole CV or just my current job?")
    assert said[-1].kind == "clarify"
    assert said[-1].text.startswith("Either is fine")
    assert "current or most recent role" in said[-1].text  # what a self-introduction holds
    assert said[-1].text.endswith(question)
    assert s.state.records[-1].feedback is None
    # A second clarifying question is met with a shorter answer, still not scored.
    again = s.reply("Should I start from university?")
    assert again[-1].kind == "clarify" and "Any reasonable reading" in again[-1].text
    s.reply(STRONG[0])
    assert s.state.records[0].feedback is not None


def test_a_question_back_during_a_follow_up_is_not_taken_as_its_answer(home: Path):
    s = begin(InterviewOptions(minutes=20))
    _to_behavioural(s)
    said = s.reply(NO_RESULT)
    follow = [t for t in said if t.kind == "follow_up"]
    assert follow and follow[0].follow_up_rule in RULES
    # A question with a number in it is not what was asked for.
    clarify = s.reply("Do you mean in 2023 or now?")
    assert clarify[-1].kind == "clarify"
    assert RULES[follow[0].follow_up_rule].clarify in clarify[-1].text
    assert clarify[-1].text.endswith(follow[0].text.removeprefix("Thank you. "))
    assert s.state.records[-1].follow_ups[-1].addressed is None
    assert s.state.records[-1].follow_ups[-1].reply is None


def test_thanks_fit_the_answer(home: Path):
    warm = {"Thanks, that's helpful.", "Great, thank you.", "That's clear, thank you."}
    s = begin(InterviewOptions(minutes=20, max_follow_ups=0))
    s.reply(STRONG[0])
    strong = s.reply(STRONG[1])
    assert strong[-1].text.split(". ")[0] + "." in warm | {"Thank you.", "Understood, thank you."}
    off = s.reply(OFF_TOPIC)
    assert s.state.records[-2].feedback is not None
    codes = {j.code for j in s.state.records[-2].feedback.judgements}
    assert "off_question" in codes
    assert not any(w.rstrip(".") in off[-1].text for w in warm)
    assert off[-1].text.split(" ")[0] in ("Okay.", "I", "Right.")


def test_a_follow_up_reply_joins_its_answer_in_score_coverage_and_history(home: Path):
    from interview_coach.practice import Interviews

    with open_store() as store:
        interviews = Interviews(store)  # the service keeps what the engine's events report
        sid, _ = interviews.start(InterviewOptions(minutes=20, job_description=JOB_DESCRIPTION))
        for reply in (SMALL_TALK, STRONG[0], STRONG[1]):
            interviews.reply(sid, reply)
        assert interviews.session(sid).stage == "behavioural"
        first = interviews.reply(sid, NO_RESULT)
        assert any(t.kind == "follow_up" for t in first)
        rec = interviews.state(sid).records[-1]
        before = rec.feedback
        assert before is not None and rec.stored_answer_id is not None
        assert store.get_answer(rec.stored_answer_id).transcript.text == NO_RESULT
        reply = (
            "I learned to measure before I change anything. Month-end jobs dropped from 4 hours "
            "to 35 minutes, and I moved them to PostgreSQL."
        )
        interviews.reply(sid, reply)
        s = interviews.session(sid)
        rec = next(r for r in s.state.records if r.answer and r.answer.startswith(NO_RESULT))
        assert rec.answer == f"{NO_RESULT}\n{reply}"
        assert rec.feedback is not None and rec.feedback.word_count > before.word_count
        covered = {c.term.lower() for c in rec.feedback.content.job_description.covered}
        assert "postgresql" in covered
        assert rec.follow_ups[0].addressed is True
        stored = store.get_answer(rec.stored_answer_id)
        assert stored.transcript.text == rec.answer
        assert len(store.feedback_history(rec.stored_answer_id)) == 2
    report = build_report(s.state, llm=s.llm)
    assert "postgresql" in {c.lower() for c in report.jd_covered}


def test_a_skill_is_probed_once_per_interview(home: Path):
    s = begin(InterviewOptions(minutes=30, job_description=JOB_DESCRIPTION, max_follow_ups=1))
    python = (
        "I'm a backend engineer with six years of Python behind me. I lead a team of four at "
        "Acme and own the billing platform; before that I built data pipelines at a bank. Next "
        "I want to work on payments."
    )
    probes = []
    for _ in range(12):
        if s.finished:
            break
        pending = s.state.pending
        turns = s.reply(
            "I wrote it myself, every line, over 6 months." if pending != "answer" else python
        )
        probes += [t.text for t in turns if t.follow_up_rule == "skill_depth"]
    assert sum("You mentioned Python" in p for p in probes) == 1, probes


def test_the_headline_counts_unanswered_questions(home: Path):
    s = begin(InterviewOptions(minutes=30, max_follow_ups=0))
    s.reply(STRONG[0])
    for _ in range(3):
        s.reply("Can I skip this one?")
    s.reply(STRONG[1])
    s.end()
    r = build_report(s.state, llm=s.llm)
    assert (r.answered, r.not_answered) == (2, 3)
    assert r.answers_score is not None and r.overall_score is not None
    assert r.overall_score == round(r.answers_score * 2 / 5)
    assert r.impression.startswith("An incomplete interview: 3 of 5 questions went unanswered")
    assert "strong" not in r.impression.lower()
    assert (
        r.unanswered_note == f"The answers you gave averaged {r.answers_score}/100; 3 "
        "unanswered questions count as 0."
    )


def test_a_question_ended_by_the_clock_is_not_counted_as_refused(home: Path):
    s = begin(InterviewOptions(minutes=20, max_follow_ups=0))
    s.reply(STRONG[0])
    s.end()  # the next question was asked, then the candidate ended the interview
    r = build_report(s.state, llm=s.llm)
    assert (r.answered, r.not_answered) == (1, 0)
    assert r.overall_score == r.answers_score


def test_reply_intents_for_small_talk_and_clarifying():
    assert classify_reply("Good, thank you, and you?") == Intent.SMALL_TALK
    assert classify_reply("Hi, nice to meet you.") == Intent.SMALL_TALK
    assert classify_reply("Is it okay if I use an example from university?") == Intent.CLARIFY
    assert classify_reply("Any example, or does it have to be from work?") == Intent.CLARIFY
    # Answers that open with thanks or a rhetorical question stay answers.
    assert classify_reply("Thanks. I'm a nurse with eight years on acute wards.") == Intent.ANSWER
    assert (
        classify_reply(
            "Why do I want this job? Because I love logistics and I have run a warehouse for six "
            "years."
        )
        == Intent.ANSWER
    )
    assert classify_reply("Yes.") == Intent.ANSWER


def test_the_interview_asks_about_pay_when_told_to(home: Path):
    s = begin(InterviewOptions(minutes=20, salary=True, max_follow_ups=0))
    for _ in range(30):
        if s.finished or s.stage == "salary":
            break
        s.reply(STRONG[1] if s.state.pending == "answer" else "No, that's all, thanks.")
    assert s.stage == "salary"
    assert s.state.records[-1].question.category == "salary_logistics"
    s.reply("I'm on 80k now, so anything around that would be fine, I'm flexible.")
    codes = {j.code for j in s.state.records[-1].feedback.judgements}
    assert "disclosed_current_salary" in codes  # the answer's salary judgements apply
