"""Work handed to the workers and waited for: the web process's side of a queued task.

Celery's own result store reads every reply over one shared Redis subscription, which is not
safe for many threads at once (celery/celery issues 3761 and 4670), and a web process waits
for many answers at once. So each call names a reply key: the worker pushes its JSON reply
onto that Redis list, and the caller waits on it with BLPOP, each waiting thread on a
connection of its own from the pool.

Nothing is lost when a worker or Redis goes away mid-task. The tasks sent this way are pure
(speech recognition, a PDF), so the caller sends the task again and takes the first reply:
- when the worker that took it stops its heartbeat (`SILENT_AFTER_SECONDS`): it died;
- when Redis restarted or could not be reached while it waited: the queue may have lost it.
After `task_wait_seconds` the user is told to try again (BusyError, HTTP 503).
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

import redis
from celery import Celery
from kombu.exceptions import OperationalError
from prometheus_client import CollectorRegistry, Counter, Histogram

from interview_coach.config import Settings
from interview_coach.errors import BusyError

log = logging.getLogger(__name__)

REPLY_PREFIX = "coach:reply:"
STARTED_PREFIX = "coach:started:"
# How long a reply waits to be read: well past any caller's patience, then Redis drops it.
REPLY_TTL_SECONDS = 900
# A worker running a task says so this often, however long the task runs.
HEARTBEAT_SECONDS = 2.0
# A task whose worker has been silent this long is sent again: five missed heartbeats is a
# dead worker, not a busy one (the heartbeat thread runs while the model holds the cores).
SILENT_AFTER_SECONDS = 10.0
# Copies of one task at most: a task that kills every worker it meets is not sent forever.
MAX_SENDS = 3
# One wait on the reply lasts this long before the caller checks on the task again.
POLL_SECONDS = 1
# Sending gives up this soon when Redis is away; the caller's loop tries again.
SEND_RETRY = {"max_retries": 1, "interval_start": 0.2, "interval_step": 0.3}

_LOST = (redis.RedisError, OperationalError, OSError)

TASK_REGISTRY = CollectorRegistry()
TASK_SECONDS = Histogram(
    "coach_task_seconds",
    "Time a worker spent on a task, by task",
    ["task"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60),
    registry=TASK_REGISTRY,
)
TASK_WAIT_SECONDS = Histogram(
    "coach_task_wait_seconds",
    "Time a web process waited for a task's reply (queue, transfer and work), by task",
    ["task"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120),
    registry=TASK_REGISTRY,
)
TASK_RESENDS = Counter(
    "coach_task_resends",
    "Tasks sent again because their worker died or Redis lost them, by task",
    ["task"],
    registry=TASK_REGISTRY,
)


def reply_client(url: str) -> redis.Redis:
    """A Redis client for replies; its pool gives each thread a connection of its own."""
    return redis.Redis.from_url(
        url, socket_connect_timeout=2, socket_timeout=POLL_SECONDS + 5, health_check_interval=30
    )


@contextmanager
def running(client: redis.Redis, reply: str) -> Iterator[None]:
    """The worker's heartbeat while it runs a task (the caller resends when it stops)."""
    done = threading.Event()

    def beat() -> None:
        while True:
            with suppress(redis.RedisError):
                client.set(STARTED_PREFIX + reply, time.time(), ex=REPLY_TTL_SECONDS)
            if done.wait(HEARTBEAT_SECONDS):
                return

    thread = threading.Thread(target=beat, name="task-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


def send_reply(client: redis.Redis, reply: str, payload: dict[str, Any]) -> None:
    """The worker's reply; a second copy of the task adds a second, which nobody reads."""
    with client.pipeline() as pipe:
        pipe.rpush(REPLY_PREFIX + reply, json.dumps(payload))
        pipe.expire(REPLY_PREFIX + reply, REPLY_TTL_SECONDS)
        pipe.execute()


@dataclass
class Call:
    """One task sent and not yet answered."""

    task: str
    args: list[Any]
    deadline: float
    reply: str = field(default_factory=lambda: uuid.uuid4().hex)
    sends: int = 0
    sent: bool = False  # a copy is on the queue as far as we know
    redis_run: str = ""  # the Redis server's run id when it was sent: changes on a restart
    started_at: float = field(default_factory=time.monotonic)


class Remote:
    """Sends tasks to the workers and waits for their replies (see the module docstring)."""

    def __init__(self, settings: Settings, app: Celery) -> None:
        if not settings.broker_url:
            raise BusyError("No task queue is set (INTERVIEW_COACH_BROKER_URL).")
        self.app = app
        self.client = reply_client(settings.broker_url)
        self.wait_seconds = settings.task_wait_seconds

    def start(self, task: str, args: list[Any]) -> Call:
        """Send `task` now; its reply is read with `result`."""
        call = Call(task, args, time.monotonic() + self.wait_seconds)
        self._send(call)
        return call

    def result(self, call: Call) -> dict[str, Any]:
        """The task's JSON reply, once a worker has sent it; BusyError after the wait."""
        while True:
            remaining = call.deadline - time.monotonic()
            if remaining <= 0:
                raise BusyError(
                    "The coach's workers did not answer in time (they may be busy or "
                    "restarting). Nothing was kept: please try again in a minute."
                )
            if not call.sent and call.sends < MAX_SENDS and not self._send(call):
                time.sleep(min(0.5, remaining))
                continue
            try:
                got = self.client.blpop([REPLY_PREFIX + call.reply], timeout=POLL_SECONDS)
                if got is not None:
                    reply = json.loads(got[1])
                    TASK_WAIT_SECONDS.labels(call.task).observe(time.monotonic() - call.started_at)
                    if "seconds" in reply:
                        TASK_SECONDS.labels(call.task).observe(float(reply["seconds"]))
                    return reply
                if call.sends < MAX_SENDS and self._lost(call):
                    log.warning("Task %s lost; sending it again", call.task)
                    TASK_RESENDS.labels(call.task).inc()
                    self.client.delete(STARTED_PREFIX + call.reply)  # the new copy's to set
                    call.sent = False
            except _LOST as exc:
                log.warning("Redis unreachable while waiting for %s: %s", call.task, exc)
                call.sent = False  # it may have restarted empty: send again once it is back
                time.sleep(min(0.5, max(0.0, remaining)))

    def run(self, task: str, args: list[Any]) -> dict[str, Any]:
        """Send `task` and wait for its reply."""
        return self.result(self.start(task, args))

    def _send(self, call: Call) -> bool:
        try:
            call.redis_run = str(self.client.info("server").get("run_id", ""))
            self.app.send_task(
                call.task,
                args=[call.reply, *call.args],
                expires=max(1.0, call.deadline - time.monotonic()),
                retry_policy=SEND_RETRY,
            )
        except _LOST as exc:
            log.warning("Could not send %s to the queue: %s", call.task, exc)
            return False
        call.sends += 1
        call.sent = True
        return True

    def _lost(self, call: Call) -> bool:
        """Whether the task's copy can no longer answer: Redis restarted since it was sent,
        or the worker that took it stopped its heartbeat."""
        if str(self.client.info("server").get("run_id", "")) != call.redis_run:
            return True
        started = self.client.get(STARTED_PREFIX + call.reply)
        return started is not None and time.time() - float(started) > SILENT_AFTER_SECONDS
