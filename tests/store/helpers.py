"""Real Feedback values built directly, for storage tests that need chosen numbers."""

from __future__ import annotations

from interview_coach.types import (
    Content,
    Coverage,
    Delivery,
    Evidence,
    Feedback,
    Frame,
    JobCoverage,
    Label,
    Length,
    Mark,
    Ownership,
    Question,
    Scores,
    Sentence,
    Structure,
    Tip,
    Transcript,
    Vocabulary,
    Word,
)

STAR_TEXT = (
    "Our nightly billing export kept failing at the end of each quarter. "
    "I had to make it finish before the finance team started at eight. "
    "I split the export into batches and added a retry queue for the slow accounts. "
    "The export now ends in forty minutes and has not failed for six months."
)


def transcript(text: str = STAR_TEXT, *, seconds: float | None = 30.0) -> Transcript:
    """A transcript with evenly spaced word timings (when `seconds` is given)."""
    if seconds is None:
        return Transcript(text=text)
    words = []
    pos = 0
    tokens = text.split()
    step = seconds / max(len(tokens), 1)
    for i, tok in enumerate(tokens):
        start = text.index(tok, pos)
        pos = start + len(tok)
        words.append(
            Word(word=tok, start=i * step, end=(i + 0.8) * step, char_start=start, char_end=pos)
        )
    return Transcript(text=text, words=tuple(words), duration_seconds=seconds)


def question(
    text: str = "Tell me about a time you fixed a process that kept failing.",
    *,
    qid: str | None = "behavioural-fix-process",
    category: str = "behavioural",
    competencies: tuple[str, ...] = ("problem solving", "ownership"),
) -> Question:
    return Question(
        id=qid, text=text, category=category, frame=Frame.STAR, competencies=competencies
    )


def _sentences(text: str) -> list[Sentence]:
    labels = [Label.SITUATION, Label.TASK, Label.ACTION, Label.RESULT]
    out = []
    pos = 0
    for label, part in zip(labels, text.split(". "), strict=False):
        part = part.rstrip(".") + "."
        start = text.index(part.rstrip("."), pos)
        end = start + len(part)
        pos = end - 1
        out.append(
            Sentence(text=part, start=start, end=end, label=label, part=label.value, confidence=0.9)
        )
    return out


def feedback(
    *,
    overall: int = 70,
    delivery: int | None = None,
    structure: int | None = None,
    content: int | None = None,
    fillers_per_minute: float | None = 2.0,
    wpm: float | None = 140.0,
    hedges: float = 1.0,
    missing: tuple[str, ...] = (),
    category: str = "behavioural",
    question_text: str = "Tell me about a time you fixed a process that kept failing.",
    text: str = STAR_TEXT,
    analyzer_version: str = "1.0.0",
    jd: tuple[list[str], list[str]] | None = (["batch processing"], ["kubernetes"]),
    tip_area: str = "structure",
) -> Feedback:
    """A complete, valid Feedback with the given headline numbers."""
    n_words = len(text.split())
    filler = Mark(start=0, end=3, text=text[:3], kind="um")
    coverage = None
    if jd is not None:
        coverage = JobCoverage(
            covered=[
                Coverage(term=t, evidence=[Evidence(start=0, end=5, text=text[:5])]) for t in jd[0]
            ],
            missing=list(jd[1]),
        )
    return Feedback(
        analyzer_version=analyzer_version,
        question=question_text,
        question_category=category,
        transcript=text,
        word_count=n_words,
        duration_seconds=30.0,
        delivery=Delivery(
            fillers=[filler],
            hedges=[],
            confident_language=[],
            repetitions=[],
            self_corrections=[],
            fillers_per_100_words=100 / n_words,
            fillers_per_minute=fillers_per_minute,
            hedges_per_100_words=hedges,
            wpm=wpm,
            length=Length(
                word_count=n_words, target_min_words=150, target_max_words=300, verdict="short"
            ),
            vocabulary=Vocabulary(
                unique_words=n_words - 5, type_token_ratio=0.8, moving_average_ttr=0.8
            ),
        ),
        structure=Structure(
            frame=Frame.STAR,
            frame_parts=["situation", "task", "action", "result"],
            sentences=_sentences(text),
            missing=list(missing),
            thin=[],
            proportions={"situation": 0.25, "task": 0.25, "action": 0.25, "result": 0.25},
            in_order=True,
            result_quantified=True,
        ),
        content=Content(
            relevance=0.7,
            relevance_label="relevant",
            specifics=[Mark(start=0, end=5, text="forty minutes", kind="metric")],
            specificity=0.5,
            ownership=Ownership(i_count=3, we_count=0, i_share=1.0, we_marks=[]),
            talking_points={},
            job_description=coverage,
        ),
        scores=Scores(
            overall=overall,
            delivery=overall if delivery is None else delivery,
            structure=overall if structure is None else structure,
            content=overall if content is None else content,
        ),
        score_breakdown=[],
        tips=[
            Tip(
                area=tip_area,
                priority=1,
                message="Say what changed, with a number.",
                evidence=[Evidence(start=0, end=3, text=text[:3])],
            )
        ],
        rewrite=[],
    )
