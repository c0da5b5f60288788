"""What a résumé offers, and how well it covers a job's skills.

A résumé is read into roles (title, organisation, dates, bullets), achievements with their
numbers, education, certifications and skills with the lines that show them. The name and
contact lines stay out of every other field. `match_profiles` sets the job's skills against
it; `questions.matching` does the same for the job's written requirements.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Literal

from pydantic import Field

from interview_coach.nlp.text import lines_with_offsets, squeeze_blanks
from interview_coach.questions.claims import in_a_name
from interview_coach.questions.gazetteer import _unique, load_gazetteer
from interview_coach.questions.heading import looks_like_title
from interview_coach.questions.holders import without_employers, without_holders
from interview_coach.questions.roles import (
    _DATE_RANGE,
    Role,
    _date_only,
    _parse_role_line,
    _role_from_block,
)
from interview_coach.questions.sections import (
    _BULLET,
    _clean_heading,
    _is_heading,
    _strip_md,
)
from interview_coach.types import Frozen, JobProfile

# ---------------------------------------------------------------- résumé


class Achievement(Frozen):
    """A résumé bullet worth talking about; numbers make it a story with a result."""

    text: str
    role: str | None = Field(None, description="title of the role it belongs to")
    numbers: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()

    @property
    def quantified(self) -> bool:
        return bool(self.numbers)


class ResumeProfile(Frozen):
    """What a résumé offers."""

    name: str | None = None
    summary: str | None = None
    roles: tuple[Role, ...] = ()
    skills: tuple[str, ...] = ()
    skill_evidence: dict[str, tuple[str, ...]] = Field(
        default_factory=dict, description="skill -> résumé lines that mention it"
    )
    listed_only: tuple[str, ...] = Field(
        default=(), description="skills named only in a skills list, never in use"
    )
    achievements: tuple[Achievement, ...] = ()
    education: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()


_NUMBER = re.compile(
    r"(?:[$£€¥]\s?\d[\d,.]*\s?(?:[kmb]n?|million|billion|thousand)?\b|"
    r"(?<![\d,.])\d[\d,.]*\s?(?:%|percent|per cent|x\b|×)|"  # from a number's start only
    r"\b\d[\d,.]*\s?(?:[kmb]|million|billion|thousand)\b|"
    r"\b(?:doubled|tripled|halved|quadrupled)\b|"
    r"\b\d[\d,.]*\+?(?=\s+[a-z]))",
    re.I,
)
_RESUME_SECTION = (
    (
        "experience",
        re.compile(
            # ("Career summary" and "Career objective" are summaries, below.)
            r"experience|employment|work history|career(?! (?:summary|objective|profile|goals?|"
            r"aims?|statement))|positions|professional background|"
            r"^\W*(?:work|jobs|roles)\W*$",
            re.I,
        ),
    ),
    ("education", re.compile(r"education|qualifications|academic|training", re.I)),
    (
        "skills",
        # "Systems": the software a candidate has used, as clinics' and shops' staff list it.
        re.compile(
            r"skills|technologies|tools|competenc|tech stack|expertise|languages|"
            r"^(?:it |computer |software )?systems$",
            re.I,
        ),
    ),
    (
        "certifications",
        # "Tickets": Australian and New Zealand trades' word for their licences and cards.
        re.compile(
            r"certific|licen[cs]es|accreditation|registrations?$|memberships?$|\btickets?\b",
            re.I,
        ),
    ),
    ("summary", re.compile(r"summary|profile|about me|objective|personal statement", re.I)),
    (
        "projects",
        re.compile(r"projects|portfolio|volunteer|achievements|awards|publications", re.I),
    ),
    # "Other", "Additional information": a licence, a language, a system used, availability;
    # neither a job's bullets nor an education.
    (
        "additional",
        re.compile(r"^(?:other|additional|further)(?: (?:information|details|info))?$", re.I),
    ),
    # Interests and referees: neither work shown nor a credential held; a heading of its own
    # keeps "Five-a-side football" out of the section above it.
    (
        "personal",
        re.compile(
            r"^(?:personal |other )?(?:interests|hobbies)(?: (?:and|&) (?:interests|hobbies))?$|"
            r"^(?:referees|references)$",
            re.I,
        ),
    ),
)


def _resume_sections(text: str) -> list[tuple[str, str, int]]:
    """(section, line, offset) for each non-empty line."""
    out: list[tuple[str, str, int]] = []
    section = "header"
    for start, line in lines_with_offsets(text):
        if not line.strip():
            continue
        heading = _clean_heading(line)
        short = (
            len(heading) <= 40
            and len(heading.split()) <= 5
            and not _BULLET.match(line)
            and not _DATE_RANGE.search(line)
            and not re.search(r"\d|,|@", heading)
        )
        # Only a short line that names a résumé section is a heading: "JANE DOE" in capitals
        # is a name and "ACCA, 2018" an entry, not sections.
        kind = next((n for n, p in _RESUME_SECTION if p.search(heading)), None) if short else None
        if kind is not None and (_is_heading(line) or len(heading.split()) <= 3):
            section = kind
            continue
        if line.lstrip().startswith("#") and section == "header" and out:
            section = "other"
            continue
        out.append((section, line.rstrip(), start))
    return out


def _numbers(text: str) -> tuple[str, ...]:
    found = []
    for m in _NUMBER.finditer(text):
        value = m.group(0).strip()
        if _DATE_RANGE.fullmatch(value) or re.fullmatch(r"(?:19|20)\d{2}", value):
            continue  # a year is not a result
        digit = re.search(r"\d", value)
        if digit and in_a_name(text, m.start() + digit.start()):
            continue  # "ISO/IEC 17025", "HTM 01-05", "Vue 3": part of a name
        found.append(value)
    return tuple(found)


def _unfile(
    header: list[str], bullets: dict[int, list[str]], achievements: list[Achievement], index: int
) -> None:
    """Take back lines filed under the role before as its bullets: they name the next role."""
    for line in header:
        plain = _strip_md(_BULLET.sub("", line))
        if plain in bullets.get(index, []):
            bullets[index].remove(plain)
        for a in [a for a in achievements if a.text == plain]:
            achievements.remove(a)


NAME_LINES = 6  # a "Name:" field sits near the top, under a page title and a details heading
_PAGE_TITLE = re.compile(
    r"\W*(?:curriculum vitae|r[ée]sum[ée]|cv|(?:personal|contact) (?:details|information))\W*$",
    re.I,
)
# Letters after a name: "RN", "MPharm", "PhD", "MEng", "ACCA".
_POSTNOMINAL = r"(?:[A-Z]{2,6}|PhD|MSc|BSc|MEng|BEng|MPharm|MBA|LLB|LLM|MA|BA|MChem|DPhil)\b"


def _drop_employer_skills(evidence: dict[str, list[str]], employers: list[str]) -> None:
    """Leave out the lines that name a skill only in an employer's name ("Warehouse
    Associate – H-E-B Distribution Center"), and skills no other line shows."""
    gaz = load_gazetteer()

    def shows(skill: str, line: str) -> bool:
        if not any(e.casefold() in line.casefold() for e in employers):
            return True
        own = without_holders(without_employers(line, employers))
        return skill in {h.name for h in gaz.skills.find(own)}

    for skill, lines in list(evidence.items()):
        kept = [line for line in lines if shows(skill, line)]
        if kept:
            evidence[skill] = kept
        else:
            del evidence[skill]


def resume_profile_from_text(text: str) -> ResumeProfile:
    """Read a résumé: roles with dates, skills (with where they appear), achievements."""
    gaz = load_gazetteer()
    lines = _resume_sections(squeeze_blanks(text))
    name = None
    for i, (section, line, _) in enumerate(lines[:NAME_LINES]):
        candidate = _strip_md(line)
        # "Name: Thandiwe Nkosi" under "PERSONAL DETAILS"; "CURRICULUM VITAE" names the page.
        field = re.match(r"\s*(?:full )?name\s*:\s*(.+)", candidate, re.I)
        if field:
            candidate = field.group(1)
        elif i >= 3 or section != "header" or _PAGE_TITLE.match(candidate):
            continue
        # "RAJESH (RAJ) NAIDU", "TAN WEI LING (Wendy)": the name someone goes by is an aside.
        candidate = re.sub(r"\s*\([^()]{1,24}\)", "", candidate)
        # "DANIEL OSEI, MPharm", "Aisling Brennan RN": letters after a name are not the name.
        candidate = re.sub(r",\s*\S+$", "", candidate.strip())
        # "Declan Fairweather — Senior Sous Chef": the name, then the title sought.
        candidate = re.split(r"\s+[—–|·]\s+", candidate)[0]
        if not candidate.isupper():  # in "JANE DOE" every word looks like letters after it
            candidate = re.sub(rf"(?:\s+{_POSTNOMINAL})+$", "", candidate)
        if re.fullmatch(
            r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|der|von|da|di|du|le|la|bin|al)){1,4}",
            candidate,
        ):
            name = candidate.title() if candidate.isupper() else candidate
            break

    roles: list[Role] = []
    bullets: dict[int, list[str]] = defaultdict(list)
    achievements: list[Achievement] = []
    summary_lines: list[str] = []
    education: list[str] = []
    certifications: list[str] = []
    evidence: dict[str, list[str]] = defaultdict(list)
    used: dict[str, list[str]] = defaultdict(list)  # skill -> lines that show it in use
    previous: str | None = None
    before_previous: str | None = None
    employer_above: str | None = None
    consumed_previous = False
    last_section = None
    header: list[str] = []  # lines since the last bullet or role: what a date line may name
    waiting: re.Match[str] | None = None  # dates on their own line, before the role they date
    untitled = False  # the last role named only an employer: its title may be on the next line
    for section, line, _ in lines:
        if section != last_section:
            previous, consumed_previous, last_section = None, False, section
            before_previous, header, waiting = None, [], None
        bullet = _BULLET.match(line) is not None
        plain = _strip_md(_BULLET.sub("", line))
        # "My manager, a qualified Chartered Accountant": another person's skills are not theirs.
        hits = _unique(h.name for h in gaz.skills.find(without_holders(plain)))
        for skill in hits:
            if plain not in evidence[skill]:
                evidence[skill].append(plain)
            if section not in ("skills", "certifications", "header"):
                used[skill].append(plain)
        if section == "summary":
            summary_lines.append(plain)
        elif section == "education":
            education.append(plain)
        elif section == "certifications":
            certifications.append(plain)
        if section in ("experience", "projects", "other", "header"):
            role = None
            dates = None if bullet or section == "header" else _date_only(line)
            if dates is not None and not header:
                waiting = dates  # "Sept 2019 – now" above "Night Shift Manager – Redwing…"
                before_previous, previous, consumed_previous = previous, line, True
                continue
            if dates is not None:
                role = _role_from_block(header[-2:], dates)
                _unfile(header, bullets, achievements, len(roles) - 1)
            elif waiting is not None and not bullet:
                role = _role_from_block([line], waiting)
            waiting = None
            if (
                role is None
                and roles
                and untitled
                and not bullet
                and not _DATE_RANGE.search(line)
                and looks_like_title(plain)
                and len(plain.split()) <= 8
            ):
                # "St Mary's Hospital (2019 – present)" over "Senior Staff Nurse": the line
                # under an employer and its dates names the job.
                last = roles[-1]
                roles[-1] = last.model_copy(update={"title": plain, "organisation": last.title})
                untitled = False
                before_previous, previous = previous, line
                continue
            untitled = False
            if role is None and not bullet:
                role = _parse_role_line(line, None if consumed_previous else previous)
                if (
                    role is not None
                    and before_previous
                    and not consumed_previous
                    and not _BULLET.match(previous or "")
                    and not looks_like_title(role.title)
                ):
                    # A role line wrapped in two ("… - Oakfield High" / "School, Stockport").
                    joined = f"{before_previous.rstrip()} {(previous or '').strip()}"
                    role = _parse_role_line(line, joined) or role
            if role is not None:
                if role.organisation is None and employer_above:
                    # A later role under the same employer's heading names no employer.
                    role = role.model_copy(update={"organisation": employer_above})
                elif role.organisation and previous and role.organisation in previous:
                    employer_above = role.organisation
                roles.append(role)
                consumed_previous = True
                header = []
                untitled = role.organisation is None and not looks_like_title(role.title)
            elif bullet or (roles and len(plain) > 40):
                if roles:
                    bullets[len(roles) - 1].append(plain)
                if len(plain) >= 20:
                    achievements.append(
                        Achievement(
                            text=plain,
                            role=roles[-1].title if roles else None,
                            numbers=_numbers(plain),
                            skills=hits,
                        )
                    )
                consumed_previous = False
            else:
                consumed_previous = False
        if section in ("experience", "projects", "other"):
            named = not (bullet or consumed_previous or _DATE_RANGE.search(line))
            header = [*header[-1:], line] if named else []
        before_previous, previous = previous, line
    roles = [
        r.model_copy(update={"bullets": tuple(bullets.get(i, ()))}) for i, r in enumerate(roles)
    ]
    _drop_employer_skills(evidence, [r.organisation for r in roles if r.organisation])
    skills = tuple(evidence)
    used_skills = {s for s, shown in used.items() if set(shown) & set(evidence.get(s, ()))}
    return ResumeProfile(
        name=name,
        summary=" ".join(summary_lines) or None,
        roles=tuple(roles),
        skills=skills,
        skill_evidence={k: tuple(v) for k, v in evidence.items()},
        listed_only=tuple(s for s in skills if s not in used_skills),
        achievements=tuple(achievements),
        education=tuple(education),
        certifications=tuple(certifications),
    )


# ---------------------------------------------------------------- match


Status = Literal["covered", "weak", "missing"]


class RequirementMatch(Frozen):
    """One requirement of the job and what the résumé shows for it."""

    requirement: str
    kind: Literal["required", "nice_to_have"]
    status: Status
    evidence: tuple[str, ...] = ()
    reason: str


class Match(Frozen):
    """How a résumé covers a job's requirements."""

    requirements: tuple[RequirementMatch, ...]

    def by_status(self, status: Status) -> tuple[RequirementMatch, ...]:
        return tuple(r for r in self.requirements if r.status == status)

    @property
    def coverage(self) -> float:
        """Share of required skills covered (weak counts half); 1.0 when none are listed."""
        req = [r for r in self.requirements if r.kind == "required"]
        if not req:
            return 1.0
        points = sum(
            1.0 if r.status == "covered" else 0.5 if r.status == "weak" else 0.0 for r in req
        )
        return round(points / len(req), 3)


def _stems(text: str) -> set[str]:
    """Word stems (first five letters) for loose comparison: analyst ~ analysis."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}


def match_profiles(job: JobProfile, resume: ResumeProfile) -> Match:
    """Each of the job's skills as covered (used in a role), weak (only listed, or a related
    skill used) or missing, with the résumé lines that show it."""
    gaz = load_gazetteer()
    out: list[RequirementMatch] = []
    have = set(resume.skills)
    listed_only = set(resume.listed_only)
    titles = [(r.title, _stems(r.title)) for r in resume.roles]
    for kind, names in (
        ("required", job.required_skills),
        ("nice_to_have", job.nice_to_have_skills),
    ):
        for name in names:
            stems = _stems(name)
            by_title = [t for t, ts in titles if stems and stems <= ts]
            if by_title and name not in have:
                # "Data analysis" is shown by a job as a Data Analyst even if never named.
                out.append(
                    RequirementMatch(
                        requirement=name,
                        kind=kind,
                        status="covered",
                        evidence=tuple(f"Role: {t}" for t in by_title[:2]),
                        reason="shown by your job titles",
                    )
                )
            elif name in have and name not in listed_only:
                lines = resume.skill_evidence.get(name, ())
                out.append(
                    RequirementMatch(
                        requirement=name,
                        kind=kind,
                        status="covered",
                        evidence=lines[:3],
                        reason="used in your experience",
                    )
                )
            elif name in have:
                out.append(
                    RequirementMatch(
                        requirement=name,
                        kind=kind,
                        status="weak",
                        evidence=resume.skill_evidence.get(name, ())[:3],
                        reason="listed as a skill but not shown in any role or achievement",
                    )
                )
            else:
                related = sorted(gaz.related.get(name, frozenset()) & have)
                if related:
                    lines = tuple(
                        line for r in related for line in resume.skill_evidence.get(r, ())[:1]
                    )
                    out.append(
                        RequirementMatch(
                            requirement=name,
                            kind=kind,
                            status="weak",
                            evidence=lines[:3],
                            reason=f"not named, but you have {', '.join(related)}",
                        )
                    )
                else:
                    out.append(
                        RequirementMatch(
                            requirement=name,
                            kind=kind,
                            status="missing",
                            reason="not found in the résumé",
                        )
                    )
    return Match(requirements=tuple(out))


# An email address, a web link or a phone number: contact details never leave the résumé.
CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+|\b(?:linkedin|github)\.com/\S*|"
    r"(?<!\w)\+?\d[\d ()-]{8,}\d(?!\w)"
)


def without_contact(text: str) -> str:
    """`text` with any email, link or phone number replaced by "[contact]"."""
    return CONTACT.sub("[contact]", text)
