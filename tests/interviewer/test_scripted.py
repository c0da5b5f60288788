"""Scripted candidates played through `interview-coach practice --script --format json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from interview_coach.cli import main
from interview_coach.reports.interview import build_report
from interview_coach.store import open_store

from .conftest import JOB_DESCRIPTION, SMALL_TALK, begin, interviewer, play

STRONG = [
    "I'm a backend engineer with six years of experience building payment systems. At Acme "
    "I lead a team of four and own the billing platform. Before that I spent two years on "
    "data pipelines at a bank, where I learned to care about correctness. Next I want to own "
    "a product area end to end, which is why this role appeals to me.",
    "In 2022 our billing database kept timing out at month end. I was asked to fix it before "
    "the next close. I profiled the slowest queries, added two indexes and moved reporting to "
    "a read replica. I also wrote a runbook for the on-call team. As a result month-end jobs "
    "dropped from 4 hours to 35 minutes and we had zero timeouts for the next 12 months.",
    "Last spring two of my engineers disagreed about retry logic in the payments service. I "
    "was the tech lead, so I needed a decision within a week. I met each of them, wrote both "
    "options down with their costs, and I ran a one-day load test of each. I chose the "
    "simpler design and asked the other engineer to own the monitoring. The service handled "
    "3 times the traffic in the sales peak and both of them still work together on it.",
]


def test_strong_candidate_gets_few_follow_ups_and_a_good_report(tmp_path: Path, home: Path):
    out = play(tmp_path, STRONG)
    turns = out["turns"]
    assert turns[0]["kind"] == "welcome" and turns[0]["speaker"] == "interviewer"
    assert {t["speaker"] for t in turns} == {"interviewer", "candidate"}
    assert all(t["text"] for t in interviewer(out))
    follow = [t for t in interviewer(out) if t["kind"] == "follow_up"]
    assert len(follow) <= 2
    assert not any(t["follow_up_rule"] in ("vague", "we_not_i", "rambling") for t in follow)
    report = out["report"]
    assert report["overall_score"] >= 60
    assert report["strongest"] is not None
    # The script ran out before the end: the interviewer closes politely.
    assert turns[-1]["kind"] == "closing"
    assert report["ended_early"] is True


def test_vague_candidate_is_asked_for_specifics_and_numbers(tmp_path: Path, home: Path):
    out = play(
        tmp_path,
        [
            "I'm a hard worker and I like working with people. I have done a lot of things.",
            "We worked on lots of projects and we always did our best and we were a good team "
            "and we delivered things and we were happy.",
            "It went well.",
            "We just did it together, as a team.",
        ],
    )
    rules = [t["follow_up_rule"] for t in interviewer(out) if t["kind"] == "follow_up"]
    assert "vague" in rules
    texts = " ".join(t["text"] for t in interviewer(out))
    assert "specific example" in texts
    assert out["report"]["practise_next"], "a weak interview has things to practise"
    titles = [p["title"] for p in out["report"]["practise_next"]]
    assert len(titles) == len(set(titles)) <= 3


def test_we_everywhere_asks_for_own_part(tmp_path: Path, home: Path):
    from interview_coach.interviewer.followups import WE_NOT_I, probes_for
    from interview_coach.questions.answering import analyze_answer
    from interview_coach.questions.bank import load_bank

    q = load_bank().filter(category="behavioural", competency="teamwork")[0]
    answer = (
        "Last year our team had to move the shop to a new payment provider in six weeks. We "
        "planned the work in two-week steps. We split the integration, we tested every card "
        "type and we ran the old and new systems side by side. We switched over on time and "
        "we cut failed payments by 30 percent."
    )
    fb = analyze_answer(q, answer)
    rules = [p.rule for p in probes_for(q, fb)]
    assert WE_NOT_I in rules, (fb.content.ownership, rules)


def test_rambling_candidate_is_interrupted(tmp_path: Path, home: Path):
    ramble = " ".join(
        [
            "So basically I started out in retail and then I moved into an office job and "
            "then I did some courses and I worked with a lot of different people there."
        ]
        * 25
    )
    out = play(tmp_path, [ramble, "I decided to move into software."])
    first_follow = next(t for t in interviewer(out) if t["kind"] == "follow_up")
    assert first_follow["follow_up_rule"] == "rambling"
    assert "In one sentence" in first_follow["text"]


def test_empty_candidate_is_prompted_then_moved_on(tmp_path: Path, home: Path):
    out = play(tmp_path, ["", "", "", "", "", ""])
    kinds = [t["kind"] for t in interviewer(out)]
    assert kinds[:3] == ["welcome", "question", "prompt"]
    assert "Take your time" in interviewer(out)[2]["text"]
    # After a second silence the interviewer moves on to a new question.
    assert kinds[3] == "question"
    assert interviewer(out)[3]["text"] != interviewer(out)[1]["text"]
    report = out["report"]
    assert report["answered"] == 0 and report["overall_score"] is None
    assert report["not_answered"] >= 2


def test_gibberish_is_met_with_a_request_to_rephrase(tmp_path: Path, home: Path):
    out = play(tmp_path, ["asdkj qwrtzp xcvbnm lkjhg", "zzzz xxxx qqqq wwww"])
    said = interviewer(out)
    assert said[2]["kind"] == "prompt" and "didn't quite follow" in said[2]["text"]
    assert said[3]["kind"] == "question"
    assert out["report"]["answers"][0]["outcome"] == "unclear"


def test_off_topic_answer_is_brought_back(home: Path):
    from interview_coach.interviewer import InterviewOptions

    session = begin(InterviewOptions(minutes=20))
    session.reply(STRONG[0])
    session.reply(STRONG[1])
    assert session.stage == "behavioural"
    turns = session.reply(
        "My favourite food is pizza, especially with mushrooms, and on weekends I like to "
        "walk my dog by the river when the weather is nice and sunny."
    )
    follow = [t for t in turns if t.kind == "follow_up"]
    assert follow and follow[0].follow_up_rule == "off_topic"
    assert "bring us back" in follow[0].text
    assert session.state.records[-1].question.text in follow[0].text


def test_hostile_candidate_is_warned_then_the_interview_ends(tmp_path: Path, home: Path):
    out = play(tmp_path, ["This is a stupid question.", "Shut up, this is pointless.", "hi"])
    said = interviewer(out)
    assert "constructive" in said[2]["text"]
    assert said[-1]["kind"] == "closing"
    assert "stop the interview" in said[-1]["text"]
    assert out["report"]["ended_early"] is True
    # The third reply came after the end and was ignored.
    assert out["turns"][-2]["text"] == "Shut up, this is pointless."


def test_repeat_skip_and_dont_know(tmp_path: Path, home: Path):
    out = play(
        tmp_path,
        [
            "Sorry, could you repeat the question?",
            "Can I skip this one?",
            "I don't know.",
            "I don't know, sorry.",
        ],
    )
    said = interviewer(out)
    assert said[2]["kind"] == "repeat" and said[2]["text"].endswith(said[1]["text"].split(". ")[-1])
    assert said[3]["kind"] == "question" and "move on" in said[3]["text"]
    assert said[4]["kind"] == "prompt" and "Take a moment" in said[4]["text"]
    assert said[5]["kind"] == "question"
    outcomes = [a["outcome"] for a in out["report"]["answers"]]
    assert outcomes[:2] == ["skipped", "dont_know"]


def test_job_description_skill_is_probed_and_coverage_reported(tmp_path: Path, home: Path):
    jd = tmp_path / "jd.txt"
    jd.write_text(JOB_DESCRIPTION, encoding="utf-8")
    out = play(
        tmp_path,
        [
            "I'm a backend engineer with six years of Python and PostgreSQL behind me. I run "
            "our services on Kubernetes at Acme, where I lead a team of four, and before that "
            "I built data pipelines at a bank for two years. Next I want to work on payments.",
            "Kafka, mostly.",
        ],
        "--job-description",
        str(jd),
    )
    follow = [t for t in interviewer(out) if t["kind"] == "follow_up"]
    assert any(t["follow_up_rule"] == "skill_depth" and "How deep" in t["text"] for t in follow)
    report = out["report"]
    assert report["jd_coverage"] is not None
    covered = {c.lower() for c in report["jd_covered"]}
    assert {"python", "postgresql"} <= covered
    assert "aws" in {m.lower() for m in report["jd_missing"]}


def test_a_full_interview_reaches_every_stage_and_is_saved(home: Path):
    """A candidate who answers everything: every stage, in order, within the time budget."""
    from interview_coach.interviewer import InterviewOptions
    from interview_coach.practice import Interviews

    with open_store() as store:
        interviews = Interviews(store)  # the engine saves nothing; the service keeps it
        sid, _ = interviews.start(InterviewOptions(minutes=20))
        interviews.reply(sid, SMALL_TALK)
        asked = False
        for _ in range(60):
            session = interviews.session(sid)
            if session.finished:
                break
            pending = session.state.pending
            if pending == "candidate_question":
                reply = (
                    "No, that's all, thanks."
                    if asked
                    else ("What does success look like in the first 90 days?")
                )
                asked = True
            elif pending == "follow_up":
                reply = "I personally wrote the plan, and the job went from 4 hours to 35 minutes."
            else:
                reply = STRONG[1]
            interviews.reply(sid, reply)
        session = interviews.session(sid)
        assert session.finished
        answers = store.answers()
        finished = store.session_row(sid).finished_at
    order = list(dict.fromkeys(t.stage for t in session.turns))
    assert order == [
        "welcome",
        "opening",
        "resume",
        "behavioural",
        "role_specific",
        "motivation",
        "candidate_questions",
        "closing",
    ]
    report = build_report(session.state, llm=session.llm)
    assert report.ended_early is False
    assert report.candidate_questions == ["What does success look like in the first 90 days?"]
    # Stage budgets keep the interview near its planned 20 minutes.
    assert 3 <= report.minutes_taken <= 26, report.minutes_taken
    # Every analysed main answer was saved, with its feedback, under one session.
    assert len(answers) == report.answered > 5
    assert all(a.feedback is not None for a in answers)
    # Replies to follow-ups revised their answer's row rather than adding one.
    assert {a.id for a in answers} == {r.stored_answer_id for r in session.state.records
                                       if r.feedback is not None}  # fmt: skip
    assert finished is not None  # the session was closed when the interview ended


def test_state_round_trips_through_json_mid_interview(home: Path):
    from interview_coach.interviewer import InterviewOptions, InterviewSession, SessionState

    a = begin(InterviewOptions(minutes=20))
    a.reply(STRONG[0])
    blob = a.to_state().model_dump_json()
    b = InterviewSession.from_state(SessionState.model_validate_json(blob))
    c = InterviewSession.from_state(blob)
    next_a = [t.text for t in a.reply(STRONG[1])]
    next_b = [t.text for t in b.reply(STRONG[1])]
    next_c = [t.text for t in c.reply(STRONG[1])]
    assert next_a == next_b == next_c and next_a
    assert a.to_state() == b.to_state()


def test_bad_script_is_a_clear_error(tmp_path: Path, home: Path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a list"}', encoding="utf-8")
    result = CliRunner().invoke(main, ["practice", "--script", str(bad), "--no-save"])
    assert result.exit_code == 2
    assert "JSON list of strings" in result.output
    missing = CliRunner().invoke(main, ["practice", "--script", str(tmp_path / "nope.json")])
    assert missing.exit_code == 2 and "No such script" in missing.output


def test_interactive_mode_reads_answers_until_blank_line(tmp_path: Path, home: Path):
    stdin = "I'm an engineer.\nI build payment systems.\n\nCan I skip this one?\n\n"
    result = CliRunner().invoke(main, ["practice", "--no-save", "--minutes", "10"], input=stdin)
    assert result.exit_code == 0, result.output
    assert "Tell me about yourself" in result.output or "Interviewer" in result.output
    assert "No problem, we can move on." in result.output
    assert "Overall" in result.output or "Practise next" in result.output


@pytest.mark.parametrize("fmt", ["json"])
def test_output_is_valid_json_with_speaker_and_text(tmp_path: Path, home: Path, fmt: str):
    out = play(tmp_path, ["Hello."], "--no-save")
    json.dumps(out)
    assert all(set(t) >= {"speaker", "text"} for t in out["turns"])


def test_voice_answers_are_transcribed_from_audio_files(tmp_path: Path, home: Path):
    """--voice: each reply names a recording; the answer is its transcript, with timings."""
    wav = Path(__file__).parents[1] / "speech" / "data" / "jfk.wav"
    # The small talk is a recording too.
    out = play(tmp_path, [str(wav), str(wav)], "--voice", "--no-save", small_talk=False)
    answer = [t for t in out["turns"] if t["speaker"] == "candidate"][1]
    assert "country" in answer["text"].lower()
    assert 8 < answer["seconds"] < 15  # the recording's measured length, not a word estimate
    assert out["report"]["answers"][0]["wpm"] is not None


def test_voice_interactive_asks_again_after_a_bad_file(tmp_path: Path, home: Path):
    stdin = f"{tmp_path / 'missing.wav'}\n"
    result = CliRunner().invoke(main, ["practice", "--voice", "--no-save"], input=stdin)
    assert result.exit_code == 0, result.output
    assert "Error:" in result.output


def test_behavioural_question_on_a_covered_competency_is_skipped(home: Path):
    """Adapting to what was covered: a competency an earlier strong answer showed is not
    asked about again."""
    from interview_coach.interviewer import InterviewOptions, InterviewSession

    s = begin(InterviewOptions(minutes=30, max_follow_ups=0))
    s.reply(STRONG[0])
    s.reply(STRONG[1])
    assert s.stage == "behavioural"
    twin = InterviewSession.from_state(s.to_state())
    twin.reply(STRONG[2])
    nxt = twin.state.records[-1].question  # what comes next when nothing else is covered
    assert twin.stage == "behavioural" and nxt.competencies
    # Now an earlier answer had already shown that question's competency.
    s.state.covered_competencies.append(nxt.competencies[0])
    s.reply(STRONG[2])
    assert nxt.id not in [r.question.id for r in s.state.records]
    assert s.state.records[-1].question.id != twin.state.records[-1].question.id


def test_one_line_answer_gets_tell_me_more(tmp_path: Path, home: Path):
    out = play(tmp_path, ["Engineer.", "Sorry, what?"])
    said = interviewer(out)
    assert said[2]["kind"] == "follow_up" and said[2]["follow_up_rule"] == "too_short"
    # "Sorry, what?" repeats the follow-up itself, without the acknowledgement before it.
    assert said[3]["kind"] == "repeat"
    assert said[3]["text"] == "Of course. Could you tell me a bit more about that?"


def test_the_engine_reports_what_it_did_as_events(home: Path):
    """Each call's events say what happened, in order, and are handed out once."""
    from interview_coach.interviewer import InterviewOptions, InterviewSession

    session = InterviewSession.start(InterviewOptions(minutes=20))
    assert session.take_events() == []  # the welcome asks nothing yet
    session.reply(SMALL_TALK)
    first = session.take_events()
    assert [e.kind for e in first] == ["stage_changed", "question_asked"]
    assert first[0].stage == first[1].stage == "opening" and first[0].record is None
    assert first[1].record == 0 and first[1].text == session.state.records[0].question.text
    assert session.take_events() == []  # taken once

    session.reply("I run payroll.")  # thin: the engine follows it up
    kinds = [e.kind for e in session.take_events()]
    assert kinds == ["answer_scored", "follow_up_asked"], kinds
    session.reply("I personally wrote the plan, and the job went from 4 hours to 35 minutes.")
    events = session.take_events()
    # The reply joins the answer it follows: the same record is scored again.
    assert events[0].kind == "answer_scored" and events[0].record == 0
    session.end()
    events = session.take_events()
    assert [e.kind for e in events][-2:] == ["stage_changed", "finished"]
    assert events[-1].stage == "closing"


@pytest.mark.parametrize("yes", ["Yes please.", "Sure", "yes, thank you"])
def test_a_yes_to_the_offer_to_repeat_hears_the_question_again(home: Path, yes: str):
    """After a silence the interviewer offers to repeat the question: "Yes please." was taken
    as the answer, and the interview moved on."""
    session = begin()
    asked = session.state.records[-1].question.text
    said = session.reply("")
    assert said[-1].kind == "prompt" and said[-1].text.endswith("repeat the question?")
    said = session.reply(yes)
    assert said[0].kind == "repeat"  # the candidate's line, as a request
    assert said[-1].kind == "repeat" and said[-1].text.endswith(asked)
    assert session.state.pending == "answer" and session.state.records[-1].feedback is None
    # Assent elsewhere is still an answer.
    said = session.reply("Yes.")
    assert said[0].kind == "answer"
