"""One job on a résumé: its title, employer and dates, read from the lines that name it.

Résumés write a role in many layouts: "Title, Employer — Mar 2019 – Present" on one line;
the title line over a line of dates; the dates above the role; or the title, the employer and
the dates on three lines. Time away ("Career break, …") is not a job.
"""

from __future__ import annotations

import re

from interview_coach.questions.heading import is_role, looks_like_title
from interview_coach.questions.sections import _BULLET, _ORG_WORDS, _strip_md
from interview_coach.types import Frozen


class Role(Frozen):
    """One job on a résumé."""

    title: str
    organisation: str | None = None
    start: str | None = None
    end: str | None = None
    bullets: tuple[str, ...] = ()


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}|"
    r"(?:spring|summer|autumn|fall|winter)\s+\d{4}|\d{4})"
)
_DATE_RANGE = re.compile(
    rf"\(?\s*(?P<start>{_DATE})\s*(?:[-–—]|to|until)\s*"
    rf"(?P<end>{_DATE}|present|current|now|today|ongoing|to date|date)\s*\)?",
    re.I,
)

# ", then" joins two titles of one job ("Apprentice, then Approved Electrician").
_ROLE_SEPARATORS = re.compile(r"\s+[|–—·•-]\s+|\s*\|\s*|,\s+(?!then\b)|\s+at\s+|\s+@\s+|\s+·\s*$")
_TRAILING_NOTE = re.compile(r"\s*\([^)]*\)?\s*$")  # "(meal-kit subscriptions)", "(remote"


def _role_parts(text: str) -> list[str]:
    """Parts of a role line, split on separators but not inside parentheses."""
    parts: list[str] = []
    depth = 0
    last = 0
    for m in _ROLE_SEPARATORS.finditer(text):
        depth = text.count("(", 0, m.start()) - text.count(")", 0, m.start())
        if depth > 0:
            continue
        parts.append(text[last : m.start()])
        last = m.end()
    parts.append(text[last:])
    return [p.strip(" ,|–—-·•*:") for p in parts if p.strip(" ,|–—-·•*:")]


# Time away between jobs is not a job: "Career break, Aug 2020 – Feb 2023: carer for…".
_NOT_A_JOB = re.compile(
    r"\W*(?:career break|(?:planned |employment )?gap|sabbatical|travell?ing|parental leave|"
    r"maternity leave|carer'?s leave)\b",
    re.I,
)


def _parse_role_line(line: str, previous: str | None) -> Role | None:
    m = _DATE_RANGE.search(line)
    if not m:
        return None
    rest = (line[: m.start()] + " " + line[m.end() :]).strip()
    rest = re.sub(r"\(\s*\)", "", _strip_md(rest)).strip()
    parts = [p for p in _role_parts(rest) if len(p) > 1]
    if previous and not _DATE_RANGE.search(previous) and not _BULLET.match(previous):
        parts = _role_parts(_strip_md(previous)) + parts
    if not parts or _NOT_A_JOB.match(parts[0]):
        return None
    title_idx = next((i for i, p in enumerate(parts) if looks_like_title(p)), 0)
    title = parts[title_idx]
    after = parts[title_idx + 1 :]
    before = parts[:title_idx]
    organisation = None
    org_idx = next((i for i, p in enumerate(after) if _ORG_WORDS.search(p)), None)
    if org_idx is not None and org_idx > 0 and not _ORG_WORDS.search(after[0]):
        # "Social Worker, Children in Need Team, Ashdown Borough Council"
        title = ", ".join([title, *after[:org_idx]])
        organisation = after[org_idx]
    elif before and not looks_like_title(before[0]) and title_idx > 0:
        # "ShiftStack — Chicago, IL" above "Account Executive, SMB — Jan 2023 – Present":
        # the line above names the employer, and what follows the title belongs to it.
        organisation = before[0]
        if after and not re.search(r"\d|remote|hybrid", after[0], re.I) and len(after) == 1:
            title = f"{title}, {after[0]}"
    elif after:
        organisation = after[0]
    elif before:
        organisation = before[-1]
    return _role(title, organisation, m)


def _role(title: str, organisation: str | None, dates: re.Match[str]) -> Role:
    """The role, with a note after the employer and an unclosed one after the title left out
    ("RM Electrical (sole trader)", "Sales Assistant (remote")."""
    if organisation:
        organisation = _TRAILING_NOTE.sub("", organisation).strip(" ,") or None
    if title.count("(") > title.count(")"):
        title = _TRAILING_NOTE.sub("", title)
    end = dates.group("end")
    return Role(
        title=title.strip(" :"),
        organisation=organisation,
        start=dates.group("start"),
        end=end[0].upper() + end[1:] if end else None,
    )


def _date_only(line: str) -> re.Match[str] | None:
    """The dates of a line that holds nothing else but a note ("Jun 2022 - present (evenings
    and weekends)", "_09/2013–02/2016_")."""
    m = _DATE_RANGE.search(line)
    if not m:
        return None
    rest = re.sub(r"\([^)]*\)?", "", _strip_md(line[: m.start()] + line[m.end() :]))
    # ", while at university": a note on the dates, not a name.
    rest = re.sub(
        r"^\W*(?:while|whilst|during|alongside|part[\s-]time|full[\s-]time)\b.*$", "", rest
    )
    return None if rest.strip(" _*|,.:;–—-") else m


def _role_from_block(lines: list[str], dates: re.Match[str]) -> Role | None:
    """A role whose dates stand on a line of their own, from the one or two lines that name
    it: "Clifton Grange Hotel, Bristol — Commis Chef", or "Customer Care Advisor – Vulnerable
    Customers Team" over "Eastpoint Energy, Norwich (hybrid)"."""
    fields = [_role_parts(_strip_md(ln)) for ln in lines]
    flat = [(i, part) for i, parts in enumerate(fields) for part in parts]
    if not flat:
        return None
    # A role noun ("Chef", "Electrician") names the job; a family word ("Hotel") may not.
    pick = next((f for f in flat if is_role(f[1])), None) or next(
        (f for f in flat if looks_like_title(f[1])), flat[0]
    )
    line_no, title = pick
    own = [p for p in fields[line_no] if p != title]
    others = [parts for i, parts in enumerate(fields) if i != line_no and parts]
    organisation = None
    if others and (_ORG_WORDS.search(others[0][0]) or len(others[0][0].split()) > 1 or not own):
        # The employer has a line of its own: the whole title line is the title.
        title = " – ".join(fields[line_no])
        organisation = others[0][0]
    elif own:
        organisation = own[0]
    return _role(title, organisation, dates)
