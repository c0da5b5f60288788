"""Work that runs on a task queue in team mode: Celery with Redis (docs/deploy.md): speech
recognition (`tasks/speech.py`), PDF reports (`tasks/reports.py`) and re-analysis.

The web process puts a task on the queue; `interview-coach worker` processes, on this or
other machines, take them. Every task is acknowledged late and rejected when its worker dies,
so the queue hands it to another worker, and every task can run twice without harm (its
results are kept once: `store/reanalysis.py`). Personal mode has no broker and runs the same
functions in process.
"""

from interview_coach.config import Settings
from interview_coach.tasks.queue import celery_app, enqueue_reanalysis, reanalyse
from interview_coach.tasks.remote import Remote

__all__ = ["Remote", "celery_app", "enqueue_reanalysis", "reanalyse", "remote_for"]


def remote_for(settings: Settings) -> Remote | None:
    """Team mode with a queue: the web process's way to the workers; else None (in process)."""
    if settings.team and settings.broker_url:
        return Remote(settings, celery_app(settings.broker_url))
    return None
