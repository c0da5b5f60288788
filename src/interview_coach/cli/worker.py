"""`interview-coach worker` and `interview-coach reanalyse`: the task queue's side."""

from __future__ import annotations

import click


@click.command()
@click.option("--concurrency", type=click.IntRange(1, 64), default=None,
              help="worker processes (default: one per core)")  # fmt: skip
def worker(concurrency: int | None) -> None:
    """Take tasks from the queue (INTERVIEW_COACH_BROKER_URL) until stopped."""
    import os

    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as `serve` does: see there
    # The pool's processes share this machine's cores instead of each taking all of them
    # (Celery's default pool has one process per core: one thread each).
    cores = len(os.sched_getaffinity(0))
    threads = max(1, cores // (concurrency or cores))
    os.environ.setdefault("INTERVIEW_COACH_SPEECH_THREADS", str(threads))
    from interview_coach.config import get_settings
    from interview_coach.tasks import celery_app

    get_settings.cache_clear()  # read again, with the thread count

    args = ["worker", "--loglevel=INFO", "--without-gossip", "--without-mingle"]
    if concurrency:
        args.append(f"--concurrency={concurrency}")
    celery_app().worker_main(args)


@click.command()
@click.option("--queue", "use_queue", is_flag=True,
              help="team mode: put one task per account on the queue for the workers")  # fmt: skip
def reanalyse(use_queue: bool) -> None:
    """Analyse again every answer whose newest analysis is by an older analyzer version."""
    from interview_coach.config import get_settings
    from interview_coach.tasks import enqueue_reanalysis
    from interview_coach.tasks import reanalyse as run

    settings = get_settings()
    if not use_queue:
        click.echo(f"Kept {run(settings, None)} new analyses.")
        return
    from interview_coach.store import open_store
    from interview_coach.store.accounts import Accounts, check_team_settings

    key = check_team_settings(settings)
    with open_store(settings.model_copy(update={"team": True})) as store:
        owners: list[int | None] = [a.id for a in Accounts(store, key).users()]
    click.echo(f"Queued {enqueue_reanalysis(owners)} re-analysis tasks, one per account.")


def register(group: click.Group) -> None:
    group.add_command(worker)
    group.add_command(reanalyse)
