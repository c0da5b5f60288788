"""PDF reports on the workers: a mock interview's or a negotiation's report, written by a
worker from the database as the account that asked for it, read-only."""

from __future__ import annotations

import base64
import os
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import Any

from interview_coach.config import get_settings
from interview_coach.errors import CoachError
from interview_coach.store import Store
from interview_coach.tasks.remote import Remote, reply_client, running, send_reply

TASK = "interview_coach.report_pdf"
KINDS = ("interview", "negotiation")


@cache
def _store(pid: int) -> Store:
    """One store per worker process (`pid` keys it: a forked child opens its own)."""
    from interview_coach.store import open_store

    return open_store(get_settings()).__enter__()


def write_report_pdf(store: Store, kind: str, session_id: int, path: Path) -> Path:
    """Write one report as PDF, read from `store` as the current account."""
    if kind == "interview":
        from interview_coach.practice.interviews import Interviews
        from interview_coach.reports.interview import build_report, write_pdf

        return write_pdf(build_report(Interviews(store).state(session_id)), path)
    if kind == "negotiation":
        from interview_coach.practice.negotiations import Negotiations
        from interview_coach.reports.negotiation import write_pdf as write_negotiation

        result = Negotiations(store, Path(get_settings().home)).session(session_id).result()
        return write_negotiation(result, path)
    raise CoachError(f"No report of kind {kind!r}.")


def report_task(reply: str, kind: str, owner_id: int | None, session_id: int) -> None:
    """Worker side: the PDF, base64 in the reply (or the error's text)."""
    from interview_coach.store.owner import reading_as

    client = reply_client(get_settings().broker_url or "")
    began = time.perf_counter()
    payload: dict[str, Any]
    try:
        with running(client, reply), tempfile.TemporaryDirectory() as tmp:
            store = _store(os.getpid())
            path = Path(tmp) / "report.pdf"
            if owner_id is None:  # personal data on a shared worker: never
                raise CoachError("A queued report needs the account it is for.")
            with reading_as(owner_id):
                write_report_pdf(store, kind, session_id, path)
            payload = {"pdf": base64.b64encode(path.read_bytes()).decode("ascii")}
    except CoachError as exc:
        payload = {"error": str(exc)}
    payload["seconds"] = round(time.perf_counter() - began, 3)
    send_reply(client, reply, payload)


def queued_pdf(remote: Remote, kind: str, owner_id: int | None, session_id: int) -> bytes:
    """A report written by a worker (web side): its PDF bytes."""
    reply = remote.run(TASK, [kind, owner_id, session_id])
    if "error" in reply:
        raise CoachError(str(reply["error"]))
    return base64.b64decode(reply["pdf"])
