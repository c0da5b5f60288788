"""Prometheus metrics and the readiness check, for whoever runs the server.

`/metrics` (the Prometheus text format) answers only to clients on this computer: a scraper
runs beside the server or reaches it through the proxy's own loopback hop. It names no
person: request counts and latencies by route template (never an id or a token), the live
spoken answers in progress, the time each answer's analysis took, the tasks waiting on the
queue, and in team mode the tasks this process sent: the workers' time on them, the wait for
their replies, and the copies sent again.
"""

from __future__ import annotations

import time

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Gauge,
    Histogram,
    generate_latest,
)
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from interview_coach.errors import CoachError
from interview_coach.tasks.remote import TASK_REGISTRY
from interview_coach.web.deps import CoachDep
from interview_coach.web.guard import _send_plain, is_loopback

router = APIRouter(prefix="/api", tags=["operations"])

# Seconds: a page in milliseconds, an analysed spoken answer in a second or two, a long
# upload's transcription in tens of seconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)

REGISTRY = CollectorRegistry()
REQUEST_SECONDS = Histogram(
    "coach_http_request_seconds",
    "Time to answer an HTTP request, by route template, method and status class",
    ["route", "method", "status"],
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)
LIVE_SESSIONS = Gauge(
    "coach_live_sessions", "Spoken answers being recorded and recognised now", registry=REGISTRY
)
ANALYSIS_SECONDS = Histogram(
    "coach_answer_seconds",
    "Time from the end of a spoken answer to its feedback (recognition and analysis)",
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)


QUEUE_DEPTH = Gauge(
    "coach_queue_depth",
    "Tasks waiting on the task queue (-1: no queue set, or it cannot be reached)",
    registry=REGISTRY,
)
# Celery's default queue: a Redis list of that name holds the waiting tasks.
QUEUE_NAME = "celery"


def _queue_depth(broker_url: str | None) -> int:
    if not broker_url:
        return -1
    import redis

    try:
        client = redis.Redis.from_url(broker_url, socket_timeout=0.5, socket_connect_timeout=0.5)
        return int(client.llen(QUEUE_NAME))  # type: ignore[arg-type]
    except redis.RedisError:
        return -1


def _route(scope: Scope) -> str:
    route = scope.get("route")
    return getattr(route, "path", None) or "unmatched"


class Metrics:
    """ASGI middleware: times every HTTP request and serves `/metrics` to loopback clients."""

    def __init__(self, app: ASGIApp, broker_url: str | None = None) -> None:
        self.app = app
        self.broker_url = broker_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == "/metrics":
            client = (scope.get("client") or ("", 0))[0]
            if not is_loopback(client):
                await _send_plain(send, 404, b"Not found", "text/plain")
                return
            from anyio import to_thread

            QUEUE_DEPTH.set(await to_thread.run_sync(_queue_depth, self.broker_url))
            body = generate_latest(REGISTRY) + generate_latest(TASK_REGISTRY)
            await _send_plain(send, 200, body, CONTENT_TYPE_LATEST)
            return
        started = time.perf_counter()
        status = 500

        async def timed(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, timed)
        finally:
            REQUEST_SECONDS.labels(_route(scope), scope["method"], f"{status // 100}xx").observe(
                time.perf_counter() - started
            )


@router.get("/ready")
def ready(coach: CoachDep) -> JSONResponse:
    """Whether this process can serve: the database answers and its schema is current (503
    otherwise, so a load balancer sends people elsewhere), and whether the task queue answers.
    `/api/health` only says it is up."""
    from interview_coach.store import db

    try:
        revision = db.current_revision(coach.store.engine)
    except Exception as exc:  # any failure to reach the database means not ready
        reason = str(exc) if isinstance(exc, CoachError) else type(exc).__name__
        return JSONResponse({"ready": False, "database": reason[:200]}, status_code=503)
    current = revision == db.head_revision()
    body: dict[str, object] = {
        "ready": current,
        "database": "ok" if current else f"schema {revision}",
    }
    if coach.settings.broker_url:  # said, not required: pages and typed answers need no queue
        body["queue"] = "ok" if _queue_depth(coach.settings.broker_url) >= 0 else "unreachable"
    return JSONResponse(body, status_code=200 if current else 503)
