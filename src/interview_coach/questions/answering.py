"""An answer analysed in full context: the question as the bank knows it (its own entry, or
a classification and a borrowed rubric for free text), the job's terms found by the document
reader's matcher, and the bundled embedding model, all handed to the pure core
(`interview_coach.analysis.analyze`).

This is the entry point for every face (CLI, web, interviewer); the core itself stays free of
the bank, the documents and the model.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from interview_coach.analysis import FRAME_SECONDS, analyze, reads_body
from interview_coach.analysis import content as ct
from interview_coach.analysis.outcome_cues import closing_half
from interview_coach.analysis.result_probe import closing_sentences
from interview_coach.nlp.text import fold_apostrophes, split_sentences, tokenize
from interview_coach.types import Feedback, JobProfile, Question, Transcript

__all__ = ["analyze_answer", "analyze_batch", "default_question"]


def default_question(text: str) -> Question:
    """The bank's own entry when the text is a bank question; otherwise a Question whose
    category and frame come from the bank's classifier, whose time budget suits the frame,
    and which borrows the rubric of the bank question it rewords (when one is close).
    """
    from interview_coach.questions.bank import classify_question, load_bank

    found = load_bank().find(text)
    if found is not None:
        return found.model_copy(update={"matched_question": found.text, "match_score": 1.0})
    category, frame = classify_question(text)
    lo, hi = FRAME_SECONDS[frame]
    q = Question(text=text, category=category, frame=frame, min_seconds=lo, max_seconds=hi)
    if not text.strip():
        return q
    from interview_coach.nlp.embeddings import get_embedder
    from interview_coach.questions.vectors import with_rubric

    # The question's vector is cached by the embedder, so relevance reuses it.
    return with_rubric(q, get_embedder().encode([text])[0])


def analyze_answer(
    question: str | Question,
    transcript: str | Transcript,
    job: JobProfile | None = None,
) -> Feedback:
    """Analyse an answer to a question (plain strings accepted) with the bundled model."""
    from interview_coach.nlp.embeddings import get_embedder

    q = default_question(question) if isinstance(question, str) else question
    t = Transcript(text=transcript) if isinstance(transcript, str) else transcript
    return analyze(q, t, job, get_embedder().encode, _job_terms if job else None)


def _job_terms(answer: str, terms: Sequence[str]) -> list[tuple[str, int, int]]:
    """Job terms in an answer by the document reader's matcher (skill names and synonyms, the
    term's own words); its sentence-embedding tier is left out to keep analysis fast."""
    from interview_coach.questions.matching import terms_in_answer

    return [(h.term, h.start, h.end) for h in terms_in_answer(answer, terms, embed=None)]


def analyze_batch(
    items: Sequence[tuple[str | Question, str | Transcript, JobProfile | None]],
) -> list[Feedback]:
    """Analyse many answers, embedding their questions and digests in one model call (and the
    bodies that need reading in one more).

    Same results as calling `analyze_answer` on each item; faster for bulk re-analysis.
    """
    from interview_coach.nlp.embeddings import get_embedder

    prepared = []
    for question, transcript, job in items:
        q = default_question(question) if isinstance(question, str) else question
        t = Transcript(text=transcript) if isinstance(transcript, str) else transcript
        prepared.append((q, t, job))
    # The text is folded as `analyze` folds it, so the digests embedded here are the ones it
    # asks for (with "it’s" left curly, each answer cost one more model call of its own), and
    # the tokens are handed on to it.
    digests = []
    # The closing sentences the result probes read (where no pattern names a result in the
    # close; read with the fillers in, so a few are embedded and not read), in the same call:
    # one model call of many texts costs less than one per answer.
    closings: list[str] = []
    for q, t, _ in prepared:
        text = fold_apostrophes(t.text)
        tokens = tokenize(text)
        digests.append((q.text, ct.make_digest(tokens), tokens))
        close = closing_half(text)
        if not any(s >= close for s, _ in ct.outcome_hits(text)):
            spans = closing_sentences(text, split_sentences(text), close)
            closings += [text[s:e] for s, e in spans]
    encode = get_embedder().encode
    vectors: dict[str, np.ndarray] = {}

    def embed(batch: list[str]) -> np.ndarray:
        missing = [x for x in dict.fromkeys(batch) if x not in vectors]
        if missing:
            vectors.update(zip(missing, encode(missing), strict=True))
        return np.stack([vectors[x] for x in batch])

    embed([*(x for q, digest, _ in digests for x in (q, digest)), *closings])
    # The few answers whose ends look like another topic have their body read too: those
    # stretches go in one more call instead of one call per answer.
    body = [
        window
        for q, digest, tokens in digests
        if reads_body(ct.relevance(q, digest, embed))
        for window in ct.body_windows(tokens)
    ]
    if body:
        embed(body)
    return [
        analyze(q, t, job, embed, _job_terms if job else None, tokens)
        for (q, t, job), (_, _, tokens) in zip(prepared, digests, strict=True)
    ]
