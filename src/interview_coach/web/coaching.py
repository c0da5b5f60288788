"""Team mode's cohorts and coaching: consent to share, the coach's dashboard, a shared
answer with comments pinned to its moments, and the same through the API.

Mounted only in team mode. `/coach` and `/api/coach` are for coaches and admins (the gate,
web/team.py); what a coach reads of a candidate goes through `Cohorts.viewing`, which allows
it only while the candidate shares, reads without changing anything, and logs the view.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from datetime import UTC, date, datetime, time
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field, ValidationError

from interview_coach.errors import InputError
from interview_coach.progress.candidates import dashboard as summarise_sharers
from interview_coach.store.accounts import Accounts
from interview_coach.store.cohorts import Cohorts, CommentView
from interview_coach.web import render
from interview_coach.web.accounts import page, signed_in
from interview_coach.web.deps import CoachDep
from interview_coach.web.params import Clean, Id
from interview_coach.web.services import (
    MAX_MINUTES,
    MIN_MINUTES,
    Coach,
    PlanRequest,
    build_plan,
    job_families,
)

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["coaching"])
# A cohort-wide weakness is listed when at least this many sharing candidates have it.
COMMON_WEAKNESS_MIN = 2


def _cohorts(request: Request) -> Cohorts:
    accounts: Accounts = request.app.state.accounts
    return Cohorts(accounts)


def comments_for(request: Request, answer_id: int) -> list[CommentView]:
    """Comments on one of the signed-in candidate's answers; none in personal mode."""
    if getattr(request.app.state, "accounts", None) is None:
        return []
    return _cohorts(request).comments(answer_id)


def _page(request: Request, name: str, **context: Any) -> Response:
    return page(request, name, context)


def _common(summaries: list[Any]) -> list[tuple[str, int]]:
    counts = Counter(area for s in summaries for area in s.weakest)
    return [(a, n) for a, n in counts.most_common() if n >= COMMON_WEAKNESS_MIN]


def _link(request: Request, token: str) -> str:
    return f"{request.base_url}join/{token}"


# ---------------------------------------------------------------- cohorts and consent


def _cohorts_page(request: Request, shown: str = "") -> Response:
    me = signed_in(request).account
    cohorts = _cohorts(request)
    led = cohorts.led_by(me.id) if me.role in ("coach", "admin") else []
    completion = {c.id: cohorts.completion_of(c, me.username) for c in led}
    return _page(request, "cohorts.html", nav="cohorts", me=me, led=led, shown=shown,
                 memberships=cohorts.memberships(me.id), completion=completion,
                 assignments=cohorts.assignments_for(me.id), families=job_families(),
                 today=date.today().isoformat(), minutes=(MIN_MINUTES, MAX_MINUTES))  # fmt: skip


@router.get("/cohorts")
def cohorts_page(request: Request) -> Response:
    return _cohorts_page(request)


@router.post("/cohorts")
def create_cohort(
    request: Request, name: Annotated[str, Form(max_length=200), Clean] = ""
) -> Response:
    _cohorts(request).create(signed_in(request).account.id, name)
    return RedirectResponse("/cohorts", status_code=303)


@router.post("/cohorts/{cohort_id}/members")
def add_member(
    request: Request, cohort_id: Id, username: Annotated[str, Form(max_length=200), Clean] = ""
) -> Response:
    _cohorts(request).add_member(signed_in(request).account.id, cohort_id, username)
    return RedirectResponse("/cohorts", status_code=303)


@router.post("/cohorts/{cohort_id}/invites")
def cohort_invite(request: Request, cohort_id: Id) -> Response:
    return _cohorts_page(request, shown=_invite(request, cohort_id))


def _invite(request: Request, cohort_id: int) -> str:
    me = signed_in(request).account
    cohorts = _cohorts(request)
    cohort = cohorts.cohort_of(me.id, cohort_id)  # only its coach invites to it
    token = cohorts.accounts.invite("candidate", cohort_id=cohort.id)
    cohorts.accounts.audit(me.username, "invite", f"candidate to {cohort.name}")
    return _link(request, token)


@router.post("/cohorts/{cohort_id}/sharing")
def set_sharing(
    request: Request, cohort_id: Id, share: Annotated[str, Form(max_length=5)] = ""
) -> Response:
    _cohorts(request).set_sharing(signed_in(request).account.id, cohort_id, share == "1")
    return RedirectResponse("/cohorts", status_code=303)


# ---------------------------------------------------------------- assignments


def _due(day: date) -> datetime:
    """The end of the due day, in UTC: work done that day counts."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)


def _set_assignment(request: Request, cohort_id: int, body: AssignmentIn) -> int:
    if body.job_family and body.job_family not in job_families():
        raise InputError(f"No job family {body.job_family[:40]!r}; see /api/options.")
    ids: list[str] = []
    if body.kind == "questions":
        plan = build_plan(PlanRequest(job_family=body.job_family, count=body.count))
        ids = [q.id for q in plan.questions if q.id]
    return _cohorts(request).assign(
        signed_in(request).account.id, cohort_id, title=body.title, kind=body.kind,
        due_at=_due(body.due), job_family=body.job_family, minutes=body.minutes,
        question_ids=ids,
    )  # fmt: skip


def _start(request: Request, coach: Coach, assignment_id: int) -> str:
    """Start (or continue) the signed-in candidate's work on an assignment; its page."""
    me = signed_in(request).account
    cohorts = _cohorts(request)
    view = cohorts.assignment_for(me.id, assignment_id)
    if view.session_id is None or view.status == "done":
        req = PlanRequest(job_family=view.job_family, minutes=view.minutes)
        if view.kind == "questions":
            session_id = coach.start_session(req, question_ids=list(view.question_ids)).id
        else:
            session_id = coach.start_interview(req)
        cohorts.start(me.id, assignment_id, session_id)
    else:
        session_id = view.session_id
    return (
        f"/interviews/{session_id}" if view.kind == "interview" else f"/sessions/{session_id}/room"
    )


@router.post("/cohorts/{cohort_id}/assignments")
def new_assignment(
    request: Request,
    cohort_id: Id,
    title: Annotated[str, Form(max_length=200), Clean] = "",
    kind: Annotated[str, Form(max_length=20)] = "questions",
    job_family: Annotated[str, Form(max_length=80)] = "",
    count: Annotated[int, Form(ge=1, le=20)] = 5,
    minutes: Annotated[int, Form(ge=MIN_MINUTES, le=MAX_MINUTES)] = 30,
    due: Annotated[date | None, Form()] = None,
) -> Response:
    _cohorts(request).cohort_of(signed_in(request).account.id, cohort_id)  # 404 first: not yours
    try:
        body = AssignmentIn(title=title, kind=kind, job_family=job_family or None, count=count,
                            minutes=minutes, due=due or date.today())  # fmt: skip
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise InputError(f"{'.'.join(map(str, problem['loc']))}: {problem['msg']}") from None
    _set_assignment(request, cohort_id, body)
    return RedirectResponse("/cohorts", status_code=303)


@router.post("/assignments/{assignment_id}/start")
def start_assignment(request: Request, coach: CoachDep, assignment_id: Id) -> Response:
    return RedirectResponse(_start(request, coach, assignment_id), status_code=303)


# ---------------------------------------------------------------- the coach's view


@router.get("/coach")
def dashboard(request: Request) -> Response:
    me = signed_in(request).account
    summaries = summarise_sharers(_cohorts(request), me.id, me.username)
    return _page(request, "coach.html", nav="coach", summaries=summaries,
                 common=_common(summaries))  # fmt: skip


@router.get("/coach/candidates/{candidate_id}")
def candidate_page(request: Request, coach: CoachDep, candidate_id: Id) -> Response:
    me = signed_in(request).account
    cohorts = _cohorts(request)
    with cohorts.viewing(me.id, me.username, candidate_id):
        answers = coach.store.answers(limit=200)
    who = cohorts.accounts.get(candidate_id)
    return _page(request, "coach_candidate.html", nav="coach", candidate=who, answers=answers)


def _shared_answer(request: Request, coach: CoachDep, candidate_id: int, answer_id: int) -> Any:
    me = signed_in(request).account
    cohorts = _cohorts(request)
    with cohorts.viewing(me.id, me.username, candidate_id):
        return coach.get_answer(answer_id), cohorts.comments(answer_id)


@router.get("/coach/candidates/{candidate_id}/answers/{answer_id}")
def shared_answer_page(
    request: Request, coach: CoachDep, candidate_id: Id, answer_id: Id
) -> Response:
    record, comments = _shared_answer(request, coach, candidate_id, answer_id)
    candidate = _cohorts(request).accounts.get(candidate_id)
    sentences = record.feedback.structure.sentences if record.feedback else []
    return _page(request, "coach_answer.html", nav="coach", record=record, fb=record.feedback,
                 candidate=candidate, comments=comments, sentences=sentences,
                 transcript_html=render.highlighted_transcript(record.feedback, record.transcript)
                 if record.feedback else "")  # fmt: skip


@router.post("/coach/candidates/{candidate_id}/answers/{answer_id}/comments")
def comment(
    request: Request,
    candidate_id: Id,
    answer_id: Id,
    start: Annotated[int, Form(ge=0, le=1_000_000)] = 0,
    end: Annotated[int, Form(ge=0, le=1_000_000)] = 0,
    body: Annotated[str, Form(max_length=5000), Clean] = "",
) -> Response:
    me = signed_in(request).account
    _cohorts(request).comment(me.id, candidate_id, answer_id, start=start, end=end, body=body)
    return RedirectResponse(
        f"/coach/candidates/{candidate_id}/answers/{answer_id}", status_code=303
    )


# ---------------------------------------------------------------- the API


class AssignmentIn(BaseModel):
    title: Annotated[str, Field(min_length=1, max_length=200), Clean]
    kind: Literal["questions", "interview"] = "questions"
    job_family: str | None = Field(None, max_length=80, description="see /api/options")
    count: int = Field(5, ge=1, le=20, description="questions in the set")
    minutes: int = Field(30, ge=MIN_MINUTES, le=MAX_MINUTES, description="mock interview length")
    due: date = Field(description="the last day it counts as on time")


class CohortIn(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=120), Clean]


class MemberIn(BaseModel):
    username: Annotated[str, Field(min_length=1, max_length=80), Clean]


class SharingIn(BaseModel):
    share: bool = Field(description="true: the cohort's coach sees your practice")


class CommentIn(BaseModel):
    start: int = Field(ge=0, le=1_000_000, description="first character of the answer's text")
    end: int = Field(ge=1, le=1_000_000, description="one past the last character")
    body: Annotated[str, Field(min_length=1, max_length=4000), Clean]


@api.get("/cohorts")
def api_cohorts(request: Request) -> dict[str, Any]:
    """The cohorts you lead (coaches) and the ones you are in, with your sharing choice."""
    me = signed_in(request).account
    cohorts = _cohorts(request)
    led = cohorts.led_by(me.id) if me.role in ("coach", "admin") else []
    return {"led": [asdict(c) for c in led],
            "member_of": [asdict(m) for m in cohorts.memberships(me.id)]}  # fmt: skip


@api.post("/cohorts", status_code=201)
def api_create_cohort(request: Request, body: CohortIn) -> dict[str, int]:
    """Create a cohort you lead (coaches and admins)."""
    return {"id": _cohorts(request).create(signed_in(request).account.id, body.name)}


@api.post("/cohorts/{cohort_id}/members", status_code=201)
def api_add_member(request: Request, cohort_id: Id, body: MemberIn) -> dict[str, str]:
    """Add a candidate to a cohort you lead; they choose whether to share."""
    _cohorts(request).add_member(signed_in(request).account.id, cohort_id, body.username)
    return {"added": body.username}


@api.post("/cohorts/{cohort_id}/invites", status_code=201)
def api_cohort_invite(request: Request, cohort_id: Id) -> dict[str, str]:
    """A one-time sign-up link for a new candidate in a cohort you lead."""
    return {"link": _invite(request, cohort_id)}


@api.put("/cohorts/{cohort_id}/sharing")
def api_sharing(request: Request, cohort_id: Id, body: SharingIn) -> dict[str, bool]:
    """Share your practice with a cohort's coach, or withdraw it (at once)."""
    _cohorts(request).set_sharing(signed_in(request).account.id, cohort_id, body.share)
    return {"share": body.share}


@api.post("/cohorts/{cohort_id}/assignments", status_code=201)
def api_new_assignment(request: Request, cohort_id: Id, body: AssignmentIn) -> dict[str, int]:
    """Set a cohort you lead a question set or a mock interview, due by a date."""
    return {"id": _set_assignment(request, cohort_id, body)}


@api.get("/cohorts/{cohort_id}/assignments")
def api_completion(request: Request, cohort_id: Id) -> list[dict[str, Any]]:
    """Each assignment of a cohort you lead, with every member's status."""
    me = signed_in(request).account
    rows = _cohorts(request).completion(me.id, me.username, cohort_id)
    return [{**asdict(view), "members": [{"username": n, "status": st} for n, st in statuses]}
            for view, statuses in rows]  # fmt: skip


@api.get("/assignments")
def api_my_assignments(request: Request) -> list[dict[str, Any]]:
    """Your assignments from every cohort you are in, with how far you have got."""
    return [asdict(a) for a in _cohorts(request).assignments_for(signed_in(request).account.id)]


@api.post("/assignments/{assignment_id}/start", status_code=201)
def api_start_assignment(request: Request, coach: CoachDep, assignment_id: Id) -> dict[str, str]:
    """Start an assignment (or continue the one started); the page to practise it on."""
    return {"url": _start(request, coach, assignment_id)}


@api.get("/coach/dashboard")
def api_dashboard(request: Request) -> dict[str, Any]:
    """Every candidate sharing with you, summarised, and the cohort's common weaknesses."""
    me = signed_in(request).account
    summaries = summarise_sharers(_cohorts(request), me.id, me.username)
    common = [{"area": a, "candidates": n} for a, n in _common(summaries)]
    return {"candidates": [asdict(s) for s in summaries], "common_weaknesses": common}


@api.get("/coach/candidates/{candidate_id}/answers")
def api_candidate_answers(
    request: Request, coach: CoachDep, candidate_id: Id
) -> list[dict[str, Any]]:
    """A sharing candidate's answers, newest first."""
    me = signed_in(request).account
    with _cohorts(request).viewing(me.id, me.username, candidate_id):
        records = coach.store.answers(limit=200)
    return [
        {"id": r.id, "created_at": r.created_at.isoformat(),
         "question": r.question.text if r.question else None,
         "overall": r.feedback.scores.overall if r.feedback else None}
        for r in records
    ]  # fmt: skip


@api.get("/coach/candidates/{candidate_id}/answers/{answer_id}")
def api_shared_answer(
    request: Request, coach: CoachDep, candidate_id: Id, answer_id: Id
) -> dict[str, Any]:
    """A sharing candidate's answer: its feedback and the comments on it."""
    record, comments = _shared_answer(request, coach, candidate_id, answer_id)
    return {"id": record.id, "transcript": record.transcript.model_dump(mode="json"),
            "feedback": record.feedback.model_dump(mode="json") if record.feedback else None,
            "comments": [asdict(c) for c in comments]}  # fmt: skip


@api.post("/coach/candidates/{candidate_id}/answers/{answer_id}/comments", status_code=201)
def api_comment(
    request: Request, candidate_id: Id, answer_id: Id, body: CommentIn
) -> dict[str, int]:
    """Pin a comment to characters start:end of a sharing candidate's answer."""
    me = signed_in(request).account
    new = _cohorts(request).comment(me.id, candidate_id, answer_id, start=body.start,
                                    end=body.end, body=body.body)  # fmt: skip
    return {"id": new}


@api.get("/answers/{answer_id}/comments")
def api_my_comments(request: Request, coach: CoachDep, answer_id: Id) -> list[dict[str, Any]]:
    """Your coach's comments on one of your answers."""
    coach.get_answer(answer_id)  # 404 unless it is yours
    return [asdict(c) for c in comments_for(request, answer_id)]
