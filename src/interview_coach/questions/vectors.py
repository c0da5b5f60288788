"""The bank's questions embedded once, at build time, so a question a user types is matched to
its nearest bank question (and borrows that question's rubric) without embedding the bank on
every answer.

Rebuild after editing the bank: `python -m interview_coach.questions.vectors`. A test fails
when `bank_vectors.npz` no longer matches the bank's texts (tests/questions/test_vectors.py).
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from interview_coach.questions.bank import QuestionBank, content_words, load_bank
from interview_coach.types import Frame, Question

VECTORS_FILE = "bank_vectors.npz"
# Cosine similarity (MiniLM) above which a typed question is taken as a rewording of a bank
# question; below it no rubric is borrowed, since a wrong rubric misleads more than none.
MATCH_MIN = 0.72
# Bank questions this close to the best are as near as the model can tell; the one sharing most
# words with the question asked, and adding fewest, is the rewording ("Why do you want this
# role?" is "Why do you want this job?", not "…to move into a leadership role at this point?").
NEAR_TIE = 0.03


def bank_digest(bank: QuestionBank) -> str:
    """Identifies the bank texts the vectors were built from."""
    h = hashlib.sha256()
    for q in bank.questions:
        h.update(f"{q.id}\t{q.text}\n".encode())
    return h.hexdigest()


def build(path: Path | None = None) -> Path:
    """Embed every bank question and write the vectors beside this module."""
    from interview_coach.nlp.embeddings import get_embedder

    bank = load_bank()
    vecs = get_embedder().encode([q.text for q in bank.questions]).astype(np.float16)
    out = path or Path(__file__).with_name(VECTORS_FILE)
    ids = np.array([q.id for q in bank.questions])
    np.savez_compressed(out, ids=ids, vectors=vecs, digest=np.array(bank_digest(bank)))
    return out


def stored() -> tuple[list[str], np.ndarray, str]:
    """The ids, vectors and bank digest in the shipped vectors file."""
    import io

    data = resources.files("interview_coach.questions").joinpath(VECTORS_FILE).read_bytes()
    with np.load(io.BytesIO(data)) as z:
        return [str(x) for x in z["ids"]], z["vectors"].astype(np.float32), str(z["digest"])


@cache
def _bundled_index() -> tuple[list[str], np.ndarray] | None:
    """The shipped vectors, checked once against the bundled bank (None when missing or
    built from another bank, so a stale file borrows no wrong rubric)."""
    try:
        ids, vecs, digest = stored()
    except (FileNotFoundError, OSError, KeyError, ValueError):
        return None
    return (ids, vecs) if digest == bank_digest(load_bank()) else None


def nearest(
    vector: np.ndarray, text: str = "", frame: Frame | None = None
) -> tuple[Question, float] | None:
    """The bundled bank's question closest to an embedded question, with its similarity;
    given the question's `text`, near ties go to the one that adds least to it."""
    index = _bundled_index()
    if index is None:
        return None
    ids, vecs = index
    bank = load_bank()
    sims = vecs @ vector.astype(np.float32)
    k = int(np.argmax(sims))
    asked = _words(text)
    if asked:
        # Never trading a rewording for one too far to borrow a rubric from.
        close = np.flatnonzero(sims >= max(sims[k] - NEAR_TIE, min(MATCH_MIN, sims[k])))
        k = int(min(close, key=lambda i: (*_rank(asked, frame, bank.get(ids[i])), -sims[i])))
    return bank.get(ids[k]), float(sims[k])


# Words that frame a question rather than say what it is about ("describe a time…").
# ("us", "me" and "had" are already function words: `bank.content_words` leaves them out.)
_FRAMING = frozenset({"time", "describe", "give", "example", "situation"})
# Words a question may say either way ("this role" is "this job").
_SAME = {
    "role": "job",
    "position": "job",
    "post": "job",
    "coworker": "colleague",
    "peer": "colleague",
    "boss": "manager",
    "supervisor": "manager",
    "client": "customer",
}


def _words(text: str) -> set[str]:
    """A question's content words, framing left out, plurals and synonyms folded."""
    out = set()
    for w in content_words(text) - _FRAMING:
        w = w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        out.add(_SAME.get(w, w))
    return out


def _rank(asked: set[str], frame: Frame | None, question: Question) -> tuple[int, int, int]:
    """Which near tie rewords the question asked: one answered the same way first (a story,
    not a plan), then the one sharing most of its words, then the one adding fewest."""
    words = _words(question.text)
    return (question.frame != frame, -len(words & asked), len(words - asked))


def with_rubric(question: Question, vector: np.ndarray) -> Question:
    """A typed question with the rubric of the bank question it rewords, when one is close."""
    found = nearest(vector, question.text, question.frame)
    if found is None:
        return question
    match, sim = found
    if sim < MATCH_MIN:
        return question.model_copy(update={"match_score": round(sim, 3)})
    return question.model_copy(
        update={
            "strong_answer": match.strong_answer,
            "pitfalls": match.pitfalls,
            "competencies": question.competencies or match.competencies,
            "follow_ups": question.follow_ups or match.follow_ups,
            "matched_question": match.text,
            "match_score": round(sim, 3),
        }
    )


if __name__ == "__main__":
    print(f"wrote {build()}")
