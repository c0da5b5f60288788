"""The Feedback contract: JSON Schema, evidence spans, scores that order answers sensibly."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from interview_coach.questions.answering import analyze_answer
from interview_coach.schema import feedback_schema
from interview_coach.types import JobProfile, Transcript, Word

from .test_structure import STAR_ANSWER

SCHEMA_FILE = Path(__file__).parents[2] / "docs" / "feedback.schema.json"

WEAK_ANSWER = (
    "Um, I think I'm, like, a really good team player and, you know, I kind of always try my "
    "best. We maybe just did stuff together and I guess it was, um, basically fine."
)
OFF_TOPIC = (
    "My favourite holiday was a trip to the coast with my family. We swam every morning, ate "
    "fish and chips on the pier and watched the boats come in at sunset."
)


def test_schema_file_is_current() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == feedback_schema()


@pytest.mark.parametrize("answer", [STAR_ANSWER, WEAK_ANSWER, OFF_TOPIC, "Yes."])
def test_json_output_matches_schema_and_spans_match_text(answer: str) -> None:
    fb = analyze_answer("Tell me about a time you improved quality.", answer)
    data = json.loads(fb.model_dump_json())
    jsonschema.validate(data, feedback_schema())
    text = data["transcript"]
    marks = data["delivery"]["fillers"] + data["delivery"]["hedges"]
    marks += data["content"]["specifics"] + data["structure"]["sentences"]
    marks += [e for t in data["tips"] for e in t["evidence"]]
    marks += [e for f in data["score_breakdown"] for e in f["evidence"]]
    for m in marks:
        assert 0 <= m["start"] <= m["end"] <= len(text)
        assert text[m["start"] : m["end"]] == m["text"]


def test_scores_rank_strong_above_weak_above_off_topic() -> None:
    q = "Tell me about a time you improved quality."
    strong = analyze_answer(q, STAR_ANSWER).scores.overall
    weak = analyze_answer(q, WEAK_ANSWER).scores.overall
    off = analyze_answer(q, OFF_TOPIC).scores.overall
    empty = analyze_answer(q, "").scores.overall
    assert strong > weak > empty
    assert strong > off
    assert strong >= 70 and weak <= 55 and empty == 0


def test_every_score_factor_and_tip_explains_itself() -> None:
    fb = analyze_answer("Tell me about a time you worked in a team.", WEAK_ANSWER)
    assert 3 <= len(fb.tips) <= 5
    assert [t.priority for t in fb.tips] == list(range(1, len(fb.tips) + 1))
    filler_tip = next(t for t in fb.tips if "filler" in t.message)
    assert {e.text.lower() for e in filler_tip.evidence} >= {"um", "like", "you know"}
    rules = {f.rule for f in fb.score_breakdown}
    assert {"fillers", "hedges", "specifics"} <= rules


def test_we_everywhere_gets_an_ownership_tip_quoting_each_we() -> None:
    answer = (
        "Last year our team had a failing release process. We needed to fix it fast. "
        "We met every morning, we rewrote the scripts, we added tests and we trained "
        "support. We cut failed releases from 9 to 1 per quarter."
    )
    fb = analyze_answer("Tell me about a time you fixed a broken process.", answer)
    tip = next(t for t in fb.tips if "'we'" in t.message)
    assert all(e.text.lower() == "we" for e in tip.evidence)
    assert fb.content.ownership.we_count >= 4


def test_job_description_coverage_quotes_the_answer() -> None:
    job = JobProfile(
        required_skills=("SQL", "Tableau", "stakeholder management"),
        nice_to_have_skills=("Python",),
    )
    answer = "I wrote SQL queries every day and built a Tableau dashboard for the sales team."
    fb = analyze_answer("What experience do you have with reporting?", answer, job)
    jd = fb.content.job_description
    assert jd is not None
    assert {c.term for c in jd.covered} == {"SQL", "Tableau"}
    assert jd.missing == ["stakeholder management"]
    assert jd.covered[0].evidence[0].text == "SQL"


def test_a_trade_job_is_checked_against_the_named_things_its_requirements_ask_for() -> None:
    """Where the skills list knows none of a driver's skills, the licences and cards the job
    asks for are the terms (a capital or a digit marks them); "working time rules" is not."""
    from interview_coach.questions.profile import job_profile_from_text
    from interview_coach.reports.feedback import render_text

    job = job_profile_from_text(
        "HGV Class 1 Driver\nNorthern Freight Ltd, Doncaster\n\nRequirements:\n"
        "- Full UK C+E licence with no more than 6 points\n"
        "- Valid Driver CPC card and digital tachograph card\n"
        "- Good knowledge of drivers' hours and working time rules\n"
        "- ADR certificate desirable\n"
    )
    assert not job.required_skills
    answer = (
        "I've held my C+E licence for eight years and keep my Driver CPC card current; last "
        "year I did my ADR so I can take tanker loads."
    )
    fb = analyze_answer("Tell me about yourself.", answer, job)
    jd = fb.content.job_description
    assert jd is not None
    named = {c.term for c in jd.covered} | set(jd.missing)
    assert named and not any(t.islower() for t in named)
    assert "UK C+E licence" in named
    report = render_text(fb)
    assert "Job skills covered:" in report and "covered: none; missing: none" not in report
    # Nothing to check against is said as such, not as a check that passed.
    empty = analyze_answer("Tell me about yourself.", answer, JobProfile(title="Driver"))
    assert "none could be read from the job description" in render_text(empty)


def test_audio_timings_flow_into_evidence() -> None:
    text = "Um, I led the launch."
    words = [
        Word(word="Um,", start=0.5, end=0.9, char_start=0, char_end=3),
        Word(word="I", start=1.4, end=1.5, char_start=4, char_end=5),
        Word(word="led", start=1.5, end=1.8, char_start=6, char_end=9),
        Word(word="the", start=1.8, end=1.9, char_start=10, char_end=13),
        Word(word="launch.", start=1.9, end=2.4, char_start=14, char_end=21),
    ]
    t = Transcript(text=text, words=tuple(words), duration_seconds=3.0)
    fb = analyze_answer("Tell me about a launch you led.", t)
    filler = fb.delivery.fillers[0]
    assert (filler.text, filler.start_time, filler.end_time) == ("Um", 0.5, 0.9)
    assert fb.duration_seconds == 3.0
    assert fb.delivery.wpm is not None and fb.delivery.fillers_per_minute == pytest.approx(20.0)


def test_batch_analysis_gives_the_same_feedback() -> None:
    from interview_coach.questions.answering import analyze_batch

    items = [
        ("Tell me about a time you improved quality.", STAR_ANSWER, None),
        ("Tell me about a time you worked in a team.", WEAK_ANSWER, None),
        ("Why do you want this job?", OFF_TOPIC, None),
    ]
    assert analyze_batch(items) == [analyze_answer(q, a, j) for q, a, j in items]


def test_a_figure_the_recogniser_was_unsure_of_earns_nothing() -> None:
    """ "1220 customers" misheard for "1 in 20": a low-confidence figure is not a specific."""
    from interview_coach.types import Transcript, Word

    text = "I cut complaints to 1220 customers a month by rewriting the refund policy."

    def words(unsure: bool) -> tuple[Word, ...]:
        out, pos = [], 0
        for i, w in enumerate(text.split()):
            start = text.index(w, pos)
            pos = start + len(w)
            low = unsure and w == "1220"
            out.append(Word(word=w, start=i * 0.4, end=i * 0.4 + 0.3, char_start=start,
                            char_end=pos, probability=0.3 if low else 0.95))  # fmt: skip
        return tuple(out)

    q = "Tell me about a time you improved something for customers."
    sure = analyze_answer(q, Transcript(text=text, words=words(False), duration_seconds=6.0))
    unsure = analyze_answer(q, Transcript(text=text, words=words(True), duration_seconds=6.0))
    assert any("1220" in m.text for m in sure.content.specifics)
    assert not any("1220" in m.text for m in unsure.content.specifics)


def _count_model_calls(monkeypatch) -> list[list[str]]:
    """The texts of each call to the embedding model from here on (the real model runs)."""
    from interview_coach.nlp.embeddings import Embedder

    calls: list[list[str]] = []
    encode = Embedder.encode

    def counted(self: Embedder, texts: list[str]):
        calls.append(list(texts))
        return encode(self, texts)

    monkeypatch.setattr(Embedder, "encode", counted)
    return calls


def test_a_batch_reads_the_bodies_it_needs_in_one_more_model_call(monkeypatch) -> None:
    """Answers whose ends look like another topic have their body read: in a batch, every
    such body goes into one extra call, and the feedback is what one answer alone gets."""
    from interview_coach.questions.answering import analyze_batch

    items = [
        ("Why do you want this job?", OFF_TOPIC, None),
        ("Why do you want this job?", OFF_TOPIC + " We also repainted the stockroom.", None),
        ("Tell me about a time you improved quality.", STAR_ANSWER, None),
    ]
    alone = [analyze_answer(q, a, j) for q, a, j in items]
    calls = _count_model_calls(monkeypatch)
    assert analyze_batch(items) == alone
    assert len(calls) == 2, calls


def test_a_batch_embeds_answers_with_curly_apostrophes_in_its_one_call(monkeypatch) -> None:
    """`analyze` folds "it’s" to "it's" before it digests an answer; the batch must embed the
    same digest, or each such answer costs a model call of its own."""
    from interview_coach.questions.answering import analyze_batch

    curly = STAR_ANSWER.replace("I ", "I’d say I ", 1) + " It’s what I’d do again."
    items = [
        ("Tell me about a time you improved quality.", curly, None),
        ("Tell me about a time you worked in a team.", WEAK_ANSWER.replace("'", "’"), None),
    ]
    assert "’" in items[0][1] and "’" in items[1][1]
    alone = [analyze_answer(q, a, j) for q, a, j in items]
    questions = {q for q, _, _ in items}
    calls = _count_model_calls(monkeypatch)
    assert analyze_batch(items) == alone
    with_answers = [c for c in calls if any(t not in questions for t in c)]
    assert len(with_answers) == 1, with_answers
