"""The bank's question vectors ship with the package and match the bank they came from."""

from __future__ import annotations

import numpy as np

from interview_coach.nlp.embeddings import get_embedder
from interview_coach.questions.bank import load_bank
from interview_coach.questions.vectors import bank_digest, nearest, stored


def test_vectors_are_current_for_the_bank() -> None:
    ids, vecs, digest = stored()
    bank = load_bank()
    assert digest == bank_digest(bank), "rebuild: python -m interview_coach.questions.vectors"
    assert ids == [q.id for q in bank.questions]
    assert vecs.shape == (len(bank), 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=0.01)


def test_a_reworded_question_finds_its_bank_question() -> None:
    found = nearest(get_embedder().encode(["What would you say your biggest weakness is?"])[0])
    assert found is not None
    question, sim = found
    assert "weakness" in question.text.lower() and sim > 0.8
