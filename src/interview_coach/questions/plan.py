"""Interview plans and prep sheets built from a job profile, a résumé, or just a job family.

A plan follows the shape of a real interview: opening, résumé walk-through, behavioural
questions on the competencies the job stresses, role-specific questions, motivation, the
candidate's own questions, and closing. Each stage has a time budget and each question says
why it is asked. The same inputs always give the same plan (ties are broken by a stable hash
of the job, never by chance).

Over 500 lines, kept whole: every stage's questions come from one ranking, one time budget
and one seed, which splitting would spread over files. The prep sheet is `questions/prep.py`;
the Markdown is `reports/plans.py`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import Field

from interview_coach.errors import InputError
from interview_coach.nlp.career_words import CAREER_GAP
from interview_coach.norms import SESSION_MINUTES
from interview_coach.questions.bank import JOB_FAMILIES, QuestionBank, load_bank
from interview_coach.questions.claims import (
    CURRENT,
    Claim,
    claim_of,
    month_of,
    years_of_experience,
)
from interview_coach.questions.families import family as find_family
from interview_coach.questions.families import family_for_title, load_families
from interview_coach.questions.leading import leads_people
from interview_coach.questions.match_words import PRE_HIRE
from interview_coach.questions.matching import (
    Embed,
    requirement_match,
    terms_in_answer,
)
from interview_coach.questions.resume import (
    Achievement,
    Match,
    RequirementMatch,
    ResumeProfile,
    match_profiles,
    without_contact,
)
from interview_coach.questions.resume_lines import resume_as_text
from interview_coach.questions.skill_names import skill_in_sentence, written
from interview_coach.questions.vocabulary import SENIORITIES
from interview_coach.types import Frame, Frozen, JobProfile, Question

STAGES: tuple[str, ...] = (
    "opening",
    "resume_walkthrough",
    "behavioural",
    "role_specific",
    "motivation",
    "salary_logistics",
    "candidate_questions",
    "closing",
)
STAGE_TITLES = {
    "opening": "Opening",
    "resume_walkthrough": "Résumé walk-through",
    "behavioural": "Behavioural questions",
    "role_specific": "Role-specific questions",
    "motivation": "Motivation",
    "salary_logistics": "Pay and practicalities",
    "candidate_questions": "Your questions for them",
    "closing": "Closing",
}
STAGE_PURPOSE = {
    "opening": "Settle in and give a short story of who you are and why you are here.",
    "resume_walkthrough": "The interviewer tests what your résumé claims, role by role.",
    "behavioural": "Past examples (STAR) for the competencies this job stresses.",
    "role_specific": "How you do the actual work of this role.",
    "motivation": "Why this role, why this employer, why now.",
    "salary_logistics": "Expectations on pay, start date and the terms of the job: answer with "
    "a researched range and without your current salary.",
    "candidate_questions": "Your chance to learn about the job and show you have thought about it.",
    "closing": "Wrap up, confirm next steps, leave a clear last impression.",
}
# Share of the interview each stage gets (sums to 1). The behavioural and role stages carry
# most of the assessment, so they get most of the time.
STAGE_WEIGHTS = {
    "opening": 0.10,
    "resume_walkthrough": 0.17,
    "behavioural": 0.30,
    "role_specific": 0.23,
    "motivation": 0.07,
    "salary_logistics": 0.0,  # given its share only when the plan has the stage (below)
    "candidate_questions": 0.10,
    "closing": 0.03,
}
# When a plan asks about pay and practicalities, the stage takes this share of the time, half
# from the behavioural stage and half from the role stage.
SALARY_SHARE = 0.06
# Plans this long or longer ask about pay unless told not to: a longer interview is usually
# a later round, where pay comes up.
SALARY_FROM_MINUTES = 45
MIN_MINUTES, MAX_MINUTES = SESSION_MINUTES

COMPETENCY_LABELS = {
    "problem_solving": "problem solving",
    "customer_focus": "customer focus",
    "attention_to_detail": "attention to detail",
    "stakeholder_management": "stakeholder management",
    "decision_making": "decision making",
    "data_literacy": "working with data",
    "patient_care": "patient care",
    "classroom_management": "classroom management",
    "process_improvement": "process improvement",
    "employee_relations": "employee relations",
    "system_design": "system design",
    "risk_management": "risk management",
}
CORE_COMPETENCIES = (
    "teamwork",
    "problem_solving",
    "communication",
    "conflict",
    "initiative",
    "adaptability",
    "leadership",
    "customer_focus",
    "prioritisation",
    "failure",
    "ethics",
    "learning",
)
# What each family's interviews usually probe when a job description does not say.
FAMILY_COMPETENCIES: dict[str, tuple[str, ...]] = {f.name: f.competencies for f in load_families()}
_DEFAULT_COMPETENCIES = ("teamwork", "problem_solving", "communication", "failure")
# Below this family confidence the plan says the family is a guess and asks about the job's
# own duties first.
UNCERTAIN_FAMILY = 0.5
# How much a role question's closeness in meaning to the job's duties counts when ranking
# (a skill named in both counts 2; similarities run from about 0.2 to 0.7).
MEANING_WEIGHT = 4.0
CLOSE_TO_DUTY = 0.45  # similarity at which the plan names the duty a question is close to
CAREER_CHANGE_QUESTION = "mot-change-009"  # asked only of candidates changing family


_ASKS_ABOUT_A_GAP = re.compile(CAREER_GAP, re.I)
# "You've moved jobs every year or so": said only of a résumé that shows it.
_ASKS_ABOUT_SHORT_STAYS = re.compile(r"moved jobs every year|job[\s-]hop", re.I)
SHORT_STAY_YEARS = 1.5  # a median stay this short across several jobs reads as moving on
SHORT_STAY_ROLES = 3  # fewer jobs than this are not a pattern


def _short_stays(resume: ResumeProfile | None) -> bool:
    """The résumé shows several jobs whose typical stay is a year and a half or less."""
    if resume is None:
        return False
    stays = sorted(
        years_of_experience([(start, month_of(r.end, end=True))])
        for r in resume.roles
        if (start := month_of(r.start))
    )
    return len(stays) >= SHORT_STAY_ROLES and stays[len(stays) // 2] <= SHORT_STAY_YEARS


def _audience_fit(text: str, family: str | None) -> int:
    found = find_family(family) if family else None
    good, bad = found.audience if found else ("", "")
    score = 1 if good and re.search(rf"\b(?:{good})", text, re.I) else 0
    return score - (1 if bad and re.search(rf"\b(?:{bad})", text, re.I) else 0)


def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"


def _label(competency: str) -> str:
    return COMPETENCY_LABELS.get(competency, competency.replace("_", " "))


# The shortest answer a generated question asks for: one clear example takes about this long.
MIN_ANSWER_SECONDS = 15


class PlanQuestion(Frozen):
    """One question of the plan and the reason it is asked."""

    text: str
    why: str = Field(description="which requirement or competency it probes")
    id: str | None = Field(None, description="question-bank id; None for a generated question")
    category: str
    frame: Frame = Frame.DIRECT
    probes: tuple[str, ...] = Field((), description="requirements and competencies probed")
    seconds: int = Field(description="suggested length of the answer")
    source: Literal["bank", "resume", "job"] = "bank"
    strong_answer: tuple[str, ...] = ()

    def question(self, bank: QuestionBank) -> Question:
        """The question to ask and analyse against: the bank's own entry, with the
        requirements and competencies it was chosen for added, or one built from the plan
        (résumé and job questions) whose answer may run from half to one and a half times
        its suggested length."""
        q = None
        if self.id is not None:
            try:
                q = bank.get(self.id)
            except KeyError:
                q = None  # an id from an older bank: ask the text as written
        if q is not None:
            extra = tuple(p for p in self.probes if p not in q.competencies)
            return q.model_copy(update={"competencies": (*q.competencies, *extra)}) if extra else q
        lo = max(MIN_ANSWER_SECONDS, int(self.seconds * 0.5))
        return Question(
            text=self.text,
            category=self.category,
            frame=self.frame,
            competencies=tuple(self.probes),
            strong_answer=tuple(self.strong_answer),
            min_seconds=lo,
            max_seconds=max(lo, int(self.seconds * 1.5)),
        )


class PlanStage(Frozen):
    name: str
    title: str
    minutes: float
    purpose: str
    questions: tuple[PlanQuestion, ...]


class InterviewPlan(Frozen):
    """A timed interview with its stages in order."""

    title: str
    job_title: str | None = None
    company: str | None = None
    job_family: str | None = None
    seniority: str | None = None
    minutes: int
    stages: tuple[PlanStage, ...]
    notes: tuple[str, ...] = ()

    def questions(self) -> list[PlanQuestion]:
        return [q for s in self.stages for q in s.questions]

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), indent=2, ensure_ascii=False)


class Story(Frozen):
    """A story worth preparing, and the résumé item it could be built on."""

    competency: str
    why: str
    achievement: str | None = None
    quantified: bool = False
    suggestion: str


class PrepSheet(Frozen):
    """What to prepare: evidence per requirement, stories, and questions to ask."""

    title: str
    job_title: str | None = None
    company: str | None = None
    requirements: tuple[RequirementMatch, ...] = ()
    coverage: float | None = None
    stories: tuple[Story, ...] = ()
    questions_to_ask: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), indent=2, ensure_ascii=False)


# ---------------------------------------------------------------- helpers


def _rank_key(seed: str, question_id: str) -> str:
    """A stable tie-breaker: the same job always gets the same choice among equals."""
    return hashlib.sha256(f"{seed}|{question_id}".encode()).hexdigest()


def _seconds(q: Question) -> int:
    return round((q.min_seconds + q.max_seconds) / 2)


def _count_for(stage_seconds: float, per_question: float, lo: int = 1, hi: int = 8) -> int:
    # about 30 s per question go to the interviewer asking and moving on
    return max(lo, min(hi, int(stage_seconds // (per_question + 30))))


def _from_bank(q: Question, why: str, probes: Sequence[str] = ()) -> PlanQuestion:
    return PlanQuestion(
        text=q.text,
        why=why,
        id=q.id,
        category=q.category,
        frame=q.frame,
        probes=tuple(probes) or q.competencies,
        seconds=_seconds(q),
        source="bank",
        strong_answer=q.strong_answer,
    )


def _short(text: str, limit: int = 110) -> str:
    text = without_contact(text).strip().rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z][a-z0-9+#]+", text.lower()) if len(t) > 2}


# ---------------------------------------------------------------- plan


def _competencies_for(job: JobProfile | None, family: str | None, bank: QuestionBank) -> list[str]:
    """Competencies to ask about, most stressed first, that the bank has questions for."""
    available = {c for q in bank.filter(category="behavioural") for c in q.competencies}
    chosen: list[str] = []
    if job is not None:
        chosen.extend(c for c in job.competencies if c in available)
    for c in FAMILY_COMPETENCIES.get(family or "", _DEFAULT_COMPETENCIES):
        if c in available and c not in chosen:
            chosen.append(c)
    for c in CORE_COMPETENCIES:
        if c not in chosen and c in available:
            chosen.append(c)
    return chosen


def _resume_questions(
    resume: ResumeProfile,
    match: Match | None,
    job: JobProfile | None,
    count: int,
) -> list[PlanQuestion]:
    """Questions about the candidate's own roles and achievements."""
    out: list[PlanQuestion] = []
    required = set(job.required_skills) if job else set()
    if resume.roles:
        role = resume.roles[0]
        where = f" at {role.organisation}" if role.organisation else ""
        target = f" for a {job.title} role" if job and job.title else ""
        out.append(
            PlanQuestion(
                text=f"Walk me through your time as {role.title}{where}: what were you "
                f"responsible for, and what changed because you were there?",
                why=f"Your most recent role; the interviewer checks how it prepares you{target}.",
                category="resume",
                frame=Frame.PRESENT_PAST_FUTURE,
                probes=("experience",),
                seconds=120,
                source="resume",
            )
        )

    def relevance(item: tuple[Achievement, Claim | None]) -> tuple[int, int, int]:
        # Interviewers test the numbers first, a before and after most ("from 118 to 141 units
        # an hour"); within each, the lines that use more of the job's required skills.
        a, claim = item
        weight = 2 if claim is not None and claim.baseline else int(a.quantified)
        return (weight, len(set(a.skills) & required), len(a.text))

    claimed = [(a, claim_of(a.text) if a.quantified else None) for a in resume.achievements]
    for a, claim in sorted(claimed, key=relevance, reverse=True):
        if not (a.quantified or set(a.skills) & required):
            continue
        skills = [s for s in a.skills if s in required]
        named = ", ".join(skill_in_sentence(s, job) for s in skills)
        if claim is not None:
            # "from 2.1 % to 1.4 %": ask about the result and the change, never the baseline.
            if claim.baseline:
                text = (
                    f"Your résumé says: “{_short(a.text)}”. How did you get from "
                    f"{claim.baseline} to {claim.result}, and what was your own part in it?"
                )
            elif claim.outcome:
                text = (
                    f"Your résumé says: “{_short(a.text)}”. How did you reach {claim.result}, "
                    "and what was your own part in it?"
                )
            else:
                # "a bay of 8 patients", "for 2 weeks": the size of the work, not a result.
                text = (
                    f"Your résumé says: “{_short(a.text)}”. What did that involve day to day, "
                    "and what came of your part in it?"
                )
            why = f"A quantified claim{' using ' + named if skills else ''}; "
            why += "interviewers test the numbers on a résumé and how you got them."
        else:
            text = (
                f"Tell me more about “{_short(a.text)}”. What was hard about it, "
                "and what would you do differently now?"
            )
            why = f"Shows {named} in use, which the job requires."
        out.append(
            PlanQuestion(
                text=text,
                why=why,
                category="resume",
                frame=Frame.STAR,
                probes=tuple(skills) or ("achievement",),
                seconds=120,
                source="resume",
            )
        )
        if len(out) >= count:
            break
    if match is not None and len(out) < count:
        for r in match.by_status("weak"):
            if r.kind != "required":
                continue
            out.append(
                PlanQuestion(
                    text=f"The role needs {r.requirement}. Your résumé {r.reason.split(',')[0]}"
                    f" — where have you used it, and how recently?",
                    why=f"Requirement “{r.requirement}” has only weak evidence on your résumé.",
                    category="resume",
                    frame=Frame.STAR,
                    probes=(r.requirement,),
                    seconds=90,
                    source="resume",
                )
            )
            if len(out) >= count:
                break
    if len(resume.roles) > 1 and len(out) < count:
        prev = resume.roles[1]
        out.append(
            PlanQuestion(
                text=f"Why did you move on from {prev.title}"
                f"{' at ' + prev.organisation if prev.organisation else ''}?",
                why="Career moves: the interviewer listens for a positive, forward-looking reason.",
                category="resume",
                frame=Frame.DIRECT,
                probes=("motivation",),
                seconds=60,
                source="resume",
            )
        )
    return out[:count]


def _skill_tokens(skill: str) -> set[str]:
    return _tokens(skill)


def _embed() -> Embed | None:
    """The embedder's encode, or None where the model cannot load."""
    try:
        from interview_coach.nlp.embeddings import get_embedder

        return get_embedder().encode
    except Exception:
        return None


MAX_QUOTED_LINE = 120  # a requirement line longer than this is summarised by its skill

# A requirement that is held or met, not practised: a check, a licence, a registration, a
# certificate, the right to work ("Do you hold it now?", not "What is your experience?").
HELD = re.compile(
    r"\b(?:check|licen[cs]es?|registration|registered|card|certificate|certification|"
    r"certified|clearance|right to work|eligib\w*|permit|visa|membership|vetting|vetted|"
    r"criminal record|drug screen\w*|diploma|degree|qualification|tickets?|accreditation|"
    r"accredited)\b",
    re.I,
)


def _role_questions(
    bank: QuestionBank,
    job: JobProfile | None,
    family: str | None,
    seniority: str | None,
    match: Match | None,
    count: int,
    seed: str,
    used: set[str],
    resume: ResumeProfile | None = None,
    shown_skills: frozenset[str] = frozenset(),
) -> list[PlanQuestion]:
    out: list[PlanQuestion] = []
    missing = [
        r
        for r in (match.by_status("missing") if match else ())
        if r.kind == "required" and r.requirement not in shown_skills
    ]
    if missing and resume is not None:
        # A skill the gazetteer cannot see may still be there in other words ("rebuilt the
        # rota around footfall" is rota planning).
        shown = {
            h.term
            for h in terms_in_answer(
                resume_as_text(resume), [r.requirement for r in missing], _embed()
            )
        }
        missing = [r for r in missing if r.requirement not in shown]
    if missing and count >= 2:
        r = missing[0]
        title = job.title if job and job.title else "this role"
        # A check, licence or registration is held, not practised: ask whether they have it,
        # in the posting's own words ("a background check", not the skill list's "DBS check").
        line = next(
            (q.text for q in (job.requirements if job else ()) if r.requirement in q.skills), None
        )
        asked = line if line and HELD.search(line) and len(line) <= MAX_QUOTED_LINE else None
        pre_hire = bool(asked and PRE_HIRE.search(asked))
        if pre_hire:
            # "Must pass a background check and drug screen": done before the start, never
            # held, so nobody "holds" it; the interviewer asks whether the candidate is ready.
            text = (
                f"The posting says: “{asked}”. Are you ready to complete it, and is there "
                "anything you would want to explain first?"
            )
        elif asked or HELD.search(r.requirement):
            text = (
                f"The job asks for “{asked or r.requirement}”. Do you hold it now, and if not, "
                "how soon could you?"
            )
        else:
            text = (
                f"This role involves {r.requirement}. What is your experience with it, "
                "and if it is limited, how would you get up to speed?"
            )
        out.append(
            PlanQuestion(
                text=text,
                why=f"A check done before you start, which interviewers confirm you are ready "
                f"for ({title})."
                if pre_hire
                else f"Requirement “{asked or r.requirement}” does not appear on your résumé; "
                f"expect the interviewer to probe it for {title}.",
                category="role_specific",
                frame=Frame.DIRECT,
                probes=(r.requirement,),
                seconds=90,
                source="job",
            )
        )
    if job is not None and job.family_confidence < UNCERTAIN_FAMILY:
        # The family is a guess: the job's own duties make better role questions.
        for duty in job.responsibilities:
            if len(out) >= max(1, count // 2):
                break
            out.append(
                PlanQuestion(
                    text=f"This role will have you {_duty_phrase(duty)}. Walk me through how "
                    "you have done that before, and what made it go well.",
                    why="Built from the job description's own duties: its job family is "
                    "uncertain, so the bank's role questions may not fit.",
                    category="role_specific",
                    frame=Frame.STAR,
                    probes=("experience",),
                    seconds=120,
                    source="job",
                )
            )
    if family is None:
        pool = bank.filter(
            category="situational",
            seniority=seniority,
            leads_people=leads_people(job) if job is not None else None,
        )
        reason = "A situational question: how you would approach a realistic problem."
        pool.sort(key=lambda q: _rank_key(seed, q.id or q.text))
        for q in pool:
            if len(out) >= count:
                break
            if q.id in used:
                continue
            used.add(q.id or q.text)
            out.append(_from_bank(q, reason))
        return out
    leads = leads_people(job) if job is not None else None
    pool = [
        q
        for q in bank.filter(
            category="role_specific", job_family=family, seniority=seniority, leads_people=leads
        )
        if q.job_families
    ]
    skills = list(job.required_skills) if job else []
    skill_tokens = {s: _skill_tokens(s) for s in skills}
    responsibility_tokens = (
        set().union(*(_tokens(r) for r in job.responsibilities)) if job else set()
    )
    wanted = set(job.competencies) if job else set()
    closeness = _closeness(pool, job)

    def score(q: Question) -> tuple[float, str]:
        qt = _tokens(q.text + " " + " ".join(q.strong_answer))
        hit = sum(1 for toks in skill_tokens.values() if toks and toks <= qt)
        overlap = len(qt & responsibility_tokens) * 0.2
        comp = len(set(q.competencies) & wanted) * 0.5
        level = 0.3 if seniority and seniority in q.seniority else 0.0
        meaning = closeness.get(q.id or q.text, (0.0, ""))[0] * MEANING_WEIGHT
        return (-(hit * 2 + overlap + comp + level + meaning), _rank_key(seed, q.id or q.text))

    pool.sort(key=score)
    for q in pool:
        if len(out) >= count:
            break
        if (q.id or q.text) in used:
            continue
        used.add(q.id or q.text)
        qt = _tokens(q.text + " " + " ".join(q.strong_answer))
        probed = [s for s, toks in skill_tokens.items() if toks and toks <= qt]
        near, duty = closeness.get(q.id or q.text, (0.0, ""))
        if probed:
            named = ", ".join(skill_in_sentence(s, job) for s in probed[:3])
            why = f"Probes {named}, listed in the job's requirements."
        elif near >= CLOSE_TO_DUTY:
            why = f"Close to what the job asks: “{_short(duty, 90)}”."
        else:
            comps = ", ".join(_label(c) for c in q.competencies[:2])
            why = f"A core {_family_label(family).lower()} question on {comps}."
        out.append(_from_bank(q, why, probes=(*probed[:3], *q.competencies)))
    return out


def _family_label(name: str) -> str:
    """'Pharmacy and allied health' for 'pharmacy_allied_health' (from families.yaml)."""
    found = find_family(name)
    return found.label if found else name.replace("_", " ")


def _closeness(pool: list[Question], job: JobProfile | None) -> dict[str, tuple[float, str]]:
    """For each question, how close in meaning it comes to any duty or requirement of the
    job (0 without a job or the model): "monitor vancomycin levels" ~ "lead therapeutic drug
    monitoring"."""
    lines = [*job.responsibilities, *(r.text for r in job.requirements)] if job else []
    embed = _embed() if lines and pool else None
    if embed is None:
        return {}
    duties = embed(lines)
    questions = embed([q.text for q in pool])
    sims = questions @ duties.T
    return {
        q.id or q.text: (float(max(0.0, sims[i].max())), lines[int(sims[i].argmax())])
        for i, q in enumerate(pool)
    }


def _duty_phrase(duty: str) -> str:
    """'run weekly cycle counts' from 'Run weekly cycle counts.' (lower-cased first word)."""
    text = duty.strip().rstrip(".;:")
    first, _, rest = text.partition(" ")
    if first.isupper() and len(first) > 1:
        return text
    return f"{first.lower()} {rest}".strip()


def is_career_changer(resume: ResumeProfile | None, family: str | None) -> bool:
    """True only when the résumé's roles belong to job families other than this one."""
    if resume is None or family is None:
        return False
    families = [family_for_title(r.title, r.organisation) for r in resume.roles]
    known = [f for f in families if f is not None]
    return bool(known) and family not in known


# Skill areas whose named skills are tools a team uses (a product, a language, a system), not a
# field of work ("Payroll", "HVAC", "Logistics").
_TOOL_AREAS = frozenset(
    "office_tools programming frameworks databases cloud_devops data design graphic_design "
    "it_support".split()
)


def _tool_named(job: JobProfile) -> str | None:
    """The first required skill that is a tool the posting writes as a name ("SQL", "Sage
    50", "Zendesk"), not a word of the title or the employer ("Chef de Partie", "Harrow
    Logistics")."""
    from interview_coach.questions.gazetteer import load_gazetteer

    # The canonical name itself, as written: the gazetteer's aliases would also offer "Oracle
    # Database" for "Oracle WMS" and "Oracle HCM Cloud".
    areas = load_gazetteer().areas
    own = f"{job.title or ''} {job.company or ''}".lower()
    for skill in job.required_skills:
        if areas.get(skill) not in _TOOL_AREAS or skill.lower() in own:
            continue
        if "name" in written(skill, job):
            return skill
    return None


def _candidate_questions(job: JobProfile | None, family: str | None) -> list[str]:
    """Five questions worth asking the interviewer, built from what the job says."""
    title = job.title if job and job.title else "this role"
    who = f"a new {title}" if job and job.title else "someone new in this role"
    qs = [f"What would success look like in the first 90 days for {who}?"]
    if job and job.responsibilities:
        qs.append(
            f"The description mentions “{_short(job.responsibilities[0], 80)}”. "
            "What does that look like week to week, and what makes it hard?"
        )
    else:
        qs.append("What does a typical week look like in this role?")
    if job and job.values:
        value = job.values[0]
        # The label is ours ("excellence" for "high standards"): asked, not put in their mouth.
        qs.append(f"What does {value} look like in the way the team works, day to day?")
    else:
        qs.append("How would you describe the team's culture, and how does it show day to day?")
    if job and (skill := _tool_named(job)):
        qs.append(
            f"How does the team use {skill} today, and is anything about it changing "
            "in the next year?"
        )
    else:
        qs.append("What is the biggest challenge the team is working on right now?")
    level = (job.seniority if job else None) or "this level"
    qs.append(
        f"How do people at {level} level grow here, and how is performance reviewed?"
        if level != "this level"
        else "How do people in this role grow, and how is performance reviewed?"
    )
    qs.append("What are the next steps in the process, and when can I expect to hear back?")
    return qs[:6]


def build_plan(
    job: JobProfile | None,
    resume: ResumeProfile | None,
    *,
    job_family: str | None = None,
    seniority: str | None = None,
    minutes: int = 30,
    bank: QuestionBank | None = None,
    salary: bool | None = None,
    resume_text: str | None = None,
) -> InterviewPlan:
    """A timed interview plan; `job_family`/`seniority` override what the job description says.
    `salary` adds a pay-and-practicalities stage (by default for plans of 45 minutes or more).
    `resume_text`, the résumé as written, is what the requirements are quoted from."""
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InputError(f"--minutes must be between {MIN_MINUTES} and {MAX_MINUTES}.")
    if job_family is not None and job_family not in JOB_FAMILIES:
        raise InputError(
            f"Unknown job family {job_family!r}. Choose one of: {', '.join(JOB_FAMILIES)}."
        )
    if seniority is not None and seniority not in SENIORITIES:
        raise InputError(
            f"Unknown seniority {seniority!r}. Choose one of: {', '.join(SENIORITIES)}."
        )
    bank = bank or load_bank()
    family = job_family or (job.job_family if job else None)
    level = seniority or (job.seniority if job else None)
    # Questions about one's own reports only for a job that has them (none without a job).
    leads = leads_people(job) if job is not None else None
    match = match_profiles(job, resume) if job is not None and resume is not None else None
    seed = "|".join(
        str(x) for x in (job.title if job else None, job.company if job else None, family, level)
    )
    used: set[str] = set()
    budgets = {s: minutes * 60 * STAGE_WEIGHTS[s] for s in STAGES}
    with_salary = salary if salary is not None else minutes >= SALARY_FROM_MINUTES
    if with_salary:
        budgets["salary_logistics"] = minutes * 60 * SALARY_SHARE
        budgets["behavioural"] -= minutes * 60 * SALARY_SHARE / 2
        budgets["role_specific"] -= minutes * 60 * SALARY_SHARE / 2
    stages: list[PlanStage] = []

    # "What have you been doing since your last job?" is not asked of someone in work now.
    in_work = resume is not None and any(CURRENT.match(r.end or "") for r in resume.roles)
    short_stays = _short_stays(resume)

    def pick(category: str, n: int, why: str, prefer: Iterable[str] = ()) -> list[PlanQuestion]:
        pool = bank.filter(
            category=category, job_family=family, seniority=level, leads_people=leads
        )
        if in_work:
            pool = [q for q in pool if not _ASKS_ABOUT_A_GAP.search(q.text)]
        if not short_stays:
            pool = [q for q in pool if not _ASKS_ABOUT_SHORT_STAYS.search(q.text)]
        order = {qid: i for i, qid in enumerate(prefer)}
        pool.sort(key=lambda q: (order.get(q.id or "", 99), _rank_key(seed, q.id or q.text)))
        out = []
        for q in pool:
            if (q.id or q.text) in used:
                continue
            used.add(q.id or q.text)
            out.append(_from_bank(q, why))
            if len(out) >= n:
                break
        return out

    # Opening: one question, "Tell me about yourself" when the bank has it.
    opening = pick(
        "opening",
        1,
        "Every interview starts here; it frames how the rest of your answers are heard.",
        prefer=("open-intro-001",),
    )
    stages.append(_stage("opening", budgets, opening))

    # Résumé walk-through.
    n_resume = _count_for(budgets["resume_walkthrough"], 100, hi=5)
    if resume is not None:
        walk = _resume_questions(resume, match, job, n_resume)
    else:
        walk = pick(
            "opening",
            1,
            "Without a résumé to hand the interviewer asks you to walk through it yourself.",
            prefer=("open-intro-002",),
        )
    stages.append(_stage("resume_walkthrough", budgets, walk))

    # Behavioural: one question per competency the job stresses.
    n_beh = _count_for(budgets["behavioural"], 120, hi=6)
    beh: list[PlanQuestion] = []
    stressed = set(job.competencies) if job else set()
    for comp in _competencies_for(job, family, bank):
        if len(beh) >= n_beh:
            break
        pool = [
            q
            for q in bank.filter(
                category="behavioural",
                competency=comp,
                seniority=level,
                job_family=family,
                leads_people=leads,
            )
            if (q.id or q.text) not in used
        ]
        if not pool:
            continue
        pool.sort(
            key=lambda q: (
                -_audience_fit(q.text, family),
                q.competencies.index(comp),
                _rank_key(seed, q.id or q.text),
            )
        )
        q = pool[0]
        used.add(q.id or q.text)
        if comp in stressed:
            why = f"The job description stresses {_label(comp)}."
        elif family:
            kind = _family_label(family).lower()
            why = f"{_label(comp).capitalize()} is commonly probed for {kind} roles."
        else:
            why = f"{_label(comp).capitalize()} is probed in most interviews."
        beh.append(_from_bank(q, why, probes=(comp,)))
    stages.append(_stage("behavioural", budgets, beh))

    # Role-specific.
    n_role = _count_for(budgets["role_specific"], 100, hi=6)
    # A skill of a requirement line the résumé shows ("Right to work" in "Eligibility to work
    # in New Zealand" ← "Open work visa") is not probed as missing: the prep sheet's reading.
    written = (
        requirement_match(job, resume, resume_text)
        if match is not None and job is not None and resume is not None
        else None
    )
    shown: frozenset[str] = frozenset()
    if written is not None and job is not None:  # one match per requirement, in order
        pairs = zip(job.requirements, written.requirements, strict=True)
        shown = frozenset(s for r, m in pairs if m.status != "missing" for s in r.skills)
    role = _role_questions(bank, job, family, level, match, n_role, seed, used, resume, shown)
    stages.append(_stage("role_specific", budgets, role))

    # Motivation. "Why change careers?" only for someone whose roles are in another family.
    if not is_career_changer(resume, family):
        used.add(CAREER_CHANGE_QUESTION)
    n_mot = _count_for(budgets["motivation"], 75, hi=2)
    motivation: list[PlanQuestion] = []
    if job is not None and job.company:
        motivation.append(
            PlanQuestion(
                text=f"Why do you want to work at {job.company}"
                f"{' as ' + _article(job.title) + ' ' + job.title if job.title else ''}?",
                why="Tests your research on the employer and whether the role fits your plans.",
                category="motivation",
                frame=Frame.ROLE_COMPANY_SELF,
                probes=("motivation", "company_research"),
                seconds=75,
                source="job",
            )
        )
    motivation += pick(
        "motivation",
        max(0, n_mot - len(motivation)),
        "Interviewers want to know why this role and why now.",
    )
    stages.append(_stage("motivation", budgets, motivation))

    # Pay and practicalities: the expectations question first, then what else matters.
    if with_salary:
        pay = pick(
            "salary_logistics",
            _count_for(budgets["salary_logistics"], 60, hi=3),
            "Pay comes up in most hiring processes; practise a researched range.",
            prefer=("sal-expect-001", "sal-package-010", "sal-notice-004"),
        )
        stages.append(_stage("salary_logistics", budgets, pay))

    # The candidate's questions.
    asks = [
        PlanQuestion(
            text=text,
            why="A question for you to ask: shows preparation and tells you about the job.",
            category="candidate_question",
            frame=Frame.DIRECT,
            probes=(),
            seconds=60,
            source="job",
        )
        for text in _candidate_questions(job, family)[:3]
    ]
    stages.append(_stage("candidate_questions", budgets, asks))

    # Closing.
    closing = pick(
        "closing",
        1,
        "The last word: a short summary of why you fit, and the next steps.",
        prefer=("close-summary-003", "close-anything-002"),
    )
    stages.append(_stage("closing", budgets, closing))

    notes: list[str] = []
    if match is not None and job is not None and resume is not None:
        read = written or match
        missing = [r.requirement for r in read.by_status("missing") if r.kind == "required"]
        if missing:
            notes.append(f"Required but not on your résumé: {'; '.join(missing)}.")
        notes.append(f"Résumé coverage of the required items: {read.coverage:.0%}.")
    if job is not None and job.job_family and job.family_confidence < UNCERTAIN_FAMILY:
        notes.append(
            f"The job family ({_family_label(job.job_family).lower()}) is a guess "
            f"(confidence {job.family_confidence:.2f}); role questions start from the job's "
            "own duties. Use --job-family to set it."
        )
    if job is None and family is None:
        notes.append("No job description or job family given: questions are general.")
    title_bits = [job.title if job and job.title else None, job.company if job else None]
    name = _family_label(family) if family else ""
    if level and name and not name.split()[0].isupper():
        name = name[:1].lower() + name[1:]  # "Senior nursing", but "Senior UX design"
    generic = f"{level.capitalize()} {name}" if level and name else name
    title = " at ".join(b for b in title_bits if b) or generic or "General"
    return InterviewPlan(
        title=f"Interview plan: {title}",
        job_title=job.title if job else None,
        company=job.company if job else None,
        job_family=family,
        seniority=level,
        minutes=minutes,
        stages=tuple(stages),
        notes=tuple(notes),
    )


def _stage(name: str, budgets: dict[str, float], questions: list[PlanQuestion]) -> PlanStage:
    return PlanStage(
        name=name,
        title=STAGE_TITLES[name],
        minutes=round(budgets[name] / 60, 1),
        purpose=STAGE_PURPOSE[name],
        questions=tuple(questions),
    )
