"""The JSON document `interview-coach prep --format json` prints: the job as read, the résumé
as read (without contact details) and each requirement matched against the résumé.

Shape (checks outside the project rely on it; fields may be added, never renamed):

    {"job": {"title", "company", "location", "seniority", "job_family", "family_confidence",
             "salary": {"min", "max", "currency", "period"} | null,
             "requirements": [{"text", "kind", "skills"}]},
     "resume": {"name", "years_experience", "roles": [{"title", "employer", "start", "end"}]}
               | null,
     "match": [{"requirement", "kind", "status", "evidence": [{"text", "start", "end"}]}]}
"""

from __future__ import annotations

from datetime import date
from typing import Any

from interview_coach.questions.claims import claims_of, month_of, years_of_experience
from interview_coach.questions.resume import ResumeProfile, without_contact
from interview_coach.types import JobProfile


def job_document(job: JobProfile) -> dict[str, Any]:
    """The `job` part of the contract."""
    salary = None
    if job.salary is not None:
        salary = {
            "min": _plain_number(job.salary.min),
            "max": _plain_number(job.salary.max),
            "currency": job.salary.currency,
            "period": job.salary.period,
        }
    return {
        "title": job.title,
        "company": job.company,
        "location": job.location,
        "work_model": job.work_model,
        "seniority": job.seniority,
        "years_required": _plain_number(job.years_required),
        "job_family": job.job_family,
        "family_confidence": job.family_confidence,
        "salary": salary,
        "requirements": [
            {
                "text": r.text,
                "kind": r.kind,
                "skills": list(r.skills),
                "start": r.start,
                "end": r.end,
            }
            for r in job.requirements
        ],
        "responsibilities": list(job.responsibilities),
        "values": list(job.values),
    }


def resume_document(resume: ResumeProfile, today: date | None = None) -> dict[str, Any]:
    """The `resume` part: name, years of experience and roles, most recent first (no contact
    details: they never leave the résumé)."""
    roles = []
    for role in resume.roles:
        start = month_of(role.start)
        end = month_of(role.end, end=True)
        roles.append(
            {"title": role.title, "employer": role.organisation, "start": start, "end": end}
        )
    roles.sort(key=lambda r: (r["end"] is None, r["end"] or "", r["start"] or ""), reverse=True)
    spans = [(r["start"], r["end"]) for r in roles if r["start"]]
    quantified = []
    for achievement in resume.achievements:
        for claim in claims_of(achievement.text):
            quantified.append(
                {
                    "text": claim.text,
                    "baseline": claim.baseline,
                    "result": claim.result,
                    "change": claim.change,
                }
            )
    document = {
        "name": resume.name,
        "years_experience": years_of_experience(spans, today),
        "roles": roles,
        "education": list(resume.education),
        "certifications": list(resume.certifications),
        "skills": list(resume.skills),
        "quantified": quantified,
    }
    return _scrubbed(document)


def _scrubbed(value: Any) -> Any:
    """Every string in a document with contact details taken out."""
    if isinstance(value, str):
        return without_contact(value)
    if isinstance(value, list):
        return [_scrubbed(v) for v in value]
    if isinstance(value, dict):
        return {k: _scrubbed(v) for k, v in value.items()}
    return value


def prep_document(
    job: JobProfile, resume: ResumeProfile | None, resume_text: str | None = None
) -> dict[str, Any]:
    """The whole contract for a job and an optional résumé."""
    from interview_coach.questions.matching import match_requirements

    match = []
    if resume is not None:
        for m in match_requirements(job, resume, resume_text):
            match.append(
                {
                    "requirement": m.requirement,
                    "kind": m.kind,
                    "status": m.status,
                    "evidence": [
                        {"text": e.text, "start": e.start, "end": e.end} for e in m.evidence
                    ],
                    "reason": m.reason,
                }
            )
    return {
        "job": job_document(job),
        "resume": resume_document(resume) if resume is not None else None,
        "match": match,
    }


def _plain_number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
