"""The job title and the employer from a job description's opening lines.

Most postings open with the title, then a line of details: "Harbour & Pine Home · Leeds ·
Full-time". The employer is the first part of that line unless it is a contract word
("Full-time" is never an employer), a place, a salary or a field such as "Location: …". A
part after the title on its own line ("Store Manager – Leeds Trinity Quarter") is a place or a
team more often than an employer, so the details line wins over it.
"""

from __future__ import annotations

import re

from interview_coach.questions.families import family_for_title
from interview_coach.questions.sections import (
    _FIELD_RE,
    _ORG_WORDS,
    _ROLE_RE,
    DETAIL_SEPARATORS,
    _strip_md,
    heading_kind,
)

# Parts of a details line that are not a name: contract, hours, pay, work model.
_DETAIL = re.compile(
    r"^(?:full[\s-]time|part[\s-]time|permanent|temporary|temp\b|contract|fixed[\s-]term|"
    r"freelance|remote|hybrid|on[\s-]?site|office[\s-]based|in[\s-]office|flexible|casual|"
    r"seasonal|days\b|nights\b|shifts?\b|monday|immediate|hours|\d|£|\$|€|salary|up to|"
    r"location|closing|ref\b|reference|band\b|grade\b|posted)",
    re.I,
)
# Extra role nouns for titles the general list does not know.
_MORE_ROLES = re.compile(
    r"\b(?:pharmacist|physiotherapist|radiographer|paramedic|dietitian|worker|welder|"
    r"fabricator|machinist|electrician|plumber|mechanic|fitter|joiner|carpenter|chef|cook|"
    r"baker|barista|bartender|waiter|waitress|housekeeper|porter|solicitor|lawyer|attorney|"
    r"counsel|barrister|conveyancer|scientist|chemist|biologist|illustrator|artworker|"
    r"surveyor|estimator|inspector|caseworker|carer|cleaner|guard|steward|host|"
    r"merchandiser|setter|installer|welder|volunteer|trustee)s?\b",
    re.I,
)
_TRAILING_PAREN = re.compile(r"\s*\([^)]*\)\s*$")
_TITLE_PREFIX = re.compile(
    r"^(?:(?:job (?:title|posting|description|advert|ad)|vacancy|role|position)\s*[:\-–]|"
    r"(?:we(?:'re| are) |now )?hiring\s*[:\-–!]?|"
    # An announcement before the title: "URGENT: Mobile Electrician", "NEW: …".
    r"(?:urgent(?:ly required)?|new|now recruiting|immediate start)\s*[:!\-–]+|"
    # A title asked for in a sentence: "Are you an experienced HGV Driver?", "Join us as a
    # Veterinary Nurse!", "We're recruiting: …", "Looking for a Part-Time Receptionist".
    r"are you an? (?:(?:experienced|qualified|talented|skilled|motivated|enthusiastic|"
    r"friendly|caring)\s+)*|join (?:us|our team) as an? |we(?:'re| are) (?:recruiting|hiring)\s*"
    r"(?:an? )?[:!\-–]?|(?:we(?:'re| are) )?(?:looking for|seeking) an? |"
    r"(?:part|full)[\s-]time )\s*",
    re.I,
)
# "Senior Accountant at Brightwater Ltd": on the title line, "at" and "@" separate too.
_TITLE_SEPARATORS = re.compile(r"\s+[|·•–—]\s+|\s*\|\s*|\s+-\s+|\s+//\s+|\s+at\s+|\s+@\s+")


def _undecorate(text: str) -> str:
    """Without the emoji and symbols that decorate a title ("🔥 HEAD CHEF 🔥"). A loop, not
    a pattern: "[^\\w]+$" is tried from every symbol of a long run (quadratic)."""
    start, end = 0, len(text)
    while start < end and not (text[start].isalnum() or text[start] in "_("):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "_)+#."):
        end -= 1
    return text[start:end]


def looks_like_title(text: str) -> bool:
    """True when `text` names a job: a role noun or a job family's title words."""
    return bool(_ROLE_RE.search(text) or _MORE_ROLES.search(text) or family_for_title(text))


def tidy_title(part: str) -> str:
    """'Product Manager' from 'Product Manager, Scheduling' or 'Product Manager (Remote)'."""
    part = _TITLE_PREFIX.sub("", part.strip())
    part = _WANTED.sub("", part)
    paren = _TRAILING_PAREN.search(part)
    title = part
    if paren:
        inner = paren.group(0).strip(" ()")
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", part[: paren.start()]))
        # "(IT)" narrows the title and stays; "(SDR)", "(Remote)", "(Nights)" do not.
        keep = re.fullmatch(r"[A-Z&/]{2,4}", inner) and inner.upper() not in initials.upper()
        if not keep:
            title = part[: paren.start()]
    title = _undecorate(title).strip(" *#:,.")
    # "Product Manager, Scheduling": a team or specialism after a comma is not the title.
    head, sep, _tail = title.partition(", ")
    if sep and looks_like_title(head):
        title = head
    # "Purchase Ledger / Accounts Payable Clerk": two names for one job; the second is whole.
    left, slash, right = title.rpartition(" / ")
    if slash and _is_role(right) and not _is_role(left):
        title = right
    elif slash and _is_role(left):
        title = left  # "Conveyancer / Senior Conveyancing Assistant": two jobs; the first
    return title.strip()


def _opening_lines(text: str) -> list[str]:
    lines = [_undecorate(_strip_md(ln)) for ln in text.split("\n")]
    return [ln for ln in lines if ln.strip()][:6]


# "Apprentice Hairdresser wanted", "… required!": the ask around a title, not the title.
_WANTED = re.compile(r"\s+(?:wanted|needed|required)\b\W*$|\s*[?!]+$", re.I)


def title_from_heading(text: str) -> tuple[str | None, str | None]:
    """(title, the part after it on the same line) from the first line, when it is a title."""
    lines = _opening_lines(text)
    for index, line in enumerate(lines[:2]):
        stripped = _TITLE_PREFIX.sub("", line)
        first = _WANTED.sub("", stripped) if stripped != line else stripped
        if len(first) > 90 or first.endswith((".", "!", "?")) or _FIELD_RE.match(first):
            return None, None
        parts = [p.strip() for p in _TITLE_SEPARATORS.split(first) if p.strip()]
        if parts and looks_like_title(parts[0]) and len(parts[0].split()) <= 9:
            rest = parts[1] if len(parts) > 1 else None
            if index == 1 and rest is None and _looks_like_org(lines[0]):
                rest = lines[0]  # "BRIGHTWATER LTD" above "Senior Accountant"
            return tidy_title(parts[0]), rest
        if index == 0 and not _looks_like_org(line):
            return None, None
    return None, None


def employer_from_rest(rest: str | None) -> str | None:
    """The employer in what follows the title on its line, when it names an organisation
    ("Brightwater Ltd (Leeds, hybrid)")."""
    if not rest:
        return None
    name = re.sub(r"\s*\(.*$", "", rest).strip(" ,*")
    return name if name and _looks_like_org(name) else None


def _looks_like_org(line: str) -> bool:
    """A line that is an organisation's name: "Brightwater Ltd", "NORTHGATE HOUSING"."""
    text = line.strip(" *#")
    if len(text.split()) > 8 or DETAIL_SEPARATORS.search(text) or _is_role(text):
        return False
    return bool(_ORG_WORDS.search(text)) or (text.isupper() and len(text) > 3)


def _is_role(text: str) -> bool:
    return bool(_ROLE_RE.search(text) or _MORE_ROLES.search(text))


# A lower-case word other than a joining word ("of", "and", "the") is not part of a name.
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:of|and|the|for|de|du|la|le|von|van|y|&)\b)[a-z][a-z]+")


def employer_from_details(text: str, title: str | None) -> str | None:
    """The employer named at the start of a details line under the title."""
    lines = _opening_lines(text)
    if len(lines) > 1 and _looks_like_org(lines[0]) and looks_like_title(lines[1]):
        return lines[0].strip(" *#")  # the employer's name above the title
    for line in lines[1:3]:
        if (
            _FIELD_RE.match(line)
            or line.endswith(":")
            or heading_kind(line) != "other"
            or re.match(r"[-•*–·]\s", line)
        ):
            continue
        parts = [p.strip(" *") for p in DETAIL_SEPARATORS.split(line) if p.strip(" *")]
        if not parts:
            continue
        first = re.sub(r"\s*\(.*$", "", parts[0]).strip(" ,")
        if (
            not first
            or _DETAIL.match(first)
            or len(first.split()) > 8
            or first.endswith((".", "!", "?"))
            or (title and first.lower() == title.lower())
            or (_is_role(first) and not _ORG_WORDS.search(first))
        ):
            continue
        # "Leeds, West Yorkshire" is a place; "Millbrook Academy, Luton" a name and its place.
        if "," in first:
            head = first.split(",")[0].strip()
            if not _ORG_WORDS.search(head) and len(head.split()) < 2:
                continue
            first = head
        if len(parts) == 1 and len(line.split()) > 9:
            continue  # a sentence, not a details line
        if not re.match(r"[A-Z0-9]", first) or _LOWER_WORD.search(first):
            continue  # "Lowestoft & surrounding villages": a name is written in capitals
        return first
    return None


def is_detail(text: str) -> bool:
    """True for "Full-time", "Permanent, 37.5 hours", "Hybrid": details, never an employer."""
    return bool(_DETAIL.match(text.strip(" *,.")))
