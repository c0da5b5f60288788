"""The Celery application, its settings, and the tasks (see the package docstring)."""

from __future__ import annotations

import logging
from functools import cache

from celery import Celery
from celery.signals import worker_process_init

from interview_coach.config import Settings, get_settings
from interview_coach.errors import CoachError

log = logging.getLogger(__name__)
# Answers analysed and kept per database round: a killed worker redoes at most this many.
BATCH = 20


@cache
def celery_app(broker_url: str | None = None, visibility_seconds: int | None = None) -> Celery:
    """The queue, on the configured Redis broker."""
    settings = get_settings()
    url = broker_url or settings.broker_url
    if not url:
        raise CoachError("No task queue: set INTERVIEW_COACH_BROKER_URL=redis://host:6379/0.")
    app = Celery("interview_coach", broker=url)
    app.conf.update(
        # Acknowledged when done, not when taken: a worker that dies mid-task leaves it on
        # the queue, and it is handed to another worker.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        # One task at a time per worker process: a long task does not hold others back.
        worker_prefetch_multiplier=1,
        # How long Redis waits for an acknowledgement before handing a task out again.
        broker_transport_options={
            "visibility_timeout": visibility_seconds or settings.task_visibility_seconds
        },
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
    )
    app.task(name="interview_coach.reanalyse", bind=True, max_retries=5)(_reanalyse_task)
    from interview_coach.tasks import reports, speech

    # Speech and reports are pure and their callers wait and resend (tasks/remote.py): a
    # copy that arrives after its caller gave up is dropped, not run.
    app.task(name=speech.TASK)(speech.recognise_task)
    app.task(name=reports.TASK)(reports.report_task)
    return app


def _warm_worker(**_: object) -> None:
    """Load the speech model when a worker process starts, not on its first answer."""
    try:
        from interview_coach.speech import load_model

        load_model()
    except CoachError as exc:  # the recognition task reports it to the user
        log.warning("Could not load the speech model: %s", exc)


worker_process_init.connect(_warm_worker, weak=False)


def reanalyse(settings: Settings, owner_id: int | None) -> int:
    """Analyse again every answer of one account (personal mode: the history) whose newest
    analysis is by an older analyzer; how many new analyses were kept."""
    from interview_coach.questions.answering import analyze_answer
    from interview_coach.store import open_store
    from interview_coach.store.owner import acting_as
    from interview_coach.store.reanalysis import add_feedback_once, stale_answers
    from interview_coach.types import ANALYZER_VERSION, JobProfile

    kept = 0
    jobs: dict[int, JobProfile | None] = {}  # job targets read once: many answers share one
    with open_store(settings) as store, acting_as(owner_id):
        last = 0
        # A cursor over ids: an answer that cannot be analysed (no question, a damaged row)
        # is passed over, not met again.
        while ids := stale_answers(store, ANALYZER_VERSION, limit=BATCH, after=last):
            last = ids[-1]
            for record in store.answers_by_id(ids):
                if record.question is None:
                    continue
                target = record.job_target_id
                if target and target not in jobs:
                    jobs[target] = store.job_profile(target)
                job = jobs[target] if target else None
                feedback = analyze_answer(record.question, record.transcript, job)
                kept += add_feedback_once(store, record.id, feedback)
    return kept


def _reanalyse_task(task: object, owner_id: int | None) -> int:
    try:
        kept = reanalyse(get_settings(), owner_id)
    except CoachError as exc:  # e.g. the database is away: try again shortly
        raise task.retry(exc=exc, countdown=10) from exc  # type: ignore[attr-defined]
    log.info("Re-analysed %d answers of account %s", kept, owner_id)
    return kept


def enqueue_reanalysis(owner_ids: list[int | None], app: Celery | None = None) -> int:
    """Put one re-analysis task per account on the queue; how many were queued."""
    app = app or celery_app()
    for owner in owner_ids:
        app.send_task("interview_coach.reanalyse", args=[owner])
    return len(owner_ids)
