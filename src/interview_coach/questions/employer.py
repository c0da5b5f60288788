"""The employer named in a posting: candidates read from the header (`heading.py`) and the
body (a "Company:" field, "on behalf of…", "At Tidewell Health we…", "the kitchen team at…",
a writer's "I'm Rhian, Area Manager for…", a careers site's trail, the sign-off, an email
address), and which of them is the employer. A candidate must look like a name, a place is
not one, a school or department stands for its institution, and an agency advertising for
"our client" names none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from interview_coach.nlp.places import is_region, is_town_and_region
from interview_coach.questions import heading
from interview_coach.questions.heading import (
    _AFFILIATION,
    _EMAIL_HEADER,
    _LABEL,
    _LOWER_WORD,
    _looks_like_org,
    _undecorate,
    is_detail,
    is_role,
)
from interview_coach.questions.sections import (
    _FIELD_RE,
    _ORG_WORDS,
    _ROLE_RE,
    _strip_md,
    field_match,
)


def read_employer(
    text: str,
    head: str,
    title: str | None,
    head_rest: str | None,
    hiring: tuple[str, str] | None,
    on_title_line: str | None,
) -> str | None:
    """The employer: the first candidate that is a name and the employer, in the order a
    recruiter trusts them; then its full name where the body writes it longer, or, with no
    candidate, the organisation that opens a sentence of the opening paragraphs."""
    # An agency's posting for "our client": only a name the posting gives as the employer
    # counts; who posted it, its sign-off and its address are the agency's.
    client = bool(_OUR_CLIENT.search(text))
    candidates: tuple[Callable[[], str | None], ...] = (
        lambda: field_company(head),
        lambda: hiring[1] if hiring else None,
        lambda: employer_named_for(head, poster=not client),
        lambda: heading.employer_from_details(head, title),
        lambda: _named_again(heading.employer_from_rest(head_rest), text),
        lambda: heading.employer_above_title(head),
        lambda: _named_again(on_title_line, text),
    )
    if not client:
        candidates += (
            lambda: guess_company(head),
            lambda: employer_in_trail(text),
            lambda: employer_signing_off(text),
            lambda: employer_by_domain(text),
        )
    company = next(
        (c for c in (employer_name(f()) for f in candidates) if c and is_employer(c, text)),
        None,
    )
    if company:
        company = _institution(company, text)
        # "Packaging" on the title's line, "Crestmoor Packaging designs…" in the body: the
        # whole name. (A word the body names as a place was never a candidate: is_employer.)
        fuller = [
            n for n in named_in_body(text)
            if n != company and re.search(rf"\b{re.escape(company)}\b", n)
        ]  # fmt: skip
        if not fuller:
            # "Beacon" over "Heath" over "Homes" in a PDF's header, "About Beacon Heath Homes"
            # below: the name the posting writes whole, more than once.
            whole = rf"\b{re.escape(company)}(?:[ \t]+[A-Z][\w&'’-]*){{1,3}}"
            longer = Counter(m.group(0) for m in re.finditer(whole, text))
            fuller = [n for n, k in longer.most_common(1) if k >= 2 and not is_role(n)]
        return fuller[0] if fuller else company
    if CLIENT.search(text):
        return None  # an agency's posting for "our client": the subject is the agency
    # No name in the header: the organisation that opens a sentence of the opening
    # paragraphs ("Are you fluent in German? Brightwater Travel Group is expanding…").
    body = [
        n for n in named_in_body(text)
        if employer_name(n) and is_employer(n, text)
        and not (is_role(n) and not _ORG_WORDS.search(n))  # "Gulfbreeze Rehab Partners"
        and not _GENERIC_SUBJECT.match(n)
    ]  # fmt: skip
    return body[0] if body else None


def _named_again(name: str | None, text: str) -> str | None:
    """A name after the title's dash ("Store Manager – Acme Retail") is the employer when it
    reads as one: an organisation's word, or the body names it again; a specialism or a site
    ("… – HVAC Distribution", "… – Pioneer Place") is not."""
    if not name or _ORG_WORDS.search(name):
        return name
    first = name.split()[0]
    # "Ostrander has supplied…" names "Ostrander Timber Supplies" again, by its first word.
    return name if any(n.split()[0] == first for n in named_in_body(text)) else None


# What no employer's name is made of: a posting's own labels and announcements ("JOB ALERT",
# "INTERNAL / EXTERNAL POSTING #2025-041"), shift and contract terms ("FIFO 8/6 ROSTER",
# "PRN"), pay ("Basic £35"); and a name does not begin with a pronoun ("This role…").
_NOT_A_NAME = re.compile(
    r"\b(?:alert|posting|roster|rota|vacanc(?:y|ies)|hiring|urgent|apply|applications?|"
    r"opportunit(?:y|ies)|internal|external|salary|basic|benefits|per (?:hour|annum|day)|prn|"
    r"per diem|fifo|locum|job description|person specification|"
    # A careers site's own words and a requisition's number: "Careers | Current
    # Opportunities", "Online Employment Center", "Job ID 2025-11873", "Search Results".
    r"career|" + heading.SITE_PAGES + r"|requisition|job (?:id|number|no))\b|[£$€#>]|"
    r"\d+\s*/\s*\d+|\d{4,}",
    re.I,
)
# A department, not the firm: "Customer Operations", "Water Business Unit", "Product".
_DEPARTMENT = re.compile(
    r"(?:\b(?:business unit|division|department|dept\.?|operations)$)|^(?:product|engineering|"
    r"sales|marketing|finance|design|support|people|technology|data|research|customer "
    r"(?:success|support|service|experience))$",
    re.I,
)
_PRONOUN_START = re.compile(
    r"^(?:this|that|these|those|we|our|your|you|it|its|they|their|here|there|what|who|why|"
    r"how)\b",
    re.I,
)
# Sentence subjects that are not a name: "The Role is…", "Our Team has…".
_GENERIC_SUBJECT = re.compile(
    r"^(?:the|our|this|your|a|an)\s+(?:role|team|job|position|company|business|successful|"
    r"ideal|right|post|department|service|organi[sz]ation|client|candidate|person)\b",
    re.I,
)
_PLACE_END = re.compile(r"\b(?:city|town|(?:city|town) cent(?:re|er)|county|district)$", re.I)
# "We're Port Hills Civil, a…": the name after the introduction.
_INTRODUCED = re.compile(r"^(?:we(?:'re|’re| are)|this is|meet)\s+", re.I)


def employer_name(name: str | None) -> str | None:
    """A candidate for the employer as a name, or None when it cannot be one."""
    if not name:
        return None
    # "Kia ora! Kereru Managed Services": a greeting before the name, not part of it (a full
    # stop may be an abbreviation inside one: "St. Brigid", "J. Kershaw & Sons").
    name = re.split(r"[!?]\s+", name.strip())[-1]
    name = _INTRODUCED.sub("", name).strip(" ,:;|·•*-–—")
    if not name or _NOT_A_NAME.search(name) or _PRONOUN_START.match(name):
        return None
    if _DEPARTMENT.search(name) and not _ORG_WORDS.search(name):
        return None
    if _PLACE_END.search(name) and not _ORG_WORDS.search(name):
        return None  # "Cork City", "Easton Town Center": where, not who
    if not re.match(r"[A-Z0-9]", name):
        return None  # "looking for caring…": a name is written with a capital
    if "," in name and not _ORG_WORDS.search(name) and "&" not in name:
        return None  # "Prospecton, Durban": a place and its city
    return name


def is_employer(name: str, text: str) -> bool:
    """A name read as the employer may be none: "Full-time" describes the contract, an agency
    advertising for "our client" is not who hires, and "… – Swansea" on the title's line is
    where the job is when the posting also says "our contact centre in Swansea"."""
    if is_detail(name):
        return False
    if AGENCY.search(name) and CLIENT.search(text):
        return False
    return bool(_ORG_WORDS.search(name)) or not in_place(name).search(text)


_DOMAIN = re.compile(r"[\w.+-]+@([a-z0-9-]+)\.|https?://(?:www\.)?([a-z0-9-]+)\.", re.I)
# Domains of job boards and mail providers, which name no employer.
_NOT_EMPLOYER_DOMAIN = frozenset(
    "gmail outlook hotmail yahoo icloud indeed reed linkedin seek glassdoor totaljobs "
    "monster ziprecruiter jobs nhs".split()
)


def employer_by_domain(text: str) -> str | None:
    """A name in the posting that its email or web address spells: "Willowbank Care" for
    jobs@willowbankcare.example, "The Tussock" for kitchen@thetussock.example."""
    # Not the sender of a forwarded posting: "From: Rachel <rachel@agency.example>".
    body = "\n".join(ln for ln in text.split("\n") if not _EMAIL_HEADER.match(ln.strip()))
    labels = {
        (m.group(1) or m.group(2)).lower().replace("-", "") for m in _DOMAIN.finditer(body)
    } - _NOT_EMPLOYER_DOMAIN
    if not labels:
        return None
    for m in re.finditer(_NAME, text):
        words = m.group(0).split()
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                name = " ".join(words[start:end])
                squashed = re.sub(r"[^a-z0-9]", "", name.lower().replace("&", "and"))
                if len(squashed) >= 5 and squashed in labels:
                    return name
    return None


def employer_signing_off(text: str) -> str | None:
    """The employer named where the posting signs off ("Diolch, The People Team, Gower Home
    Energy Ltd"): an organisation's name alone on one of the last lines."""
    lines = [_undecorate(_strip_md(ln)) for ln in text.split("\n") if ln.strip()][-6:]
    for line in reversed(lines):
        name_like = not _LOWER_WORD.search(line)  # "Gower Home Energy Ltd", not a bullet
        if (
            _looks_like_org(line)
            and name_like
            and len(line.split()) <= 6
            and not line.endswith(".")
        ):
            return line.strip(" ,")
    return None


# A recruitment agency, and the unnamed client it advertises for.
AGENCY = re.compile(
    r"\b(?:recruitment|recruiting|recruiters|staffing|resourcing|personnel|appointments|"
    r"talent partners|executive search|search (?:&|and) selection|headhunters?)\b",
    re.I,
)


def in_place(name: str) -> re.Pattern[str]:
    """ "in Swansea", "near Leeds", "our Sunderland contact centre", "its Cork customer care
    hub", "a Wellington-owned provider": the name as a place."""
    n = re.escape(name)
    return re.compile(
        rf"\b(?:in|near|around|outside) (?:central )?{n}\b|\b(?:our|its|their) {n} "
        rf"(?:[\w-]+ ){{0,2}}?(?:contact centre|store|office|site|branch|centre|depot|clinic|"
        rf"studio|warehouse|team|hub|plant|campus|base)\b|\b{n}-(?:owned|based|born)\b"
    )


_OUR_CLIENT = re.compile(r"\b(?:our|my) client\b", re.I)
CLIENT = re.compile(
    _OUR_CLIENT.pattern + r"|\bon behalf of (?:our|my|a|an)\b|\bacts? as an employment agency\b|"
    r"\bacting as an employment agency\b|\b(?:working|partnering|partnered) with an? ",
    re.I,
)


# A name as postings write one: capitalised words, with "&", "and" or "of" inside it.
_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.'’-]*){0,4}"
# The employer named outright: "on behalf of Jarrahdale Engineering", "Posted 3 days ago by
# Cobble & Crate Homewares".
_NAMED_FOR = (
    re.compile(r"\bon behalf of (?!(?:a|an|our|my|the|one|their)\b)(" + _NAME + ")"),
    re.compile(r"^\W*posted (?:[\w ]{0,24}?)by (" + _NAME + ")", re.I | re.M),
)


def employer_named_for(text: str, *, poster: bool = True) -> str | None:
    """The employer a posting says it is for, or (unless told not to) who posted it."""
    head = "\n".join(text.split("\n")[:15])
    for pattern in _NAMED_FOR if poster else _NAMED_FOR[:1]:
        m = pattern.search(head)
        if m and not _ROLE_RE.search(m.group(1)):
            return m.group(1).strip(" .,")
    return None


_COMPANY_PATTERNS = (
    re.compile(
        r"^\s*(?:about|join)\s+((?!us\b|the\b|our\b|you\b)[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s*:?\s*$",
        re.M,
    ),
    re.compile(r"\b[Aa]t\s+([A-Z][\w&.'-]+(?:\s+[A-Z][\w&.'-]+){0,3}),?\s+(?:we|our|you|an?)\b"),
    re.compile(r"\bwe(?:'re|’re| are)\s+([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,3})[,.]", re.I),
    # "Hello! I'm Rhian, Area Manager for Pellow Pharmacy Group": who is writing, and for whom.
    re.compile(
        r"\bI(?:'m|’m| am) [A-Z][\w'’-]+,\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,4}?(?:for|at)\s+("
        + _NAME
        + ")"
    ),
    re.compile(
        r"^\s*([A-Z][\w&.'-]+(?:\s+[A-Z][\w&.'-]+){0,3})\s+(?:is|are)\s+"
        r"(?:a|an|the|hiring|looking|seeking|on a mission|\w+ing)\b",
        re.M,
    ),
    re.compile(r"\bjoin(?:ing)?\s+([A-Z][\w&.'-]+(?:\s+[A-Z][\w&.'-]+){0,3})(?:'s)?\b"),
    # "Here at Oakfield Surgery…", "the crew at Hollis Street Coffee", "Join the team at…",
    # "Founded in 1987, Harwood & Pike Joinery makes…", "Lidgate Housing Association provides…".
    re.compile(r"\b[Hh]ere at (" + _NAME + ")"),
    re.compile(
        r"\b(?:[Tt]he|[Oo]ur) (?:[\w-]+ ){0,2}?(?:team|crew|staff|folks|people|family|gang) at "
        r"(" + _NAME + ")"
    ),
    re.compile(r"\b[Ff]ounded in (?:19|20)\d\d,? (" + _NAME + ")"),
    re.compile(
        r"^\W*(" + _NAME + r")\s+(?:is|are|was|has|have|started|began|makes|made|provides|"
        r"runs|builds|offers|employs|operates|supplies|designs|serves|helps|supports|works|"
        r"delivers|manages|owns|looks after|cares)\b",
        re.M,
    ),
)
_NOT_COMPANY = {"we", "you", "our", "the", "this", "as", "in", "if", "us", "it", "they", "a", "an"}


def field_company(text: str) -> str | None:
    """The value of a "Company:" or "Agency:" line, up to its next detail ("| Ref: …")."""
    for line in text.split("\n")[:40]:
        field = field_match(line)
        if field and field[0] == "company":
            name = re.split(r"\s+(?:[|·•]|//)\s+|\s*\|\s*", field[1])[0].strip(" ,")
            if not re.search(r"\b(?:Inc|Ltd|Co|Corp|Bros|St)\.$", name):
                name = name.rstrip(".")  # a sentence's stop, not "Inc."
            if name:
                return name
    return None


# An organisation as the subject of a sentence in the opening paragraphs: "Are you fluent in
# German? Brightwater Travel Group is expanding…", "Crestmoor Packaging designs and makes…".
_SUBJECT = re.compile(
    # after a short label ("About us: Tallowood Health is…"); past an aside ("Fynbos Fresh
    # Produce, one of the Western Cape's largest exporters, is looking…")
    r"(?:^|[.!?]\s+)\W*(?:[A-Z][\w ]{0,20}:\W*)?(" + _NAME + r")(?:,\s[^,.\n]{3,100},)?\s+"
    r"(?:is|are|has|have|was|makes|provides|runs|builds|"
    r"offers|employs|operates|supplies|designs|serves|helps|supports|delivers|manages|owns|"
    r"looks after|cares)\b",
    re.M,
)


def named_in_body(text: str) -> list[str]:
    """Names of organisations that open a sentence in the first 15 lines."""
    head = "\n".join(text.split("\n")[:15])
    return [m.group(1).strip(" .,") for m in _SUBJECT.finditer(head)]


def guess_company(text: str) -> str | None:
    for line in [ln for ln in text.split("\n") if ln.strip()][1:4]:
        plain = _strip_md(line)
        parts = re.split(r"\s+[|·•,–—-]\s+|\s*\|\s*|,\s+", plain)
        first = re.sub(r"^(?:at|join)\s+", "", parts[0].split("(")[0].strip(), flags=re.I)
        where = re.split(r"\s+[|·•–—-]\s+|\s*\|\s*", plain)[0].split("(")[0].strip(" *")
        if is_town_and_region(where) or is_region(first):
            continue  # "South San Francisco, CA · On-site": a place, not the employer
        # "Roadway Haulage Ltd is hiring.": the name ends where the sentence's verb starts.
        named_then_verb = re.split(r"\s+(?:is|are|has|have|was|were)\b", first)
        if len(named_then_verb) > 1:
            first = named_then_verb[0].strip(" ,")
        if _ROLE_RE.search(first) or len(first.split()) > 7 or _FIELD_RE.match(plain):
            continue
        if _LABEL.match(plain) or _AFFILIATION.match(plain):
            continue  # "Directorate: Children's Services", "Hi Sarah,"
        if not _ORG_WORDS.search(first) and in_place(first).search(text):
            continue  # "Sunderland (Doxford Park) | …" and "our Sunderland contact centre"
        # "Cobalt Distribution - Daventry DC - Days" under the title: employer, place, shift
        named = len(parts) >= 3 and re.fullmatch(r"(?:[A-Z][\w&.'-]*\s?){1,4}", first)
        if _ORG_WORDS.search(first) or named:
            return first
    plain = re.sub(r"\*\*|__", "", text)  # "we're **Fixlane**."
    for pattern in _COMPANY_PATTERNS:
        for m in pattern.finditer(plain):
            name = m.group(1).strip(" .,'")
            name = re.sub(r"'s$", "", name)
            first = name.split()[0].lower()
            # "The Gannet & Oar" is a name; "The Role", "Our Team" are not.
            a_the_name = (
                first == "the" and len(name.split()) > 1 and not _GENERIC_SUBJECT.match(name)
            )
            if (first in _NOT_COMPANY and not a_the_name) or _ROLE_RE.search(name):
                continue
            return name
    return None


# A site's trail whose first step is its owner: "Halsworth Borough Council - Jobs and careers >
# Current vacancies > Adult Social Care", "Careers at Halvorsen Instruments > Search…".
_TRAIL_PAGE = re.compile(
    r"\s*[-–|:]\s*(?:jobs(?: and careers)?|careers|(?:current )?vacancies|work (?:for|with) us)"
    r"\s*$|^careers at\s+|\s+careers$",
    re.I,
)


def employer_in_trail(text: str) -> str | None:
    """The organisation whose site a breadcrumb trail at the top belongs to."""
    for line in text.split("\n")[:3]:
        if heading.is_navigation(line) and ">" in line:
            return _TRAIL_PAGE.sub("", line.split(">")[0].strip(" *#")).strip() or None
    return None


# A school, faculty or department is part of the institution that employs: "School of
# Biosciences · Breckland University".
_UNIT_OF = re.compile(r"^(?:school|faculty|department|dept\.?|division|directorate) of\b", re.I)
_INSTITUTION = re.compile(
    r"\b(?:University of(?: the)? " + _NAME + r"|" + _NAME + r" (?:University|College))\b"
)


def _institution(name: str, text: str) -> str:
    if not _UNIT_OF.match(name):
        return name
    found = _INSTITUTION.search(text)
    return found.group(0) if found else name
