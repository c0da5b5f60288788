"""Team mode's gate: who each request acts for, sign-in, roles and anti-forgery tokens.

An ASGI middleware inside the Guard (web/guard.py), so no route can forget it:

- a request carries the session cookie or an API bearer token, except the sign-in, sign-up
  and reset pages, static files and the health check; a page asks to sign in, the API
  answers 401;
- the rest of the request runs `acting_as` that account: every Store query it makes is
  scoped to the account's own rows (store/owner.py);
- a write signed in by cookie carries the session's anti-forgery token, in the
  `X-CSRF-Token` header (HTMX sends it on every request) or a form's `csrf_token` field;
- `/admin` and `/api/admin` are for admins only, `/coach` and `/api/coach` for coaches and
  admins (404 to anyone else: nothing to probe).
"""

from __future__ import annotations

import hmac
from urllib.parse import quote

from anyio import to_thread
from starlette.datastructures import FormData, Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from interview_coach.errors import BusyError
from interview_coach.store.accounts import Accounts, SignedIn
from interview_coach.store.owner import acting_as
from interview_coach.web.guard import ALWAYS_OPEN, RenderError, _send_plain

COOKIE = "coach_team"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
# Open without signing in: the pages that sign in, and what is open in every mode.
OPEN_PATHS = ("/login", "/join/", "/reset/", *ALWAYS_OPEN)
ADMIN_PATHS = ("/admin", "/api/admin")
COACH_PATHS = ("/coach", "/api/coach")
_WRITE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _cookie(headers: Headers, name: str) -> str:
    for part in headers.get("cookie", "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return ""


def _under(path: str, prefixes: tuple[str, ...]) -> bool:
    return any(path == p.rstrip("/") or path.startswith(p.rstrip("/") + "/") for p in prefixes)


class TeamGate:
    """The ASGI middleware described in the module docstring."""

    def __init__(self, app: ASGIApp, *, accounts: Accounts, render_error: RenderError) -> None:
        self.app = app
        self.accounts = accounts
        self.render_error = render_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        path: str = scope.get("path", "")
        try:
            who, by_cookie = await self._who(headers)
        except BusyError as exc:  # the database is restarting: say so, and to try again
            await self._refuse(scope, send, 503, "Try again in a moment", str(exc))
            return
        scope.setdefault("state", {})["account"] = who
        if scope["type"] == "websocket" and who is not None:
            # A recording can outlast its sign-in: asked again before its answer is kept, a
            # session ended or an account disabled meanwhile keeps nothing.
            scope["state"]["still_signed_in"] = lambda: self._who(headers)
        if who is None:
            if _under(path, OPEN_PATHS):
                await self.app(scope, receive, send)
                return
            if scope["type"] == "http" and scope["method"] == "GET" and not path.startswith("/api"):
                target = "/login?next=" + quote(path, safe="/")
                await _send_plain(send, 303, b"", "text/plain", [(b"location", target.encode())])
                return
            await self._refuse(scope, send, 401, "Sign in first", "Sign in first.")
            return
        role = who.account.role
        if (_under(path, ADMIN_PATHS) and role != "admin") or (
            _under(path, COACH_PATHS) and role not in ("coach", "admin")
        ):
            await self._refuse(scope, send, 404, "Not found", "There is no such page.")
            return
        if scope["type"] == "http" and scope["method"] in _WRITE and by_cookie:
            receive, ok = await _csrf_checked(scope, receive, headers, who.csrf or "")
            if not ok:
                msg = "This page is out of date: reload it and try again."
                await self._refuse(scope, send, 403, "Page expired", msg)
                return
        with acting_as(who.account.id):
            await self.app(scope, receive, _private(send))

    async def _who(self, headers: Headers) -> tuple[SignedIn | None, bool]:
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return await to_thread.run_sync(self.accounts.token_user, auth[7:].strip()), False
        token = _cookie(headers, COOKIE)
        if not token:
            return None, False
        return await to_thread.run_sync(self.accounts.session, token), True

    async def _refuse(self, scope: Scope, send: Send, status: int, title: str, msg: str) -> None:
        if scope["type"] == "websocket":
            code = 1013 if status == 503 else 1008  # 1013: try again later
            await send({"type": "websocket.close", "code": code, "reason": msg[:120]})
            return
        body, media = self.render_error(scope, status, title, msg, None)
        await _send_plain(send, status, body, media)


def _private(send: Send) -> Send:
    """Signed-in answers are one person's: never kept by the browser's or a proxy's cache (a
    shared computer must not show them after signing out)."""

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [
                (k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"
            ]
            message["headers"] = [*headers, (b"cache-control", b"no-store")]
        await send(message)

    return wrapped


async def _csrf_checked(
    scope: Scope, receive: Receive, headers: Headers, expected: str
) -> tuple[Receive, bool]:
    """Whether a cookie-signed write carries the session's token; the body, replayable."""
    sent = headers.get(CSRF_HEADER, "")
    if sent:
        return receive, bool(expected) and hmac.compare_digest(sent, expected)
    kind = headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in _FORMS:
        return receive, False
    # A plain form post: read the body (the Guard has already capped its size), find the
    # field, then hand the same bytes on to the route.
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body = b"".join(chunks)
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    form: FormData | None = None
    try:
        form = await Request(scope, replay).form()
        field = form.get(CSRF_FIELD)
        ok = isinstance(field, str) and bool(expected) and hmac.compare_digest(field, expected)
    except Exception:  # a malformed body: the route reports it, or the token is missing
        ok = False
    finally:
        if form is not None:
            await form.close()
    replayed = False
    return replay, ok
