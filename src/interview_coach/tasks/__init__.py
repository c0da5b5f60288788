"""Work that runs on a task queue in team mode: Celery with Redis (docs/deploy.md).

The web process puts a task on the queue; `interview-coach worker` processes, on this or
other machines, take them. Every task is acknowledged late and rejected when its worker dies,
so the queue hands it to another worker, and every task can run twice without harm (its
results are kept once: `store/reanalysis.py`). Personal mode has no broker and runs the same
functions in process.
"""

from interview_coach.tasks.queue import celery_app, enqueue_reanalysis, reanalyse

__all__ = ["celery_app", "enqueue_reanalysis", "reanalyse"]
