"""The REST API under `/api`: everything the pages do, as JSON.

Plain `def` routes: FastAPI runs them in worker threads, so analysis and database work never
block the event loop that carries the live-audio WebSockets.
"""

from __future__ import annotations

import tempfile
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from interview_coach.errors import InputError
from interview_coach.store import AnswerRecord
from interview_coach.types import Feedback, Question
from interview_coach.web.deps import CoachDep
from interview_coach.web.guard import refuse_cross_site
from interview_coach.web.params import MAX_ID, Clean, Id, Index
from interview_coach.web.services import (
    DEFAULT_MINUTES,
    MAX_MINUTES,
    MAX_QUESTION_COUNT,
    MIN_MINUTES,
    Coach,
    NotFound,
    PlanRequest,
    SessionView,
    build_plan,
    job_families,
    seniorities,
)

router = APIRouter(prefix="/api", tags=["api"])


# ---------------------------------------------------------------- models


class PlanIn(BaseModel):
    job_family: str | None = Field(None, description="one of /api/options job_families")
    seniority: str | None = Field(None, description="entry, mid, senior or lead")
    minutes: int = Field(DEFAULT_MINUTES, ge=MIN_MINUTES, le=MAX_MINUTES)
    count: int | None = Field(None, ge=1, le=MAX_QUESTION_COUNT, description="at most this many")
    jd_text: str | None = Field(None, description="a pasted job description")
    resume_text: str | None = Field(None, description="a pasted résumé")
    salary: bool | None = Field(
        None, description="ask about pay and practicalities (default: 45 minutes or more)"
    )

    def request(self) -> PlanRequest:
        return PlanRequest(**self.model_dump(exclude={"question_ids"}))


class SessionIn(PlanIn):
    question_ids: list[str] | None = Field(
        None, description="bank ids of a previewed plan; a fresh plan when absent"
    )


class PlanOut(BaseModel):
    title: str | None
    job_family: str | None
    seniority: str | None
    job: dict[str, Any] | None
    questions: list[Question]
    why: list[str]


class AnswerIn(BaseModel):
    text: str = Field(description="the answer as the candidate would say it")


class AnswerSummary(BaseModel):
    id: int
    created_at: datetime
    session_id: Id | None
    question: str | None
    question_index: int | None = None
    overall: int | None
    has_audio: bool


class AnswerOut(AnswerSummary):
    transcript: dict[str, Any]
    feedback: Feedback | None


class SessionOut(BaseModel):
    id: int
    title: str | None
    started_at: datetime
    finished_at: datetime | None
    job_family: str | None
    seniority: str | None
    job: dict[str, Any] | None
    questions: list[Question]
    why: list[str]
    answers: list[AnswerSummary]
    next_question: int | None


class CreatedAnswer(BaseModel):
    answer_id: Id
    feedback: Feedback
    url: str
    follow_up: str | None = Field(None, description="what the interviewer would ask next")


class FollowUpIn(BaseModel):
    text: str = Field(description="the follow-up question, e.g. a CreatedAnswer's follow_up")


def answer_summary(record: AnswerRecord, index: Index | None = None) -> AnswerSummary:
    return AnswerSummary(
        id=record.id,
        created_at=record.created_at,
        session_id=record.session_id,
        question=record.question.text if record.question else None,
        question_index=index,
        overall=record.feedback.scores.overall if record.feedback else None,
        has_audio=record.audio_path is not None,
    )


def session_out(view: SessionView) -> SessionOut:
    return SessionOut(
        id=view.id,
        title=view.title,
        started_at=view.started_at,
        finished_at=view.finished_at,
        job_family=view.job_family,
        seniority=view.seniority,
        job=view.job.model_dump(mode="json") if view.job else None,
        questions=view.questions,
        why=view.why,
        answers=[answer_summary(a, view.index_of(a.question)) for a in view.answers],
        next_question=view.next_unanswered(),
    )


# ---------------------------------------------------------------- routes


@router.get("/health")
def health() -> dict[str, str]:
    """The app is up."""
    return {"status": "ok"}


@router.get("/options")
def options() -> dict[str, list[str]]:
    """Job families, seniorities and question categories to choose from."""
    from interview_coach.questions.bank import load_bank

    return {
        "job_families": job_families(),
        "seniorities": seniorities(),
        "categories": load_bank().categories(),
    }


@router.get("/questions", response_model=list[Question])
def questions(
    category: str | None = None,
    job_family: str | None = None,
    seniority: str | None = None,
    limit: int = Query(50, ge=1, le=500),
) -> list[Question]:
    """Bank questions matching every filter given."""
    from interview_coach.questions.bank import load_bank

    return load_bank().filter(category=category, job_family=job_family, seniority=seniority)[:limit]


@router.post("/plan", response_model=PlanOut)
def preview_plan(body: PlanIn) -> PlanOut:
    """Preview the questions a session would ask (nothing is saved)."""
    plan = build_plan(body.request())
    return PlanOut(
        title=plan.title,
        why=plan.why,
        job_family=plan.job_family,
        seniority=plan.seniority,
        job=plan.job.model_dump(mode="json") if plan.job else None,
        questions=plan.questions,
    )


@router.post("/sessions", response_model=SessionOut, status_code=201)
def create_session(coach: CoachDep, body: SessionIn) -> SessionOut:
    """Start a practice session (a job description and résumé given are kept with it)."""
    view = coach.start_session(body.request(), body.question_ids)
    return session_out(view)


@router.get("/sessions")
def list_sessions(
    coach: CoachDep,
    limit: int = Query(10, ge=1, le=200),
    offset: int = Query(0, ge=0, le=MAX_ID, description="skip this many of the newest"),
) -> list[dict]:
    """The newest sessions with their answer counts and mean score, a page at a time."""
    return coach.sessions(limit, offset)


@router.get("/sessions/{session_id}", response_model=SessionOut)
def get_session(coach: CoachDep, session_id: Id) -> SessionOut:
    """A session: its questions and the answers given so far."""
    return session_out(coach.session(session_id))


@router.post("/sessions/{session_id}/finish", response_model=SessionOut)
def finish_session(coach: CoachDep, session_id: Id) -> SessionOut:
    """Mark a session finished."""
    return session_out(coach.finish_session(session_id))


@router.post(
    "/sessions/{session_id}/questions/{index}/answers",
    response_model=CreatedAnswer,
    status_code=201,
)
def typed_answer(coach: CoachDep, session_id: Id, index: Index, body: AnswerIn) -> CreatedAnswer:
    """Analyse a typed answer to the session's question `index` (0-based) and keep it.

    Spoken answers stream to the WebSocket `/api/sessions/{id}/questions/{index}/live`.
    """
    view = coach.session(session_id, with_answers=False)  # read once for both
    answer_id, feedback = coach.typed_answer(session_id, index, body.text, view=view)
    return CreatedAnswer(
        answer_id=answer_id,
        feedback=feedback,
        url=f"/answers/{answer_id}",
        follow_up=coach.follow_up(session_id, index, feedback, answer_id, view=view),
    )


@router.post("/sessions/{session_id}/questions/{index}/follow-up", status_code=201)
def add_follow_up(coach: CoachDep, session_id: Id, index: Index, body: FollowUpIn) -> dict:
    """Ask a follow-up next: it joins the plan right after question `index`."""
    new_index = coach.add_follow_up(session_id, index, body.text)
    return {"index": new_index, "room": f"/sessions/{session_id}/room?q={new_index}"}


@router.get("/answers", response_model=list[AnswerSummary])
def list_answers(
    coach: CoachDep,
    limit: int = Query(20, ge=1, le=1000),
    offset: int = Query(0, ge=0, le=MAX_ID, description="skip this many of the newest"),
) -> list[AnswerSummary]:
    """The newest answers, newest first, a page at a time."""
    records = coach.store.answers(limit=limit, offset=offset)
    return [answer_summary(r) for r in reversed(records)]


@router.get("/answers/{answer_id}", response_model=AnswerOut)
def get_answer(coach: CoachDep, answer_id: Id) -> AnswerOut:
    """One answer: its transcript and newest feedback."""
    r = coach.get_answer(answer_id)
    return AnswerOut(
        **answer_summary(r).model_dump(),
        transcript=r.transcript.model_dump(mode="json"),
        feedback=r.feedback,
    )


@router.get("/answers/{answer_id}/audio", response_class=FileResponse)
def answer_audio(coach: CoachDep, answer_id: Id) -> Response:
    """The recording of a spoken answer, as the browser sent it."""
    r = coach.get_answer(answer_id)
    if r.audio_path is None or not r.audio_path.is_file():
        raise NotFound(f"Answer {answer_id} has no recording.")
    media = {".webm": "audio/webm", ".ogg": "audio/ogg", ".wav": "audio/wav"}
    return FileResponse(r.audio_path, media_type=media.get(r.audio_path.suffix, "audio/webm"))


@router.post("/answers/{answer_id}/story", status_code=201)
def save_story(
    coach: CoachDep,
    answer_id: Id,
    force: bool = False,
    title: Annotated[str | None, Query(max_length=200), Clean] = None,
) -> dict[str, Any]:
    """Keep a strong answer that tells a story (70 or more, unless `force`) in the story
    bank, its fillers and hedges left out (`left_out` lists them); an answer kept already is
    refused with the story's id."""
    from interview_coach.practice.stories import keep_answer

    coach.get_answer(answer_id)  # 404 first
    kept = keep_answer(coach.store, answer_id, title=title, force=force)
    return {"story_id": kept.id, "left_out": kept.left_out}


# One page of the value series: enough for a chart, small enough to answer at once.
SERIES_PAGE = 200
SERIES_PAGE_MAX = 1000


@router.get("/progress")
def progress(
    coach: CoachDep,
    offset: int = Query(0, ge=0, le=MAX_ID, description="skip this many of the newest"),
    limit: int = Query(SERIES_PAGE, ge=1, le=SERIES_PAGE_MAX),
) -> dict[str, Any]:
    """Trends per metric and category, weakest areas, the questions to practise next, and
    one page of every answer's metrics (newest first; `offset` and `limit` page through)."""
    from interview_coach.progress.summary import answer_series, progress_summary

    store = coach.store
    data = progress_summary(store).to_json()
    for trend in [*data["trends"], *(t for ts in data["by_category"].values() for t in ts)]:
        trend.pop("values")  # the series below carries them, a page at a time
    data["series"] = {
        "offset": offset,
        "limit": limit,
        "total": data["answers"],
        "answers": answer_series(store, offset=offset, limit=limit),
    }
    return data


@router.get("/progress/chart.svg", response_class=Response)
def progress_chart(coach: CoachDep) -> Response:
    """The progress chart as SVG."""
    return Response(progress_chart_svg(coach), media_type="image/svg+xml")


def progress_chart_svg(coach: Coach, *, stacked: bool = False) -> bytes:
    """The chart from the narrow history rows, each series already thinned to what it can show."""
    from interview_coach.progress.summary import chart_report
    from interview_coach.reports.charts import MAX_CHART_POINTS, write_progress_chart
    from interview_coach.store.audio import scratch_folder

    report = chart_report(coach.store, MAX_CHART_POINTS)
    with tempfile.TemporaryDirectory(dir=scratch_folder(Path(coach.settings.home))) as tmp:
        path = write_progress_chart(report, Path(tmp) / "progress.svg", stacked=stacked)
        return path.read_bytes()


@router.get("/stories")
def stories(coach: CoachDep) -> dict[str, Any]:
    """The story bank: stories, the competency matrix and warnings."""
    from interview_coach.store.stories import story_bank

    bank = story_bank(coach.store)
    data = asdict(bank)
    for s in data["stories"]:
        s["created_at"] = s["created_at"].isoformat()
    return data


@router.get("/settings")
def settings(coach: CoachDep) -> dict[str, Any]:
    """The settings in force (change them with INTERVIEW_COACH_* environment variables)."""
    return settings_view(coach)


def settings_view(coach: Coach) -> dict[str, Any]:
    from interview_coach.speech import resolve_model

    s = coach.settings
    try:
        model = resolve_model(s.whisper_model)
    except Exception:  # a broken setting is shown as it was given
        model = s.whisper_model or "bundled tiny.en"
    if s.team:  # where the server keeps a cohort's data is not for every account to see
        home = database = "kept on the server (team mode)"
    else:
        home = str(s.home)
        database = (
            masked_url(s.database_url)
            if s.database_url
            else f"sqlite:///{Path(s.home) / 'history.sqlite3'}"
        )
    return {
        "home": home,
        "database": database,
        "whisper_model": str(model),
        "max_audio_seconds": s.max_audio_seconds,
        "max_audio_bytes": s.max_audio_bytes,
        "max_answer_words": s.max_answer_words,
    }


def masked_url(url: str) -> str:
    """A database URL with its password replaced by ***; secrets are never shown."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # unparseable: show nothing that might hold a secret
        return "(set, not shown)"


@router.get("/export", response_class=FileResponse)
def export(request: Request, coach: CoachDep) -> Response:
    """The whole history as one JSON document (the same format as `data export`)."""
    from interview_coach.store.transfer import export_data, export_scratch

    refuse_cross_site(request.headers)
    tmp = export_scratch(Path(coach.settings.home))
    path = tmp / "interview-coach-export.json"
    export_data(coach.store, path)

    def cleanup() -> None:
        path.unlink(missing_ok=True)
        tmp.rmdir()

    return FileResponse(
        path,
        media_type="application/json",
        filename=path.name,
        background=BackgroundTask(cleanup),
    )


@router.delete("/data")
def delete_data(coach: CoachDep, confirm: bool = False) -> dict[str, Any]:
    """Delete every answer, session, story and recording. Needs `confirm=true`."""
    from interview_coach.store.transfer import delete_all

    if not confirm:
        raise InputError("Deleting everything needs confirm=true.")
    return {"deleted": delete_all(coach.store)}
