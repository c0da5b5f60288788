"""What a job description asks for: sections, skills, title, employer, seniority, family.

Everything here works on text already read (see `documents.read_document`), and the same
text always gives the same profile. Skills come from the gazetteer (`questions.gazetteer`),
sections and headings from `questions.sections`; requirements, salary and location are in
`questions.requirements`; the résumé reader and the skills match live in `questions.resume`.

A job description is split into
sections by its headings so that "Requirements" and "Nice to have" skills are told apart;
inside any section a sentence that says "a plus", "preferred", "bonus"… makes its skills
nice-to-have.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from interview_coach.nlp.text import squeeze_blanks
from interview_coach.questions import employer, heading
from interview_coach.questions import requirements as reqs
from interview_coach.questions.families import family_for_title
from interview_coach.questions.gazetteer import (
    SkillHit,
    _unique,
    load_gazetteer,
)
from interview_coach.questions.location import location_from_text, work_model_from_text
from interview_coach.questions.sections import (
    _BULLET,
    _FIELD_RE,
    _NICE_CLAUSE,
    _ORG_WORDS,
    _ROLE_RE,
    Block,
    _strip_md,
    split_sections,
    table_rows_as_fields,
    unfold_inline_sections,
)
from interview_coach.types import JobProfile

# Clauses whose skills are not asked of the candidate: what the employer offers, a degree
# subject, or the company describing itself.
_OFFER_CLAUSE = re.compile(
    r"\b(?:we offer|we provide|we'll provide|we will provide|you(?:'ll| will) (?:get|receive)|"
    r"we(?:'ll| will) (?:train|support) you|full training)\b",
    re.I,
)
_DEGREE = re.compile(r"\b(?:degree|bsc|ba|msc|diploma|major)\b[^.;\n]*", re.I)
# "the supply chain team", "our product marketing manager", "heads of merchandising": a
# skill named as someone else's department or job is not a requirement.
_DEPARTMENT_AFTER = re.compile(r"^[\s-]*(?:teams?|departments?|dept|managers?|function)\b", re.I)
_DEPARTMENT_BEFORE = re.compile(r"\b(?:heads? of|directors? of|vp of)\s+(?:\w+\s+)?$", re.I)
_METHOD_NAMES = {"Agile", "Scrum", "Kanban", "Lean", "SAFe", "DevOps", "Multidisciplinary teamwork"}


def _skill_hits(clause: str, company_intro: re.Pattern[str] | None) -> list[SkillHit]:
    """Skills a clause asks for, leaving out the ones it only mentions in passing."""
    if _OFFER_CLAUSE.search(clause):
        return []
    if company_intro is not None and company_intro.search(clause):
        return []
    masked = _DEGREE.sub(lambda m: " " * len(m.group(0)), clause)
    hits = []
    for hit in load_gazetteer().skills.find(masked):
        if hit.name not in _METHOD_NAMES and (
            _DEPARTMENT_AFTER.match(masked[hit.end :])
            or _DEPARTMENT_BEFORE.search(masked[: hit.start])
        ):
            continue
        hits.append(hit)
    return hits


_REQUIRED_CLAUSE = re.compile(
    r"\b(?:required|must(?: have| be)?|essential|mandatory|minimum|at least|proven|strong)\b",
    re.I,
)


def _clauses(text: str) -> list[tuple[int, str]]:
    """Split a line into clauses (sentences and `;` parts), keeping offsets."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in re.finditer(r"(?<=[.;!?])\s+(?=[A-Z(])|;\s*|\s+[—–]\s+(?=[A-Z])", text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return [(p, c) for p, c in out if c.strip()]


# ---------------------------------------------------------------- job description


_TITLE_IN_PROSE = re.compile(
    r"\b(?:looking for|seeking|hiring|recruiting|searching for|in search of|need|want)\s+"
    r"(?:an?|our (?:next|new|first)|a new|an experienced|a talented|a motivated|a passionate)?\s*"
    r"(?:(?:experienced|talented|motivated|passionate|dedicated|enthusiastic|driven|skilled|"
    r"caring|creative|curious|detail-oriented|hands-on|friendly|organised|organized|"
    r"compassionate|confident|ambitious|dynamic|proactive|energetic|qualified|"
    r"and|,)\s+)*"
    r"((?:[A-Z][\w&+/.#-]*|of|and|&|to|for|the|in|-)(?:\s+(?:[A-Z][\w&+/.#-]*|of|and|&|for|"
    r"the|-|\([A-Za-z0-9 /&+-]+\)))*)"
)


def _split_title_line(line: str) -> tuple[str | None, str | None]:
    """('Senior Data Analyst', 'Northwind') from 'Senior Data Analyst - Northwind'."""
    text = _strip_md(line)
    text = re.sub(
        r"^(?:job (?:title|posting|description|advert|ad)|vacancy|role)\s*[:\-–]\s*",
        "",
        text,
        flags=re.I,
    )
    text = re.sub(
        r"\s*\((?:remote|hybrid|on-?site|full[\s-]time|part[\s-]time|contract|"
        r"permanent|temporary|[^)]*\d[^)]*)\)\s*$",
        "",
        text,
        flags=re.I,
    )
    parts = [
        p.strip() for p in re.split(r"\s+[|–—-]\s+|\s+@\s+|\s+at\s+|\s*\|\s*", text) if p.strip()
    ]
    if not parts:
        return None, None
    title = None
    company = None
    # After the title, a part that names an organisation ("North Nene Council") is the
    # employer before a specialism ("Child in Need & Child Protection").
    org = next((p for p in parts[1:] if _ORG_WORDS.search(p) and not heading.is_role(p)), None)
    for i, part in enumerate(parts):
        if heading.is_role(part) and title is None:
            title = part
        elif title is not None and company is None and i > 0:
            if not re.search(r"remote|hybrid|on-?site|full[\s-]time|part[\s-]time|\d", part, re.I):
                company = part
        elif company is None and title is None and i == 0:
            company = part
    company = org or company
    if title is None:
        return None, None
    if company is not None and _ROLE_RE.search(company) is not None:
        company = None
    return title.strip(" ,.:"), company


_TITLE_FIELDS = frozenset(
    {"job title", "post title", "role title", "position title", "title", "position", "role",
     "vacancy", "job", "subject"}
)  # fmt: skip


def _guess_title(text: str, blocks: list[Block]) -> tuple[str | None, str | None]:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    for line in lines[:25]:
        m = _FIELD_RE.match(_strip_md(line)) or _FIELD_RE.match(line)
        key = m.group(1).lower() if m else ""
        if key == "subject" and not heading.looks_like_title(m.group(2)):
            continue  # an email's subject line names the job only sometimes
        if key in _TITLE_FIELDS:
            title, company = _split_title_line(m.group(2))
            if key == "subject":
                company = None  # "Subject: Conveyancer | Leeds | £40k": a place, not who
            if title:
                return title, company
            return m.group(2).strip(" *"), None
    for line in lines[:3]:
        stripped = _strip_md(line)
        if len(stripped) > 90 or stripped.endswith((".", "!", "?")):
            continue
        title, company = _split_title_line(line)
        if title and len(title.split()) <= 8:
            return title, company
    for line in lines[:25]:
        # A heading that names a job, below a block of details: "## High School Mathematics
        # Teacher (2025–26 School Year)".
        if re.match(r"\s*(?:#{1,3}\s|\*\*[^*]+\*\*\s*$)", line):
            plain = _strip_md(line)
            if len(plain.split()) <= 12 and not plain.endswith(".") and heading.is_role(plain):
                return plain, None
    for line in lines[:12]:
        m = _TITLE_IN_PROSE.search(_strip_md(line))
        if m and _ROLE_RE.search(m.group(1)):
            candidate = m.group(1).strip(" -")
            # end at the role noun: "Data Analyst to join" -> "Data Analyst"
            last = None
            for rm in _ROLE_RE.finditer(candidate):
                last = rm
            if last is not None:
                candidate = candidate[: last.end()]
            return candidate, None
    return None, None


def _has_title_field(text: str) -> bool:
    for line in text.split("\n")[:25]:
        m = _FIELD_RE.match(_strip_md(line))
        if m and m.group(1).lower() in _TITLE_FIELDS - {"role", "job", "subject"}:
            return True
    return False


_YEARS = re.compile(
    r"(\d{1,2})\s*(?:\+|plus)?\s*(?:[-–to]+\s*(\d{1,2})\s*)?\+?\s*(?:years?|yrs?)(?:'|’)?\s*"
    r"(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:experience|exp\b|working|in\b)",
    re.I,
)
_LEAD_WORDS = re.compile(
    r"\b(?:lead|principal|staff|head of|director|vp|vice president|chief|manager of managers|"
    r"team lead|tech lead|lead nurse|charge nurse|ward manager|head teacher|headteacher|"
    r"department head)\b",
    re.I,
)
_SENIOR_WORDS = re.compile(r"\b(?:senior|sr\.?|experienced|expert|iii|band 6|band 7)\b", re.I)
_ENTRY_WORDS = re.compile(
    r"\b(?:junior|jr\.?|entry[\s-]level|graduate|grad|intern|internship|trainee|apprentice|"
    r"apprenticeship|newly qualified|nqt|ect|early career|new grad|assistant|associate|i\b|"
    r"band 5|level 1|tier 1)\b",
    re.I,
)


# A manager of a whole unit (a store, a site, a ward, a home) is senior; a deputy is not.
_UNIT_MANAGER = re.compile(
    r"\b(?:store|branch|site|general|restaurant|hotel|ward|practice|plant|depot|centre|center|"
    r"home|registered|unit|office) manager\b",
    re.I,
)
_UNDER = re.compile(r"\b(?:assistant|deputy|trainee|junior|co-?manager|sub)\b", re.I)


def _guess_seniority(title: str | None, text: str) -> str:
    t = title or ""
    # "Staff Engineer" is a senior rung in technology; a "Staff Nurse" is a registered nurse.
    staff = (
        r"staff (?:software |data |machine learning |ml |product |ux )?"
        r"(?:engineer|developer|scientist|designer|architect|researcher|analyst)"
    )
    if re.search(rf"\b(?:principal|{staff}|head of|director|vp|vice president|chief)\b", t, re.I):
        return "lead"
    if re.search(r"\b(?:team lead(?:er)?|lead|head|leader)\b", t, re.I):
        return "lead"
    if _SENIOR_WORDS.search(t) or (_UNIT_MANAGER.search(t) and not _UNDER.search(t)):
        return "senior"  # "Store Manager", "Registered Manager": runs a whole unit
    if re.search(
        r"\b(?:junior|jr\.?|graduate|grad|intern|trainee|apprentice|entry[\s-]level|"
        # a trade's mate, improver or helper learns beside a qualified hand
        r"new grad|newly qualified|\w+['’]s mate|improver|helper)\b",
        t,
        re.I,
    ):
        return "entry"
    years = [int(m.group(1)) for m in _YEARS.finditer(text) if int(m.group(1)) <= 25]
    low = min(years) if years else None
    if re.search(
        r"\b(?:entry[\s-]level|no (?:prior )?experience (?:is )?(?:required|needed)|"
        r"new(?:ly)? (?:qualified|graduates?)|recent graduates?|graduate scheme|"
        r"0\s*[-–]\s*[12] years)\b",
        text,
        re.I,
    ):
        return "entry"
    if low is None and re.search(
        r"\b(?:1[0-2]|[1-9]) months'?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?experience|"
        r"(?:full |paid |full paid )?training (?:is |will be )?(?:given|provided)|"
        r"experience (?:is )?(?:a (?:bonus|plus)|desirable|not essential|not required)",
        text,
        re.I,
    ):
        return "entry"  # a year or less asked, or training given in place of experience
    # A supervisor runs a shift or a crew: at least mid level, however few years are asked.
    runs_people = bool(re.search(r"\b(?:supervisor|team leader|foreman|forewoman|leading hand|"
                                 r"charge ?hand|shift lead)\b", t, re.I))  # fmt: skip
    if low is not None:
        if low >= 8:
            return "lead" if re.search(r"\blead\b", t, re.I) else "senior"
        if low >= 5:
            return "senior"
        if low >= 2 or runs_people:
            return "mid"
        return "entry"
    if re.search(r"\blead\b", t, re.I):
        return "lead"
    return "mid"


# Words a job description uses for what it values; mapped to a short label.
_VALUE_CUES: tuple[tuple[str, str], ...] = (
    ("integrity", r"integrity|honest|transparen|do the right thing"),
    ("ownership", r"ownership|owner'?s mindset|accountab|take responsibility"),
    ("collaboration", r"collaborat|one team|teamwork|together"),
    (
        "customer first",
        r"customer[\s-](?:first|obsess|centric|focus)|put (?:customers|patients|users) first",
    ),
    ("inclusion", r"inclusi|diversity|belonging|equal opportunit"),
    (
        "learning",
        r"growth mindset|keep learning|continuous learning|curiosity|curious|love (?:of|to) learn",
    ),
    ("innovation", r"innovat|experiment|creativ"),
    # (Not "quality" alone, which is mostly "quality assurance"; not a course named "… of
    # Excellence".)
    ("excellence", r"(?<!centre of )excellence|high standards|craftsmanship"),
    ("care", r"compassion|kindness|\bcare\b|caring|dignity|respect"),
    ("impact", r"impact|mission|purpose"),
    ("sustainability", r"sustainab|environmental|net zero|carbon"),  # not "a busy environment"
    ("safety", r"safety|safe\b"),
    ("pace", r"move fast|fast[\s-]paced|bias for action|speed"),
    # (Not "flexibility to cover shifts", which is asked of the candidate.)
    ("wellbeing", r"wellbeing|well-being|work[\s-]life balance|flexible working"),
)


def _values(text: str, blocks: list[Block]) -> tuple[str, ...]:
    found: list[str] = []
    lower = text.lower()
    for label, cue in _VALUE_CUES:
        if re.search(rf"\b(?:{cue})", lower):
            found.append(label)
    return tuple(found)


_COMPETENCY_FROM_SKILLS = {
    "Stakeholder management": "stakeholder_management",
    "Negotiation": "negotiation",
    "People management": "leadership",
    "Coaching": "coaching",
    "Risk management": "risk_management",
    "Complaint handling": "conflict",
    "Customer service": "customer_focus",
    "Patient care": "patient_care",
    "Classroom management": "classroom_management",
    "Process improvement": "process_improvement",
    "Troubleshooting": "troubleshooting",
    "System design": "system_design",
    "Data analysis": "data_literacy",
    "Employee relations": "employee_relations",
    "Recruitment": "recruiting",
    "Presentation skills": "communication",
}


def job_family_for(
    title: str | None, skills: Iterable[str], employer: str | None = None
) -> str | None:
    """The job family a title and its skills point to (None when nothing does)."""
    return job_family_with_confidence(title, skills, employer)[0]


# How sure a family guess is: a title that names the family is strong evidence, skills that
# agree make it near certain; a guess from skills alone is only as strong as their majority.
TITLE_CONFIDENCE = 0.85
TITLE_AND_SKILLS_CONFIDENCE = 0.95
SKILLS_ONLY_CEILING = 0.7
SKILLS_FOR_FULL_SUPPORT = 3  # skills from one family it takes to trust a guess from skills


def job_family_with_confidence(
    title: str | None, skills: Iterable[str], employer: str | None = None
) -> tuple[str | None, float]:
    """(family, confidence 0–1) from the title (and, for work every workplace has, the
    employer's venue) first, then the areas its skills come from."""
    gaz = load_gazetteer()
    votes: Counter[str] = Counter()
    for name in skills:
        family = gaz.families.get(gaz.areas.get(name, ""))
        if family:
            votes[family] += 1
    top = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    by_title = family_for_title(title, employer)
    if by_title is not None:
        agree = bool(top) and top[0][0] == by_title
        return by_title, TITLE_AND_SKILLS_CONFIDENCE if agree else TITLE_CONFIDENCE
    if not top:
        return None, 0.0
    share = top[0][1] / sum(votes.values())
    support = min(1.0, top[0][1] / SKILLS_FOR_FULL_SUPPORT)  # one skill is thin evidence
    return top[0][0], round(SKILLS_ONLY_CEILING * share * support, 2)


_EMPLOYER = "EMPLOYER"


def job_profile_from_text(text: str) -> JobProfile:
    """Read a job description: title, company, seniority, skills, duties, competencies, values.

    Spans refer to `text` once its long runs of blanks are squeezed (`squeeze_blanks`, done
    already by every reader of documents and typed text)."""
    gaz = load_gazetteer()
    text = unfold_inline_sections(squeeze_blanks(text))
    blocks = split_sections(text)

    # The header is read with a details table's rows as "Label: value" lines.
    head = table_rows_as_fields(text)
    title, company = _guess_title(head, blocks)
    head_title, head_rest = heading.title_from_heading(head)
    if head_title and not _has_title_field(head):
        title = head_title
    elif title:
        title = heading.tidy_title(title)
    named_once = company and not re.search(
        rf"\b{re.escape(company.split()[0])}\b", text.split("\n", 1)[-1]
    )
    if named_once and not _ORG_WORDS.search(company or ""):
        company = None  # "Nurse – Intensive Care Unit": a unit named once, not the employer
    hiring = heading.hiring_line(head)
    on_title_line = company
    company = employer.read_employer(text, head, title, head_rest, hiring, on_title_line)
    if company:
        # "Northwind Logistics" is a name, not a logistics skill: blank it out before matching.
        masked = re.compile(rf"\b{re.escape(company)}\b")
        blocks = [
            Block(b.section, b.heading, masked.sub(_EMPLOYER, b.text), b.start, b.bullet)
            for b in blocks
        ]

    # In the opening lines, "Quillby is a B2B software company that helps accountancy firms"
    # describes the employer, not the job.
    first = _EMPLOYER if company else None
    company_intro = re.compile(
        # "We're rated Good by the CQC", "At Greenacre, we've been helping…": the employer
        # about itself, unless it says what it needs.
        r"^\s*(?:\w+!\s*)?(?:at [A-Z][\w&'’ -]+,\s*)?(?:we(?:'re| are|'ve| have)\b"
        r"(?!.*\b(?:looking|hiring|seeking|need|want|recruiting)\b)|our (?:company|mission|"
        r"customers|clients)\b|founded\b"
        + (
            rf"|(?:{first}|{re.escape(company.split()[0]) if company else ''})\b"
            r"(?!.*\b(?:looking for|hiring|seeking|recruiting|needs?)\b)"
            if first
            else ""
        )
        + ")",
        re.I,
    )
    required: list[str] = []
    nice: list[str] = []
    responsibilities: list[str] = []
    competency_counts: Counter[str] = Counter()
    for block in blocks:
        if block.section in ("benefits",):
            continue
        for _offset, clause in _clauses(block.text):
            soft_hits = gaz.soft.find(clause)
            for hit in soft_hits:
                if block.section != "company":
                    competency_counts[gaz.competency_of[hit.name]] += 1
            if block.section == "company":
                continue
            hits = _skill_hits(clause, company_intro if block.section == "intro" else None)
            if not hits:
                continue
            optional = block.section == "nice" or bool(_NICE_CLAUSE.search(clause))
            if (
                block.section == "nice"
                and _REQUIRED_CLAUSE.search(clause)
                and not _NICE_CLAUSE.search(clause)
            ):
                optional = True  # a nice-to-have list that says "strong X" is still optional
            target = nice if optional else required
            target.extend(h.name for h in hits)
        if block.section == "responsibilities" and (block.bullet or len(block.text) < 220):
            sentence = _strip_md(_BULLET.sub("", block.text)).strip()
            if 12 <= len(sentence) <= 300:
                responsibilities.append(sentence)

    required_t = _unique(required)
    nice_t = tuple(n for n in _unique(nice) if n not in set(required_t))
    for name in required_t:
        if name in _COMPETENCY_FROM_SKILLS:
            competency_counts[_COMPETENCY_FROM_SKILLS[name]] += 1
    competencies = tuple(
        c for c, _ in sorted(competency_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    seniority = _guess_seniority(title, text)

    requirements = reqs.requirements_from_text(text)
    family, confidence = job_family_with_confidence(title, [*required_t, *nice_t], company)
    return JobProfile(
        title=title,
        company=company,
        seniority=seniority,
        required_skills=required_t,
        nice_to_have_skills=nice_t,
        responsibilities=tuple(responsibilities[:12]),
        competencies=competencies,
        values=_values(text, blocks),
        job_family=family,
        family_confidence=confidence,
        location=location_from_text(head, company),
        work_model=work_model_from_text(text),
        years_required=reqs.years_required(text, requirements),
        salary=reqs.salary_from_text(text),
        requirements=requirements,
    )
