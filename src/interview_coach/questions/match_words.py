"""How a requirement is written and how a résumé line says it, for matching: the hedges
that make a line partial ("studying", "expired"), the alternatives and examples a requirement
offers, the names it asks for ("OSHA 30", "CSCS"), and the working times it asks about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview_coach.questions.gazetteer import SkillHit, find_skills
from interview_coach.questions.resume import ResumeProfile
from interview_coach.questions.resume_lines import _STOP, Unit, word_stems

# Words on a résumé line that say a skill is only partly there.
_PARTIAL = re.compile(
    r"\b(?:basic|basics|conversational|studying|working towards|in progress|home lab|homelab|"
    r"volunteer(?:ing)?|"
    r"acting|exposure to|some experience|familiar with|self[\s-]taught|personal project|"
    r"hobby|introductory|beginner|currently (?:completing|finishing)|exam booked|"
    # lapsed or not yet held: "card expired 2022", "not renewed", "applied for QTS"
    r"expired|expires? (?:in )?20[01]\d|lapsed|not renewed|did not (?:complete|finish)|"
    # a licence with conditions still on it: "NZ Class 1 restricted licence", "learner permit"
    r"(?:restricted|learner'?s?|provisional|probationary) (?:[\w']+ )?(?:licen[cs]e|permit)|"
    r"not (?:yet )?(?:completed|finished|awarded)|incomplete|enrolled|(?:exam|test) scheduled|"
    r"applied for|awaiting|pending|building my|due (?:in |by )?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|spring|summer|autumn|fall|winter|"
    r"20\d\d)|expected (?:in |by )?20\d\d|"
    # a course not finished: "final module outstanding", "expected completion June 2027",
    # "year 1 of 2", "module 2 of 4"
    r"(?:modules?|units?|exams?|papers?|dissertation|placement|practicum) outstanding|"
    r"(?:expected|due) (?:completion|to (?:complete|finish|qualify|graduate))|"
    r"(?:year|module|unit|stage|semester|level) \d of \d|"
    # learning it now: "currently learning React", "following the official tutorial", "(Udemy
    # course, 60% complete)", "7 of 12 units completed", "Paper 2 not yet attempted"
    r"currently learning|(?:following|doing|working through) (?:an? |the )?(?:[\w-]+ ){0,2}"
    r"(?:tutorials?|course)|\d{1,2} ?% (?:complete|done)|\d{1,2} of \d{1,2} (?:units?|modules?|"
    r"papers?|exams?|courses?)|not yet (?:attempted|sat|taken|started)|self[\s-]paced)\b",
    re.I,
)
# A requirement that takes a credential in progress: "(or working towards it)".
ACCEPTS_PARTIAL = re.compile(
    r"\b(?:working towards|studying (?:for|towards)|in progress|currently studying|"
    r"willing(?:ness)? to (?:obtain|complete|work towards|study))\b",
    re.I,
)
# Hedges said before what they hedge ("basic G-code", "exposure to Revit").
_LEADING_HEDGE = re.compile(
    r"(?:basic|basics|conversational|exposure to|some experience|familiar with|introductory|"
    r"beginner|volunteering)$",
    re.I,
)
MAX_ITEM_WORDS = 12  # longer lines are sentences, not one listed item


def qualified(text: str, skills: set[str], stems: frozenset[str] = frozenset()) -> bool:
    """True when the part of a line naming one of `skills` (or the requirement's own words,
    `stems`) hedges it ("DAX basics", "RHCSA (studying)"), not when another item on the same
    line does."""
    label = re.match(r"\s*([^:]{2,30}):", text)
    if label and _PARTIAL.search(label.group(1)) and not _LEADING_HEDGE.match(label.group(1)):
        return True  # "Currently learning: TypeScript, React": the label hedges the whole list
    sentence = len(text.split()) > MAX_ITEM_WORDS  # a hedge there is about its own clause
    parts = re.split(r",\s*|;\s*" + (r"|\s+(?:and|but|while)\s+" if sentence else ""), text)
    for i, part in enumerate(parts):
        # What follows a bracket or colon is another item, but not a dash after the bracket:
        # "BLS (American Heart Association) – expired 08/2026" is one item.
        head = re.split(r"\)(?!\s*[–—-])|:", part)[0]
        if not (hedge := _PARTIAL.search(head)):
            continue
        if hedge.group().lower()[:5] in stems:
            continue  # the requirement asks for that much: "conversational Spanish"
        leading = bool(_LEADING_HEDGE.match(hedge.group()))
        if leading:
            # "basic", "exposure to" hedge what follows them: in "Excel – VLOOKUPs and basic
            # pivot tables" Excel is not hedged.
            before, head = head[: hedge.start()], head[hedge.start() :]
            if before.rstrip().endswith("("):
                head = before + head  # "French (basic – reading)": it qualifies the name
            elif {h.name for h in find_skills(before)} & skills:
                continue  # the skill is also named plainly
        # The hedge may trail the item it qualifies: "… Estate Agency – studying, exam booked".
        back = i - 1
        while back > 0 and parts[back].count(")") > parts[back].count("("):
            back -= 1  # "ADR certificate (packages, classes 2-9), not renewed": the whole item
        near = " ".join([*parts[back:i], head]) if i and not leading else head
        if {h.name for h in find_skills(near)} & skills or len(word_stems(near) & stems) >= 2:
            return True
    # A line that is one item, not a list, qualifies whatever it shows: "CIM Certificate in
    # Professional Marketing (studying)"; in a sentence the hedge is about its own clause.
    whole = _PARTIAL.search(text)
    return (
        len(parts) == 1 and not sentence and bool(whole) and whole.group().lower()[:5] not in stems
    )


# Where a requirement lists examples: "(Famly, Tapestry or similar)", "such as Zendesk".
_EXAMPLES = re.compile(
    r"\(([^()]{2,120})\)|\b(?:such as|e\.g\.?|for example|including)\s+([^.;:()]{2,120})", re.I
)
_EXAMPLE_SPLIT = re.compile(r",\s*|\s+or\s+|\s+and\s+")
_NOT_EXAMPLE = re.compile(r"^(?:e\.g\.?|similar|equivalent|other|etc\.?|the like|a plus)$", re.I)


def examples_in(requirement: str) -> tuple[str, ...]:
    """Names a requirement gives as examples; a résumé naming any one of them shows it.
    Only names (a capital letter or a digit), so "(or currently studying for it)" is none."""
    out: list[str] = []
    for m in _EXAMPLES.finditer(requirement):
        for item in _EXAMPLE_SPLIT.split(m.group(1) or m.group(2)):
            item = re.sub(r"^(?:e\.g\.?|such as|or|and)\s+", "", item.strip(), flags=re.I)
            words = item.split()
            if (
                0 < len(words) <= 6
                and not _NOT_EXAMPLE.match(item)
                and re.search(r"[A-Z0-9]", item)
            ):
                out.append(item)
    return tuple(out)


def named_in(names: Sequence[str], line: str, flags: int = 0) -> list[str]:
    """Those of `names` the line says as whole words."""
    low = line.lower() if flags & re.I else line
    return [
        x
        for x in names
        # The plain substring test first: most names are not on most lines.
        if (x.lower() if flags & re.I else x) in low
        and re.search(rf"(?<!\w){re.escape(x)}(?!\w)", line, flags)
    ]


# Words around "or" that are not one of the alternatives: "past engineering work", "a
# similar tool", "previous care experience".
_NOT_ALTERNATIVE = frozenset(
    "previous prior past either background role roles field industry environment setting "
    "qualification certificate degree tool tools system systems equivalent".split()
)
_WORD = re.compile(r"[A-Za-z0-9][\w&+#'-]*")


def alternatives(requirement: str, joiner: str = "or") -> list[tuple[str, ...]]:
    """The alternatives a requirement joins with "or", each as its one or two words next to
    the "or": "property management or lettings" gives ("property", "management") and
    ("lettings",); "Logistics, delivery or marketplace experience" gives three. A résumé
    showing one alternative shows the requirement."""
    out: list[tuple[str, ...]] = []

    def item(words: list[str]) -> tuple[str, ...]:
        kept: list[str] = []
        while words and words[0].lower() in ("a", "an", "the"):
            words = words[1:]
        for w in words:
            low = w.lower()
            if low in _STOP or low in _NOT_ALTERNATIVE or len(low) < 3:
                break
            kept.append(low)
        return tuple(kept[:2])

    for m in re.finditer(rf"\s+{joiner}\s+", requirement):
        left = re.split(r"[,;:(]", requirement[: m.start()])
        right = re.split(r"[,;:()]", requirement[m.end() :])[0]
        sides = [item(list(reversed(_WORD.findall(left[-1]))))[::-1], item(_WORD.findall(right))]
        # "Logistics, delivery or …": the items of a list before the "or".
        sides += [item(list(reversed(_WORD.findall(p))))[::-1] for p in left[-3:-1]]
        out.extend(side for side in sides if side)
    return list(dict.fromkeys(out))


def shows_alternative(alternatives: list[tuple[str, ...]], line: str) -> str | None:
    """The alternative the line names word for word (a plural "s" aside), if any."""
    low = line.lower()
    for alt in alternatives:
        if not all(w in low for w in alt):
            continue  # a word missing from the line: no need to build and run the pattern
        pattern = r"\s+".join(re.escape(w) + r"s?" for w in alt)
        if re.search(rf"(?<![\w-]){pattern}(?![\w-])", line, re.I):
            return " ".join(alt)
    return None


# When someone can work is a fact a résumé states or not, not a quality its work shows:
# "Able to work alternate weekends" is shown by "Rotating weekend shifts", and by nothing else.
_WHEN_ASKED = re.compile(
    r"\b(?:availab\w*|flexib\w*|(?:able|willing|happy|prepared|open|ability) to (?:work|join)|"
    r"willingness to work)\b",
    re.I,
)
_WORK_TIMES = re.compile(
    r"\b(?:weekends?|nights?|evenings?|early|lates?|2nd|second|3rd|third|swing|overtime|"
    r"on[- ]call|call[- ]outs?|"
    r"out[- ]of[- ]hours|rotas?|bank holidays?|holidays|sleep[- ]ins?|24/7|mornings?|peak|"
    r"saturdays?|sundays?)\b",
    re.I,
)


# Names a requirement is written with: acronyms ("OSHA 30", "CSCS", "ACS"), codes ("D1.2",
# "70E", "5-axis", "12-hour") and products with a capital inside ("RxWorks"). Roman
# numerals and places are not names of what is asked.
_NAME = re.compile(
    r"(?<![\w.-])(?:[A-Z]{2,}[A-Za-z]*\+?(?:[\s-]?\d+(?:\.\d+)?\b)?|[A-Z][a-z]+[A-Z]\w*|"
    r"[A-Za-z]+\d[\w.+-]*|\d+[A-Za-z]\w*|\d+-[a-z]+)(?![\w-])"
)
# Places, numerals and acronyms for a kind of thing ("KPIs", "CRM", "POS"), not a name.
_NOT_A_NAME = frozenset(
    "UK US USA EU UAE NZ IT HR NHS CV II III AND OR ASAP KPI KPIS CRM POS ERP CS SEND SEN PPE "
    "SOP SOPS CAD CAM API APIS QA QC FMCG SME SMES B2B B2C SAAS ID PA AP AR GP EHR EMR "
    "PMS HRIS HCM WMS TMS LMS CMS ATS MIS BMS EPOS EPR PAS".split()
)
MIN_ALTERNATIVE_WORDS = 2  # "… or II credentials" is the same name again, not an alternative
# Where a requirement's alternatives part: "or", a list, a slash, brackets, examples.
_ALTERNATIVE_SPLIT = re.compile(
    r"\s+or\s+|,\s*|/|[()]|;|\s+[–—-]\s+|\b(?:such as|e\.g\.?|including|especially)\s+", re.I
)


# Examples a requirement gives: a line naming one shows it, but one naming none may still
# show the kind ("an EHR system (Epic, athenaOne or similar)", "Excel, including VLOOKUP").
_EXAMPLE_PART = re.compile(
    r"\([^()]*\)|\b(?:such as|e\.g\.?|including|especially|for example)\b[^.;()]*", re.I
)


_CAPITALISED = re.compile(r"(?<!^)\b[A-Z][a-z]{2,}")


def _name_groups(text: str) -> list[list[str]] | None:
    """The names each alternative in `text` is written with; None when some alternative
    names nothing ("Enhanced DBS, or willingness to apply"), since words then may show it."""
    groups: list[list[str]] = []
    acronyms = {n.upper() for n in re.findall(r"\b[A-Z]{2,}\b", text)}
    for part in _ALTERNATIVE_SPLIT.split(text):
        # An acronym's plural is the acronym ("ITPs" is met by "ITP checklists").
        found = [re.sub(r"(?<=[A-Z]{2})s$", "", n) for n in _NAME.findall(part)]
        names = [n for n in found if n.upper() not in _NOT_A_NAME]
        initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w-]*", part)).upper()
        if names:
            groups.append(names)
        elif len(initials) >= 2 and any(initials in a or a in initials for a in acronyms):
            continue  # "SMSTS (Site Management Safety Training Scheme)": the name spelt out
        elif len(word_stems(part)) >= MIN_ALTERNATIVE_WORDS or _CAPITALISED.search(part.strip()):
            return None  # "Experience with Kotlin": a name the pattern does not know
    return groups


def names_wanted(requirement: str) -> tuple[list[list[str]], list[list[str]]]:
    """The names a line must show for the requirement to be covered (none where words may
    show it), and every name that shows it, examples included."""
    main = _name_groups(_EXAMPLE_PART.sub(", ", requirement)) or []
    return main, (_name_groups(requirement) or []) + main


def unnamed_alternative(alts: list[tuple[str, ...]], names: list[list[str]], line: str) -> bool:
    """The line shows an alternative that carries none of the names ("Singaporean or
    Singapore PR" met by "Nationality: Singaporean"): the names belong to the other one."""
    shown = shows_alternative(alts, line)
    return bool(shown) and not any(n.lower() in shown.lower() for g in names for n in g)


def names_shown(groups: list[list[str]], line: str) -> bool:
    """Some alternative has every one of its names on the line."""

    def flat(text: str) -> str:
        return re.sub(r"[\s-]+", " ", text.lower())

    def shown(name: str) -> bool:
        # A version after a name that ends in a letter is the name: "HTML5" shows HTML,
        # "CSS3" CSS (but "OSHA 3" is not "OSHA 30").
        after = r"(?:s|\d{1,2})?" if name[-1:].isalpha() else "s?"
        return bool(re.search(rf"(?<!\w){re.escape(flat(name))}{after}(?!\w)", said))

    said = flat(line)
    # The plain substring test first: most names are not on most lines.
    return any(all(flat(n) in said and shown(n) for n in g) for g in groups)


def names_said(groups: list[list[str]], line: str) -> str:
    """The names of the first alternative the line shows, for the reason given."""
    return " ".join(next((g for g in groups if names_shown([g], line)), groups[0]))


# Three names for the same time: being called in when off shift ("on-call", "a call-out
# rota", "out-of-hours").
_ON_CALL = {"call out", "out of hour"}


def _times(text: str) -> set[str]:
    """The working times a text names, one spelling each ("on-call" and "on call" alike)."""
    said = {re.sub(r"[\s-]+", " ", t.lower()).rstrip("s") for t in _WORK_TIMES.findall(text)}
    return {"on call" if t in _ON_CALL else t for t in said}


def availability(requirement: str, units: list[Unit]) -> tuple[Unit | None] | None:
    """The line naming one of the working times asked for, (None,) when no line does, and
    None when the requirement does not ask when one can work."""
    asked = _times(requirement)
    if not asked or not _WHEN_ASKED.search(requirement):
        return None
    best: tuple[int, Unit] | None = None
    for unit in units:
        if unit.hope:
            continue
        said = len(asked & _times(unit.text))
        if said and (best is None or said > best[0]):
            best = (said, unit)
    return (None,) if best is None else (best[1],)


def written_as_name(hit: SkillHit) -> bool:
    """The skill is written as a name: a capital after the first letter of the requirement,
    or a digit ("AWS", "Zendesk", "Level 3"), not a common noun ("typography")."""
    caps = any(c.isupper() for c in hit.text[1:]) or (hit.start > 0 and hit.text[:1].isupper())
    return caps or any(c.isdigit() for c in hit.text)


# A driving licence asked for, and a line that shows one: "Full clean UK licence", "Category
# B, C, D", "CDL Class A", "Valid Arizona driver license".
_DRIVING_ASKED = re.compile(r"\bdriv(?:er'?s?|ing)\s+licen[cs]e\b|\bCDL\b", re.I)
_DRIVING_SHOWN = re.compile(
    r"\bdriv(?:er'?s?|ing)\b[^.;]{0,20}\blicen[cs]e\b|\bCDL\b|\bcategor(?:y|ies) [A-E]\b|"
    r"\b(?:full|clean)\b[^.;]{0,20}\blicen[cs]e\b|\blicen[cs]e\b[^.;]{0,20}\b(?:clean|points)\b|"
    # A licence by its class: "NZ Class 1 restricted licence", "Class 5 licence".
    r"\b(?:class|cat\.?) ?[1-9A-E]\w{0,2}\b[^.;]{0,25}\blicen[cs]e\b|"
    # Provinces' and states' letter classes: "Valid Ontario G licence", "AZ licence".
    r"(?-i:\b(?:G[12]?|M[12]?|AZ|DZ|BE|C1E?|CE|D1)\b)[^.;]{0,12}\blicen[cs]e\b",
    re.I,
)


def driving_licence(requirement: str, shown: str, units: list[Unit]) -> tuple[Unit | None] | None:
    """For a driving licence asked for whose evidence line is not about driving (a trade's
    licence, "Texas Journeyman Electrician License"): (the line that shows one,) or (None,).
    None when no driving licence is asked for or the line shows one."""
    if not _DRIVING_ASKED.search(requirement) or _DRIVING_SHOWN.search(shown):
        return None
    return (next((u for u in units if _DRIVING_SHOWN.search(u.text) and not u.hope), None),)


# A grade in a requirement and on its résumé line ("Level 4", "Green Belt", "60 wpm"): a
# lower one shows the skill, but not at the level asked.
_LEVEL = re.compile(r"\blevel\s*(\d)\b", re.I)
_BELT = re.compile(r"\b(white|yellow|green|black)\s+belt\b", re.I)
_BELT_RANK = {"white": 0, "yellow": 1, "green": 2, "black": 3}
_RATE = re.compile(r"\b(\d{2,3})\s*(?:wpm|words per minute)\b", re.I)
# Site cards by colour, as the construction schemes rank them: a labourer's green, a skilled
# worker's blue, a supervisor's gold, a manager's black ("CSCS Blue Card" is not Gold).
_CARD = re.compile(r"\b(green|red|blue|gold|black)\s+(?:[\w()-]+\s+){0,2}?card\b", re.I)
_CARD_RANK = {"green": 0, "red": 0, "blue": 1, "gold": 2, "black": 3}
# School finished: a diploma, GED or matric is grade 12; "completed 11th grade" is below it.
_SCHOOL_ASKED = re.compile(
    r"\bhigh school (?:diploma|graduate|education)|\bGED\b|\bmatric\b|\bgrade 12\b|"
    r"\b12th grade\b",
    re.I,
)
_SCHOOL_GRADE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th) grade\b|\bgrade (\d{1,2})\b", re.I)
# Grades of what a licence or a workplace allows: an automatic-only licence does not drive
# a manual van, and a chiller is not a freezer.
_TRANSMISSION = re.compile(r"\b(manual|automatic)\b", re.I)
_COLD = re.compile(r"\b(ambient|cooler|chiller|chilled|freezer|frozen|blast freez)", re.I)
_COLD_RANK = {"ambient": 0, "cooler": 1, "chiller": 1, "chilled": 1, "freezer": 2, "frozen": 2}


# Degrees by rank; "associate" only as a degree ("Azure Administrator Associate" is none).
_DEGREE = re.compile(
    r"\b(associate(?='?s? (?:degree|of))|bachelor|undergraduate|bsc|ba|beng|master|msc|ma|"
    r"meng|mphil|mba|phd|dphil|doctorate)(?:'?s)?\b",
    re.I,
)
# An MBA is a master's degree: it does not meet "PhD required".
_DEGREE_RANK = {
    "associate": 0,
    **dict.fromkeys(("bachelor", "undergraduate", "bsc", "ba", "beng"), 1),
    **dict.fromkeys(("master", "msc", "ma", "meng", "mphil", "mba"), 2),
    **dict.fromkeys(("phd", "dphil", "doctorate"), 3),
}


# The qualifications framework's ladder (Australia's AQF, New Zealand's alike): Certificate I
# to IV, then a Diploma, an Advanced Diploma, a graduate one; a high school diploma is none.
_AQF = re.compile(
    r"\bcertificate\s+(iv|i{1,3}|[1-4])\b|\b(advanced|graduate|postgraduate)?\s*"
    r"(?<!school )(?<!school)\bdiploma\b",
    re.I,
)
_AQF_RANK = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "advanced": 6, "graduate": 8, "postgraduate": 8}


def aqf_rank(text: str) -> list[int]:
    """The ranks on the framework's ladder of the qualifications `text` names; none where a
    level is given, which places it on another ladder ("Level 3 Diploma" in England)."""
    if _LEVEL.search(text):
        return []
    out = []
    for cert, above in _AQF.findall(text):
        cert = cert.lower()
        out.append(int(cert) if cert.isdigit() else _AQF_RANK.get(cert or above.lower(), 5))
    return out


def _grades(text: str) -> dict[str, list[int]]:
    return {
        "level": [int(x) for x in _LEVEL.findall(text)],
        "belt": [_BELT_RANK[x.lower()] for x in _BELT.findall(text)],
        "rate": [int(x) for x in _RATE.findall(text)],
        "degree": [_DEGREE_RANK[x.lower()] for x in _DEGREE.findall(text)],
        "school": [int(a or b) for a, b in _SCHOOL_GRADE.findall(text)],
        "card": [_CARD_RANK[x.lower()] for x in _CARD.findall(text)],
        "transmission": [x.lower() == "manual" for x in _TRANSMISSION.findall(text)],
        "cold": [_COLD_RANK.get(x.lower(), 2) for x in _COLD.findall(text)],
        "aqf": aqf_rank(text),
    }


def below_grade(requirement: str, line: str) -> bool:
    """True when the line shows a lower grade than every one the requirement accepts
    ("Level 3 Award" for "Level 4 Food Safety", "Yellow Belt" for "Green Belt", "55 wpm"
    for "60 wpm or above", "completed 11th grade" for a high school diploma, an automatic-only
    licence for a manual one, a cooler for freezer work)."""
    want, have = _grades(requirement), _grades(line)
    if _SCHOOL_ASKED.search(requirement):
        want["school"] = [12]
    return any(want[k] and have[k] and max(have[k]) < min(want[k]) for k in want)


# Kinds of role a years requirement may name, and the job titles that are that kind.
ROLE_KINDS = tuple(
    (re.compile(asked, re.I), re.compile(titles, re.I))
    for asked, titles in (
        (r"\badministrat(?:ion|or)\b", r"\badmin(?:istrator)?\b|\bsysadmin\b"),
        (
            r"\bmanag(?:ement|er|ing)\b",
            r"\bmanag|\bhead\b|\blead\b|\bdirector\b|\bsupervisor\b|"
            r"\bchief\b|\bowner\b|\bforeman\b",
        ),
        (r"\banalyst\b", r"\banalyst\b|\banalytics\b|\bscientist\b"),
        (r"\bengineer(?:ing)?\b", r"\bengineer|\bdeveloper\b|\bprogrammer\b|\barchitect\b"),
        (r"\bdesigner\b", r"\bdesign"),
        # A hotel's front office is its front desk, not the restaurant or the bedrooms.
        (
            r"\bfront (?:office|desk)\b|\breception(?:ist)?\b",
            r"\brecepti|\bfront (?:office|desk)\b|\bguest (?:services|relations)\b|\bconcierge\b",
        ),
    )
)
VOLUNTEER = re.compile(r"\bvolunteer", re.I)


# A check done before the start ("Must pass a background check", "subject to a satisfactory
# DBS"): the candidate completes it, never holds it in advance.
PRE_HIRE = re.compile(
    r"^\W*(?:must|will need to|will be required to|required to|you(?:'ll| will) need to)\s+"
    r"(?:be able to\s+)?(?:pass|complete|undergo|clear)\b|\bsubject to\b|\bpre[\s-]employment\b|"
    # "Garda vetting will be carried out prior to appointment": the employer's step, not yours.
    r"\b(?:carried out|completed|conducted|undertaken|done)\s+(?:prior to|before)\s+"
    r"(?:an?\s+|the\s+|your\s+)?(?:appointment|start\w*|commencement|employment|offer)\b",
    re.I,
)


# A line that is only dates: "Jan 2020 - Present", "2019 – 2023".
DATES_ONLY = re.compile(
    r"^[\W\d]*(?:(?:[a-z]{3,9}\.? )?\d{4}|present|now|current|date)(?:[\s–—-]+(?:[a-z]{3,9}\.? )?"
    r"(?:\d{4}|present|now|current|date))*\W*$",
    re.I,
)


# A requirement for a line of work by where it is done, which an employer's name shows.
SECTOR_ASKED = re.compile(
    r"\b(?:sectors?|industry|industries|settings?|environments?|government|council|charity|"
    r"not-for-profit|non-profit|agency|agencies|organi[sz]ations?)\b",
    re.I,
)
ROLE_HEAD_WORDS = 8  # a line this short that names a role's employer or title heads it


def role_head(unit: Unit, resume: ResumeProfile) -> bool:
    """Dates alone, or a short line naming a role's employer or title: a role's heading."""
    if DATES_ONLY.match(unit.text.strip()):
        return True
    if len(unit.text.split()) > ROLE_HEAD_WORDS:
        return False
    line = unit.text.casefold()
    return any(
        (r.organisation and r.organisation.casefold() in line) or r.title.casefold() == line
        for r in resume.roles
    )
