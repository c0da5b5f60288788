"""The sign-in page: a browser presents the access token once and gets an HttpOnly cookie."""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from interview_coach.web.guard import COOKIE, session_value

router = APIRouter(include_in_schema=False)
# How long a sign-in lasts: a working week, so a phone on the LAN is not asked daily.
COOKIE_SECONDS = 7 * 24 * 3600
# After this many wrong tokens within the window, sign-in is refused until the window passes:
# guessing is slowed to a crawl, and the owner waits a minute at most.
MAX_FAILURES = 10
FAILURE_WINDOW_SECONDS = 60.0
_failures: deque[float] = deque()
_failures_lock = threading.Lock()


def _locked_out() -> bool:
    now = time.monotonic()
    with _failures_lock:
        while _failures and now - _failures[0] > FAILURE_WINDOW_SECONDS:
            _failures.popleft()
        return len(_failures) >= MAX_FAILURES


def _failed() -> None:
    with _failures_lock:
        _failures.append(time.monotonic())


def _safe_next(target: str) -> str:
    """Only a path on this server: never another site (`//host`, `https:`, backslashes)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _token(request: Request) -> str | None:
    secret = request.app.state.coach.settings.access_token
    return secret.get_secret_value() if secret else None


@router.get("/signin")
def signin_page(request: Request, next: str = "/") -> Response:
    if not _token(request):
        return RedirectResponse(_safe_next(next), status_code=303)
    return request.app.state.templates.TemplateResponse(
        request, "signin.html", {"next": _safe_next(next), "failed": False}
    )


@router.post("/signin")
def signin(
    request: Request, token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/"
) -> Response:
    expected = _token(request)
    if not expected:
        return RedirectResponse("/", status_code=303)
    if _locked_out():
        return request.app.state.templates.TemplateResponse(
            request, "signin.html", {"next": _safe_next(next), "locked": True}, status_code=429
        )
    if not hmac.compare_digest(token.encode(), expected.encode()):
        _failed()
        return request.app.state.templates.TemplateResponse(
            request, "signin.html", {"next": _safe_next(next), "failed": True}, status_code=401
        )
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        COOKIE,
        session_value(expected),
        max_age=COOKIE_SECONDS,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response
