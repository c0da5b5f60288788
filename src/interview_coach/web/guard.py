"""The gate every request and WebSocket passes: host names, sign-in, size, type, errors, headers.

One ASGI middleware, outside the routes, so no route can forget a check:

- the Host header must name this server (loopback names, the bound address, and any names
  in `INTERVIEW_COACH_ALLOWED_HOSTS`): a DNS-rebinding page cannot talk to the app;
- with an access token configured, every request carries the sign-in cookie (or a bearer
  token) except the sign-in page, static files and the health check;
- a body over its limit is refused before anything is spooled, a JSON route refuses other
  content types (415), and lone surrogates in JSON strings become U+FFFD;
- any exception a route lets out is logged with a reference id and answered in JSON or
  HTML, never as a bare 500;
- every response carries a Content-Security-Policy without inline script, `nosniff`,
  `frame-ancestors 'none'` and `Referrer-Policy`.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import ipaddress
import json
import logging
import re
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import HTTPException
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from interview_coach.config import Settings

log = logging.getLogger(__name__)

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
COOKIE = "coach_session"
# A JSON body larger than this is no answer, plan or follow-up (answers stop at 5,000 words).
MAX_JSON_BYTES = 2 * 1024 * 1024
# Two documents of 10 MB each plus the form's text fields.
MAX_MULTIPART_BYTES = 22 * 1024 * 1024
# Any other body (plain forms with pasted text of at most 60,000 characters each, a few
# bytes a character).
MAX_OTHER_BYTES = 4 * 1024 * 1024
# Open in every mode, signed in or not: the stylesheet and script, the health and readiness
# checks, the metrics (loopback clients only: web/metrics.py).
ALWAYS_OPEN = ("/static/", "/api/health", "/api/ready", "/metrics")
# Paths open without the access token: its sign-in page, and the above.
OPEN_PATHS = ("/signin", *ALWAYS_OPEN)
# API routes that take a file (a recording) as multipart form data; every other API write is
# JSON.
MULTIPART_API_PATHS = frozenset({"/api/analyze/audio"})
MIN_TOKEN_CHARS = 16
_WRITE = frozenset({"POST", "PUT", "PATCH", "DELETE"})

RenderError = Callable[[Scope, int, str, str, str | None], tuple[bytes, str]]


# A Host header: a name or a bracketed IPv6 address, then at most a port. Anything else
# ("[::1]evil.example", "localhost:80:81", "a b") names no host and is refused.
_HOST_HEADER = re.compile(r"(?:\[(?P<v6>[0-9a-f:.]+)\]|(?P<name>[a-z0-9_.-]+))(?::\d{1,5})?")


def host_name(header: str | None) -> str | None:
    """The host name of a Host header, lower-case, without port or brackets; None if malformed."""
    if not header:
        return None
    value = header.strip().lower()
    match = _HOST_HEADER.fullmatch(value)
    if match is None:
        try:  # a bare IPv6 address, as some clients send it
            return str(ipaddress.IPv6Address(value))
        except ValueError:
            return None
    return match["v6"] or match["name"].rstrip(".") or None


def is_loopback(host: str) -> bool:
    """Whether a bind address or name stays on this computer."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def allowed_hosts(settings: Settings, bound: str | None = None) -> frozenset[str]:
    """Loopback names, the address the server binds to, and the configured extra names."""
    names = set(LOOPBACK_HOSTS)
    if bound:
        names.add(bound.strip("[]").lower())
    for item in (settings.allowed_hosts or "").split(","):
        if item.strip():
            names.add(item.strip().strip("[]").lower().rstrip("."))
    return frozenset(names)


def same_origin(origin: str | None, host: str | None) -> bool:
    """Whether a request's Origin header (if any) names this server itself."""
    if not origin:
        return True
    return origin != "null" and urlsplit(origin).netloc == (host or "")


def refuse_cross_site(headers: Headers) -> None:
    """Exports start from this site's own pages: a page elsewhere cannot make a signed-in
    browser download someone's whole history (and log it in their name) by a link, which the
    cookie's SameSite=Lax lets through (`Sec-Fetch-Site`, sent by every current browser)."""
    if headers.get("sec-fetch-site") == "cross-site":
        raise HTTPException(403, "Exports start from this app's own pages, not from another site.")


def session_value(token: str) -> str:
    """The cookie a signed-in browser holds: derived from the token, never the token itself."""
    return hmac.new(token.encode(), b"interview-coach sign-in", hashlib.sha256).hexdigest()


def signed_in(headers: Headers, token: str) -> bool:
    expected = session_value(token)
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE and hmac.compare_digest(value.encode(), expected.encode()):
            return True
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return hmac.compare_digest(auth[7:].strip().encode(), token.encode())
    return False


# A Host header as a CSP source: a name or an IPv6 address in brackets, with its port.
_CSP_HOST = re.compile(r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?")


def csp(host: str | None) -> str:
    """The Content-Security-Policy: the app's own files only, no inline script, no framing.

    `host` is the request's Host header (already checked against the allowed names); the
    live WebSocket's source needs its port, or it would mean port 80."""
    sockets = f" ws://{host} wss://{host}" if host and _CSP_HOST.fullmatch(host) else ""
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        f"media-src 'self' blob:; connect-src 'self'{sockets}; worker-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


def _security_headers(host: str | None) -> list[tuple[bytes, bytes]]:
    return [
        (b"content-security-policy", csp(host).encode("latin-1", "replace")),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        # same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form
        # posts, which the same-origin check must refuse.
        (b"referrer-policy", b"same-origin"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"permissions-policy", b"microphone=(self), camera=(), geolocation=()"),
    ]


def _fix_surrogates(value: Any) -> Any:
    """JSON strings with lone UTF-16 surrogates: each one becomes U+FFFD."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {_fix_surrogates(k): _fix_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fix_surrogates(v) for v in value]
    return value


def too_large_message(limit: int) -> str:
    return f"The request is over the {limit // 2**20} MB limit; nothing was read."


class BodyTooLarge(HTTPException):
    """The request body went past its limit while it was being read (HTTP 413).

    An HTTPException, so a route's body parser passes it on as it is.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, too_large_message(limit))


class Guard:
    """The ASGI middleware described in the module docstring."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        hosts: frozenset[str],
        token: str | None,
        render_error: RenderError,
    ) -> None:
        self.app = app
        self.hosts = hosts
        self.token = token
        self.render_error = render_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = host_name(headers.get("host"))
        path: str = scope.get("path", "")
        if host not in self.hosts:
            await self._refuse(scope, send, 421, "Wrong host name",
                               "This server does not answer to that host name.")  # fmt: skip
            return
        if self.token and not path.startswith(OPEN_PATHS) and not signed_in(headers, self.token):
            if scope["type"] == "http" and scope["method"] == "GET" and not _api(path):
                target = "/signin?next=" + quote(path, safe="/")
                await _send_plain(send, 303, b"", "text/plain", [(b"location", target.encode())])
                return
            await self._refuse(scope, send, 401, "Sign in first",
                               "Sign in with the access token first.")  # fmt: skip
            return
        if scope["type"] == "websocket":
            await self.app(scope, receive, send)
            return
        await self._http(scope, receive, send, headers, host)

    async def _http(
        self, scope: Scope, receive: Receive, send: Send, headers: Headers, host: str | None
    ) -> None:
        path: str = scope["path"]
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        if kind in ("application/json", "") or kind.endswith("+json"):
            limit = MAX_JSON_BYTES
        elif kind == "multipart/form-data":
            limit = MAX_MULTIPART_BYTES
        else:
            limit = MAX_OTHER_BYTES
        length = headers.get("content-length", "")
        if length and (not length.isdigit() or int(length) > limit):
            await self._too_large(scope, send, limit)
            return
        if scope["method"] in _WRITE and not same_origin(
            headers.get("origin"), headers.get("host")
        ):
            # A page on another site open in the same browser could otherwise post to this
            # app (delete the history, add answers): writes come from the app's own pages or
            # from a client that sends no Origin at all (curl, scripts).
            await self._refuse(scope, send, 403, "Not allowed",
                               "Requests from other web sites are not accepted.")  # fmt: skip
            return
        upload = path in MULTIPART_API_PATHS and kind == "multipart/form-data"
        if _api(path) and scope["method"] in _WRITE and kind and not _is_json(kind) and not upload:
            await self._refuse(scope, send, 415, "Wrong content type",
                               "Send this request as application/json.")  # fmt: skip
            return
        if _api(path) and scope["method"] in _WRITE and _is_json(kind):
            try:
                receive = await _normalised_json(receive, limit)
            except BodyTooLarge:
                await self._too_large(scope, send, limit)
                return
        else:
            receive = _counting(receive, limit)
        started = False
        extra = _security_headers(headers.get("host"))

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await self._too_large(scope, send, limit)
        except Exception:
            reference = secrets.token_hex(4)
            log.exception(
                "Unhandled error %s on %s %s", reference, scope["method"], _loggable(path)
            )
            if not started:
                await self._refuse(
                    scope, send, 500, "Something went wrong",
                    "Something went wrong on our side; nothing was changed by the failed step.",
                    reference,
                )  # fmt: skip

    async def _too_large(self, scope: Scope, send: Send, limit: int) -> None:
        await self._refuse(scope, send, 413, "Too large", too_large_message(limit))

    async def _refuse(
        self,
        scope: Scope,
        send: Send,
        status: int,
        title: str,
        message: str,
        reference: str | None = None,
    ) -> None:
        if scope["type"] == "websocket":
            # Closing before accepting refuses the handshake (the client sees HTTP 403).
            await send({"type": "websocket.close", "code": 1008, "reason": message[:120]})
            return
        body, media = self.render_error(scope, status, title, message, reference)
        host = host_name(Headers(scope=scope).get("host"))
        await _send_plain(send, status, body, media, _security_headers(host))


# Paths whose last part is a one-time secret (team mode's invitation and reset links).
_SECRET_PATHS = ("/join/", "/reset/")


def _loggable(path: str) -> str:
    """The path as the log may keep it: a link's token is left out."""
    for prefix in _SECRET_PATHS:
        if path.startswith(prefix):
            return prefix + "…"
    return path


def _api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def _is_json(kind: str) -> bool:
    return kind == "application/json" or kind.endswith("+json")


def _counting(receive: Receive, limit: int) -> Receive:
    """`receive` that raises BodyTooLarge once the body passes `limit` (chunked uploads)."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
        return message

    return wrapped


async def _normalised_json(receive: Receive, limit: int) -> Receive:
    """Read a JSON body (at most `limit` bytes) and replay it with lone surrogates replaced."""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit)
        chunks.append(chunk)
        more = message.get("more_body", False)
    body = b"".join(chunks)
    if b"\\u" in body or b"\\U" in body:
        try:
            doc = json.loads(body)
        except (ValueError, RecursionError):
            pass  # the route answers 422 for a body that is not JSON
        else:
            body = json.dumps(_fix_surrogates(doc), ensure_ascii=False).encode("utf-8")
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _send_plain(
    send: Send,
    status: int,
    body: bytes,
    media: str,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", media.encode()),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def plain_error_page(title: str, message: str, reference: str | None) -> bytes:
    """A minimal HTML error page (used when the templates cannot be rendered)."""
    ref = f"<p>Reference: <code>{html.escape(reference)}</code></p>" if reference else ""
    return (
        f"<!doctype html><html lang='en'><title>{html.escape(title)}</title>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>{ref}"
        "<p><a href='/'>Go to the start page</a></p></html>"
    ).encode()
