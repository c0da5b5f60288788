"""The job title and the employer from a job description's opening lines.

Most postings open with the title, then a line of details: "Harbour & Pine Home · Leeds ·
Full-time". The employer is the first part of that line unless it is a contract word
("Full-time" is never an employer), a place, a salary or a field such as "Location: …". A
part after the title on its own line ("Store Manager – Leeds Trinity Quarter") is a place or a
team more often than an employer, so the details line wins over it. When the opening lines
name no employer, the body may ("At Tidewell Health we…", a "Company:" field further down,
the sign-off); an agency advertising for "our client" names none.
"""

from __future__ import annotations

import re

from interview_coach.nlp.places import is_region, is_town_and_region
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
    r"merchandiser|setter|installer|welder|volunteer|trustee|labou?rer|groundworker|handyman|"
    r"handyperson|deckhand|roustabout|student|intern|co-op)s?\b"
    # Care roles by their letters, in capitals: "RN II - Med/Surg", "LPN - Rehab", "CNA".
    r"|(?-i:\b(?:RN|LPN|LVN|RPN|CNA|HCA|NP|EMT|CMA)\b)",
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


# A trade's agent noun as the last word of a short title: "Roofer", "Phlebotomist",
# "Farrier", "Embalmer", "Signaller". Not words that only end like one.
_AGENT_HEAD = re.compile(r"(?:[A-Za-z]{3,}(?:er|or|ist|ian|eer))s?$")
_NOT_AGENT = frozenset(
    "center centre water order number other summer winter super under after over better paper "
    "power computer cancer corner border tower career careers offer letter matter member "
    "cluster sector factor floor door interior exterior major minor senior junior master "
    "register chapter quarter shelter theater theatre monster container printer trailer "
    "partner customer lister filter barrier charter".split()
)
AGENT_TITLE_WORDS = 4  # a title named only by its agent noun is short: "Roofer (Pitched & Flat)"


def _agent_title(text: str, line: str | None = None) -> bool:
    """A posting's opening line titled by a trade's agent noun, the last word of a short
    title, on a line that says more than that one word: a name alone on a line ("Alder",
    "Fletcher") is as likely a name. Only there: in a résumé's role line the same ending marks
    employers as often ("Baker Street Surgery")."""
    head = re.split(r"[(,]", text)[0].strip(" *#:-–")
    words = head.split()
    return (
        0 < len(words) <= AGENT_TITLE_WORDS
        and len((line or text).split()) > 1
        and bool(_AGENT_HEAD.fullmatch(words[-1]))
        and _NOT_AGENT.isdisjoint({words[-1].lower(), words[-1].lower().rstrip("s")})
    )


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
    if slash and is_role(right) and not is_role(left):
        title = right
    elif slash and is_role(left):
        title = left  # "Conveyancer / Senior Conveyancing Assistant": two jobs; the first
    return _in_case(_one_of(title.strip()))


# Letters that stay capitals when a title in capitals is re-cased: letters with no vowel
# ("HGV", "CNC", "HR") are letters already; these have one.
_LETTERS_WITH_VOWELS = frozenset(
    "IT PA EA QA UX UI AI AV OT PE EHS HSE ICU SEO UK US EU NHS CEO CFO COO CTO VP EMEA "
    "APAC IOS SAP AWS ERP EPOS".split()
)


def _in_case(title: str) -> str:
    """'Accounts Assistant' for 'ACCOUNTS ASSISTANT': a posting's heading in capitals is
    shouted, not the title's spelling; letters such as "HGV" or "IT" stay capitals."""
    if not title.isupper() or len(title.split()) < 2:
        return title

    def word(w: str) -> str:
        bare = w.strip("()/&,.-")
        if bare in _LETTERS_WITH_VOWELS or (bare.isalpha() and not re.search("[AEIOUY]", bare)):
            return w
        return w.capitalize() if w[:1].isalpha() else w[:1] + w[1:].capitalize()

    return " ".join(word(w) for w in title.split())


def _one_of(title: str) -> str:
    """ "QUALIFIED ELECTRICIANS", "Support Workers": the job is held one at a time."""
    head, _, last = title.rpartition(" ")
    bare = last[:-1]
    if bare and last[-1:] in "sS" and last[-2:].lower() != "ss" and is_role(bare):
        return f"{head} {bare}".strip()
    return title


OPENING_LINES = 6  # lines read as the header: title, employer and details sit there
# An email's header lines before a forwarded posting: who wrote it, not what the job is.
_EMAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|sent|date)\s*:", re.I)
# "NGAIO PARTNERS — Careers": the employer's own page heading.
_CAREERS = re.compile(
    r"\s[-–—|·:]\s*(?:[\w ]{0,24}\s)?(?:careers|jobs|vacancies|opportunities|work with us|"
    r"join us)\W*$",
    re.I,
)


# A careers site's trail or menu above the posting, which names neither the job nor who
# hires: "Marrow Creek Health > Careers > Nursing > Search Results", "Careers | Current
# Opportunities | Posting Details", "Apply    Save job".
_CRUMBS = re.compile(r"^[^>]{1,80}(?:\s>\s[^>]{1,80}){2,}$")
# A careers site's own pages, in its menus and never in an employer's name (`employer.py`).
SITE_PAGES = (
    r"careers|job details|search (?:jobs|results)|(?:online )?employment (?:cent(?:er|re)|"
    r"opportunities)"
)
_MENU_WORDS = re.compile(
    r"^(?:" + SITE_PAGES + r"|current opportunities|posting details|job search|apply(?: now)?|"
    r"save(?: job)?|share|back to (?:search|results|jobs)|print)$",
    re.I,
)


def is_navigation(line: str) -> bool:
    """A site's breadcrumb trail or menu line, not part of the posting's header."""
    text = line.strip(" *#")
    parts = [p.strip() for p in re.split(r"\s*[|·]\s*|\s{2,}", text) if p.strip()]
    menu = bool(parts) and all(_MENU_WORDS.match(p) for p in parts)
    return menu or bool(_CRUMBS.match(text))


def _opening_lines(text: str) -> list[str]:
    """The first six lines with words, tidied, a site's trail and menus left out; read line by
    line up to them, not the whole document (several readers of the header call this)."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = _undecorate(_strip_md(raw))
        if line.strip() and not _EMAIL_HEADER.match(line.strip()) and not is_navigation(line):
            out.append(line)
            if len(out) == OPENING_LINES:
                break
    return out


# "Apprentice Hairdresser wanted", "… required!": the ask around a title, not the title.
_WANTED = re.compile(
    r"\s+(?:wanted|needed|required)\b(?:\s+(?:in|at|for|near|asap|urgently|now)\b.*)?\W*$|"
    r"\s*[?!]+$",
    re.I,
)


# "Bramble Print & Design is hiring: Junior Graphic Designer": the employer, then the title.
_HIRING_LINE = re.compile(
    r"^(?P<org>[A-Z0-9][^:!?]{1,60}?)\s+(?:is|are)\s+(?:now\s+)?(?:hiring|recruiting)\s*"
    r"(?:an?\s+)?[:!\-–]?\s*(?P<title>\S.{2,80})$"
)


def hiring_line(text: str) -> tuple[str, str] | None:
    """(title, employer) from an opening line such as "Bramble Print is hiring: Designer"."""
    for line in _opening_lines(text)[:2]:
        m = _HIRING_LINE.match(line)
        if m and looks_like_title(m.group("title")):
            return tidy_title(m.group("title")), m.group("org").strip(" ,")
    return None


# A title asked for in a sentence: "Are you an experienced HGV Class 1 driver looking for…",
# "We need caring, reliable Support Workers to join…", "accepting applications for a High
# School Chemistry Teacher at…".
_ASKED_FOR = re.compile(
    r"\b(?:are you an?|we need|we(?:'re| are) looking for|looking for|we(?:'re| are) seeking|"
    r"seeking|we(?:'re| are) hiring|applications for|vacancy for|opening for|"
    r"join (?:us|our team) as)\s+(?:an?\s+|our next\s+|a new\s+)?(?P<rest>.+)",
    re.I,
)
_PRAISE = re.compile(
    r"^(?:experienced|talented|motivated|passionate|dedicated|enthusiastic|driven|skilled|"
    r"caring|creative|curious|friendly|organi[sz]ed|compassionate|confident|ambitious|"
    r"reliable|hard-working|hardworking|brilliant|outstanding|qualified|fully qualified|"
    r"energetic|proactive|warm|kind|new|additional|more|full-time|part-time|and|&)$",
    re.I,
)
TITLE_MAX_WORDS = 6


def title_in_sentence(line: str) -> str | None:
    """The job a sentence asks for, up to its role noun, without the praise before it."""
    m = _ASKED_FOR.search(line)
    if m is None:
        return None
    words = [w.strip(",;:") for w in m.group("rest").split()][: TITLE_MAX_WORDS + 4]
    while words and _PRAISE.match(words[0]):
        words.pop(0)
    for end in range(min(len(words), TITLE_MAX_WORDS)):
        if is_role(words[end]) and not re.search(r"[.!?]$", " ".join(words[:end])):
            title = words[: end + 1]
            last = title[-1].strip(".!?")
            if last.endswith("s") and not last.endswith("ss") and is_role(last[:-1]):
                last = last[:-1]  # "Support Workers" are hired one at a time
            return " ".join([*title[:-1], last])
    return None


def title_from_heading(text: str) -> tuple[str | None, str | None]:
    """(title, the part after it on the same line) from the first line, when it is a title."""
    lines = _opening_lines(text)
    hiring = hiring_line(text)
    if hiring:
        return hiring[0], None
    found = _title_line(lines)
    if found[0] is not None:
        return found
    # No title of its own in the opening lines: the one a sentence there asks for.
    asked = next((t for t in map(title_in_sentence, lines[:3]) if t), None)
    return asked, None


def employer_above_title(text: str) -> str | None:
    """The employer's name alone on the first line, the title under it: "Seabright Dental"
    over "Dental Nurse", "NGAIO PARTNERS — Careers" over "Intermediate Solicitor"."""
    lines = _opening_lines(text)
    if len(lines) < 2 or _LABEL.match(lines[0]) or _FIELD_RE.match(lines[0]):
        return None
    name = _CAREERS.sub("", lines[0]).strip(" *#")
    nxt = _TITLE_SEPARATORS.split(lines[1])[0]
    if len(lines[1].split()) > 12 or _TITLE_PREFIX.match(name):
        return None  # a sentence under it, or "NOW RECRUITING – HULL": no name above a title
    plain_name = not is_role(name) and not is_detail(name) and len(name.split()) <= 5
    a_name = re.match(r"[A-Z0-9]", name) and not _LOWER_WORD.search(name)
    a_place = is_town_and_region(name) or is_region(name)
    if is_role(nxt) and (plain_name or _CAREERS.search(lines[0])) and a_name and not a_place:
        return name
    return None


def _title_line(lines: list[str]) -> tuple[str | None, str | None]:
    name_above = False  # the first line is the employer's name ("Seabright Pharmacy")
    nxt = _TITLE_SEPARATORS.split(lines[1])[0] if len(lines) > 1 else ""
    for index, line in enumerate(lines[:2]):
        if _ASKED_FOR.search(line) and title_in_sentence(line):
            continue  # "We need a friendly barista to join our team" is a sentence
        if index == 0 and (
            (not is_role(line) and is_role(nxt) and len(line.split()) <= 5)
            or (_CAREERS.search(line) and is_role(nxt))
        ):
            name_above = True  # a name with a trade word, then the title with a role noun
            continue
        stripped = _TITLE_PREFIX.sub("", line)
        first = _WANTED.sub("", stripped) if stripped != line else stripped
        if len(first) > 90 or first.endswith((".", "!", "?")) or _FIELD_RE.match(first):
            return None, None
        parts = [p.strip() for p in _TITLE_SEPARATORS.split(first) if p.strip()]
        # Under an employer's name, a department ("Human Resources · Job Posting") is not a
        # title: the second line needs a role noun.
        named = (
            (looks_like_title(parts[0]) or _agent_title(parts[0], first))
            if parts and index == 0
            else bool(parts) and is_role(parts[0])
        )
        if parts and named and len(parts[0].split()) <= 9:
            rest = parts[1] if len(parts) > 1 else None
            if index == 1 and rest is None and (name_above or _looks_like_org(lines[0])):
                rest = _CAREERS.sub("", lines[0]).strip()  # "BRIGHTWATER LTD" above the title
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
    if len(text.split()) > 8 or DETAIL_SEPARATORS.search(text) or is_role(text):
        return False
    letters = sum(c.isalpha() for c in text)
    return bool(_ORG_WORDS.search(text)) or (text.isupper() and letters > 3)


def is_role(text: str) -> bool:
    """True when `text` has a role noun ("Teacher", "Scientist"), not only a department."""
    return bool(_ROLE_RE.search(text) or _MORE_ROLES.search(text))


# A lower-case word other than a joining word ("of", "and", "the") is not part of a name.
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:of|and|the|for|de|du|la|le|von|van|y|&)\b)[a-z][a-z]+")


# "Where: Nottingham", "Type: Full-time": a labelled detail is never a bare employer name.
_LABEL = re.compile(r"^[A-Z][\w /&-]{0,24}:\s")
# A line about who the employer belongs to or a greeting: "Part of the Tame Valley Learning
# Trust", "Hi Sarah,".
_AFFILIATION = re.compile(
    r"^(?:part of|a member of|member of|in partnership with|proud(?:ly)? (?:part|member) of|"
    r"hi|hello|hey|dear)\b",
    re.I,
)


def employer_from_details(text: str, title: str | None) -> str | None:
    """The employer named at the start of a details line under the title."""
    lines = _opening_lines(text)
    if len(lines) > 1 and _looks_like_org(lines[0]) and looks_like_title(lines[1]):
        return lines[0].strip(" *#")  # the employer's name above the title
    if len(lines) > 2 and _looks_like_org(lines[0]) and _AFFILIATION.match(lines[1]):
        return lines[0].strip(" *#")  # "HOLLINSBROOK ACADEMY / Part of the … Trust"
    for line in lines[1:3]:
        if (
            _FIELD_RE.match(line)
            or _LABEL.match(line)
            or _AFFILIATION.match(line)
            or line.endswith(":")
            or heading_kind(line) != "other"
            or re.match(r"[-•*–·]\s", line)
        ):
            continue
        parts = [p.strip(" *") for p in DETAIL_SEPARATORS.split(line) if p.strip(" *")]
        if not parts:
            continue
        first = re.sub(r"\s*\(.*$", "", parts[0]).strip(" ,")
        if is_town_and_region(first) or is_region(first):
            continue  # "Boston, MA (Hybrid) · Full-time": where, not who
        if (
            not first
            or _DETAIL.match(first)
            or len(first.split()) > 8
            or (first.endswith((".", "!", "?")) and not _LEGAL_ABBREVIATION.search(first))
            or (title and first.lower() == title.lower())
            or (is_role(first) and not _ORG_WORDS.search(first))
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


# A name may end in its legal form's full stop: "Frostline Supply Co.", "Harbour Foods Inc.".
_LEGAL_ABBREVIATION = re.compile(r"\b(?:co|inc|ltd|corp|llc|plc|pty|bros)\.$", re.I)


def is_detail(text: str) -> bool:
    """True for "Full-time", "Permanent, 37.5 hours", "Hybrid": details, never an employer."""
    return bool(_DETAIL.match(text.strip(" *,.")))
