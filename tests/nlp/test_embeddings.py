"""The embedder on many texts at once: in bounded batches, with the vectors one call gives."""

from __future__ import annotations

import numpy as np

from interview_coach.nlp.embeddings import BATCH, Embedder, get_embedder


def test_many_texts_are_embedded_in_bounded_batches_with_the_same_vectors(monkeypatch) -> None:
    embedder = get_embedder()
    texts = [f"Led a team of {i} people through a warehouse move, line {i}" for i in range(100)]
    alone = np.stack([embedder._run([t])[0] for t in texts[:5]])
    sizes: list[int] = []
    run = Embedder._run

    def counted(self: Embedder, batch: list[str]) -> np.ndarray:
        sizes.append(len(batch))
        return run(self, batch)

    monkeypatch.setattr(Embedder, "_run", counted)
    vecs = embedder.encode(texts)
    # A 1,400-line job description in one call grew memory by 667 MB, kept by onnxruntime.
    assert sizes and max(sizes) <= BATCH and sum(sizes) == len(texts)
    assert vecs.shape == (100, 384)
    # Each text keeps its own vector, whatever it was batched with.
    assert np.allclose(vecs[:5], alone, atol=0.02)
    assert (vecs[:5] @ alone.T).argmax(axis=1).tolist() == [0, 1, 2, 3, 4]
