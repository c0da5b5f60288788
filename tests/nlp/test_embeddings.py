"""The embedder on many texts at once: in bounded batches, with the vectors one call gives."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from interview_coach.nlp.embeddings import BATCH, RUN_CHARS, Embedder, _BatchGate, get_embedder


def _count_runs(monkeypatch) -> list[list[str]]:
    """Every model run's texts, in order, from now on."""
    runs: list[list[str]] = []
    run = Embedder._run

    def counted(self: Embedder, batch: list[str]) -> np.ndarray:
        runs.append(batch)
        return run(self, batch)

    monkeypatch.setattr(Embedder, "_run", counted)
    return runs


def test_many_texts_are_embedded_in_bounded_batches_with_the_same_vectors(monkeypatch) -> None:
    embedder = get_embedder()
    texts = [f"Led a team of {i} people through a warehouse move, line {i}" for i in range(100)]
    texts += ["Kept the stock room in order. " * k for k in range(1, 101)]  # up to 3,000 chars
    texts += [f"forklift licence {i}" for i in range(40)]  # skill names: short
    alone = np.stack([embedder._run([t])[0] for t in texts[:5]])
    runs = _count_runs(monkeypatch)
    vecs = embedder.encode(texts)
    # A 1,400-line job description in one call grew memory by 667 MB, kept by onnxruntime;
    # and a run over long texts holds the model long enough to keep other callers waiting.
    assert sum(map(len, runs)) == len(texts)
    assert max(map(len, runs)) == BATCH  # short texts (skill names) still fill a whole run
    for batch in runs:
        assert len(batch) <= BATCH
        assert len(batch) == 1 or len(batch) * max(map(len, batch)) <= RUN_CHARS
    assert any(len(b) == 1 and len(b[0]) > RUN_CHARS for b in runs)  # too long to pair: alone
    assert vecs.shape == (240, 384)
    # Each text keeps its own vector, whatever it was batched with.
    assert np.allclose(vecs[:5], alone, atol=0.02)
    assert (vecs[:5] @ alone.T).argmax(axis=1).tolist() == [0, 1, 2, 3, 4]


class _FirstRunHeld:
    """A stand-in for the model (the gate is what is tested): its first run waits until
    released, so later callers queue behind it; each text's "vector" is its length."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        if len(self.calls) == 1:
            self.release.wait(10)
        return np.array([[float(len(t))] for t in texts])

    def wait(self, ready: Callable[[], object]) -> None:
        """Until `ready()` holds (10 s at most)."""
        deadline = time.monotonic() + 10
        while not ready() and time.monotonic() < deadline:
            time.sleep(0.001)

    def queue_behind_first(self, gate: _BatchGate, requests: list[list[str]]) -> None:
        """A first caller holds the model; `requests` queue behind it in this order; then
        the model is released and every caller is served."""
        threads = [threading.Thread(target=gate.run, args=(["first"],))]
        threads[0].start()
        self.wait(lambda: self.calls)
        for texts in requests:
            threads.append(threading.Thread(target=gate.run, args=(texts,)))
            threads[-1].start()
            self.wait(lambda: len(gate._queue) >= len(threads) - 1)
        self.release.set()
        for t in threads:
            t.join(10)


def test_callers_who_arrive_while_the_model_runs_share_the_next_call() -> None:
    """A busy server's threads: one model run at a time, the waiting texts in one next run."""
    from interview_coach.nlp.embeddings import _BatchGate

    model = _FirstRunHeld()
    gate = _BatchGate(model)
    results: dict[str, np.ndarray] = {}

    def ask(texts: list[str]) -> None:
        results[texts[0]] = gate.run(texts)

    first = threading.Thread(target=ask, args=(["a"],))
    first.start()
    model.wait(lambda: model.calls)
    others = [threading.Thread(target=ask, args=([t * 2, t * 3],)) for t in "bcd"]
    for t in others:
        t.start()
    model.wait(lambda: len(gate._queue) >= 3)
    model.release.set()
    for t in [first, *others]:
        t.join(10)
    calls = model.calls
    assert calls[0] == ["a"]
    assert len(calls) == 2 and sorted(calls[1]) == ["bb", "bbb", "cc", "ccc", "dd", "ddd"]
    assert results["a"].tolist() == [[1.0]]
    for t in "bcd":  # each caller gets its own texts' vectors back, in its order
        assert results[t * 2].tolist() == [[2.0], [3.0]]


def test_a_failed_model_run_reaches_every_caller_in_it() -> None:
    from interview_coach.nlp.embeddings import _BatchGate

    def run(texts: list[str]) -> np.ndarray:
        raise MemoryError("the model ran out of memory")

    gate = _BatchGate(run)
    for _ in range(2):  # and the gate is free again after a failure
        try:
            gate.run(["x"])
        except MemoryError as exc:
            assert "out of memory" in str(exc)
        else:
            raise AssertionError("the failure was swallowed")


def test_threads_embedding_at_once_get_the_vectors_one_call_gives() -> None:
    from concurrent.futures import ThreadPoolExecutor

    embedder = get_embedder()
    texts = [f"Answered {i} calls an hour on the night shift at depot {i}" for i in range(24)]
    alone = [embedder._run([t])[0] for t in texts]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(lambda t: embedder.encode([t])[0], texts))
    assert all(np.array_equal(a, b) for a, b in zip(alone, together, strict=True))


def test_the_next_run_takes_waiting_batches_in_order_up_to_its_limit() -> None:
    """A long job's batches and a short request's share the model turn by turn."""
    from interview_coach.nlp.embeddings import _BatchGate

    model = _FirstRunHeld()
    model.queue_behind_first(_BatchGate(model, texts=4), [["a1", "a2", "a3"], ["b1", "b2"], ["c1"]])
    # At most 4 texts a run, whole requests, first come first served.
    assert model.calls == [["first"], ["a1", "a2", "a3"], ["b1", "b2", "c1"]]


def test_the_next_run_stops_where_its_padded_length_would_pass_the_limit() -> None:
    """A run pads every text to its longest: one long text makes short ones costly."""
    from interview_coach.nlp.embeddings import _BatchGate

    model = _FirstRunHeld()
    gate = _BatchGate(model, texts=32, chars=12)
    model.queue_behind_first(gate, [["aa", "bb"], ["cccc"], ["dd"], ["e" * 20]])
    # 2 × 2 = 4, then 3 × 4 = 12 fits; with "dd" it would be 4 × 4 = 16. A text past the
    # limit still runs, alone.
    assert model.calls == [["first"], ["aa", "bb", "cccc"], ["dd"], ["e" * 20]]


def test_a_question_in_use_stays_cached_as_new_short_texts_keep_coming(monkeypatch) -> None:
    from interview_coach.nlp import embeddings

    monkeypatch.setattr(embeddings, "CACHE_ENTRIES", 8)
    embedder = Embedder()
    runs = _count_runs(monkeypatch)
    question = "Tell me about a time you calmed an upset customer."
    first = embedder.encode([question])[0]
    for k in range(30):  # a server's day: each answer brings short texts never seen again
        embedder.encode([question, f"closing line number {k} of an answer"])
    # A cache filled once and frozen would embed the question again for every answer.
    assert sum(b.count(question) for b in runs) == 1
    assert len(embedder._cache) == 8
    assert np.array_equal(embedder.encode([question])[0], first)
    # The oldest unused text is the one that left.
    assert "closing line number 0 of an answer" not in embedder._cache
    assert "closing line number 29 of an answer" in embedder._cache
