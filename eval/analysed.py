"""Each distinct answer analysed once per call: the contrastive pairs share their better
answers (8,026 distinct texts among 12,836), and the figures by writer's set re-read answers
already read. The analysis is pure, so a repeated text gets the same feedback."""

from __future__ import annotations

from collections.abc import Sequence

from interview_coach.questions.answering import analyze_batch
from interview_coach.types import Feedback, JobProfile

Item = tuple[str, str, JobProfile | None]


def analyze_distinct(items: Sequence[Item]) -> list[Feedback]:
    """`analyze_batch` over `items`, each distinct (question, answer, job) analysed once."""
    keys = [(q, a, None if job is None else job.model_dump_json()) for q, a, job in items]
    first: dict[tuple, int] = {}
    for k, key in enumerate(keys):
        first.setdefault(key, k)
    order = list(first.values())
    done = dict(zip(order, analyze_batch([items[k] for k in order]), strict=True))
    return [done[first[key]] for key in keys]
