"""Property tests: the analysis never raises on any string, and evidence stays in bounds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_coach.questions.answering import analyze_answer

WORDS = st.sampled_from(
    [
        "um",
        "uh",
        "like",
        "you",
        "know",
        "I",
        "mean",
        "so",
        "I",
        "think",
        "just",
        "kind",
        "of",
        "we",
        "I",
        "led",
        "40%",
        "$2.5M",
        "the",
        "team,",
        ".",
        "!",
        "?",
        "—",
        "sorry",
        "no",
        "wait",
        "result",
        "situation",
        "Mr.",
        "e.g.",
        "2019",
        "Python",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(WORDS, max_size=80).map(" ".join),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=st.text(max_size=80), answer=TEXTS)
def test_analysis_never_raises_and_spans_stay_inside(question: str, answer: str) -> None:
    fb = analyze_answer(question, answer)
    n = len(fb.transcript)
    spans = [
        *fb.delivery.fillers,
        *fb.delivery.hedges,
        *fb.delivery.repetitions,
        *fb.delivery.self_corrections,
        *fb.content.specifics,
        *fb.structure.sentences,
    ]
    spans += [e for t in fb.tips for e in t.evidence]
    spans += [e for f in fb.score_breakdown for e in f.evidence]
    for s in spans:
        assert 0 <= s.start <= s.end <= n
        assert fb.transcript[s.start : s.end] == s.text
