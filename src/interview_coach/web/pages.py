"""Server-rendered pages. Forms work without JavaScript; HTMX swaps parts in place when present."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from interview_coach.errors import CoachError, DocumentError, InputError
from interview_coach.web import render
from interview_coach.web.api import progress_chart_svg, settings_view
from interview_coach.web.coaching import comments_for
from interview_coach.web.deps import CoachDep
from interview_coach.web.params import Id, Index, OptionalIndex
from interview_coach.web.services import (
    DEFAULT_MINUTES,
    Coach,
    PlanRequest,
    build_plan,
    job_families,
    seniorities,
)

router = APIRouter(include_in_schema=False)
Page = HTMLResponse

# Upload limit for a job description or résumé file (the document reader enforces it too).
MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def _page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def _htmx(request: Request) -> bool:
    return render.is_htmx(request.headers)


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# ---------------------------------------------------------------- home


@router.get("/", response_class=Page)
def home(coach: CoachDep, request: Request) -> Response:
    from interview_coach.progress.summary import progress_summary

    report = progress_summary(coach.store)
    trends = {t.metric: t for t in report.trends}
    return _page(
        request,
        "home.html",
        sessions=coach.sessions(5),
        report=report,
        trends=trends,
    )


# ---------------------------------------------------------------- new session


async def _read_upload(upload: UploadFile | None, what: str) -> str | None:
    """Text of an uploaded document (txt, md, pdf, docx), or None when none was chosen."""
    if upload is None or not upload.filename:
        return None
    from anyio import to_thread

    from interview_coach.inputs import shown_filename
    from interview_coach.questions.safe_read import read_document_safely

    data = await upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(f"The {what} file is over the {MAX_UPLOAD_BYTES // 2**20} MB limit.")
    # Parsed in a limited worker process, waited for in a thread: the event loop (and every
    # other request) never waits on a hostile document.
    name = shown_filename(upload.filename, f"the {what} file", 200)  # quoted in its errors
    return await to_thread.run_sync(read_document_safely, data, name)


FormStr = Annotated[str, Form()]


@dataclass
class PlanFields:
    """The new-session form as sent: what was typed or picked, and the files chosen."""

    job_family: str = ""
    seniority: str = ""
    minutes: int = DEFAULT_MINUTES
    jd_text: str = ""
    resume_text: str = ""
    salary: bool = False
    jd_file: UploadFile | None = None
    resume_file: UploadFile | None = None

    async def plan_request(self) -> PlanRequest:
        """The form as a plan request, the files read (InputError, DocumentError)."""
        jd = await _read_upload(self.jd_file, "job description") or self.jd_text
        cv = await _read_upload(self.resume_file, "résumé") or self.resume_text
        return PlanRequest(
            job_family=self.job_family or None,
            seniority=self.seniority or None,
            minutes=self.minutes,
            jd_text=jd or None,
            resume_text=cv or None,
            salary=True if self.salary else None,  # unticked: the default for the length
        )

    def shown(self) -> dict[str, Any]:
        """The typed and picked values, to show the form again as it was sent."""
        return _form_context(
            job_family=self.job_family,
            seniority=self.seniority,
            minutes=self.minutes,
            jd_text=self.jd_text,
            resume_text=self.resume_text,
            salary=self.salary,
        )


async def _plan_fields(
    job_family: FormStr = "",
    seniority: FormStr = "",
    minutes: Annotated[int, Form()] = DEFAULT_MINUTES,
    jd_text: FormStr = "",
    resume_text: FormStr = "",
    jd_file: UploadFile | None = None,
    resume_file: UploadFile | None = None,
    salary: Annotated[bool, Form()] = False,
) -> PlanFields:
    return PlanFields(
        job_family, seniority, minutes, jd_text, resume_text, salary, jd_file, resume_file
    )


PlanFieldsForm = Annotated[PlanFields, Depends(_plan_fields)]


def form_again(request: Request, fields: PlanFields, error: CoachError) -> Response:
    """The new-session form once more, as it was sent, with what went wrong above it: a
    document that cannot be read must not cost the job description pasted beside it."""
    return _page(request, "new_session.html", _status(error), error=str(error), **fields.shown())


def _status(error: CoachError) -> int:
    return 422 if isinstance(error, InputError | DocumentError) else 400


def _form_context(**values: Any) -> dict[str, Any]:
    return {
        "families": job_families(),
        "seniorities": seniorities(),
        "form": {
            "job_family": "",
            "seniority": "",
            "minutes": DEFAULT_MINUTES,
            "jd_text": "",
            "resume_text": "",
            **values,
        },
    }


@router.get("/sessions/new", response_class=Page)
def new_session(request: Request) -> Response:
    return _page(request, "new_session.html", **_form_context())


@router.post("/sessions/preview", response_class=Page)
async def preview(request: Request, fields: PlanFieldsForm) -> Response:
    from anyio import to_thread

    try:
        req = await fields.plan_request()
        plan = await to_thread.run_sync(build_plan, req)
    except (InputError, DocumentError) as exc:
        if _htmx(request):
            raise  # the message alone, swapped in where the plan would go
        return form_again(request, fields, exc)
    if _htmx(request):
        return _page(request, "_plan.html", plan=plan)
    return _page(request, "new_session.html", plan=plan, **fields.shown())


@router.post("/sessions")
async def create_session(coach: CoachDep, request: Request, fields: PlanFieldsForm) -> Response:
    from anyio import to_thread

    try:
        req = await fields.plan_request()
        view = await to_thread.run_sync(coach.start_session, req)
    except (InputError, DocumentError) as exc:
        return form_again(request, fields, exc)
    return _see(f"/sessions/{view.id}/room")


@router.post("/sessions/first")
def first_session(coach: CoachDep) -> Response:
    """The two-minute guided first session: one question, its feedback, what next."""
    return _see(f"/sessions/{coach.start_guided().id}/room")


# ---------------------------------------------------------------- interview room


@router.get("/sessions/{session_id}/room", response_class=Page)
def room(coach: CoachDep, request: Request, session_id: Id, q: OptionalIndex = None) -> Response:

    view = coach.session(session_id)
    index = q if q is not None else view.next_unanswered()
    if index is None:
        return _see(f"/sessions/{session_id}")
    return _room(coach, request, view, index)


def _room(
    coach: Coach, request: Request, view: Any, index: int, status: int = 200, **typed: Any
) -> Response:
    """The room for question `index`; `typed` holds a refused answer's text and reason."""
    _, question = coach.question(view.id, index)  # 404 for an index the plan lacks
    return _page(
        request,
        "room.html",
        status,
        session=view,
        index=index,
        question=question,
        why=view.why[index] if index < len(view.why) else None,
        previous=view.answers_for(index),
        **typed,
    )


@router.post("/sessions/{session_id}/questions/{index}/answer", response_class=Page)
def typed_answer(
    coach: CoachDep,
    request: Request,
    session_id: Id,
    index: Index,
    text: Annotated[str, Form()] = "",
) -> Response:

    # The session is read before the answer is kept, so no read after it can fail and hide
    # that it was kept.
    session = coach.session(session_id, with_answers=False)
    try:
        answer_id, feedback = coach.typed_answer(session_id, index, text, view=session)
    except InputError as exc:
        if _htmx(request):
            raise  # the app's handler sends the message alone, swapped in beside the form
        # Without JavaScript: the room again with the reason beside the box and the text
        # kept, not an error page that loses what was typed.
        view = coach.session(session_id)
        return _room(coach, request, view, index, 422, error=str(exc), text=text)
    if _htmx(request):
        return _page(
            request,
            "_feedback_summary.html",
            **summary_context(coach, session, index, answer_id, feedback),
        )
    return _see(f"/answers/{answer_id}")


def summary_context(
    coach: Coach, session: Any, index: Index, answer_id: Id, feedback: Any
) -> dict[str, Any]:
    """What the feedback summary in the room shows (typed and spoken answers alike), for an
    answer already kept: `session` was read before it."""
    return {
        "fb": feedback,
        "answer_id": answer_id,
        "session": session,
        "index": index,
        "follow_up": coach.follow_up(session.id, index, feedback, answer_id, view=session),
    }


@router.post("/sessions/{session_id}/questions/{index}/follow-up")
def follow_up(
    coach: CoachDep, session_id: Id, index: Index, text: Annotated[str, Form()] = ""
) -> Response:
    new_index = coach.add_follow_up(session_id, index, text)
    return _see(f"/sessions/{session_id}/room?q={new_index}")


# ---------------------------------------------------------------- feedback and summary


@router.get("/answers/{answer_id}", response_class=Page)
def feedback_page(coach: CoachDep, request: Request, answer_id: Id) -> Response:

    record = coach.get_answer(answer_id)
    if record.feedback is None:
        raise InputError(f"Answer {answer_id} has not been analysed.")
    view = coach.session(record.session_id) if record.session_id is not None else None
    index = view.index_of(record.question) if view else None
    return _page(
        request,
        "feedback.html",
        record=record,
        fb=record.feedback,
        transcript_html=render.highlighted_transcript(record.feedback, record.transcript),
        quote=render.quote,
        session=view,
        index=index,
        comments=comments_for(request, answer_id),
    )


@router.get("/sessions/{session_id}", response_class=Page)
def summary(coach: CoachDep, request: Request, session_id: Id) -> Response:
    own = coach.own_page(session_id)  # a mock interview's or a negotiation's
    if own:
        return _see(own)
    view = coach.session(session_id)
    scored = [a.feedback.scores for a in view.answers if a.feedback]
    means = None
    if scored:
        means = {
            k: round(sum(getattr(s, k) for s in scored) / len(scored))
            for k in ("overall", "delivery", "structure", "content")
        }
    return _page(request, "summary.html", session=view, means=means)


@router.post("/sessions/{session_id}/finish")
def finish(coach: CoachDep, session_id: Id) -> Response:
    coach.finish_session(session_id)
    return _see(f"/sessions/{session_id}")


# ---------------------------------------------------------------- progress and stories


@router.get("/progress", response_class=Page)
def progress(coach: CoachDep, request: Request) -> Response:
    from interview_coach.progress.metrics import TREND_RULE
    from interview_coach.progress.summary import progress_summary
    from interview_coach.reports.charts import MAX_CHART_POINTS
    from interview_coach.reports.web_chart import progress_chart

    # One read of the history serves the summary and the chart.
    report = progress_summary(coach.store, chart_limit=MAX_CHART_POINTS)
    negotiations = coach.negotiations.history()
    chart = progress_chart(report)
    return _page(
        request, "progress.html", report=report, negotiations=negotiations, chart=chart,
        trend_rule=TREND_RULE,
    )  # fmt: skip


@router.get("/progress/chart.svg")
def chart(coach: CoachDep, layout: Literal["grid", "stacked"] = "grid") -> Response:
    """The chart; `layout=stacked` puts its panels in one column for a phone's width."""
    svg = progress_chart_svg(coach, stacked=layout == "stacked")
    return Response(svg, media_type="image/svg+xml")


@router.get("/stories", response_class=Page)
def stories(
    coach: CoachDep,
    request: Request,
    saved: int | None = None,
    left: Annotated[int, Query(ge=0)] = 0,
    edited: int | None = None,
    already: int | None = None,
) -> Response:
    from interview_coach.practice.stories import story_bank

    view = story_bank(coach.store)
    return _page(
        request, "stories.html", bank=view.bank, notes=view.notes, choices=view.choices,
        saved=saved, left=left, edited=edited, already=already,
    )  # fmt: skip


@router.post("/answers/{answer_id}/story")
def save_story(
    coach: CoachDep, request: Request, answer_id: Id, force: Annotated[bool, Form()] = False
) -> Response:
    """Keep the answer as a story; one that should not be kept as it is (a low score, a story
    told again, words to check) first gets a page that says why and asks."""
    from interview_coach.practice.stories import AlreadyKept, NeedsConfirmation, keep_answer

    coach.get_answer(answer_id)
    try:
        kept = keep_answer(coach.store, answer_id, force=force)
    except NeedsConfirmation as held:
        return _page(request, "story_confirm.html", held=held)
    except AlreadyKept as known:
        return _see(f"/stories?already={known.story_id}#story-{known.story_id}")
    return _see(f"/stories?saved={kept.id}&left={len(kept.left_out)}#story-{kept.id}")


@router.post("/stories/{story_id}/competencies")
def story_competencies(
    coach: CoachDep, story_id: Id, competency: Annotated[list[str] | None, Form()] = None
) -> Response:
    """Replace a story's competencies with those ticked (from the valid list)."""
    from interview_coach.errors import StorageError
    from interview_coach.practice.stories import edit_competencies
    from interview_coach.web.services import NotFound

    try:
        edit_competencies(coach.store, story_id, competency or [])
    except StorageError as missing:
        raise NotFound(str(missing)) from missing
    return _see(f"/stories?edited={story_id}#story-{story_id}")


# ---------------------------------------------------------------- settings


@router.get("/settings", response_class=Page)
def settings(coach: CoachDep, request: Request, deleted: int | None = None) -> Response:
    from interview_coach.practice.interviews import MAX_REPLY_WORDS

    return _page(
        request,
        "settings.html",
        settings=settings_view(coach),
        deleted=deleted,
        max_reply_words=MAX_REPLY_WORDS,
    )


@router.post("/settings/delete")
def delete(coach: CoachDep, confirm: Annotated[str, Form()] = "") -> Response:
    from interview_coach.store.transfer import delete_all

    if confirm.strip().lower() != "delete":
        raise InputError("Type the word delete in the box to confirm.")
    counts = delete_all(coach.store)
    return _see(f"/settings?deleted={counts.get('answers', 0)}")
