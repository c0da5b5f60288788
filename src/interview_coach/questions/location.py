"""Where a job is and how it is worked, read from a posting's opening lines: a `Location:`
field, a town and its region, or the place in the line of details under the title. Only what
the posting says, tidied; a phrase that is not a name is not a place."""

from __future__ import annotations

import re

from interview_coach.nlp.places import STATES, is_town_and_region
from interview_coach.questions.heading import is_role
from interview_coach.questions.sections import (
    _ORG_WORDS,
    DETAIL_SEPARATORS,
    _strip_md,
    field_match,
)

_WORK_MODELS = (
    ("remote", r"\bremote(?:[\s-]first)?\b|work from home|\bwfh\b|fully distributed"),
    ("hybrid", r"\bhybrid\b|\d days? (?:a|per) week in (?:the|our)"),
    ("on-site", r"\bon[\s-]?site\b|in[\s-]office|office[\s-]based|site[\s-]based"),
)
_NOT_PLACE = re.compile(
    r"\b(?:full[\s-]time|part[\s-]time|permanent|temporary|contract|fixed[\s-]term|hours|"
    r"\d+\s?hrs|salary|shifts?|days|nights|per|band|grade|ref|closing|posted|"
    r"(?:office|site|studio|home)[\s-]based)\b|[£$€]",
    re.I,
)


def work_model_from_text(text: str) -> str | None:
    """'remote', 'hybrid' or 'on-site' when the job description says so (hybrid wins over
    remote when both appear: "remote-friendly, hybrid two days a week")."""
    head = text[:3000]
    found = [model for model, pattern in _WORK_MODELS if re.search(pattern, head, re.I)]
    if "hybrid" in found:
        return "hybrid"
    return found[0] if found else None


def location_from_text(text: str, company: str | None) -> str | None:
    """A `Location:` line, else the place in the line of details under the title."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    site = None  # "Site: Sierra Vista High School" names the workplace; "Location:" the place
    for k, line in enumerate(lines[:25]):
        field = field_match(line) or _ats_field(lines, k)
        if field and field[0] == "location":
            value = _place_in(field[1])
            if value is None:
                continue  # "Location: Hybrid", "Workplace: In person": how, not where
            if not _SITE_FIELD.match(_strip_md(line)):
                return _tidy_place(value)
            site = site or _tidy_place(value)
    if site:
        return site
    # A town and its region anywhere in the opening lines, the title's line included:
    # "Supervising Pharmacist – Oranmore, Co. Galway", "Data Analyst (Hybrid, Austin TX)".
    for line in lines[:TOWN_LINES]:
        for part in re.split(r"\s+[|·•–—-]\s+|\s*\|\s*|\s+//\s+|[()]", _strip_md(line)):
            if is_town_and_region(part.strip(" *,")):
                return _tidy_place(part.strip(" *,"))  # "Telford TF3", "Corby NN17"
            bare = re.sub(
                r"^(?:(?:hybrid|remote|on-?site|based in|in)\b[,\s]*)+",
                "",
                part.strip(" *,"),
                flags=re.I,
            )
            bare = re.sub(r"\s+[A-Z]{1,2}\d{1,2}[A-Z]?(?:\s*\d[A-Z]{2})?$|\s+\d{5}$", "", bare)
            last_two = ", ".join(bare.split(", ")[-2:])  # "DIRFT 3, Daventry, Northants"
            if is_town_and_region(bare):
                return _tidy_place(bare)
            if is_town_and_region(last_two):
                return _tidy_place(last_two)  # "The Drover's Rest, Kirkby Lonsdale, Cumbria"
    for line in lines[1:6]:
        plain = re.sub(r"^[^\w(]+", "", _strip_md(line))  # "📍 Lowestoft · Full-time"
        parts = [p.strip(" *") for p in DETAIL_SEPARATORS.split(plain)]
        if plain.endswith((".", "!", "?")) or (len(plain.split()) > 20 and len(parts) < 3):
            continue  # a sentence, not a line of details
        alone = re.sub(r"\s*\(.*$", "", plain)
        if (
            len(parts) < 2
            and _TOWN_COUNTY.fullmatch(alone)
            and not _ORG_WORDS.search(alone)
            and not is_role(alone.split(",")[0])  # "- Data Analyst, Growth": the title
        ):
            return _tidy_place(plain)  # "Reading, Berkshire (site-based …)" on its own line
        if len(parts) < 2 and not (company and plain.startswith(company)):
            continue
        for part in parts:
            bare = re.sub(r"\s*\(.*$", "", part)  # "Austin, TX (Hybrid, 3 days in office)"
            if not bare or (company and part.strip(" *") == company) or _NOT_PLACE.search(bare):
                continue
            if ":" in bare or _WORK_MODEL.match(bare) or (is_role(bare) and "," not in bare):
                continue  # a field, "In person" or the title: not the place
            if _ORG_WORDS.search(bare) and "," not in bare:
                continue  # "Brindley Technical Recruitment": who, not where
            if _is_name(_tidy_place(part)) or re.match(r"^remote", part, re.I):
                if part == lines[0].strip("# *"):
                    continue
                if company and part.startswith(company + ","):
                    part = part[len(company) + 1 :]  # "The Granary Hotel, York"
                    if _LEGAL_FORM.fullmatch(part.strip()):
                        continue  # "Keystone Peak Electric, LLC": the name's legal form
                return _tidy_place(part)
    # Said in the posting's words near the top: "📍 Based in Hull (east Hull…)", "at
    # Eastvale High School in Zanesville, Ohio", "in our Calgary, AB office".
    head = "\n".join(lines[:TOWN_LINES])[:PROSE_CHARS]
    based = re.search(r"^\W*(?i:based|located) in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\b",
                      head, re.M)  # fmt: skip
    if based and not _ORG_WORDS.search(based.group(1)):
        return based.group(1)
    for m in _IN_TOWN_REGION.finditer(head):
        if is_town_and_region(m.group(1)):
            return _tidy_place(m.group(1))
    # A name after the title that the posting also uses as a place ("… – Chelmsford – £29,500"
    # and "our Chelmsford store"): the title's line is read too.
    if not lines:
        return None
    first = [p.strip(" *") for p in re.split(r"\s+[|·•–—-]\s+|\s*\|\s*", _strip_md(lines[0]))]
    for part in dict.fromkeys(first[1:TITLE_LINE_PARTS]):  # a title's line has a few parts
        if (
            re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?", part)
            and part != company
            and not _NOT_PLACE.search(part)
            and re.search(
                rf"\b(?:in|near|around) {re.escape(part)}\b|\b{re.escape(part)} (?:store|office|"
                rf"site|branch|centre|center|depot|city centre|clinic|hospital|studio)\b",
                text,
            )
        ):
            return part
    return None


TOWN_LINES = 10  # opening lines read for a town and its region; past them a blurb's places
PROSE_CHARS = 800  # the posting's opening words read for "in Town, Region"
_IN_TOWN_REGION = re.compile(
    r"\b(?:in|at) (?:our |the )?([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}, ?"
    r"(?:[A-Z]{2,3}\b|(?:Co\. |County )?[A-Z][\w'’.]+(?: [A-Z][\w'’.]+)?))"
)
_SITE_FIELD = re.compile(r"(?:site|base|based at)\b", re.I)
TITLE_LINE_PARTS = 8  # parts of the title's line read for a place; a longer line is a list
_WORK_MODEL = re.compile(
    r"^(?:hybrid|in[\s-]person|on[\s-]?site|office[\s-]based|in[\s-]office|flexible)\b", re.I
)


# The names applicant-tracking systems give the place, with a colon, a tab or a wide gap
# ("Campus Location: Salina, KS", "Location  Elko, NV", "Job Site: Des Moines, IA").
_ATS_LOCATION = re.compile(
    r"^\s*(?:(?:primary|campus|job|work|duty|office|posting) locations?|location|job ?site|"
    r"work ?site|duty station)(?:\s*:\s*|\t\s*|\s{2,})(\S(?:.*\S)?)\s*$",
    re.I,
)
# A label alone on its line, its value on the next ("Location" / "Ashby General Hospital").
_LONE_LABEL = re.compile(r"^\s*(?:job |work |primary )?locations?\s*:?\s*$", re.I)


def _ats_field(lines: list[str], k: int) -> tuple[str, str] | None:
    """A location field in the shapes applicant-tracking systems print: a wider set of
    labels, a gap instead of a colon, or the value on the next line (with a town on the line
    after a site: "Ashby General Hospital" / "Wrenfield")."""
    m = _ATS_LOCATION.match(_strip_md(lines[k]))
    if m:
        return "location", m.group(1)
    if _LONE_LABEL.match(lines[k]) and k + 1 < len(lines) and not field_match(lines[k + 1]):
        value = lines[k + 1].strip()
        if _NOT_PLACE.search(value) or value.endswith(":"):
            return None  # an empty field: the next line is the next label ("Salary")
        after = lines[k + 2].strip() if k + 2 < len(lines) else ""
        if _SITE.search(value) and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", after):
            value = f"{value}, {after}"
        return "location", value
    return None


# "United States-North Carolina-Raleigh", "US-NC-Raleigh": country, state, town.
_COUNTRY_STATE_TOWN = re.compile(
    r"^(?:united states(?: of america)?|usa?)\s*-\s*([a-z .]+?)\s*-\s*([a-z .'’-]+)$", re.I
)
# "1 vacancy in the following location: Rapid City, SD": the place after the words.
_VACANCIES_IN = re.compile(r"^.{0,60}\blocations?\s*:\s*", re.I)


def _place_in(value: str) -> str | None:
    """The place in a location field's value: "Hybrid (Bristol office 2 days/week)" is
    Bristol; "Hybrid after probation" names none; "Juniper Middle School (Visalia, CA)" is
    Visalia, CA; "United States-North Carolina-Raleigh" is Raleigh, NC."""
    value = _VACANCIES_IN.sub("", value.strip())
    ats = _COUNTRY_STATE_TOWN.match(value)
    if ats:
        state = ats.group(1).strip()
        code = STATES.get(state.lower(), state.upper() if len(state) == 2 else state)
        return f"{ats.group(2).strip()}, {code}"
    bracket = re.search(r"\(([^()]+)\)\s*$", value)
    if (
        bracket
        and is_town_and_region(bracket.group(1))
        and _SITE.search(value[: bracket.start()].strip())
    ):
        return bracket.group(1)  # the town of a named site
    if not _WORK_MODEL.match(value.strip()):
        return value
    m = re.search(r"\b(?!Hybrid|Monday|Tuesday|Wednesday|Thursday|Friday)([A-Z][a-z'’-]+"
                  r"(?:[ ,]+[A-Z][a-z'’-]+)*)", value[1:])  # fmt: skip
    return m.group(1) if m else None


# The lower-case words a place's name may hold: "Newcastle upon Tyne", "Bourton-on-the-Water".
_NAME_LINKS = frozenset("upon on under in the of and & de del la le les sur am im an der y".split())


def _is_name(text: str) -> bool:
    """Every word capitalised or a code ("Telford TF3"), bar the links of a place's name:
    "Benefits from day one" and "Perth return flights" are not places."""
    words = re.findall(r"[\w'’.&-]+", text)
    return (
        bool(words)
        and not re.search(r"\d\s?/\s?\d", text)  # "Year 5/6", "24/7": not a place
        and words[0][0].isupper()
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_LINKS for w in words)
    )


_TOWN_COUNTY = re.compile(r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)*, [A-Z][\w'.-]+(?: [A-Z][\w'.-]+)*")
_LEGAL_FORM = re.compile(r"(?:llc|ltd|limited|inc|plc|llp|lp|gmbh|b\.?v\.?|co)\.?", re.I)


# A building or site before the town: "County Hall, Harlowe", "Head Office, Newquay".
_SITE = re.compile(
    r"\b(?:hall|office|centre|center|house|building|campus|park|school|academy|site|hq|estate|"
    r"hospital|infirmary|clinic|surgery|practice|depot|warehouse|works)$",
    re.I,
)


def _tidy_place(text: str) -> str:
    """'Manchester' from 'Manchester (hybrid – 2 days…)', 'Sheffield S9' or 'Nottingham (NG1),
    office-based'."""
    text = re.split(r"\s+[|·•–—-]\s+|\s*\|\s*|\s+//\s+", text.strip())[0]  # "Leeds | Full-time"
    text = re.sub(r"^(?:near|nr\.?|close to|based (?:in|at)|our [\w ]{1,20}? in)\s+", "", text,
                  flags=re.I)  # fmt: skip
    text = re.sub(r"\s*(?:&|and)\s+(?:the\s+)?surrounding\b.*$", "", text, flags=re.I)
    text = re.sub(r"^remote[\s-]first", "Remote", text, flags=re.I)
    if not text.lower().startswith("remote"):
        text = re.sub(r"\s*\([^)]*\)?", "", text)  # notes in brackets, closed or not
    text = re.sub(
        r",\s*(?:[a-z]|office|hybrid|remote|on-?site).*$", "", text
    )  # ", with rotations…"
    text = re.sub(r"\s+(?:(?:city|town) cent(?:re|er)|CBD)\b", "", text, flags=re.I)
    text = re.sub(
        r"(?:\s+|,\s*)(?:[A-Z]{1,2}\d{1,2}[A-Z]?(?:\s*\d[A-Z]{2})?|\d{1,2}|\d{5}(?:-\d{4})?|"
        r"(?<=[A-Z]{2}\s)\d{4})$",  # "Geelong VIC 3220": an Australian postcode after the state
        "",
        text,
    )  # postcode or ZIP
    text = re.sub(r"\s+(?:territory|area|region|patch)$", "", text, flags=re.I)
    parts = [p.strip() for p in text.split(",")]
    named = [i for i, p in enumerate(parts) if i and not _is_name(p)]
    parts = parts[: named[0]] if named else parts  # "London Bridge, 1 day per week on site"
    if len(parts) > 1 and _COUNTRY.fullmatch(parts[-1]):
        parts = parts[:-1]  # "Dublin, Ireland": the town says where
    numbered = re.search(r"#\s?\d|\bno\.? ?\d|\bunit \d", parts[0], re.I)
    acronym = re.fullmatch(r"[A-Z]{3,}(?: \d+)?", parts[0])  # "DIRFT 3, Daventry": a site
    if len(parts) > 1 and (
        _SITE.search(parts[0]) or _ORG_WORDS.search(parts[0]) or numbered or acronym
    ):
        parts = parts[1:]
    elif len(parts) == 1 and _SITE.search(parts[0]) and len(parts[0].split()) >= 3:
        parts = [parts[0].split()[0]]  # "Kidderminster Health Centre": the town it is in
    return ", ".join(parts).strip(" .,;-–")


# A country after the town adds nothing a candidate needs to find the job.
_COUNTRY = re.compile(
    r"(?:the )?(?:uk|united kingdom|england|scotland|wales|northern ireland|ireland|usa|us|"
    r"united states|canada|australia|new zealand|netherlands|germany|france|spain|italy|"
    r"belgium|portugal|poland|sweden|denmark|norway|switzerland|austria)",
    re.I,
)


__all__ = ["location_from_text", "work_model_from_text"]
