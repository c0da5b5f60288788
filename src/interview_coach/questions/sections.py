"""How a job advert or a résumé is laid out: its sections and headings, bullets, and the word
patterns the readers share (role nouns, "Field: value" lines, employer words, clauses that
make a skill optional).

The job reader (`questions.profile`), the heading reader (`questions.heading`), the
requirements (`questions.requirements`) and the résumé reader (`questions.resume`) all build
on this module, and it builds on none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from interview_coach.nlp.text import lines_with_offsets
from interview_coach.questions.gazetteer import load_gazetteer

Section = Literal["intro", "required", "nice", "responsibilities", "company", "benefits", "other"]

# Checked in this order: "Preferred qualifications" is nice-to-have, not required.
_HEADING_KINDS: tuple[tuple[Section, re.Pattern[str]], ...] = (
    (
        "nice",
        re.compile(
            r"nice[\s-]to[\s-]have|preferred|bonus|desirable|desired|a plus|plus points|"
            r"would be (?:great|nice|a plus|lovely|useful|helpful|welcome)|extra credit|"
            r"even better|ideally|advantageous|not required|optional|also welcome|"
            r"(?:good|great|lovely|useful) to have|it would help|not essential|^nice\b|"
            # "Assets:", as Canadian postings head their desirable items; "Highly regarded:",
            # as Australian ones do.
            r"^(?:additional |other )?assets?$|highly regarded|regarded favourably",
            re.I,
        ),
    ),
    (
        "benefits",
        re.compile(
            r"benefits|perks|what we offer|we offer|what(?:'s| is) on offer|on offer|"
            r"what you(?:'ll| will) get|"
            r"compensation|salary|pay\b|why join|why work",
            re.I,
        ),
    ),
    (
        "required",
        re.compile(
            r"requirement|qualification|must[\s-]haves?|essential|what you(?:'ll| will)? need|"
            r"what we(?:'re| are) looking for|who you are|about you|you have|you bring|"
            r"you(?:'ll| will) bring|your (?:skills|profile|background|experience)|skills|"
            r"experience|required|criteria|the ideal candidate|ideal candidate|competenc|"
            r"knowledge|person specification|what it takes|you should have|we need|"
            r"you(?:'ll| will) (?:need|have)|looking for (?:someone|a person|people|candidates)|"
            r"the successful candidate (?:will )?(?:have|has|be)|^the person$|"
            r"what we(?:'re| are) after|we(?:'re| are) looking for$|^about the candidate",
            re.I,
        ),
    ),
    (
        "responsibilities",
        re.compile(
            r"responsibilit|what you(?:'ll| will) do|duties|the role|about the role|"
            r"your role|role overview|day[\s-]to[\s-]day|in this role|the job|key tasks|"
            r"your impact|what you(?:'ll| will) work on|accountabilit|mission|the opportunity|"
            r"job summary|position summary|overview|summary|successful candidate will|"
            r"you will\b|you'll\b",
            re.I,
        ),
    ),
    (
        "company",
        re.compile(
            r"about (?:us|the company|the team|our)|who we are|our (?:values|culture|story|team)|"
            r"company|culture|values|equal opportunit|diversity|how to apply|to apply|"
            r"about [A-Z]",
            re.I,
        ),
    ),
)

_BULLET = re.compile(r"^\s*(?:--?|[*•·▪◦‣–—>+]|\d{1,2}[.)]|[a-z][.)])\s+")


def _clean_heading(line: str) -> str:
    text = line.strip()
    text = re.sub(r"^#{1,6}\s*", "", text)
    text = text.strip("*_ =").strip()
    return text.rstrip(":").strip()


def _is_heading(line: str) -> bool:
    raw = line.strip()
    if not raw or _BULLET.match(raw):
        return False
    if raw.startswith("#"):
        return True
    text = _clean_heading(raw)
    if not text or len(text) > 60 or text.endswith((".", ",", ";")):
        return False
    words = text.split()
    if len(words) > 8:
        return False
    if raw.rstrip().endswith(":"):
        return True
    if raw.startswith(("**", "__")) and raw.rstrip().endswith(("**", "__")):
        return True
    letters = [c for c in text if c.isalpha()]
    if bool(letters) and all(c.isupper() for c in letters) and len(letters) > 3:
        return True
    # A short bare line such as "About us" or "Nice to have" is a heading too, as long as
    # it names no skill ("Strong communication skills" is content, not a heading).
    if len(words) <= 5 and heading_kind(text) != "other":
        return not _names_a_skill(text)
    return False


def _names_a_skill(text: str) -> bool:
    gaz = load_gazetteer()
    return bool(gaz.skills.find(text) or gaz.soft.find(text))


# Longest bare line read as a heading when a list follows it.
MAX_LIST_LEAD_WORDS = 8


def _leads_a_list(line: str, following: str) -> bool:
    """A bare line of a few words that says what a bulleted list under it is ("It would be
    great if you also had", "You will need") is that list's heading, without a colon."""
    raw = line.strip()
    if _BULLET.match(raw) or not _BULLET.match(following.strip()):
        return False
    if raw.endswith((".", ",", ";", "!", "?")) or len(raw.split()) > MAX_LIST_LEAD_WORDS:
        return False
    if heading_kind(raw) not in ("required", "nice"):
        return False
    return not _names_a_skill(raw)


def heading_kind(heading: str) -> Section:
    """Classify one section heading."""
    text = _clean_heading(heading)
    for kind, pattern in _HEADING_KINDS:
        if pattern.search(text):
            return kind
    return "other"


@dataclass(frozen=True)
class Block:
    """A line of a document with the section it sits in."""

    section: Section
    heading: str
    text: str
    start: int  # offset in the document
    bullet: bool


def split_sections(text: str) -> list[Block]:
    """Lines of `text` labelled with the kind of section they belong to."""
    blocks: list[Block] = []
    heading_seen = False
    section: Section = "intro"
    heading = ""
    lines = [(start, line) for start, line in lines_with_offsets(text) if line.strip()]
    for k, (start, line) in enumerate(lines):
        field = field_match(line)
        if field and field[0] not in ("job", "role"):
            continue  # "Location: Leeds", "Company: X": details, not content or a heading
        following = lines[k + 1][1] if k + 1 < len(lines) else ""
        if _is_heading(line) or _leads_a_list(line, following):
            heading = _clean_heading(line)
            kind = heading_kind(line)
            # The title as a heading ("# Data Analyst") does not end the opening lines, and
            # its words ("… | $10K Sign-On Bonus") do not open a section.
            if not blocks and section == "intro" and not heading_seen:
                heading_seen = True
                continue
            heading_seen = True
            if not (kind == "other" and section == "intro"):
                section = kind
            continue
        inline = re.match(r"^\s*(?:\*\*)?([A-Za-z][A-Za-z '/&-]{2,40}?)(?:\*\*)?:\s+(\S.*)$", line)
        if inline and heading_kind(inline.group(1)) in ("required", "nice"):
            kind = heading_kind(inline.group(1))
            blocks.append(Block(kind, inline.group(1), inline.group(2), start, False))
            continue
        blocks.append(Block(section, heading, line.strip(), start, bool(_BULLET.match(line))))
    return blocks


# A clause that makes its skills optional wherever it appears.
_NICE_CLAUSE = re.compile(
    r"\b(?:nice[\s-]to[\s-]have|(?:is|are|would be|a big|big) (?:a )?(?:plus|bonus|advantage)|"
    r"a plus\b|bonus(?: points)?\b|preferred\b|preferably\b|desirable\b|desired\b|ideally\b|"
    r"advantageous|an advantage|beneficial|not required|not essential|"
    r"(?:would|will) (?:be )?(?:help|set you apart|stand out)|helpful|"
    r"familiarity with .{0,40}(?:plus|bonus)|even better|nice if|great if|"
    r"exposure to)\b",
    re.I,
)
_ROLE_NOUNS = (
    r"engineer|developer|programmer|architect|analyst|scientist|manager|director|head|lead|"
    r"designer|researcher|nurse|teacher|tutor|lecturer|educator|instructor|specialist|"
    r"coordinator|co-ordinator|representative|rep|associate|consultant|accountant|controller|"
    r"bookkeeper|clerk|administrator|admin|technician|officer|executive|assistant|advisor|"
    r"adviser|agent|supervisor|planner|buyer|recruiter|partner|strategist|writer|tester|owner|"
    r"marketer|generalist|practitioner|midwife|therapist|operator|driver|scrum master|"
    r"product manager|vp|vice president|chief|intern|apprentice|trainee|graduate|"
    r"sdet|devops|sre|dba|paralegal|auditor|underwriter|cashier|associate|"
    r"operative|handler|dispatcher|storekeeper|secretary|receptionist|champion|"
    r"ambassador|expert|professional|leader|principal|head of [a-z ]+"
)
_ROLE_RE = re.compile(rf"\b(?:{_ROLE_NOUNS})s?\b", re.I)
_FIELD_RE = re.compile(
    r"^\s*(?:\*\*)?(job title|post title|role title|position title|title|position|role|vacancy|"
    r"job|subject|company|organi[sz]ation|employer|"
    r"location|department|team|reports to|salary|contract|seniority|level)(?:\*\*)?\s*[:\-–|]\s*"
    # Greedy to the line's last visible character: a lazy value before "\s*$" would try
    # every position against the rest of the line (quadratic on a line of spaces).
    r"(?:\*\*)?\s*(\S(?:.*\S)?)\s*$",
    re.I,
)
# The same details written as a bullet or behind an emoji ("- **Company:** Northbound Ltd",
# "📍 Location: Fort Wayne, IN"), and the names some postings use for them. Only details
# with a colon: "- Team: you will lead four" would otherwise be a duty.
_DETAIL_FIELD_RE = re.compile(
    r"^\s*(?:[-*•>]\s+)?(?:[^\w\s]{1,3}\s*)?(job title|company|company name|organi[sz]ation|"
    r"employer|client|hiring organi[sz]ation|"
    r"agency|recruiter|posted by|advertised by|hiring company|location|job location|"
    r"work location|job locations|locations|place of work|workplace|where|based|town|city|"
    r"site|base|"
    r"based at|salary|pay|rate|"
    r"package|remuneration|contract)"
    r"\s*:\s*(\S(?:.*\S)?)\s*$",
    re.I,
)
# What separates the parts of a line of details: "Harbour & Pine Home · Leeds | Full-time",
# "Pembury Lisle Solicitors LLP // Tunbridge Wells".
DETAIL_SEPARATORS = re.compile(r"\s+[|·•–—]\s+|\s*\|\s*|\s+-\s+|\s+//\s+")
# What each detail name means.
FIELD_KINDS = {
    "agency": "company",
    "client": "company",
    "company name": "company",
    "hiring organisation": "company",
    "hiring organization": "company",
    "recruiter": "company",
    "posted by": "company",
    "advertised by": "company",
    "hiring company": "company",
    "organisation": "company",
    "organization": "company",
    "employer": "company",
    "job location": "location",
    "work location": "location",
    "place of work": "location",
    "workplace": "location",
    "job locations": "location",
    "town": "location",
    "city": "location",
    "locations": "location",
    "where": "location",
    "based": "location",
    "remuneration": "salary",
    "site": "location",
    "base": "location",
    "based at": "location",
    "pay": "salary",
    "rate": "salary",
    "package": "salary",
}


def field_match(line: str) -> tuple[str, str] | None:
    """(kind, value) of a details line such as "Location: Leeds", or None."""
    plain = _strip_md(line)
    m = _FIELD_RE.match(plain) or _DETAIL_FIELD_RE.match(plain)
    if m is None:
        return None
    name = m.group(1).lower()
    return FIELD_KINDS.get(name, name), m.group(2).strip(" *")


# A two-cell table row, "| Job Title | Accounts Payable Specialist |", and a separator row.
_TABLE_ROW = re.compile(r"^\s*\|\s*([^|]{1,40}?)\s*\|\s*([^|]*?)\s*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def table_rows_as_fields(text: str) -> str:
    """The text with each two-cell table row written as a field ("Job Title: …") and table
    rules dropped, so a details table reads as the "Label: value" lines it stands for."""
    out = []
    for line in text.split("\n"):
        if _TABLE_RULE.match(line):
            continue
        m = _TABLE_ROW.match(line)
        out.append(f"{m.group(1)}: {m.group(2)}" if m and m.group(2) else line)
    return "\n".join(out)


def _strip_md(line: str) -> str:
    text = re.sub(r"^#{1,6}\s*", "", line.strip())
    text = re.sub(r"[*_`]{1,3}", "", text)
    return text.strip()


_ORG_WORDS = re.compile(
    r"\b(?:ltd|limited|inc|llc|plc|gmbh|trust|school|hospital|council|university|group|"
    r"association|academy|services|college|foundation|bank|agency|studio|labs?|partners|"
    # A firm named for its trade: "Halberd Moss Consulting Engineers", "… Solicitors LLP".
    r"llp|solicitors|engineers|surveyors|architects|accountants|consulting|recruitment|"
    r"b\.v|s\.a)\b\.?",
    re.I,
)


# A posting pasted as one block of text: "Duties include: a; b. Minimum requirements: c; d.
# Advantageous: e; f." A line this long that names two or more sections inline is unfolded:
# each label starts a line and each item its own, in place (the text keeps its length, so
# every span still points at the same characters).
LONG_LINE = 300
_INLINE_LABEL = re.compile(r"(?:(?<=[.;]\s)|^)([A-Z][\w'’/&-]*(?:\s+[\w'’/&()-]+){0,3}):\s")
_LIST_KINDS = frozenset({"required", "nice", "responsibilities", "benefits"})


def unfold_inline_sections(text: str) -> str:
    """`text` with a one-block posting's inline sections on lines of their own (same length)."""
    out = []
    for line in text.split("\n"):
        marks = (
            [m for m in _INLINE_LABEL.finditer(line) if heading_kind(m.group(1)) in _LIST_KINDS]
            if len(line) >= LONG_LINE
            else []
        )
        if len(marks) < 2:
            out.append(line)
            continue
        chars = list(line)
        for k, m in enumerate(marks):
            if m.start() > 0:
                chars[m.start() - 1] = "\n"  # the space before the label
            chars[m.end() - 1] = "\n"  # the space after its colon
            end = marks[k + 1].start() if k + 1 < len(marks) else len(line)
            stop = re.search(r"\.\s", line[m.end() : end])  # the list ends with its sentence
            limit = m.end() + stop.start() if stop else end
            for j in range(m.end(), limit):
                if line[j] == ";" and line[j + 1 : j + 2] == " ":
                    chars[j + 1] = "\n"
            if stop:
                chars[limit + 1] = "\n"
        out.append("".join(chars))
    return "\n".join(out)
