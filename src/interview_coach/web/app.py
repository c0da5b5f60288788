"""The FastAPI application: pages, the `/api` REST API and the live-audio WebSocket."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from interview_coach import __version__
from interview_coach.config import Settings, get_settings
from interview_coach.errors import AudioError, BusyError, CoachError, DocumentError, InputError
from interview_coach.inputs import EMPTY_ANSWER
from interview_coach.negotiation.money import US_CURRENCY, money
from interview_coach.practice import InterviewNotFound
from interview_coach.practice.negotiations import NegotiationNotFound
from interview_coach.store.accounts import NoSuchUser
from interview_coach.store.cohorts import NotShared
from interview_coach.web import render
from interview_coach.web.guard import Guard, allowed_hosts, plain_error_page
from interview_coach.web.render import is_htmx
from interview_coach.web.services import Coach, NotFound

HERE = Path(__file__).parent
# The form parser's one message for any part it cannot read (most often a file name past its
# 4 KB header limit), and what the person who sent it is told instead.
MULTIPART_REFUSED = "Invalid multipart data."
# The form parser's words for a field past its size ("Field exceeded maximum size of 1024KB.").
FIELD_TOO_BIG = ("Field exceeded maximum size", "Part exceeded maximum size")
PASTE_TOO_LONG = (
    "A pasted text is over the size a form field takes (1 MB). Paste at most 60,000 "
    "characters, or upload a long document as a file."
)
UPLOAD_UNREADABLE = (
    "The upload could not be read: a file name or form field was malformed or too long "
    "(file names are limited to about 4,000 characters). Rename the file with a shorter name "
    "and send it again."
)
log = logging.getLogger(__name__)


def _status(exc: CoachError) -> int:
    if isinstance(exc, NotFound | InterviewNotFound | NegotiationNotFound | NoSuchUser | NotShared):
        return 404
    if isinstance(exc, InputError | AudioError | DocumentError):
        return 422
    if isinstance(exc, BusyError):
        return 503
    return 400


def preload_models(settings: Settings, speech: bool = True) -> None:
    """Load and warm the models so the first answer does not wait (the speech model only
    where `speech`: team mode's workers recognise speech, not the web process)."""
    try:
        import numpy as np

        from interview_coach.questions.answering import analyze_answer
        from interview_coach.speech import load_model
        from interview_coach.speech.asr import transcribe_samples

        if not speech:
            analyze_answer("Tell me about yourself.", "I build reliable tools for small teams.")
            return
        load_model(settings.whisper_model)
        # One small run of each warms their caches: the first real answer is not slower.
        noise = np.random.default_rng(0).normal(0, 0.01, 16_000).astype(np.float32)
        transcribe_samples(noise, model=settings.whisper_model)
        analyze_answer("Tell me about yourself.", "I build reliable tools for small teams.")
    except Exception as exc:  # the answer that needs a model reports the problem itself
        log.warning("Could not preload models: %s", exc)


# How often the retention rule runs while the app is up (and once at start).
RETENTION_CHECK_SECONDS = 3600


async def _retention(coach: Coach, days: float) -> None:
    """Apply the recording retention rule at start, then every hour."""
    from anyio import to_thread

    from interview_coach.store.transfer import purge_recordings

    while True:
        try:
            gone = await to_thread.run_sync(purge_recordings, coach.store, days)
            if gone:
                log.info("Retention: removed the recordings of %d answers", gone)
        except CoachError as exc:  # the database is away: try again next time
            log.warning("Retention could not run: %s", exc)
        await asyncio.sleep(RETENTION_CHECK_SECONDS)


def _problem(error: dict[str, Any]) -> str:
    """One validation error in words: where, then what ("request body: not valid JSON at
    character 12", not "12: JSON decode error", whose number is no field)."""
    if error["type"] == "json_invalid":
        at = error["loc"][1] if len(error["loc"]) > 1 else "?"
        return f"request body: not valid JSON (at character {at})"
    return f"{'.'.join(error['loc'][1:]) or 'request'}: {error['msg']}"


def create_app(settings: Settings | None = None, *, preload: bool = True) -> FastAPI:
    """The app, reading its settings from the environment unless given."""
    settings = settings or get_settings()
    if settings.team:  # PostgreSQL and a secret key, or a message saying why, before anything
        from interview_coach.store.accounts import check_team_settings

        secret_key = check_team_settings(settings)
    coach = Coach(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        from interview_coach.speech.asr import use_recogniser

        if coach.remote is not None:  # recognition on the workers; no model in this process
            from interview_coach.tasks.speech import QueueRecogniser

            use_recogniser(QueueRecogniser(coach.remote))
        loader = None
        if preload:
            args = (settings, coach.remote is None)
            loader = threading.Thread(target=preload_models, args=args, name="preload-models")
            loader.start()
        from interview_coach.store.transfer import clear_export_scratch

        # Nothing is being sent yet: an export left by a process that was killed goes now.
        await asyncio.to_thread(clear_export_scratch, Path(settings.home))
        retention = None
        if settings.recording_retention_days:
            retention = asyncio.create_task(_retention(coach, settings.recording_retention_days))
        yield
        if loader is not None:
            # Setting up a model in native code cannot be interrupted: a process that exits
            # under it aborts (a Ctrl+C in the first second after start-up did), so wait.
            await asyncio.to_thread(loader.join)
        if retention is not None:
            retention.cancel()
        if coach.remote is not None:
            use_recogniser(None)
        coach.close()

    app = FastAPI(
        title="interview-coach",
        version=__version__,
        description="Practise interviews offline: questions, spoken or typed answers, "
        "explainable feedback, progress and a story bank.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.coach = coach
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(
        label=render.label,
        part_label=render.part_label,
        band_meaning=render.band_meaning,
        measure=render.measure,
        trend_word=render.trend_word,
        calendar_day=render.calendar_day,
        band_of=render.band_of,
        band_legend=render.band_legend,
        version=__version__,
        empty_answer=EMPTY_ANSWER,
    )
    templates.env.filters["label"] = render.label
    # Sums on the pages are written as everywhere else: in their currency (`money.money`).
    templates.env.filters["money"] = money
    templates.env.globals["survey_currency"] = US_CURRENCY  # the wage survey's figures: dollars
    templates.env.globals.update(
        account_of=render.account_of, csrf_field=render.csrf_field, csrf_token=render.csrf_token
    )
    app.state.templates = templates

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api")

    def error_page(request: Request, status: int, title: str, message: str) -> Response:
        # An HTMX request swaps the answer into the part of the page that sent it: the
        # message alone, beside the form, not a whole page inside a page.
        name = "_error.html" if is_htmx(request.headers) else "error.html"
        return templates.TemplateResponse(
            request, name, {"title": title, "message": message}, status_code=status
        )

    @app.exception_handler(CoachError)
    async def coach_error(request: Request, exc: CoachError) -> Response:
        status = _status(exc)
        if wants_json(request):
            return JSONResponse({"error": str(exc)}, status_code=status)
        title = "Not found" if status == 404 else "That did not work"
        return error_page(request, status, title, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        # Only the location, message and type go back: the rejected input may be anything
        # (bytes, a huge string) and is neither echoed nor needed.
        errors = [
            {
                "loc": [str(p) for p in e.get("loc", ())],
                "msg": str(e.get("msg", "")),
                "type": str(e.get("type", "")),
            }
            for e in exc.errors()
        ]
        problems = "; ".join(_problem(e) for e in errors)
        if wants_json(request):
            return JSONResponse({"error": problems, "detail": errors}, status_code=422)
        return error_page(request, 422, "Please check the form", problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail
        if exc.status_code == 400 and detail == MULTIPART_REFUSED:
            detail = UPLOAD_UNREADABLE  # the form parser's words name no cause or remedy
        elif exc.status_code == 400 and str(detail).startswith(FIELD_TOO_BIG):
            detail = PASTE_TOO_LONG
        if wants_json(request):
            return JSONResponse({"error": detail}, status_code=exc.status_code)
        title = "Not found" if exc.status_code == 404 else "Error"
        message = "There is no such page." if exc.status_code == 404 else str(detail)
        return error_page(request, exc.status_code, title, message)

    def render_error(
        scope: Scope, status: int, title: str, message: str, reference: str | None
    ) -> tuple[bytes, str]:
        """An error as JSON (API paths) or as the app's error page."""
        if scope.get("path", "").startswith("/api"):
            doc: dict[str, str] = {"error": message}
            if reference:
                doc["reference"] = reference
            return json.dumps(doc).encode(), "application/json"
        name = "_error.html" if is_htmx(Headers(scope=scope)) else "error.html"
        try:
            page = templates.get_template(name).render(
                title=title, message=message, reference=reference
            )
            return page.encode(), "text/html; charset=utf-8"
        except Exception:  # the plainest page rather than none
            return plain_error_page(title, message, reference), "text/html; charset=utf-8"

    token = settings.access_token.get_secret_value() if settings.access_token else None
    if settings.team:
        # Accounts instead of the one access token; the gate sits inside the Guard.
        from interview_coach.store.accounts import Accounts
        from interview_coach.web import accounts as account_pages
        from interview_coach.web import coaching
        from interview_coach.web.team import TeamGate

        app.state.accounts = Accounts(coach.store, secret_key)
        app.add_middleware(TeamGate, accounts=app.state.accounts, render_error=render_error)
        app.include_router(account_pages.router)
        app.include_router(account_pages.api)
        app.include_router(coaching.router)
        app.include_router(coaching.api)
        token = None
    from interview_coach.web.metrics import Metrics

    app.add_middleware(Metrics, broker_url=settings.broker_url)  # inside the Guard
    app.add_middleware(
        Guard, hosts=allowed_hosts(settings), token=token or None, render_error=render_error
    )

    from interview_coach.web import (
        analyze,
        api,
        interviews,
        live,
        metrics,
        negotiations,
        pages,
        signin,
    )

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(signin.router)
    app.include_router(api.router)
    app.include_router(metrics.router)
    app.include_router(analyze.router)
    app.include_router(interviews.api)
    app.include_router(interviews.router)
    app.include_router(negotiations.api)
    app.include_router(negotiations.router)
    app.include_router(live.router)
    app.include_router(pages.router)

    @app.get("/api/docs", include_in_schema=False, response_class=HTMLResponse)
    async def api_docs(request: Request) -> Response:
        return templates.TemplateResponse(request, "api_docs.html", {"spec": app.openapi()})

    return app
