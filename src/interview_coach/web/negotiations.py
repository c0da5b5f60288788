"""Practice negotiations in the browser and over the API: the recruiter of the CLI's
`negotiate`, kept in the history between requests (`practice.negotiations`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from interview_coach.errors import InputError
from interview_coach.negotiation.money import SYMBOLS
from interview_coach.negotiation.session import NegotiationSession
from interview_coach.web import render
from interview_coach.web.deps import CoachDep
from interview_coach.web.params import Id

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/negotiations", tags=["negotiations"])
STYLES = ("warm", "firm", "exploding")


def _page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def _view(sid: int, session: NegotiationSession) -> dict[str, Any]:
    from interview_coach.negotiation.prep import NO_MARKET, prep_sheet

    sheet = prep_sheet(
        session.role, session.market, target=session.target, walk_away=session.walk_away,
        currency=session.currency,
    )  # fmt: skip
    return {
        "prep": sheet,
        # The page says there are no market figures above the sheet: not again in its notes.
        "prep_notes": [n for n in sheet.notes if n != NO_MARKET],
        "sid": sid,
        "turns": session.turns,
        "finished": session.finished,
        "market": session.market,
        "result": session.result() if session.finished else None,
    }


def conversation_html(
    templates: Any, sid: int, session: NegotiationSession, request: Any = None
) -> str:
    """The conversation section as HTML (a spoken line's WebSocket sends it back)."""
    template = templates.get_template("_negotiation.html")
    return str(template.render(request=request, **_view(sid, session)))


def _money(value: str) -> float | None:
    """A figure typed in a form ("105000", "$105,000", "105k"); None when left empty."""
    from interview_coach.negotiation.money import figures

    text = value.strip()
    if not text:
        return None
    if text.lstrip("$£€ ").startswith(("-", "\u2212")):  # the figure reader drops the sign
        raise InputError(f"{text[:40]!r} is below zero; give the amount a year you want.")
    found = figures(text if any(c.isalpha() for c in text) or "$" in text else f"${text}")
    if not found:
        raise InputError(f"{text[:40]!r} is not an amount a year (e.g. 105000 or $105k).")
    return found[0].annual


def _currency(chosen: str, *typed: str) -> str | None:
    """The currency the job pays in, as the form gives it: the one chosen, else a sign typed
    before the target or the least one would accept ("£38,000"); None leaves it to the place
    (`basis.basis_for`: dollars in the US, the place's own currency abroad)."""
    if chosen.strip():
        return chosen.strip()
    signs = sorted(SYMBOLS.items(), key=lambda kv: -len(kv[1]))  # "NZ$" before "$"
    for text in typed:
        code = next((c for c, sign in signs if text.strip().startswith(sign)), None)
        if code:
            return code
    return None


def _chat_ready(request: Request) -> bool:
    """Whether a chat model is set up to word the recruiter's lines (the form offers it)."""
    return bool(request.app.state.coach.settings.llm_url)


@router.get("/negotiations/new", response_class=HTMLResponse)
def new(request: Request) -> Response:
    return _page(request, "negotiation_new.html", styles=STYLES, form={}, chat=_chat_ready(request),
                 currencies=SYMBOLS)  # fmt: skip


@router.post("/negotiations")
def start(
    coach: CoachDep,
    request: Request,
    role: Annotated[str, Form()] = "",
    location: Annotated[str, Form()] = "",
    style: Annotated[str, Form()] = "warm",
    target: Annotated[str, Form()] = "",
    walk_away: Annotated[str, Form()] = "",
    use_llm: Annotated[str, Form()] = "",
    currency: Annotated[str, Form()] = "",
) -> Response:
    from interview_coach.inputs import drop_unseen

    # Typed text is cleaned as everywhere (no terminal escapes or direction overrides), and
    # echoed back into the form on an error: never more than a field can sensibly hold.
    role, location = drop_unseen(role), drop_unseen(location)
    echoed = {"style": style, "target": target, "walk_away": walk_away, "use_llm": use_llm,
              "currency": currency}  # fmt: skip
    form = {"role": role[:200], "location": location[:200]}
    form |= {k: drop_unseen(v)[:200] for k, v in echoed.items()}
    try:
        sid = coach.negotiations.start(
            role, location, style=style, seed=_seed(role, location),
            target=_money(target), walk_away=_money(walk_away), use_llm=use_llm == "on",
            currency=_currency(currency, target, walk_away),
        )  # fmt: skip
    except InputError as exc:
        return _page(request, "negotiation_new.html", 422, styles=STYLES, form=form,
                     error=str(exc), chat=_chat_ready(request), currencies=SYMBOLS)  # fmt: skip
    return RedirectResponse(f"/negotiations/{sid}", status_code=303)


def _seed(role: str, location: str) -> int:
    """A different recruiter for each job and place, the same one every time for them."""
    import zlib

    return zlib.crc32(f"{role.lower()}|{location.lower()}".encode()) % 1000 + 1


@router.get("/negotiations/{sid}", response_class=HTMLResponse)
def room(coach: CoachDep, request: Request, sid: Id) -> Response:
    session = coach.negotiations.session(sid)
    return _page(request, "negotiation.html", **_view(sid, session))


@router.post("/negotiations/{sid}/reply", response_class=HTMLResponse)
def reply(
    coach: CoachDep, request: Request, sid: Id, text: Annotated[str, Form()] = ""
) -> Response:
    negotiations = coach.negotiations
    error = None
    try:
        session = negotiations.reply(sid, text)
    except InputError as exc:
        session, error = negotiations.session(sid), str(exc)
    context = {**_view(sid, session), "error": error, "text": text if error else ""}
    if render.is_htmx(request.headers):
        return _page(request, "_negotiation.html", 422 if error else 200, **context)
    if error:
        return _page(request, "negotiation.html", 422, **context)
    return RedirectResponse(f"/negotiations/{sid}#reply", status_code=303)


@router.get("/negotiations/{sid}/report.{kind}")
def report(coach: CoachDep, sid: Id, kind: str) -> Response:
    from interview_coach.reports.negotiation import render_html, write_pdf

    if kind not in ("html", "pdf"):
        raise InputError("Reports are .html or .pdf.")
    result = coach.negotiations.session(sid).result()
    return render.download(
        f"negotiation-{sid}-report.{kind}",
        lambda: render_html(result),
        lambda path: write_pdf(result, path),
        render.queued_pdf(coach, "negotiation", sid),
        home=Path(coach.settings.home),
    )


# ---------------------------------------------------------------- API


class NegotiationIn(BaseModel):
    role: str = Field(..., min_length=1, max_length=200, description="the job the offer is for")
    location: str = Field("", max_length=200, description='e.g. "Austin, TX"; empty: the US')
    style: str = Field("warm", pattern="^(warm|firm|exploding)$")
    seed: int = Field(1, ge=1, le=1_000_000)
    target: float | None = Field(None, gt=0, lt=10_000_000)
    walk_away: float | None = Field(None, gt=0, lt=10_000_000)
    use_llm: bool = Field(False, description="let the configured chat model word the recruiter")
    currency: str | None = Field(
        None, pattern="^[A-Za-z]{3}$",
        description="the job's pay's ISO 4217 code, e.g. GBP; none: dollars in the US, and no "
        "symbol for a place abroad",
    )  # fmt: skip


class ReplyIn(BaseModel):
    text: str = Field("", max_length=2000)


@api.get("")
def api_history(coach: CoachDep, limit: int = 20) -> list[dict[str, Any]]:
    """Finished negotiations, newest first: outcome, market percentile, score, mistakes."""
    return coach.negotiations.history(max(1, min(limit, 100)))


@api.post("", status_code=201)
def api_start(coach: CoachDep, body: NegotiationIn) -> dict[str, Any]:
    """Start a practice negotiation; the recruiter's first line is in `turns`."""
    negotiations = coach.negotiations
    sid = negotiations.start(body.role, body.location, style=body.style, seed=body.seed,
                             target=body.target, walk_away=body.walk_away,
                             use_llm=body.use_llm, currency=body.currency)  # fmt: skip
    session = negotiations.session(sid)
    return {"id": sid, "market": session.market, "currency": session.currency,
            "turns": session.turns, "finished": False, "url": f"/negotiations/{sid}"}  # fmt: skip


@api.post("/{sid}/replies", status_code=201)
def api_reply(coach: CoachDep, sid: Id, body: ReplyIn) -> dict[str, Any]:
    """The candidate's line; the recruiter's answer, and the result once it is over."""
    session = coach.negotiations.reply(sid, body.text)
    return {"reply": session.turns[-1]["text"], "finished": session.finished,
            "result": session.result() if session.finished else None}  # fmt: skip


@api.get("/{sid}")
def api_state(coach: CoachDep, sid: Id) -> dict[str, Any]:
    """Everything said so far, and the result (mistakes, outcome, score) so far."""
    session = coach.negotiations.session(sid)
    return {"id": sid, "finished": session.finished, **session.result()}
