"""The sign-in page: a browser presents the access token once and gets an HttpOnly cookie."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from interview_coach.web.guard import COOKIE, session_value

router = APIRouter(include_in_schema=False)
# How long a sign-in lasts: a working week, so a phone on the LAN is not asked daily.
COOKIE_SECONDS = 7 * 24 * 3600


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
    if not hmac.compare_digest(token.encode(), expected.encode()):
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
