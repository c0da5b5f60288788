"""The staged mock interview in the browser and over the API: the same engine and service
(`practice.Interviews`) as the CLI's `practice`, kept in the history between requests.

Pages work without JavaScript (each form posts and is redirected back); with HTMX the
conversation is swapped in place. Every step runs in a worker thread, so a slow analysis
never holds up other requests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from interview_coach.errors import DocumentError, InputError
from interview_coach.interviewer.models import STAGE_TITLES, SessionState, Turn
from interview_coach.web import render
from interview_coach.web.api import PlanIn
from interview_coach.web.deps import CoachDep
from interview_coach.web.pages import PlanFieldsForm, form_again
from interview_coach.web.params import Id
from interview_coach.web.services import Coach

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/interviews", tags=["interviews"])

# What the reply box asks for, by what the interviewer is waiting for.
_PROMPTS = {
    "small_talk": "Your reply",
    "answer": "Your answer",
    "follow_up": "Your answer to the follow-up",
    "candidate_question": "Your question for the interviewer (or “no questions”)",
}


def _prompt(state: SessionState) -> str:
    """The reply box's label, by what the interviewer last asked: after "Would you like me to
    repeat the question?" or "Could you put it in a sentence or two?" the box holds a reply,
    not an answer to the question or its follow-up."""
    said = next((t for t in reversed(state.turns) if t.speaker == "interviewer"), None)
    if said is not None and said.kind == "prompt" and state.pending in ("answer", "follow_up"):
        return "Your reply"
    return _PROMPTS.get(state.pending, "Your reply")


def _view(state: SessionState) -> dict[str, Any]:
    asked = [r for r in state.records]
    return {
        "state": state,
        "turns": state.turns,
        "finished": state.finished,
        "stage_title": STAGE_TITLES.get(state.stages[state.stage_index].name, ""),
        "prompt": _prompt(state),
        "asked": len(asked),
        "answered": sum(1 for r in asked if r.feedback is not None),
        "minutes": round(state.elapsed_seconds / 60),
        "planned": state.options.minutes,
    }


def conversation_html(
    templates: Any, session_id: int, state: SessionState, request: Any = None
) -> str:
    """The conversation section as HTML (a spoken reply's WebSocket sends it back; the
    connection gives its forms their anti-forgery field in team mode)."""
    template = templates.get_template("_interview.html")
    return str(template.render(session_id=session_id, request=request, **_view(state)))


def _page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def _conversation(
    request: Request,
    session_id: int,
    state: SessionState,
    error: InputError | None = None,
    text: str = "",
) -> Response:
    """The conversation: swapped in place for HTMX, else the whole page again. A reply that
    was refused comes back in the box with the reason above it, so nothing typed is lost."""
    context = {"session_id": session_id, "error": str(error) if error else None, "text": text}
    if render.is_htmx(request.headers):
        return _page(request, "_interview.html", 422 if error else 200, **context, **_view(state))
    if error:
        return _page(request, "interview.html", 422, **context, **_view(state))
    # Back to the reply box, or to the report's links once the interview is over.
    anchor = "report-links" if state.finished else "reply"
    return RedirectResponse(f"/interviews/{session_id}#{anchor}", status_code=303)


# ---------------------------------------------------------------- pages


@router.post("/interviews")
async def start(coach: CoachDep, request: Request, fields: PlanFieldsForm) -> Response:
    from anyio import to_thread

    try:
        req = await fields.plan_request()
        session_id = await to_thread.run_sync(coach.start_interview, req)
    except (InputError, DocumentError) as exc:
        return form_again(request, fields, exc)
    return RedirectResponse(f"/interviews/{session_id}", status_code=303)


@router.get("/interviews/{session_id}", response_class=HTMLResponse)
def room(coach: CoachDep, request: Request, session_id: Id) -> Response:
    state = coach.interviews.state(session_id)
    return _page(request, "interview.html", session_id=session_id, **_view(state))


@router.post("/interviews/{session_id}/reply", response_class=HTMLResponse)
def reply(
    coach: CoachDep, request: Request, session_id: Id, text: Annotated[str, Form()] = ""
) -> Response:
    interviews = coach.interviews
    try:
        interviews.reply(session_id, text)
    except InputError as exc:
        return _conversation(request, session_id, interviews.state(session_id), exc, text)
    return _conversation(request, session_id, interviews.state(session_id))


@router.post("/interviews/{session_id}/end", response_class=HTMLResponse)
def end(coach: CoachDep, request: Request, session_id: Id) -> Response:
    interviews = coach.interviews
    interviews.end(session_id)
    return _conversation(request, session_id, interviews.state(session_id))


@router.get("/interviews/{session_id}/report", response_class=HTMLResponse)
def report_page(coach: CoachDep, request: Request, session_id: Id) -> Response:
    from interview_coach.reports.interview import build_report, render_sections

    report = build_report(coach.interviews.state(session_id))
    return _page(
        request,
        "interview_report.html",
        session_id=session_id,
        report=report,
        sections=render_sections(report),
    )


@router.get("/interviews/{session_id}/report.pdf")
def report_pdf(coach: CoachDep, session_id: Id) -> Response:
    return _download(coach, session_id, "pdf")


@router.get("/interviews/{session_id}/report.html")
def report_html(coach: CoachDep, session_id: Id) -> Response:
    return _download(coach, session_id, "html")


def _download(coach: Coach, session_id: int, kind: str) -> Response:
    from interview_coach.reports.interview import build_report, render_html, write_pdf

    report = build_report(coach.interviews.state(session_id))
    return render.download(
        f"interview-{session_id}-report.{kind}",
        lambda: render_html(report),
        lambda path: write_pdf(report, path),
        render.queued_pdf(coach, "interview", session_id),
        home=Path(coach.settings.home),
    )


# ---------------------------------------------------------------- API


class InterviewOut(BaseModel):
    id: int
    stage: str
    pending: str = Field(
        description="what the interviewer waits for: small_talk, answer, "
        "follow_up, candidate_question, done"
    )
    finished: bool
    turns: list[Turn]
    url: str


class ReplyIn(BaseModel):
    text: str = Field("", max_length=20_000, description="the reply; empty is a silence")


class TurnsOut(BaseModel):
    turns: list[Turn] = Field(description="the candidate's turn, then the interviewer's")
    finished: bool


def _out(session_id: int, state: SessionState) -> InterviewOut:
    return InterviewOut(
        id=session_id,
        stage=state.stages[state.stage_index].name,
        pending=state.pending,
        finished=state.finished,
        turns=state.turns,
        url=f"/interviews/{session_id}",
    )


@api.post("", response_model=InterviewOut, status_code=201)
def api_start(coach: CoachDep, body: PlanIn, request: Request) -> InterviewOut:
    """Start a staged mock interview (small talk, questions by stage, follow-ups, your
    questions, closing), fitted to the job description and résumé when given."""
    session_id = coach.start_interview(body.request())
    return _out(session_id, coach.interviews.state(session_id))


@api.get("/{session_id}", response_model=InterviewOut)
def api_state(coach: CoachDep, session_id: Id) -> InterviewOut:
    """Everything said so far, and what the interviewer is waiting for."""
    return _out(session_id, coach.interviews.state(session_id))


@api.post("/{session_id}/replies", response_model=TurnsOut, status_code=201)
def api_reply(coach: CoachDep, session_id: Id, body: ReplyIn) -> TurnsOut:
    """The candidate's reply; the turns it led to."""
    interviews = coach.interviews
    turns = interviews.reply(session_id, body.text)
    return TurnsOut(turns=turns, finished=interviews.state(session_id).finished)


@api.post("/{session_id}/end", response_model=TurnsOut)
def api_end(coach: CoachDep, session_id: Id) -> TurnsOut:
    """End the interview now, politely."""
    interviews = coach.interviews
    return TurnsOut(turns=interviews.end(session_id), finished=True)


@api.get("/{session_id}/report")
def api_report(coach: CoachDep, session_id: Id) -> dict[str, Any]:
    """The end-of-interview report (works mid-interview too, on what was said so far)."""
    from interview_coach.reports.interview import build_report

    return build_report(coach.interviews.state(session_id)).model_dump(mode="json")
