"""The close of an answer read by the result and setting probes (`analysis/result_probe.py`):
a result said in the speaker's own words earns result credit where no phrase pattern names
it, and the setting told in its place earns no more than a scene's figures. Each ending is put
after the same method, so only it can decide. The real embedding model reads them."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from interview_coach import analyze_answer
from interview_coach.analysis.result_probe import CLOSING_SENTENCES, closing_sentences
from interview_coach.nlp.embeddings import EMBEDDING_DIM
from interview_coach.nlp.text import split_sentences
from interview_coach.questions.answering import analyze_batch

Q = "How would you track down an intermittent fault on a conveyor?"
METHOD = (
    "First I'd talk to the operators on each shift and ask exactly when it stops, at start-up, "
    "under load or after a changeover, and what the panel shows. Then I'd pull the fault log "
    "from the PLC to see whether it is one fault repeating or several. If it is the drive "
    "tripping, I'd check the motor current under load and look at the mechanical side, the "
    "rollers, the belt tracking and anything binding, because an electrical trip often has a "
    "mechanical cause. I'd change one thing at a time so I know what fixed it. "
)
RESULTS = [
    "Production got their full shift back and the line manager sent a thank-you email.",
    "The downtime log for that conveyor has been almost empty ever since.",
]
SETTINGS = [
    "The site had three lines like that, each with its own panel, covered by a rota of four "
    "engineers.",
    "That factory had 40 operators on each shift and two maintenance engineers covering three "
    "lines.",
]


def _factor(fb, rule: str):
    return next(f for f in fb.score_breakdown if f.area == "content" and f.rule == rule)


def test_the_probes_ship_with_the_package() -> None:
    path = resources.files("interview_coach.analysis") / "models" / "result_probe.json"
    model = json.loads(path.read_text(encoding="utf-8"))
    for name in ("result", "detail"):
        assert len(model[name]["weights"]) == EMBEDDING_DIM
        assert model[name]["leave_one_writer_out_auc"] > 0.7


@pytest.mark.parametrize("ending", RESULTS)
def test_a_result_in_own_words_earns_result_credit(ending: str) -> None:
    fb = analyze_answer(Q, METHOD + ending)
    read = fb.content.talking_points["results_read"]
    assert [m.text for m in read] == [ending]
    assert not fb.content.talking_points["outcomes"]
    outcomes = _factor(fb, "outcomes")
    assert outcomes.points > 0 and "read in the close at half weight" in outcomes.detail
    assert ending in [e.text for e in outcomes.evidence]


@pytest.mark.parametrize("ending", SETTINGS)
def test_the_setting_told_in_its_place_earns_no_result_and_counts_as_scene(ending: str) -> None:
    fb = analyze_answer(Q, METHOD + ending)
    assert not fb.content.talking_points["results_read"]
    assert "not counted: the close tells only the setting" in _factor(fb, "specifics").detail


def test_the_result_scores_above_the_setting_in_its_place() -> None:
    worst_result = min(analyze_answer(Q, METHOD + e).scores.overall for e in RESULTS)
    best_setting = max(analyze_answer(Q, METHOD + e).scores.overall for e in SETTINGS)
    assert worst_result > best_setting


def test_a_result_a_pattern_names_is_not_read_again() -> None:
    fb = analyze_answer(Q, METHOD + "As a result the line has run without a trip since June.")
    assert fb.content.talking_points["outcomes"]
    assert not fb.content.talking_points["results_read"]


def test_only_the_last_long_sentences_of_the_close_are_read() -> None:
    steps = " ".join(f"Then step {k} was done by me on the line." for k in range(5))
    text = METHOD + "Yes. " + steps
    spans = closing_sentences(text, split_sentences(text), len(text) // 2)
    assert len(spans) == CLOSING_SENTENCES
    assert all(len(text[s:e].split()) >= 5 for s, e in spans)
    assert spans[-1][1] == len(text)


def test_a_batch_reads_the_close_as_one_answer_does() -> None:
    items = [(Q, METHOD + e, None) for e in RESULTS + SETTINGS]
    batch = analyze_batch(items)
    for (q, t, _), fb in zip(items, batch, strict=True):
        one = analyze_answer(q, t)
        assert fb.model_dump() == one.model_dump()
