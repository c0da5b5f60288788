"""The prep sheet: the job's requirements against the résumé's evidence, the stories to prepare
for the competencies the job stresses, and questions to ask the interviewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview_coach.questions.bank import QuestionBank, load_bank
from interview_coach.questions.claims import claims_of
from interview_coach.questions.matching import requirement_match
from interview_coach.questions.plan import (
    HELD,
    PrepSheet,
    Story,
    _candidate_questions,
    _competencies_for,
    _label,
    _short,
)
from interview_coach.questions.resume import (
    Achievement,
    RequirementMatch,
    ResumeProfile,
    match_profiles,
)
from interview_coach.types import JobProfile

_STORY_CUES: dict[str, str] = {
    "leadership": r"\b(?:led|lead|managed|mentored|coached|supervised|headed|built a team)\b",
    "teamwork": r"\b(?:team|collaborat|partnered|with (?:the )?\w+ teams?|cross-functional)\w*",
    "conflict": r"\b(?:resolved|negotiat|disput|complain|escalat|de-escalat|disagree)\w*",
    "failure": r"\b(?:recovered|turned around|fixed|rescued|after (?:a|an) (?:failed|missed))\w*",
    "problem_solving": r"\b(?:solved|diagnos|reduced|fixed|improved|root cause|redesigned)\w*",
    "initiative": r"\b(?:launched|introduced|proposed|started|created|founded|set up|built)\b",
    "adaptability": r"\b(?:migrat|transition|new system|changed|pivot|rolled out|adopted)\w*",
    "communication": r"\b(?:presented|wrote|trained|taught|explained|reported|published)\b",
    "customer_focus": r"\b(?:customer|client|patient|student|user|satisfaction|nps|csat)\w*",
    "prioritisation": r"\b(?:deadline|on time|ahead of schedule|simultaneous|multiple|caseload)\w*",
    "ethics": r"\b(?:complian|audit|confidential|safeguard|regulat|ethic)\w*",
    "learning": r"\b(?:learn|certif|qualified|course|self-taught|upskill)\w*",
    "stakeholder_management": r"\b(?:stakeholder|director|board|executive|senior leaders?)\w*",
    "attention_to_detail": r"\b(?:accura|error|reconcil|audit|zero defects?|quality)\w*",
    "resilience": r"\b(?:pressure|target|quota|turned around|despite)\w*",
}


def story_competencies(text: str) -> list[str]:
    """The competencies a story shows by its own words ("resolved", "mentored", "deadline"),
    in the order of `_STORY_CUES`; a starting point the user can edit."""
    return [comp for comp, cue in _STORY_CUES.items() if re.search(cue, text, re.IGNORECASE)]


def _best_achievement(
    comp: str, achievements: Sequence[Achievement], taken: set[str]
) -> Achievement | None:
    cue = _STORY_CUES.get(comp)
    if cue is None:
        return None
    pattern = re.compile(cue, re.I)
    candidates = [a for a in achievements if a.text not in taken and pattern.search(a.text)]
    if not candidates:
        return None
    candidates.sort(key=lambda a: (not a.quantified, -len(a.skills), a.text))
    return candidates[0]


# Where a bullet's result is: the figure it ends on ("from 165 to 190" → 190), a rate or a
# sum, not the size of the team that got there ("a team of 22").
_TO_FIGURE = re.compile(r"\bto\s+([£$€]?\d[\d,.]*\s?(?:%|k\b|m\b)?)", re.I)
_RATE_OR_SUM = re.compile(r"[£$€]\s?\d|\d\s?%|\d\s?(?:percent|per cent)\b", re.I)


def _result_number(text: str, numbers: Sequence[str]) -> str:
    """The bullet's result among its figures."""
    if (m := _TO_FIGURE.search(text)) and any(m.group(1).strip() in n for n in numbers):
        return m.group(1).strip()
    return next((n for n in numbers if _RATE_OR_SUM.search(n)), numbers[0])


def _weak_suggestion(requirement: str) -> str:
    """What to prepare for a required item the résumé shows only in part: a check, licence
    or certificate is held or not, so the answer is a fact and a date, not a story of it."""
    if HELD.search(requirement):
        return (
            f"Say where you stand on {requirement}: held or met (and since when), in progress "
            "(your completion date), or how soon you could."
        )
    return (
        f"Prepare one concrete example of {requirement} in use: what you did with it and what "
        "came of it."
    )


def prep_sheet(
    job: JobProfile | None,
    resume: ResumeProfile | None,
    *,
    job_family: str | None = None,
    bank: QuestionBank | None = None,
    resume_text: str | None = None,
) -> PrepSheet:
    """Requirements × your evidence, stories to prepare, and five questions to ask."""
    bank = bank or load_bank()
    family = job_family or (job.job_family if job else None)
    requirements: tuple[RequirementMatch, ...] = ()
    coverage = None
    if job is not None and resume is not None:
        m = requirement_match(job, resume, resume_text) or match_profiles(job, resume)
        requirements, coverage = m.requirements, m.coverage
    elif job is not None:
        # The posting's own lines, as with a résumé; its skills where it has no such list.
        written = [(r.text, r.kind) for r in job.requirements] or [
            (s, kind)
            for kind, names in (
                ("required", job.required_skills),
                ("nice_to_have", job.nice_to_have_skills),
            )
            for s in names
        ]
        requirements = tuple(
            RequirementMatch(
                requirement=text,
                kind="nice_to_have" if kind == "nice_to_have" else "required",
                status="missing",
                reason="no résumé given: note your own evidence",
            )
            for text, kind in written
        )
    stories: list[Story] = []
    taken: set[str] = set()
    achievements = resume.achievements if resume else ()
    for comp in _competencies_for(job, family, bank)[:5]:
        a = _best_achievement(comp, achievements, taken)
        stressed = job is not None and comp in job.competencies
        why = (
            f"The job description stresses {_label(comp)}."
            if stressed
            else f"{_label(comp).capitalize()} comes up in most interviews for this kind of role."
        )
        if a is not None:
            taken.add(a.text)
            claims = claims_of(a.text) if a.quantified else []
            suggestion = f"Build a STAR story from “{_short(a.text)}”" + (
                f"; lead with the result ({_result_number(a.text, a.numbers)})."
                if any(c.outcome for c in claims)
                else f"; “{(claims[0].result if claims else None) or a.numbers[0]}” is the size"
                " of the work, not a result: end with what came of it."
                if a.quantified
                else "; add a measurable result."
            )
        else:
            suggestion = (
                f"Pick a time you showed {_label(comp)}: set the scene in one sentence, "
                "spend most of the time on what you did, end with a result you can measure."
            )
        stories.append(
            Story(
                competency=comp,
                why=why,
                achievement=a.text if a else None,
                quantified=bool(a and a.quantified),
                suggestion=suggestion,
            )
        )
    for r in requirements:
        if r.kind == "required" and r.status == "weak" and len(stories) < 8:
            stories.append(
                Story(
                    competency=r.requirement,
                    why=f"Required skill with weak evidence: {r.reason}.",
                    suggestion=_weak_suggestion(r.requirement),
                )
            )
    notes: list[str] = []
    missing = [
        r.requirement for r in requirements if r.kind == "required" and r.status == "missing"
    ]
    if resume is not None and missing:
        notes.append(
            # Semicolons, as the plan's note has them: requirements have commas of their own.
            f"Missing from your résumé: {'; '.join(missing)}. Prepare an honest answer: related "
            "experience, how fast you learn, or a plan to close the gap."
        )
    unquantified = [a for a in achievements if not a.quantified]
    if resume is not None and achievements and len(unquantified) > len(achievements) / 2:
        notes.append(
            "Most of your résumé bullets have no numbers; find one figure (time, money, "
            "volume, percentage) for each story you prepare."
        )
    title = (job.title if job and job.title else None) or (
        family.replace("_", " ") if family else "General"
    )
    return PrepSheet(
        title=f"Prep sheet: {title}{' at ' + job.company if job and job.company else ''}",
        job_title=job.title if job else None,
        company=job.company if job else None,
        requirements=requirements,
        coverage=coverage,
        stories=tuple(stories),
        questions_to_ask=tuple(_candidate_questions(job, family)[:5]),
        notes=tuple(notes),
    )
