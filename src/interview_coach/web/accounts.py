"""Team mode's account pages and API: sign in and out, invitations, resets, API tokens, and the
admin's user list (create, disable, export, delete) with its audit log.

Mounted only in team mode. The gate (web/team.py) has already decided who is asking, and
keeps `/admin` and `/api/admin` to admins.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from anyio import CapacityLimiter, to_thread
from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from interview_coach.errors import CoachError, InputError
from interview_coach.store.accounts import (
    ABSOLUTE_HOURS,
    AUDIT_PAGE,
    ROLES,
    Account,
    AccountError,
    Accounts,
    NoSuchUser,
    SignedIn,
    SignInRefused,
    export_account,
)
from interview_coach.web.guard import refuse_cross_site
from interview_coach.web.params import MAX_ID, Clean, Id
from interview_coach.web.signin import _safe_next
from interview_coach.web.team import COOKIE

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["accounts"])


def _accounts(request: Request) -> Accounts:
    return request.app.state.accounts  # type: ignore[no-any-return]


def signed_in(request: Request) -> SignedIn:
    """Who the request acts for (set by the team gate, web/team.py)."""
    who: SignedIn | None = getattr(request.state, "account", None)
    if who is None:  # the gate lets no such request through; a clear error if it ever did
        raise AccountError("Sign in first.")
    return who


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    """A team-mode page, never cached (it may show an account's data or a one-time link)."""
    response = request.app.state.templates.TemplateResponse(
        request, name, context, status_code=status
    )
    response.headers["cache-control"] = "no-store"
    return response


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _signed_in_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        COOKIE, token, max_age=ABSOLUTE_HOURS * 3600, httponly=True, samesite="lax",
        secure=request.app.state.coach.settings.secure_cookies, path="/",
    )  # fmt: skip


def _link(request: Request, kind: str, token: str) -> str:
    return f"{request.base_url}{kind}/{token}"


def _account_json(a: Account) -> dict[str, Any]:
    return {"id": a.id, "username": a.username, "role": a.role, "disabled": a.disabled,
            "created_at": a.created_at.isoformat()}  # fmt: skip


# ---------------------------------------------------------------- sign in, out, up, reset


def _cookie_blocked(request: Request) -> bool:
    """Whether the browser will drop the sign-in cookie: Secure, over plain HTTP, off
    loopback (browsers keep Secure cookies from http://localhost only)."""
    from interview_coach.web.guard import is_loopback

    secure = request.app.state.coach.settings.secure_cookies
    host = request.url.hostname or ""
    return secure and request.url.scheme == "http" and not is_loopback(host)


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    context = {"next": _safe_next(next), "error": None, "insecure": _cookie_blocked(request)}
    return page(request, "login.html", context)


# Password checks (Argon2id, ~0.1 s of CPU each) that run at once. A flood of sign-ins waits
# here, outside the shared thread pool, so every other page and the health check still get a
# thread (docs/security.md, "Team mode").
_PASSWORD_CHECKS = CapacityLimiter(2)


@router.post("/login")
async def login(
    request: Request,
    username: Annotated[str, Form(max_length=200), Clean] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    sign_in = _accounts(request).sign_in
    try:
        token, _who = await to_thread.run_sync(
            sign_in, username, password, _client(request), limiter=_PASSWORD_CHECKS
        )
    except SignInRefused as exc:
        context = {"next": _safe_next(next), "error": str(exc), "username": username[:80],
                   "insecure": _cookie_blocked(request)}  # fmt: skip
        return page(request, "login.html", context, status=401)
    response = RedirectResponse(_safe_next(next), status_code=303)
    _signed_in_cookie(request, response, token)
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    token = request.cookies.get(COOKIE, "")
    if token:
        _accounts(request).sign_out(token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


def _link_page(request: Request, kind: str, token: str, error: str | None = None) -> Response:
    """The sign-up (invite) or new-password (reset) page of a one-time link: 404 once the
    link is used or expired, 422 with the problem when a form was refused."""
    link = _accounts(request).link(token, kind)
    status = (422 if error else 200) if link else 404
    name = "join.html" if kind == "invite" else "reset.html"
    return page(request, name, {"token": token, "link": link, "error": error}, status=status)


@router.get("/join/{token}")
def join_page(request: Request, token: str) -> Response:
    return _link_page(request, "invite", token)


@router.post("/join/{token}")
def join(
    request: Request,
    token: str,
    username: Annotated[str, Form(max_length=200), Clean] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    again: Annotated[str, Form(max_length=1024)] = "",
) -> Response:
    accounts = _accounts(request)
    try:
        if password != again:
            raise InputError("The two passwords differ.")
        accounts.accept_invite(token, username, password)
        session, _who = accounts.sign_in(username, password, _client(request))
    except CoachError as exc:
        return _link_page(request, "invite", token, str(exc))
    response = RedirectResponse("/", status_code=303)
    _signed_in_cookie(request, response, session)
    return response


@router.get("/reset/{token}")
def reset_page(request: Request, token: str) -> Response:
    return _link_page(request, "reset", token)


@router.post("/reset/{token}")
def reset(
    request: Request,
    token: str,
    password: Annotated[str, Form(max_length=1024)] = "",
    again: Annotated[str, Form(max_length=1024)] = "",
) -> Response:
    accounts = _accounts(request)
    try:
        if password != again:
            raise InputError("The two passwords differ.")
        accounts.accept_reset(token, password)
    except CoachError as exc:
        return _link_page(request, "reset", token, str(exc))
    return RedirectResponse("/login", status_code=303)


# ---------------------------------------------------------------- the signed-in account


@router.get("/account")
def account_page(request: Request) -> Response:
    me = signed_in(request)
    tokens = _accounts(request).tokens(me.account.id)
    return page(request, "account.html", {"me": me.account, "tokens": tokens, "new": None})


@router.post("/account/tokens")
def new_token(request: Request, name: Annotated[str, Form(max_length=80), Clean] = "") -> Response:
    me = _by_cookie(request)
    accounts = _accounts(request)
    token = accounts.create_token(me.account.id, name)
    accounts.audit(me.account.username, "create_api_token", name[:80])
    tokens = accounts.tokens(me.account.id)
    return page(request, "account.html", {"me": me.account, "tokens": tokens, "new": token})


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(request: Request, token_id: Id) -> Response:
    me = signed_in(request)
    _accounts(request).revoke_token(me.account.id, token_id)
    return RedirectResponse("/account", status_code=303)


class TokenRequest(BaseModel):
    name: Annotated[str, Field(max_length=80), Clean] = "integration"


@api.get("/me")
def api_me(request: Request) -> dict[str, Any]:
    """The account this request acts for."""
    return _account_json(signed_in(request).account)


def _by_cookie(request: Request) -> SignedIn:
    """Who signed in with a password: an API token may not make tokens, or a leaked one could
    make itself a successor that outlives its revocation."""
    me = signed_in(request)
    if me.csrf is None:
        raise HTTPException(403, "API tokens are made while signed in, not with another token.")
    return me


@api.post("/tokens", status_code=201)
def api_new_token(request: Request, body: TokenRequest) -> dict[str, str]:
    """A new API token for the account signed in with its password (not a token), shown once."""
    me = _by_cookie(request)
    token = _accounts(request).create_token(me.account.id, body.name)
    _accounts(request).audit(me.account.username, "create_api_token", body.name)
    return {"token": token}


# ---------------------------------------------------------------- admin


def _admin_action(
    request: Request, user_id: int, action: str, confirm: str | None = None
) -> tuple[Account, str]:
    """Do one admin action on a user; the account and what to show (a link, or nothing)."""
    me = signed_in(request).account
    accounts = _accounts(request)
    target = accounts.get(user_id)
    if target is None:
        raise NoSuchUser("No such user.")
    shown = ""
    if action in ("disable", "delete") and target.id == me.id:
        raise AccountError("An admin cannot disable or delete their own account.")
    if action == "delete" and confirm is not None and confirm.strip() != target.username:
        raise InputError(f"To delete {target.username}, type the user name exactly.")
    if action == "disable":
        accounts.set_disabled(user_id, True)
    elif action == "enable":
        accounts.set_disabled(user_id, False)
    elif action == "reset":
        shown = _link(request, "reset", accounts.reset_link(user_id))
    elif action == "delete":
        accounts.delete_user(user_id)
    else:
        raise InputError(f"No action {action[:20]!r}.")
    accounts.audit(me.username, f"{action}_user", target.username)
    return target, shown


def _users_page(request: Request, shown: str = "", error: str = "") -> Response:
    accounts = _accounts(request)
    context = {"users": accounts.users(), "roles": ROLES, "shown": shown, "error": error,
               "me": signed_in(request).account}  # fmt: skip
    return page(request, "admin_users.html", context, status=422 if error else 200)


@router.get("/admin/users")
def users_page(request: Request) -> Response:
    return _users_page(request)


@router.post("/admin/invites")
def invite(request: Request, role: Annotated[str, Form(max_length=20)] = "candidate") -> Response:
    try:
        link = _link(request, "join", _accounts(request).invite(role))
    except CoachError as exc:
        return _users_page(request, error=str(exc))
    _accounts(request).audit(signed_in(request).account.username, "invite", role)
    return _users_page(request, shown=link)


@router.post("/admin/users/{user_id}/{action}")
def user_action(
    request: Request, user_id: Id, action: str, confirm: Annotated[str, Form(max_length=80)] = ""
) -> Response:
    try:
        _target, shown = _admin_action(request, user_id, action, confirm)
    except CoachError as exc:
        return _users_page(request, error=str(exc))
    return _users_page(request, shown=shown)


@router.get("/admin/audit")
def audit_page(
    request: Request,
    page_no: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1,
    actor: Annotated[str | None, Query(max_length=80), Clean] = None,
) -> Response:
    entries = _accounts(request).audit_log(AUDIT_PAGE, (page_no - 1) * AUDIT_PAGE, actor)
    more = len(entries) == AUDIT_PAGE
    context = {"entries": entries, "page": page_no, "more": more, "actor": actor}
    return page(request, "admin_audit.html", context)


@router.get("/admin/users/{user_id}/export")
async def export_user(request: Request, user_id: Id) -> Response:
    """One user's whole history as the export JSON (logged)."""
    refuse_cross_site(request.headers)
    accounts = _accounts(request)
    target = await to_thread.run_sync(accounts.get, user_id)
    if target is None:
        raise NoSuchUser("No such user.")
    doc = await to_thread.run_sync(export_account, accounts.store, user_id)
    await to_thread.run_sync(accounts.audit, signed_in(request).account.username, "export_user",
                             target.username)  # fmt: skip
    name = f"interview-coach-{target.id}.json"
    return Response(
        json.dumps(doc, ensure_ascii=False), media_type="application/json",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )  # fmt: skip


class InviteRequest(BaseModel):
    role: str = Field("candidate", max_length=20)


@api.get("/admin/users")
def api_users(request: Request) -> list[dict[str, Any]]:
    """Every account (admins only)."""
    return [_account_json(a) for a in _accounts(request).users()]


@api.post("/admin/invites", status_code=201)
def api_invite(request: Request, body: InviteRequest) -> dict[str, str]:
    """A one-time sign-up link for a new account with the role (admins only)."""
    link = _link(request, "join", _accounts(request).invite(body.role))
    _accounts(request).audit(signed_in(request).account.username, "invite", body.role)
    return {"link": link}


@api.post("/admin/users/{user_id}/{action}")
def api_user_action(request: Request, user_id: Id, action: str) -> Response:
    """disable, enable, reset (a one-time link) or delete a user (admins only)."""
    target, shown = _admin_action(request, user_id, action)
    body: dict[str, Any] = {"user": target.username, "done": action}
    if shown:
        body["link"] = shown
    return JSONResponse(body)


@api.post("/admin/reanalysis", status_code=202)
def api_reanalysis(request: Request) -> dict[str, int]:
    """After an analyzer upgrade: one task per account on the queue, for the workers to
    analyse every answer again (admins only; needs INTERVIEW_COACH_BROKER_URL)."""
    from interview_coach.tasks import celery_app, enqueue_reanalysis

    settings = request.app.state.coach.settings
    if not settings.broker_url:
        raise InputError(
            "Re-analysis runs on the task queue: set INTERVIEW_COACH_BROKER_URL and start "
            "`interview-coach worker` (docs/deploy.md), or run `interview-coach reanalyse`."
        )
    accounts = _accounts(request)
    owners: list[int | None] = [a.id for a in accounts.users()]
    app = celery_app(settings.broker_url, settings.task_visibility_seconds)
    queued = enqueue_reanalysis(owners, app=app)
    accounts.audit(signed_in(request).account.username, "reanalyse", f"{queued} accounts")
    return {"queued": queued}


@api.get("/admin/audit")
def api_audit(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=1000)] = AUDIT_PAGE,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
    actor: Annotated[str | None, Query(max_length=80), Clean] = None,
) -> list[dict[str, str]]:
    """Audit entries, newest first, a page at a time, optionally one actor's (admins only)."""
    return [{"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "target": e.target}
            for e in _accounts(request).audit_log(limit, offset, actor)]  # fmt: skip
